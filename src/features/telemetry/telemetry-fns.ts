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

/** The kinds of event that are proctoring violations (the integrity card and the red flag count them). */
export const VIOLATION_TYPES = ['fullscreen_exit', 'copy', 'paste', 'focus_lost'] as const;
export type ViolationType = (typeof VIOLATION_TYPES)[number];

export function isViolationType(type: string): type is ViolationType {
  return (VIOLATION_TYPES as readonly string[]).includes(type);
}
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
 * The merge rule, in one place: events of one kind are grouped into bursts.
 * Each burst opens at an event and takes every later event less than
 * `windowMs` after that opening event; the next event opens the next burst.
 * A burst is one violation (a burst of fullscreen exits or pastes counts
 * once). Answers the index ranges [first, last] of the bursts in the sorted
 * times.
 */
export function burstRanges(sortedTimes: readonly number[], windowMs = VIOLATION_DEBOUNCE_MS): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let windowStart = Number.NEGATIVE_INFINITY;
  sortedTimes.forEach((time, index) => {
    if (time - windowStart >= windowMs) {
      ranges.push([index, index]);
      windowStart = time;
    } else {
      ranges[ranges.length - 1]![1] = index;
    }
  });
  return ranges;
}

/** How many violations a list of times of one kind makes: its bursts (see burstRanges). */
export function debouncedCount(times: readonly number[], windowMs = VIOLATION_DEBOUNCE_MS): number {
  return burstRanges([...times].sort((a, b) => a - b), windowMs).length;
}

export interface ViolationBurst {
  type: ViolationType;
  /** The first and the last event of the burst (equal for a single event). */
  firstAt: string;
  lastAt: string;
  /** Events merged into this burst (1 for a single event). */
  events: number;
  /** Questions on screen during the burst's events, in order, without repeats. */
  questionIds: string[];
}

export interface IntegrityCount {
  /** Events recorded. */
  events: number;
  /** Violations they make: bursts, each counted once. */
  violations: number;
}

export interface IntegritySummary {
  mergeWindowMs: number;
  fullscreenExits: IntegrityCount;
  /** Copies (and cuts) and pastes, each kind merged on its own, then added up. */
  copyPaste: IntegrityCount;
  focusLost: IntegrityCount;
  /** All violations: what the red flag is compared with. */
  totalViolations: number;
  /** Every burst of every kind, in the order they began: the integrity timeline. */
  bursts: ViolationBurst[];
}

/**
 * What the integrity card and its timeline show, from one rule: every
 * violation counted is one burst on the timeline, and the events merged into
 * it are said. computeMetrics stores the same counts at the close.
 */
export function integritySummary(events: readonly TelemetryEvent[], windowMs = VIOLATION_DEBOUNCE_MS): IntegritySummary {
  const sorted = chronological(events);
  const bursts: ViolationBurst[] = [];
  const counts = new Map<ViolationType, IntegrityCount>();
  for (const type of VIOLATION_TYPES) {
    const ofType = sorted.filter((event) => event.type === type);
    const ranges = burstRanges(
      ofType.map((event) => event.at),
      windowMs,
    );
    counts.set(type, { events: ofType.length, violations: ranges.length });
    for (const [first, last] of ranges) {
      const members = ofType.slice(first, last + 1);
      const questionIds = [
        ...new Set(members.flatMap((event) => (typeof event.payload.questionId === 'string' ? [event.payload.questionId] : []))),
      ];
      bursts.push({
        type,
        firstAt: new Date(members[0]!.at).toISOString(),
        lastAt: new Date(members[members.length - 1]!.at).toISOString(),
        events: members.length,
        questionIds,
      });
    }
  }
  bursts.sort((a, b) => a.firstAt.localeCompare(b.firstAt) || VIOLATION_TYPES.indexOf(a.type) - VIOLATION_TYPES.indexOf(b.type));
  const add = (...types: ViolationType[]): IntegrityCount =>
    types.reduce((sum, type) => ({ events: sum.events + counts.get(type)!.events, violations: sum.violations + counts.get(type)!.violations }), {
      events: 0,
      violations: 0,
    });
  const fullscreenExits = add('fullscreen_exit');
  const copyPaste = add('copy', 'paste');
  const focusLost = add('focus_lost');
  return {
    mergeWindowMs: windowMs,
    fullscreenExits,
    copyPaste,
    focusLost,
    totalViolations: fullscreenExits.violations + copyPaste.violations + focusLost.violations,
    bursts,
  };
}

export function computeMetrics(input: MetricsInput): SessionMetrics {
  const events = chronological(input.events);
  const ofType = (type: EventType) => events.filter((event) => event.type === type);

  // The counts the integrity card shows, by the same rule (integritySummary).
  const integrity = integritySummary(input.events);
  const fullscreenViolations = integrity.fullscreenExits.violations;
  const copyPasteViolations = integrity.copyPaste.violations;
  const focusLostCount = integrity.focusLost.violations;
  const violations = integrity.totalViolations;

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
