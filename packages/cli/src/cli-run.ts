import { spawn } from 'node:child_process';
import os from 'node:os';

export interface RunOutcome {
  exitCode: number;
  durationMs: number;
  /** The tail of stdout and stderr, when captured (verify commands). */
  output: string | null;
}

/** Output kept for summary parsing; runners print their summary at the end. */
const CAPTURE_LIMIT = 1024 * 1024;

/** The exit code a shell reports for a process killed by a signal: 128 + its number. */
export function signalExitCode(signal: NodeJS.Signals): number {
  const number = os.constants.signals[signal];
  return typeof number === 'number' ? 128 + number : 1;
}

/**
 * Runs a candidate's command with live output. One argument is a shell
 * command line; several are an argv run without a shell. With capture the
 * output is teed (shown live and kept) so a test summary can be read from it.
 */
export function runCommand(argv: string[], options: { capture: boolean; cwd?: string }): Promise<RunOutcome> {
  const started = performance.now();
  const useShell = argv.length === 1;
  const env = { ...process.env };
  // Piped output makes most runners drop colours; keep them for a terminal.
  if (options.capture && process.stdout.isTTY && env.FORCE_COLOR === undefined && env.NO_COLOR === undefined) env.FORCE_COLOR = '1';
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd: options.cwd,
    env,
    shell: useShell,
    stdio: options.capture ? ['inherit', 'pipe', 'pipe'] : 'inherit',
  });
  let captured = '';
  const keep = (chunk: Buffer) => {
    captured += chunk.toString('utf8');
    if (captured.length > CAPTURE_LIMIT * 2) captured = captured.slice(-CAPTURE_LIMIT);
  };
  child.stdout?.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    keep(chunk);
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    keep(chunk);
  });

  // Ctrl-C reaches the child from the terminal; we stay alive to record its result.
  const forward = (signal: NodeJS.Signals) => () => {
    if (signal !== 'SIGINT') child.kill(signal);
  };
  const handlers = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((signal) => [signal, forward(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);

  return new Promise((resolve) => {
    let settled = false;
    const finish = (exitCode: number) => {
      if (settled) return;
      settled = true;
      for (const [signal, handler] of handlers) process.off(signal, handler);
      resolve({
        exitCode,
        durationMs: Math.round(performance.now() - started),
        output: options.capture ? captured.slice(-CAPTURE_LIMIT) : null,
      });
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      process.stderr.write(`assay: cannot run ${argv[0]}: ${error.code === 'ENOENT' ? 'command not found' : error.message}\n`);
      // What a shell answers for a command it cannot find or execute.
      finish(error.code === 'ENOENT' ? 127 : 126);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? signalExitCode(signal) : 1)));
  });
}

/** The command as one line, for the event and the messages. */
export function displayCommand(argv: string[]): string {
  if (argv.length === 1) return argv[0]!;
  return argv.map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`)).join(' ');
}
