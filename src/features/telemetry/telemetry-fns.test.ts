import { describe, expect, it } from 'vitest';
import {
  burstRanges,
  computeMetrics,
  debouncedCount,
  integritySummary,
  payloadProblem,
  type SessionMetrics,
  type TelemetryEvent,
} from './telemetry-fns.js';

const START = '2026-01-01T10:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(START) + seconds * 1000).toISOString();
const event = (type: string, seconds: number, payload: Record<string, unknown> = {}, id?: string): TelemetryEvent => ({
  type,
  occurredAt: at(seconds),
  payload,
  clientEventId: id ?? `${type}-${seconds}`,
});

const EMPTY_METRICS: SessionMetrics = {
  fullscreenViolations: 0,
  copyPasteViolations: 0,
  focusLostCount: 0,
  redFlag: false,
  typingSpeedWpm: null,
  durationMs: null,
  promptCount: 0,
  commandCount: 0,
  commandFailRate: null,
  verifyIntensity: null,
  manualEditRatio: null,
  firstChangeLatencyMs: null,
  testPassRate: null,
};

describe('debouncedCount', () => {
  it.each([
    ['nothing', [], 0],
    ['one event', [0], 1],
    ['two events 1.5 s apart count once', [0, 1500], 1],
    ['two events exactly 2 s apart count twice', [0, 2000], 2],
    ['a burst every 1.5 s: each counted event opens a new 2 s window', [0, 1500, 3000, 4500], 2],
    ['out of order is the same as in order', [4500, 0, 3000, 1500], 2],
    ['identical timestamps count once', [1000, 1000, 1000], 1],
    ['far apart all count', [0, 10_000, 20_000], 3],
  ])('%s', (_name, times, expected) => {
    expect(debouncedCount(times)).toBe(expected);
  });
});

describe('burstRanges (the merge rule)', () => {
  it.each([
    ['nothing', [], []],
    ['one event', [0], [[0, 0]]],
    ['1.5 s apart: one burst', [0, 1500], [[0, 1]]],
    ['exactly 2 s apart: two bursts', [0, 2000], [[0, 0], [1, 1]]],
    // The window is measured from the burst's first event, not chained from event to event.
    ['every 1.5 s', [0, 1500, 3000, 4500], [[0, 1], [2, 3]]],
    ['identical times', [1000, 1000, 1000], [[0, 2]]],
    ['a burst, a gap, a single', [0, 500, 1999, 9000], [[0, 2], [3, 3]]],
  ])('%s', (_name, times, expected) => {
    expect(burstRanges(times)).toEqual(expected);
  });
});

describe('integritySummary (what the integrity card and its timeline show)', () => {
  const q = (questionId: string) => ({ questionId });
  it.each([
    ['no events', [], { fullscreen: [0, 0], copyPaste: [0, 0], focus: [0, 0] }, []],
    [
      // 5 copy/paste events become 3 entries: a burst of 3 pastes, one copy, one paste.
      '5 copy/paste events shown as 3 bursts',
      [event('paste', 10, q('q1')), event('paste', 10.5, q('q1')), event('paste', 11, q('q2')), event('copy', 11.5), event('paste', 40)],
      { fullscreen: [0, 0], copyPaste: [5, 3], focus: [0, 0] },
      [
        ['paste', at(10), at(11), 3, ['q1', 'q2']],
        ['copy', at(11.5), at(11.5), 1, []],
        ['paste', at(40), at(40), 1, []],
      ],
    ],
    [
      'kinds never merge with each other; keystrokes and commands are not violations',
      [event('fullscreen_exit', 5), event('focus_lost', 5.5), event('fullscreen_exit', 6), event('keystrokes', 6, { count: 3, durationMs: 100 }), event('command', 7, { exitCode: 0, isVerify: false })],
      { fullscreen: [2, 1], copyPaste: [0, 0], focus: [1, 1] },
      [
        ['fullscreen_exit', at(5), at(6), 2, []],
        ['focus_lost', at(5.5), at(5.5), 1, []],
      ],
    ],
    [
      'arrival order does not matter',
      [event('copy', 30), event('copy', 0), event('copy', 1)],
      { fullscreen: [0, 0], copyPaste: [3, 2], focus: [0, 0] },
      [
        ['copy', at(0), at(1), 2, []],
        ['copy', at(30), at(30), 1, []],
      ],
    ],
  ] as const)('%s', (_name, events, counts, bursts) => {
    const summary = integritySummary(events);
    expect([summary.fullscreenExits.events, summary.fullscreenExits.violations]).toEqual(counts.fullscreen);
    expect([summary.copyPaste.events, summary.copyPaste.violations]).toEqual(counts.copyPaste);
    expect([summary.focusLost.events, summary.focusLost.violations]).toEqual(counts.focus);
    expect(summary.bursts.map((burst) => [burst.type, burst.firstAt, burst.lastAt, burst.events, burst.questionIds])).toEqual(bursts);
    expect(summary.mergeWindowMs).toBe(2_000);
  });

  it('counts each kind exactly as many times as the timeline has entries of it, and as computeMetrics stores', () => {
    const events = [0, 0.4, 1.9, 2.1, 2.2, 7, 30, 30.1].flatMap((seconds, index) => [
      event('paste', seconds, {}, `p${index}`),
      event(index % 2 ? 'copy' : 'fullscreen_exit', seconds + 0.05, {}, `x${index}`),
      event('focus_lost', seconds * 2, {}, `f${index}`),
    ]);
    const summary = integritySummary(events);
    const entries = (...types: string[]) => summary.bursts.filter((burst) => types.includes(burst.type)).length;
    expect(summary.fullscreenExits.violations).toBe(entries('fullscreen_exit'));
    expect(summary.copyPaste.violations).toBe(entries('copy', 'paste'));
    expect(summary.focusLost.violations).toBe(entries('focus_lost'));
    expect(summary.bursts.reduce((sum, burst) => sum + burst.events, 0)).toBe(events.length);
    const metrics = computeMetrics({ events, startedAt: START, endedAt: at(100), redFlagThreshold: 3 });
    expect([metrics.fullscreenViolations, metrics.copyPasteViolations, metrics.focusLostCount]).toEqual([
      summary.fullscreenExits.violations,
      summary.copyPaste.violations,
      summary.focusLost.violations,
    ]);
    expect(summary.totalViolations).toBe(metrics.fullscreenViolations + metrics.copyPasteViolations + metrics.focusLostCount);
  });
});

describe('computeMetrics', () => {
  it('an empty event stream of an open session has no violations and null rates', () => {
    expect(computeMetrics({ events: [], startedAt: START, endedAt: null, redFlagThreshold: 3 })).toEqual(EMPTY_METRICS);
  });

  it('an empty stream of a closed session still has its duration', () => {
    expect(computeMetrics({ events: [], startedAt: START, endedAt: at(90), redFlagThreshold: 3 })).toEqual({
      ...EMPTY_METRICS,
      durationMs: 90_000,
    });
  });

  const mixed: TelemetryEvent[] = [
    event('fullscreen_exit', 10),
    event('fullscreen_exit', 11), // same burst as 10
    event('fullscreen_exit', 30),
    event('copy', 40),
    event('paste', 41), // another kind: counts on its own
    event('paste', 42.5), // within 2 s of the paste at 41
    event('paste', 100),
    event('focus_lost', 50),
    event('keystrokes', 60, { count: 150, durationMs: 30_000 }),
    event('keystrokes', 70, { count: 50, durationMs: 10_000 }),
    event('prompt', 80, { text: 'how do I…' }),
    event('prompt', 81),
    event('command', 90, { exitCode: 0, isVerify: true }),
    event('command', 91, { exitCode: 1, isVerify: true }),
    event('command', 92, { exitCode: 127, isVerify: false }),
    event('command', 93, { exitCode: 0, isVerify: false }),
    event('edit', 45, { source: 'manual' }),
    event('edit', 95, { source: 'ai' }),
    event('edit', 96, { source: 'manual' }),
    event('test_run', 97, { passed: 3, total: 4 }),
    event('test_run', 99, { passed: 9, total: 10 }),
  ];
  const expected = {
    fullscreenViolations: 2,
    copyPasteViolations: 3, // copy@40, paste@41, paste@100
    focusLostCount: 1,
    redFlag: true, // 6 ≥ 5
    typingSpeedWpm: 60, // 200 keys = 40 words in 40 s
    durationMs: 120_000,
    promptCount: 2,
    commandCount: 4,
    commandFailRate: 0.5,
    verifyIntensity: 0.5,
    manualEditRatio: 0.6667,
    firstChangeLatencyMs: 45_000,
    testPassRate: 90, // the latest run
  };

  it('derives every metric from a mixed stream', () => {
    expect(computeMetrics({ events: mixed, startedAt: START, endedAt: at(120), redFlagThreshold: 5 })).toEqual(expected);
  });

  it('gives the same metrics when events arrive out of order', () => {
    const shuffled = [...mixed].reverse();
    shuffled.push(shuffled.shift()!);
    expect(computeMetrics({ events: shuffled, startedAt: START, endedAt: at(120), redFlagThreshold: 5 })).toEqual(expected);
  });

  it.each([
    ['below the threshold', 7, false],
    ['at the threshold', 6, true],
    ['0 disables the red flag', 0, false],
  ])('red flag %s', (_name, threshold, flagged) => {
    expect(computeMetrics({ events: mixed, startedAt: START, endedAt: null, redFlagThreshold: threshold }).redFlag).toBe(flagged);
  });

  it.each<[string, TelemetryEvent[], Partial<SessionMetrics>]>([
    ['keystrokes without typing time give no speed', [event('keystrokes', 5, { count: 10, durationMs: 0 })], { typingSpeedWpm: null }],
    ['typing speed rounds to one decimal', [event('keystrokes', 5, { count: 100, durationMs: 45_000 })], { typingSpeedWpm: 26.7 }],
    ['all commands failing', [event('command', 1, { exitCode: 2, isVerify: false })], { commandCount: 1, commandFailRate: 1, verifyIntensity: 0 }],
    ['a test run with no tests is ignored', [event('test_run', 5, { passed: 0, total: 0 })], { testPassRate: null }],
    [
      'the latest run wins even when it arrives first',
      [event('test_run', 50, { passed: 1, total: 4 }), event('test_run', 10, { passed: 4, total: 4 })],
      { testPassRate: 25 },
    ],
    ['an edit stamped before the start has latency 0', [event('edit', -5, { source: 'ai' })], { firstChangeLatencyMs: 0, manualEditRatio: 0 }],
    ['events with an unreadable time are ignored', [{ type: 'paste', occurredAt: 'yesterday', payload: {} }], {}],
  ])('%s', (_name, events, overrides) => {
    expect(computeMetrics({ events, startedAt: START, endedAt: null, redFlagThreshold: 3 })).toEqual({ ...EMPTY_METRICS, ...overrides });
  });
});

describe('payloadProblem', () => {
  it.each([
    ['fullscreen_exit', {}, null],
    ['paste', { questionId: 'q_1' }, null],
    ['keystrokes', { count: 12, durationMs: 3000 }, null],
    ['keystrokes', { count: 12 }, 'payload.durationMs'],
    ['keystrokes', { count: -1, durationMs: 3000 }, 'payload.count'],
    ['keystrokes', { count: 1.5, durationMs: 3000 }, 'payload.count'],
    ['command', { exitCode: 1, isVerify: false }, null],
    ['command', { exitCode: 1 }, 'payload.isVerify'],
    ['command', { isVerify: true }, 'payload.exitCode'],
    ['command', { exitCode: 0, isVerify: 'yes' }, 'payload.isVerify'],
    ['edit', { source: 'manual' }, null],
    ['edit', { source: 'robot' }, 'payload.source'],
    ['edit', {}, 'payload.source'],
    ['test_run', { passed: 3, total: 4 }, null],
    ['test_run', { passed: 5, total: 4 }, 'payload.passed'],
    ['test_run', { total: 4 }, 'payload.passed'],
    ['prompt', { text: 'x'.repeat(20_001) }, 'payload.text'],
    ['prompt', {}, null],
  ] as const)('%s %j → %s', (type, payload, field) => {
    expect(payloadProblem(type, payload as Record<string, unknown>)?.field ?? null).toBe(field);
  });
});
