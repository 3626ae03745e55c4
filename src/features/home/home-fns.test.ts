import { describe, expect, it } from 'vitest';
import { homeWindows, minutesSince } from './home-fns.js';

describe('homeWindows', () => {
  it('looks three days back for completions and three days ahead for expiries', () => {
    expect(homeWindows(new Date('2026-03-10T12:00:00.000Z'))).toEqual({
      now: '2026-03-10T12:00:00.000Z',
      completedSince: '2026-03-07T12:00:00.000Z',
      expiringBefore: '2026-03-13T12:00:00.000Z',
    });
  });
});

describe('minutesSince', () => {
  const now = new Date('2026-03-10T12:00:00.000Z');
  it.each([
    ['2026-03-10T12:00:00.000Z', 0],
    ['2026-03-10T11:59:00.001Z', 0],
    ['2026-03-10T11:59:00.000Z', 1],
    ['2026-03-09T12:00:00.000Z', 1440],
    // A row written by a clock slightly ahead never waits a negative time.
    ['2026-03-10T12:00:30.000Z', 0],
  ])('from %s: %i', (since, minutes) => {
    expect(minutesSince(since, now)).toBe(minutes);
  });
});
