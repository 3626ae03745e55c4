import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS, msUntil, throttleKey, windowAfterHit, type ThrottleRule } from './throttles-fns.js';

const MINUTE = 60_000;
const keep: ThrottleRule = { windowMs: MINUTE, max: 5, overLimit: 'keep-window' };
const restart: ThrottleRule = { windowMs: MINUTE, max: 5, overLimit: 'restart-window' };
const backoff: ThrottleRule = { windowMs: MINUTE, max: 5, overLimit: 'backoff' };
const longBackoff: ThrottleRule = { windowMs: 60 * MINUTE, max: 20, overLimit: 'backoff' };

describe('windowAfterHit', () => {
  it.each([
    ['within the limit, any mode', backoff, 5, null],
    ['the first hit', restart, 1, null],
    ['over the limit, keeping the window', keep, 6, null],
    ['over the limit, keeping the window, long after', keep, 500, null],
    ['over the limit, restarting the window', restart, 6, MINUTE],
    ['over the limit, restarting the window again', restart, 60, MINUTE],
    ['backoff: the first hit over waits one window', backoff, 6, MINUTE],
    ['backoff: the second waits two', backoff, 7, 2 * MINUTE],
    ['backoff: the fourth waits eight', backoff, 9, 8 * MINUTE],
    ['backoff: never more than the cap', backoff, 10, MAX_BACKOFF_MS],
    ['backoff: the cap holds for ever', backoff, 1_000_000, MAX_BACKOFF_MS],
    ['backoff of a window longer than the cap: the window itself', longBackoff, 21, 60 * MINUTE],
    ['backoff of a window longer than the cap: not more', longBackoff, 30, 60 * MINUTE],
  ] as const)('%s', (_name, rule, hits, expected) => {
    expect(windowAfterHit(rule, hits)).toBe(expected);
  });

  it('stays finite for any count', () => {
    for (const hits of [6, 50, 1100, Number.MAX_SAFE_INTEGER]) expect(Number.isFinite(windowAfterHit(backoff, hits))).toBe(true);
  });
});

describe('throttleKey', () => {
  it('stores neither the email nor the address in clear, and tells subjects apart', () => {
    const key = throttleKey('login:account-address:ada@example.com 203.0.113.7');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toContain('ada');
    expect(key).not.toContain('203.0.113.7');
    expect(throttleKey('login:account:ada@example.com')).not.toBe(throttleKey('login:account:bob@example.com'));
  });
});

describe('msUntil', () => {
  it.each([
    ['a later end', '2026-05-04T09:01:00.000Z', 60_000],
    ['now', '2026-05-04T09:00:00.000Z', 0],
    ['an end passed', '2026-05-04T08:59:00.000Z', 0],
  ])('%s', (_name, resetsAt, expected) => {
    expect(msUntil(resetsAt, new Date('2026-05-04T09:00:00.000Z'))).toBe(expected);
  });
});
