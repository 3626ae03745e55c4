import { describe, expect, it } from 'vitest';
import {
  LEVELS,
  MAX_KEY,
  contributionOf,
  deltaOf,
  keyOf,
  leafOf,
  nodesOf,
  percentileRank,
  prefixAt,
  rangesBelow,
  roundTo,
  type SessionFacts,
} from './cohort-aggregates-fns.js';

const STRIDE = 2 ** 40;

/** Count of keys below x the way the store reads it: sum of node counts in rangesBelow(x). */
function countBelowViaTree(keys: number[], x: number): number {
  const counts = new Map<number, number>();
  for (const key of keys) for (const node of nodesOf(key)) counts.set(node, (counts.get(node) ?? 0) + 1);
  let total = 0;
  for (const range of rangesBelow(x)) {
    for (const [node, count] of counts) if (node >= range.from && node <= range.to) total += count;
  }
  return total;
}

function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('keyOf', () => {
  it.each([
    ['score', 87.5, 8750],
    ['score', 0, 0],
    ['score', 100, 10000],
    ['durationMs', 4_320_000, 4_320_000],
    ['commandFailRate', 0.1429, 142_900],
    ['commandFailRate', 1, 1_000_000],
    ['testPassRate', 75.5, 75_500_000],
    ['promptCount', 38, 38],
    ['durationMs', -5, 0],
    ['durationMs', 2 ** 45, MAX_KEY],
  ] as const)('%s %p → %p', (metric, value, key) => {
    expect(keyOf(metric, value)).toBe(key);
  });

  it.each([null, undefined, Number.NaN, Number.POSITIVE_INFINITY])('%p has no key', (value) => {
    expect(keyOf('durationMs', value as number | null)).toBeNull();
  });
});

describe('radix count tree', () => {
  it('puts a key in one node per level, the last one being the key itself', () => {
    const nodes = nodesOf(0x12_34_56_78_9a);
    expect(nodes).toHaveLength(LEVELS);
    expect(nodes).toEqual([
      1 * STRIDE + 0x1,
      2 * STRIDE + 0x12,
      3 * STRIDE + 0x123,
      4 * STRIDE + 0x1234,
      5 * STRIDE + 0x12345,
      6 * STRIDE + 0x123456,
      7 * STRIDE + 0x1234567,
      8 * STRIDE + 0x12345678,
      9 * STRIDE + 0x123456789,
      10 * STRIDE + 0x123456789a,
    ]);
    expect(prefixAt(0x12_34_56_78_9a, 1)).toBe(0x1);
    expect(leafOf(0x12_34_56_78_9a)).toBe(10 * STRIDE + 0x123456789a);
  });

  it.each([
    ['zero has nothing below it', 0, []],
    ['one: the leaf 0 only', 1, [{ from: 10 * STRIDE, to: 10 * STRIDE }]],
    ['15: the leaves 0 to 14', 15, [{ from: 10 * STRIDE, to: 10 * STRIDE + 14 }]],
    ['16: the level-9 node 0', 16, [{ from: 9 * STRIDE, to: 9 * STRIDE }]],
    ['17: level-9 node 0 and leaf 16', 17, [{ from: 9 * STRIDE, to: 9 * STRIDE }, { from: 10 * STRIDE + 16, to: 10 * STRIDE + 16 }]],
    ['256: the level-8 node 0', 256, [{ from: 8 * STRIDE, to: 8 * STRIDE }]],
    [
      '0x2f3: level-8 nodes 0–1, level-9 nodes 0x20–0x2e, leaves 0x2f0–0x2f2',
      0x2f3,
      [
        { from: 8 * STRIDE, to: 8 * STRIDE + 1 },
        { from: 9 * STRIDE + 0x20, to: 9 * STRIDE + 0x2e },
        { from: 10 * STRIDE + 0x2f0, to: 10 * STRIDE + 0x2f2 },
      ],
    ],
  ])('%s', (_name, key, ranges) => {
    expect(rangesBelow(key)).toEqual(ranges);
  });

  it('reads at most 15 nodes per level', () => {
    for (const key of [MAX_KEY, 0xff_ff_ff_ff, 123_456_789]) {
      for (const range of rangesBelow(key)) expect(range.to - range.from + 1).toBeLessThanOrEqual(15);
      expect(rangesBelow(key).length).toBeLessThanOrEqual(LEVELS);
    }
  });

  it('counts exactly the keys strictly below, on random keys of every magnitude', () => {
    const random = seeded(42);
    for (let round = 0; round < 20; round++) {
      const magnitude = 2 ** Math.floor(random() * 40);
      const keys = Array.from({ length: 60 }, () => Math.floor(random() * magnitude));
      keys.push(keys[0]!, keys[1]!);
      for (const x of [...keys.slice(0, 10), 0, magnitude, Math.floor(random() * magnitude)]) {
        expect(countBelowViaTree(keys, x)).toBe(keys.filter((key) => key < x).length);
      }
    }
  });
});

const base: SessionFacts = {
  status: 'completed',
  completed_at: '2026-01-01T00:00:00.000Z',
  percentage: 80,
  score_status: 'PASS',
  duration_ms: 1000,
  prompt_count: 3,
  command_fail_rate: 0.25,
  verify_intensity: null,
  manual_edit_ratio: 0.5,
  first_change_latency_ms: 200,
  test_pass_rate: 75,
};

describe('contributionOf', () => {
  it.each([
    ['a completed session counts everywhere it has a value', base, {
      results: 0, sessions: 0, score: 8000, durationMs: 1000, promptCount: 3, commandFailRate: 250_000,
      manualEditRatio: 500_000, firstChangeLatencyMs: 200, testPassRate: 75_000_000,
    }],
    ['expired and hired sessions are cohort members', { ...base, status: 'hired', duration_ms: null, command_fail_rate: null, manual_edit_ratio: null, first_change_latency_ms: null, test_pass_rate: null }, {
      results: 0, sessions: 0, score: 8000, promptCount: 3,
    }],
    ['a rejected session is a result but not in the cohort', { ...base, status: 'rejected' }, { results: 0 }],
    ['a started session contributes nothing', { ...base, status: 'started', completed_at: null }, {}],
    ['a pending score is left out until graded', { ...base, score_status: 'PENDING', percentage: null, duration_ms: null, command_fail_rate: null, manual_edit_ratio: null, first_change_latency_ms: null, test_pass_rate: null, prompt_count: 0 }, {
      results: 0, sessions: 0, promptCount: 0,
    }],
  ])('%s', (_name, facts, expected) => {
    expect(contributionOf(facts as SessionFacts)).toEqual(expected);
  });
});

describe('deltaOf', () => {
  it('is empty when nothing changed', () => {
    const contribution = contributionOf(base);
    const delta = deltaOf(contribution, { ...contribution });
    expect(delta.totals.size).toBe(0);
    expect(delta.nodes.size).toBe(0);
  });

  it('moves one metric: shared top nodes cancel out, only the differing ones change', () => {
    const delta = deltaOf({ durationMs: 1000 }, { durationMs: 1001 });
    expect([...delta.totals.entries()]).toEqual([['durationMs', { count: 0, sum: 1 }]]);
    expect([...delta.nodes.values()].map((entry) => [entry.node - LEVELS * STRIDE, entry.count])).toEqual([
      [1000, -1],
      [1001, 1],
    ]);
  });

  it('adds and removes whole contributions', () => {
    const add = deltaOf({}, { sessions: 0, score: 5000 });
    expect(add.totals.get('sessions')).toEqual({ count: 1, sum: 0 });
    expect(add.totals.get('score')).toEqual({ count: 1, sum: 5000 });
    expect(add.nodes.size).toBe(LEVELS);
    const remove = deltaOf({ sessions: 0, score: 5000 }, {});
    expect(remove.totals.get('score')).toEqual({ count: -1, sum: -5000 });
    expect([...remove.nodes.values()].every((entry) => entry.count === -1)).toBe(true);
  });

  it('keeps counters and the unranked testPassRate out of the tree', () => {
    const delta = deltaOf({}, { sessions: 0, results: 0, testPassRate: 1 });
    expect(delta.totals.size).toBe(3);
    expect(delta.nodes.size).toBe(0);
  });
});

describe('percentileRank and roundTo', () => {
  it.each([
    [8, 11, 8 / 11],
    [0, 11, 0],
    [11, 11, 1],
    [0, 0, null],
    [3, -1, null],
  ])('percentileRank(%p, %p) = %p', (beaten, others, expected) => {
    expect(percentileRank(beaten, others)).toBe(expected);
  });

  it.each([
    [8 / 11, 3, 0.727],
    [0.1425, 3, 0.143],
    [38.5, 1, 38.5],
    [4_320_000.4, 0, 4_320_000],
  ])('roundTo(%p, %p) = %p', (value, digits, expected) => {
    expect(roundTo(value, digits)).toBe(expected);
  });
});
