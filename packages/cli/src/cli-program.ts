import { Command, CommanderError } from 'commander';
import { registerCandidateCommands } from './cli-candidate-commands.js';
import { CliError, EXIT } from './cli-errors.js';
import { reportError } from './cli-output.js';
import { registerTelemetryCommands } from './cli-telemetry-commands.js';

const EXIT_CODES_HELP = `
Exit codes:
  0  success
  1  the server refused the request, or another failure
  2  wrong arguments or options
  3  not logged in, no task started, or the candidate token was rejected
  4  the server could not be reached (recorded events are kept and retried)
  \`assay run\` exits with the code of the command it ran.

Environment:
  ASSAY_CONFIG_DIR   where the login and pending events are kept
                     (default: $XDG_CONFIG_HOME/assay or ~/.config/assay)
  ASSAY_SERVER       default server for \`assay login\``;

/** Applies the same help, error and exit-code behaviour to a command and all its subcommands. */
function configureTree(command: Command): void {
  command.exitOverride();
  command.showHelpAfterError('(add --help for usage)');
  command.configureHelp({ showGlobalOptions: true, sortSubcommands: false });
  for (const child of command.commands) configureTree(child);
}

export function buildProgram(version: string): Command {
  const program = new Command('assay')
    .description('Assay for candidates: record and hand in a hands-on task from your terminal.')
    .version(version, '-V, --version')
    .option('--json', 'print results as JSON (for scripts); errors as { "error": { code, message } }')
    .addHelpText('after', EXIT_CODES_HELP);

  registerCandidateCommands(program);
  registerTelemetryCommands(program);

  const run = program.commands.find((command) => command.name() === 'run');
  run?.allowUnknownOption().allowExcessArguments();

  configureTree(program);
  return program;
}

/** Parses argv, runs the command, and answers the exit code (never throws). */
export async function runProgram(program: Command, argv: string[]): Promise<number> {
  const json = argv.includes('--json') && !argv.slice(0, argv.indexOf('--json')).includes('--');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
        return EXIT.ok;
      }
      // Commander has printed the message already.
      if (json) process.stdout.write(`${JSON.stringify({ error: { code: 'usage', message: error.message.replace(/^error: /, '') } }, null, 2)}\n`);
      return EXIT.usage;
    }
    return reportError(error, json);
  }
}
