/**
 * Pure rules of the job runner: when a failed job runs again, and how an error
 * is kept for people to read.
 */

export interface BackoffPolicy {
  /** Delay after the first failure. */
  baseMs: number;
  /** No delay grows beyond this. */
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 15_000, capMs: 60 * 60_000 };

/**
 * Exponential backoff with "equal jitter": after failed attempt n (1-based) the
 * nominal delay is base·2^(n-1), capped; the job waits between half of it and
 * all of it, so that jobs which failed together (a receiver outage) do not all
 * come back in the same instant.
 */
export function backoffDelayMs(attempt: number, policy: BackoffPolicy = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 30));
  const nominal = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  return Math.round(nominal / 2 + (nominal / 2) * random());
}

/**
 * A delay from a fixed schedule (delay after failed attempt 1, 2, …; the last
 * entry repeats) with ±10 % jitter.
 */
export function scheduledDelayMs(attempt: number, scheduleMs: readonly number[], random: () => number = Math.random): number {
  if (scheduleMs.length === 0) throw new Error('A retry schedule needs at least one delay');
  const nominal = scheduleMs[Math.min(Math.max(attempt, 1), scheduleMs.length) - 1]!;
  return Math.round(nominal * (0.9 + 0.2 * random()));
}

const MAX_ERROR_LENGTH = 2000;

/** The text kept in last_error: the message (with its cause), bounded in size. */
export function describeError(error: unknown): string {
  let text: string;
  if (error instanceof Error) {
    text = error.message || error.name;
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof Error && cause.message && !text.includes(cause.message)) text += ` (${cause.message})`;
  } else {
    text = String(error);
  }
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}

/** Thrown by a handler that wants its next attempt at a specific time instead of the default backoff. */
export class RetryJobError extends Error {
  constructor(
    message: string,
    readonly retryAt: Date,
  ) {
    super(message);
    this.name = 'RetryJobError';
  }
}
