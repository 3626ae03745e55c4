/**
 * Proctoring and telemetry metrics derived from a session's events, as pure
 * functions. Events may arrive in any order and in several batches; every
 * metric is computed from the whole stream sorted by occurrence time, so the
 * result does not depend on arrival order.
 */

export const EVENT_TYPES = [
  'fullscreen_exit',
  'copy',
  'paste',
  'focus_lost',
  'keystrokes',
  'prompt',
  'command',
  'edit',
  'test_run',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Events of the same kind closer together than this count as one violation. */
export const VIOLATION_DEBOUNCE_MS = 2_000;
/** Words per minute use the usual 5-character word. */
export const CHARACTERS_PER_WORD = 5;

export interface TelemetryEvent {
  type: string;
  /** ISO 8601 time the event happened (client time, clamped to the session by the service). */
  occurredAt: string;
  payload: Record<string, unknown>;
  /** The client's event id; orders events that share a timestamp. */
  clientEventId?: string;
}

export interface MetricsInput {
  events: readonly TelemetryEvent[];
  startedAt: string;
  /** When the session closed; null while it is open. */
  endedAt: string | null;
  /** Violations (fullscreen + copy/paste + focus lost) at or above this raise the red flag; 0 disables it. */
  redFlagThreshold: number;
}

export interface SessionMetrics {
  fullscreenViolations: number;
  copyPasteViolations: number;
  focusLostCount: number;
  redFlag: boolean;
  /** Words per minute over the time spent typing; null without keystroke events. */
  typingSpeedWpm: number | null;
  durationMs: number | null;
  promptCount: number;
  commandCount: number;
  /** Failed commands (exit code ≠ 0) ÷ commands, 0–1; null without commands. */
  commandFailRate: number | null;
  /** Verify commands (tests, linters…) ÷ commands, 0–1; null without commands. */
  verifyIntensity: number | null;
  /** Manual edits ÷ all edits, 0–1; null without edits. */
  manualEditRatio: number | null;
  /** From the start of the session to the first edit; null without edits. */
  firstChangeLatencyMs: number | null;
  /** Passed ÷ total tests of the latest test run, in percent (0–100); null without a test run. */
  testPassRate: number | null;
}

function round(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}

function ratio(part: number, whole: number): number | null {
  return whole > 0 ? round(part / whole, 4) : null;
}

function numberField(payload: Record<string, unknown>, name: string): number {
  const value = payload[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** The stream sorted by occurrence (then client id), without events whose time cannot be read. */
export function chronological(events: readonly TelemetryEvent[]): (TelemetryEvent & { at: number })[] {
  return events
    .map((event) => ({ ...event, at: Date.parse(event.occurredAt) }))
    .filter((event) => Number.isFinite(event.at))
    .sort((a, b) => a.at - b.at || (a.clientEventId ?? '').localeCompare(b.clientEventId ?? ''));
}

/**
 * How many violations a list of times of one kind makes: each counted event
 * opens a window of VIOLATION_DEBOUNCE_MS, and events inside it are the same
 * violation (a burst of fullscreen exits or pastes counts once).
 */
export function debouncedCount(times: readonly number[], windowMs = VIOLATION_DEBOUNCE_MS): number {
  let count = 0;
  let windowStart = Number.NEGATIVE_INFINITY;
  for (const time of [...times].sort((a, b) => a - b)) {
    if (time - windowStart >= windowMs) {
      count += 1;
      windowStart = time;
    }
  }
  return count;
}

export function computeMetrics(input: MetricsInput): SessionMetrics {
  const events = chronological(input.events);
  const timesOf = (type: EventType) => events.filter((event) => event.type === type).map((event) => event.at);
  const ofType = (type: EventType) => events.filter((event) => event.type === type);

  const fullscreenViolations = debouncedCount(timesOf('fullscreen_exit'));
  // Copies and pastes are debounced per kind, then added up.
  const copyPasteViolations = debouncedCount(timesOf('copy')) + debouncedCount(timesOf('paste'));
  const focusLostCount = debouncedCount(timesOf('focus_lost'));
  const violations = fullscreenViolations + copyPasteViolations + focusLostCount;

  const keystrokes = ofType('keystrokes');
  const keys = keystrokes.reduce((sum, event) => sum + numberField(event.payload, 'count'), 0);
  const typingMs = keystrokes.reduce((sum, event) => sum + numberField(event.payload, 'durationMs'), 0);
  const typingSpeedWpm = typingMs > 0 ? round(keys / CHARACTERS_PER_WORD / (typingMs / 60_000), 1) : null;

  const commands = ofType('command');
  const failed = commands.filter((event) => numberField(event.payload, 'exitCode') !== 0).length;
  const verify = commands.filter((event) => event.payload.isVerify === true).length;

  const edits = ofType('edit');
  const manual = edits.filter((event) => event.payload.source === 'manual').length;

  const started = Date.parse(input.startedAt);
  const firstEdit = edits[0];
  const firstChangeLatencyMs = firstEdit ? Math.max(0, Math.round(firstEdit.at - started)) : null;

  const testRuns = ofType('test_run').filter((event) => numberField(event.payload, 'total') > 0);
  const lastRun = testRuns[testRuns.length - 1];
  const testPassRate = lastRun
    ? round((Math.min(numberField(lastRun.payload, 'passed'), numberField(lastRun.payload, 'total')) / numberField(lastRun.payload, 'total')) * 100, 1)
    : null;

  const ended = input.endedAt === null ? Number.NaN : Date.parse(input.endedAt);
  const durationMs = Number.isFinite(ended) ? Math.max(0, Math.round(ended - started)) : null;

  return {
    fullscreenViolations,
    copyPasteViolations,
    focusLostCount,
    redFlag: input.redFlagThreshold > 0 && violations >= input.redFlagThreshold,
    typingSpeedWpm,
    durationMs,
    promptCount: ofType('prompt').length,
    commandCount: commands.length,
    commandFailRate: ratio(failed, commands.length),
    verifyIntensity: ratio(verify, commands.length),
    manualEditRatio: ratio(manual, edits.length),
    firstChangeLatencyMs,
    testPassRate,
  };
}

/**
 * Checks one event's payload against its type; returns the problem (naming the
 * field under `payload`) or null. Unknown extra fields are kept: clients may
 * add context (a question id, a file name) without breaking the metrics.
 */
export function payloadProblem(type: EventType, payload: Record<string, unknown>): { field: string; message: string } | null {
  const integer = (name: string, min: number, max: number, required: boolean) => {
    const value = payload[name];
    if (value === undefined && !required) return null;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      return { field: `payload.${name}`, message: `must be a whole number from ${min} to ${max}` };
    }
    return null;
  };
  const text = (name: string, max: number) => {
    const value = payload[name];
    if (value === undefined) return null;
    if (typeof value !== 'string' || value.length > max) return { field: `payload.${name}`, message: `must be text of at most ${max} characters` };
    return null;
  };
  const problems = (() => {
    switch (type) {
      case 'keystrokes':
        return [integer('count', 0, 1_000_000, true), integer('durationMs', 0, 86_400_000, true), text('questionId', 100)];
      case 'command': {
        const isVerify = payload.isVerify;
        return [
          integer('exitCode', -1_000_000, 1_000_000, true),
          typeof isVerify === 'boolean' ? null : { field: 'payload.isVerify', message: 'must be true or false' },
          integer('durationMs', 0, 86_400_000, false),
          text('command', 2_000),
        ];
      }
      case 'edit':
        return [
          payload.source === 'manual' || payload.source === 'ai' ? null : { field: 'payload.source', message: 'must be "manual" or "ai"' },
          text('file', 1_000),
        ];
      case 'test_run': {
        const basic = [integer('passed', 0, 1_000_000, true), integer('total', 0, 1_000_000, true)];
        if (basic.some(Boolean)) return basic;
        return [(payload.passed as number) > (payload.total as number) ? { field: 'payload.passed', message: 'must not exceed total' } : null];
      }
      case 'prompt':
        return [text('text', 20_000)];
      default:
        return [text('questionId', 100)];
    }
  })();
  return problems.find((problem) => problem !== null) ?? null;
}
