import { describe, expect, it } from 'vitest';
import { backoffDelayMs, describeError, scheduledDelayMs } from './jobs-fns.js';

const policy = { baseMs: 1000, capMs: 60_000 };

describe('backoffDelayMs', () => {
  it.each([
    // attempt, random, expected: between half and all of base·2^(n-1), capped
    [1, 0, 500],
    [1, 1, 1000],
    [2, 0.5, 1500],
    [3, 1, 4000],
    [6, 1, 32_000],
    [7, 1, 60_000],
    [7, 0, 30_000],
    [50, 1, 60_000],
    [0, 1, 1000],
  ])('attempt %i with random %d waits %i ms', (attempt, random, expected) => {
    expect(backoffDelayMs(attempt, policy, () => random)).toBe(expected);
  });

  it('grows with the attempt number and never exceeds the cap', () => {
    let previousMin = 0;
    for (let attempt = 1; attempt <= 40; attempt++) {
      const min = backoffDelayMs(attempt, policy, () => 0);
      const max = backoffDelayMs(attempt, policy, () => 1);
      expect(min).toBeGreaterThanOrEqual(previousMin);
      expect(max).toBeLessThanOrEqual(policy.capMs);
      expect(Number.isFinite(max)).toBe(true);
      previousMin = min;
    }
  });
});

describe('scheduledDelayMs', () => {
  const schedule = [5_000, 300_000, 1_800_000];
  it.each([
    [1, 0.5, 5_000],
    [2, 0.5, 300_000],
    [3, 0.5, 1_800_000],
    [9, 0.5, 1_800_000],
    [1, 0, 4_500],
    [1, 1, 5_500],
    [0, 0.5, 5_000],
  ])('after failed attempt %i (random %d) waits %i ms', (attempt, random, expected) => {
    expect(scheduledDelayMs(attempt, schedule, () => random)).toBe(expected);
  });

  it('refuses an empty schedule', () => {
    expect(() => scheduledDelayMs(1, [])).toThrow(/at least one delay/);
  });
});

describe('describeError', () => {
  it.each([
    [new Error('boom'), 'boom'],
    [new Error('fetch failed', { cause: new Error('ECONNREFUSED') }), 'fetch failed (ECONNREFUSED)'],
    ['plain string', 'plain string'],
    [42, '42'],
  ])('describes %s', (error, expected) => {
    expect(describeError(error)).toBe(expected);
  });

  it('bounds very long messages', () => {
    const text = describeError(new Error('x'.repeat(10_000)));
    expect(text.length).toBe(2000);
    expect(text.endsWith('…')).toBe(true);
  });
});
