/**
 * Exit codes of the `assay` command. `assay run` is the exception: it exits
 * with the code of the command it ran, so that scripts and AI tools that wrap
 * it see the real result.
 */
export const EXIT = {
  ok: 0,
  /** The server refused the request, or something unexpected went wrong. */
  failure: 1,
  /** Wrong arguments or options. */
  usage: 2,
  /** Not logged in, no task started, or the server rejected the candidate token. */
  auth: 3,
  /** The server could not be reached (the work is kept and retried). */
  unreachable: 4,
} as const;

/** An error the CLI reports as one clear line and an exit code (never a stack trace). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
    /** Stable machine code, shown in `--json` output. */
    readonly code: string = 'failed',
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function usageError(message: string): CliError {
  return new CliError(message, EXIT.usage, 'usage');
}
