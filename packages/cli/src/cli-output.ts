import { CliError, EXIT } from './cli-errors.js';

export interface OutputOptions {
  json?: boolean;
}

/**
 * Results go to stdout (as JSON with --json, else as text), progress and
 * warnings go to stderr, so `assay task --json | jq` always gets clean JSON.
 */
export interface Output {
  readonly json: boolean;
  /** The command's result: `data` as JSON, or the human text. */
  result(data: unknown, text: string | (() => string)): void;
  /** Progress lines ("Uploading 3 events…"); silent with --json. */
  progress(message: string): void;
  /** Warnings always go to stderr, also with --json. */
  warn(message: string): void;
}

export function createOutput(options: OutputOptions, streams = { stdout: process.stdout, stderr: process.stderr }): Output {
  const json = options.json === true;
  return {
    json,
    result(data, text) {
      if (json) streams.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
      else {
        const body = typeof text === 'function' ? text() : text;
        if (body) streams.stdout.write(body.endsWith('\n') ? body : `${body}\n`);
      }
    },
    progress(message) {
      if (!json) streams.stderr.write(`${message}\n`);
    },
    warn(message) {
      streams.stderr.write(`warning: ${message}\n`);
    },
  };
}

/** Prints an error (as `{ error: { code, message } }` on stdout with --json) and returns the exit code. */
export function reportError(error: unknown, json: boolean, streams = { stdout: process.stdout, stderr: process.stderr }): number {
  const cliError =
    error instanceof CliError
      ? error
      : new CliError(error instanceof Error ? error.message : String(error), EXIT.failure, 'unexpected');
  if (json) {
    const body: Record<string, unknown> = { code: cliError.code, message: cliError.message };
    if (cliError.details !== undefined) body.details = cliError.details;
    streams.stdout.write(`${JSON.stringify({ error: body }, null, 2)}\n`);
  }
  streams.stderr.write(`error: ${cliError.message}\n`);
  if (!(error instanceof CliError) && error instanceof Error && process.env.ASSAY_DEBUG) {
    streams.stderr.write(`${error.stack}\n`);
  }
  return cliError.exitCode;
}

/** "1h 05m", "12m 30s", "45s": a duration for people. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (hours > 0) return `${hours}h ${String(minutes).padStart(2, '0')}m`;
  if (minutes > 0) return `${minutes}m ${String(seconds).padStart(2, '0')}s`;
  return `${seconds}s`;
}
