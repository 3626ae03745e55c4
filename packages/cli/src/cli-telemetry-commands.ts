import { execFile } from 'node:child_process';
import type { Command } from 'commander';
import { Option } from 'commander';
import { contextOf, flushPending, verifyPatterns, type CliContext } from './cli-context.js';
import { CliError, EXIT, usageError } from './cli-errors.js';
import { formatDuration } from './cli-output.js';
import { displayCommand, runCommand } from './cli-run.js';
import { DEFAULT_VERIFY_PATTERNS, invalidPatternReason, isVerifyCommand, parseTestSummary } from './cli-verify-fns.js';
import { createTaskWatcher } from './cli-watcher.js';

/** Limits the server accepts for event text fields. */
const MAX_COMMAND_TEXT = 2_000;
const MAX_PROMPT_TEXT = 20_000;
const MAX_FILE_TEXT = 1_000;

function requireOpenTask(context: CliContext) {
  const state = context.store.requireTask();
  if (state.submittedAt) throw new CliError('This assessment was submitted; nothing more is recorded.', EXIT.failure, 'submitted');
  return state;
}

async function run(context: CliContext, argv: string[], options: { verify?: boolean }) {
  if (argv.length === 0) throw usageError('Give the command after --, e.g. `assay run -- npm test`');
  const state = requireOpenTask(context);
  await flushPending(context, state, { quiet: true });
  const isVerify = options.verify ?? isVerifyCommand(argv, verifyPatterns(context.store));
  const outcome = await runCommand(argv, { capture: isVerify });
  const command = displayCommand(argv).slice(0, MAX_COMMAND_TEXT);
  await context.buffer.append('command', { exitCode: outcome.exitCode, durationMs: outcome.durationMs, isVerify, command });
  const summary = isVerify && outcome.output !== null ? parseTestSummary(outcome.output) : null;
  if (summary) await context.buffer.append('test_run', { passed: summary.passed, total: summary.total, format: summary.format });
  const flushed = await flushPending(context, state, { quiet: true });
  const tests = summary ? `, ${summary.passed}/${summary.total} tests passed` : '';
  const kept = flushed.pending > 0 ? ' (kept offline, uploaded later)' : '';
  process.stderr.write(
    `assay: recorded \`${command}\`: exit ${outcome.exitCode}, ${formatDuration(outcome.durationMs)}${isVerify ? ', verify' : ''}${tests}${kept}\n`,
  );
  if (context.output.json) {
    // The command's own output shares stdout: the summary is its one last line.
    const result = { exitCode: outcome.exitCode, durationMs: outcome.durationMs, isVerify, testRun: summary, pendingEvents: flushed.pending };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
  process.exitCode = outcome.exitCode;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The prompt text: the arguments, or stdin (plain text, or a hook's JSON with a `prompt` field). */
export function promptTextFrom(args: string[], stdin: string | null): string {
  if (args.length > 0 && !(args.length === 1 && args[0] === '-')) return args.join(' ');
  const raw = (stdin ?? '').trim();
  if (raw.startsWith('{')) {
    try {
      const parsed = JSON.parse(raw) as Record<string, unknown>;
      if (typeof parsed.prompt === 'string') return parsed.prompt;
    } catch {
      // Not JSON after all: the text itself is the prompt.
    }
  }
  return raw;
}

async function prompt(context: CliContext, args: string[]) {
  const readsStdin = args.length === 0 || (args.length === 1 && args[0] === '-');
  if (readsStdin && process.stdin.isTTY) throw usageError('Give the prompt text, e.g. `assay prompt "add a test for the parser"`, or pipe it in');
  const text = promptTextFrom(args, readsStdin ? await readStdin() : null);
  if (!text.trim()) throw usageError('The prompt is empty');
  const state = requireOpenTask(context);
  const event = await context.buffer.append('prompt', { text: text.slice(0, MAX_PROMPT_TEXT), length: text.length });
  const flushed = await flushPending(context, state, { quiet: true });
  context.output.result({ recorded: event.clientEventId, pendingEvents: flushed.pending }, '');
}

function gitIgnores(dir: string, relativePath: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile('git', ['check-ignore', '-q', '--', relativePath], { cwd: dir }, (error) => resolve(error === null));
  });
}

async function watch(context: CliContext, options: { source: 'manual' | 'ai'; flushSeconds: string }) {
  const state = requireOpenTask(context);
  const flushEvery = Number(options.flushSeconds);
  if (!Number.isFinite(flushEvery) || flushEvery <= 0) throw usageError('--flush-seconds must be a positive number');
  await flushPending(context, state);
  let edits = 0;
  let firstEditRecorded = Boolean(state.task.firstEditAt);
  const watcher = createTaskWatcher({
    root: state.task.dir,
    isIgnored: (relativePath) => gitIgnores(state.task.dir, relativePath),
    onChange: async (change) => {
      const event = await context.buffer.append(
        'edit',
        { source: options.source, file: change.path.slice(0, MAX_FILE_TEXT), kind: change.kind },
        change.at,
      );
      edits += 1;
      // With --json the watcher streams one JSON line per recorded edit.
      if (context.output.json) process.stdout.write(`${JSON.stringify({ event: 'edit', ...event })}\n`);
      let latency: number | null = null;
      if (!firstEditRecorded) {
        firstEditRecorded = true;
        latency = change.at.getTime() - Date.parse(state.task.startedAt);
        context.store.updateLogin((current) =>
          current.task ? { ...current, task: { ...current.task, firstEditAt: event.occurredAt } } : current,
        );
      }
      context.output.progress(
        `edit (${options.source}): ${change.path}${change.kind === 'deleted' ? ' (deleted)' : ''}` +
          (latency !== null ? ` — first change ${formatDuration(latency)} after the start` : ''),
      );
    },
    onError: (error) => context.output.warn(`watching: ${error.message}`),
  });
  watcher.start();
  if (context.output.json) process.stdout.write(`${JSON.stringify({ event: 'watching', dir: state.task.dir, source: options.source })}\n`);
  else context.output.progress(`Watching ${state.task.dir} for ${options.source} edits (Ctrl-C to stop).`);

  let flushing: Promise<unknown> = Promise.resolve();
  const flush = () => {
    flushing = flushing.then(() => flushPending(context, state, { quiet: true })).catch((error) => context.output.warn((error as Error).message));
    return flushing;
  };
  const timer = setInterval(flush, flushEvery * 1000);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  clearInterval(timer);
  watcher.close();
  await flush();
  const pending = context.buffer.pending().length;
  if (context.output.json) process.stdout.write(`${JSON.stringify({ event: 'stopped', edits, pendingEvents: pending })}\n`);
  else context.output.result({ edits, pendingEvents: pending }, `Stopped watching: ${edits} edit(s) recorded${pending ? `, ${pending} event(s) kept for later upload` : ''}.`);
}

async function sync(context: CliContext) {
  const state = context.store.requireLogin();
  const result = await flushPending(context, state, { quiet: true });
  context.output.result(result, () =>
    result.pending > 0
      ? `Uploaded ${result.sent}; ${result.pending} event(s) still waiting (${result.retryReason}).`
      : `Uploaded ${result.sent} event(s)${result.duplicates ? ` (${result.duplicates} the server already had)` : ''}; nothing is waiting.`,
  );
  if (result.pending > 0) process.exitCode = EXIT.unreachable;
}

function registerVerifyCommands(program: Command): void {
  const verify = program
    .command('verify')
    .description('Which commands count as verify commands (running the project tests)')
    .addHelpText('after', '\nA pattern is a command prefix like "npm test" (also matches `npx`, `python -m` … forms)\nor a /regular expression/ matched against the command line.');

  verify
    .command('list', { isDefault: true })
    .description('Show the patterns in use')
    .action((_options, command: Command) => {
      const context = contextOf(command);
      const custom = context.store.readSettings().verifyPatterns;
      const patterns = custom ?? DEFAULT_VERIFY_PATTERNS;
      context.output.result({ patterns, custom: custom !== undefined }, () =>
        [`${custom ? 'Your' : 'Default'} verify patterns:`, ...patterns.map((pattern) => `  ${pattern}`)].join('\n'),
      );
    });

  verify
    .command('add')
    .description('Add a pattern (starts from the defaults)')
    .argument('<pattern>', 'e.g. "just test" or "/run-tests\\.sh/"')
    .action((pattern: string, _options, command: Command) => {
      const context = contextOf(command);
      const problem = invalidPatternReason(pattern);
      if (problem) throw usageError(`Cannot use "${pattern}": ${problem}`);
      const settings = context.store.readSettings();
      const patterns = [...(settings.verifyPatterns ?? DEFAULT_VERIFY_PATTERNS)];
      if (!patterns.includes(pattern.trim())) patterns.push(pattern.trim());
      context.store.writeSettings({ ...settings, verifyPatterns: patterns });
      context.output.result({ patterns }, `Added "${pattern.trim()}".`);
    });

  verify
    .command('remove')
    .description('Remove a pattern')
    .argument('<pattern>')
    .action((pattern: string, _options, command: Command) => {
      const context = contextOf(command);
      const settings = context.store.readSettings();
      const current = settings.verifyPatterns ?? DEFAULT_VERIFY_PATTERNS;
      if (!current.includes(pattern.trim())) throw usageError(`"${pattern}" is not in the list; see \`assay verify list\``);
      const patterns = current.filter((existing) => existing !== pattern.trim());
      context.store.writeSettings({ ...settings, verifyPatterns: patterns });
      context.output.result({ patterns }, `Removed "${pattern.trim()}".`);
    });

  verify
    .command('reset')
    .description('Go back to the default patterns')
    .action((_options, command: Command) => {
      const context = contextOf(command);
      const { verifyPatterns: _dropped, ...rest } = context.store.readSettings();
      context.store.writeSettings(rest);
      context.output.result({ patterns: DEFAULT_VERIFY_PATTERNS }, 'Back to the default verify patterns.');
    });
}

export function registerTelemetryCommands(program: Command): void {
  program
    .command('run')
    .description('Run a command with live output and record its exit code and duration (exits with its code)')
    .argument('<command...>', 'the command, after --; one quoted argument runs through the shell')
    .option('--verify', 'count it as a verify command (runs the tests), whatever the patterns say')
    .option('--no-verify', 'never count it as a verify command')
    .usage('[options] -- <command...>')
    .addHelpText(
      'after',
      '\nWith --json, the last line of stdout is a JSON summary (exitCode, durationMs, isVerify, testRun).\n\nExamples:\n  assay run -- npm test\n  assay run -- "npm ci && npm run build"',
    )
    .action(async (argv: string[], options: { verify?: boolean }, command: Command) => run(contextOf(command), argv, options));

  program
    .command('prompt')
    .description('Record a prompt sent to an AI tool (for AI tools\' hooks); reads stdin with "-" or no text')
    .argument('[text...]', 'the prompt; from stdin when absent (a JSON object with a "prompt" field is understood)')
    .action(async (text: string[], _options, command: Command) => prompt(contextOf(command), text));

  program
    .command('watch')
    .description('Record file edits in the task folder until stopped (ignores .git, node_modules and .gitignore)')
    .addHelpText('after', '\nWith --json, prints JSON lines: one when watching starts, one per recorded edit, one when stopped.')
    .addOption(new Option('--source <source>', 'who makes the edits').choices(['manual', 'ai']).default('manual'))
    .option('--flush-seconds <seconds>', 'upload recorded edits this often', '5')
    .action(async (options, command: Command) => watch(contextOf(command), options));

  program
    .command('sync')
    .description('Upload recorded events now (every command also does this first)')
    .action(async (_options, command: Command) => sync(contextOf(command)));

  registerVerifyCommands(program);
}
