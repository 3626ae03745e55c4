import { describe, expect, it } from 'vitest';
import { isStorableDateTime, isStorableTime, parseStorableInstant } from './timestamps.js';

describe('isStorableDateTime (the date-time format of every request schema)', () => {
  it.each([
    '2026-05-04T09:00:10Z',
    '2026-05-04T09:00:10.123Z',
    '2026-05-04T09:00:10.123456789Z',
    '2026-05-04t09:00:10z',
    '2026-05-04T09:00:10+14:00',
    '2026-05-04T09:00:10-12:00',
    '2026-05-04T09:00:10-00:00',
    '2024-02-29T00:00:00Z',
    '0001-01-01T00:00:00Z',
    '9999-12-31T23:59:59.999Z',
  ])('accepts %s', (text) => {
    expect(isStorableDateTime(text)).toBe(true);
  });

  it.each([
    ['0000-01-01T00:00:00Z', 'year 0000: PostgreSQL refuses it'],
    ['0001-01-01T00:00:00+01:00', 'year 0000 in UTC'],
    ['9999-12-31T23:59:59-01:00', 'year 10000 in UTC'],
    ['10000-01-01T00:00:00Z', 'five-digit year'],
    ['+275760-09-13T00:00:00Z', 'expanded year'],
    ['2026-02-29T00:00:00Z', 'not a leap year'],
    ['2026-02-30T00:00:00Z', 'JavaScript would read March 2'],
    ['2026-13-01T00:00:00Z', 'month 13'],
    ['2026-01-01T24:00:00Z', 'hour 24'],
    ['2026-12-31T23:59:60Z', 'leap second: JavaScript cannot parse it'],
    ['2026-01-01T00:00:00+14:01', 'offset beyond +14:00'],
    ['2026-01-01T00:00:00+15:59', 'offset beyond +14:00'],
    ['2026-01-01T00:00:00+23:59', 'offset PostgreSQL refuses'],
    ['2026-01-01T00:00:00+05:60', 'offset minute 60'],
    ['2026-01-01T00:00:00+0530', 'offset without colon'],
    ['2026-01-01T00:00:00', 'no offset'],
    ['2026-01-01 00:00:00Z', 'space instead of T'],
    ['2026-01-01T00:00Z', 'no seconds'],
    ['2026-01-01T00:00:00.1234567890Z', 'more than nanoseconds'],
    ['2026-01-01', 'a date'],
    ['now', 'not a date'],
    ['2026-01-01T00:00:00Z\u0000', 'NUL'],
  ])('refuses %s (%s)', (text) => {
    expect(isStorableDateTime(text)).toBe(false);
  });
});

describe('parseStorableInstant (query filters and cursors)', () => {
  it.each([
    ['2026-05-04', '2026-05-04T00:00:00.000Z'],
    ['2026-05-04T09:00:10Z', '2026-05-04T09:00:10.000Z'],
    ['2026-05-04T09:00:10.5+02:00', '2026-05-04T07:00:10.500Z'],
    ['2026-05-04 09:00Z', '2026-05-04T09:00:00.000Z'],
    ['2026-05-04T09:00:10+0530', '2026-05-04T03:30:10.000Z'],
    [' 2026-05-04T09:00:10Z ', '2026-05-04T09:00:10.000Z'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseStorableInstant(text)).toBe(expected);
  });

  it.each(['0000-01-01', '0001-01-01T00:00:00+01:00', '10000-01-01', '+275760-09-13T00:00:00Z', '2026-02-30', '2026-12-31T23:59:60Z', '2026-01-01T00:00:00+23:59', 'yesterday', 'Tue, 05 May 2026 09:00:00 GMT', ''])(
    'refuses %j',
    (text) => {
      expect(parseStorableInstant(text)).toBeNull();
    },
  );
});

describe('isStorableTime', () => {
  it.each([
    [Date.parse('0001-01-01T00:00:00.000Z'), true],
    [Date.parse('0001-01-01T00:00:00.000Z') - 1, false],
    [Date.parse('9999-12-31T23:59:59.999Z'), true],
    [Date.parse('9999-12-31T23:59:59.999Z') + 1, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
  ])('%s → %s', (ms, expected) => {
    expect(isStorableTime(ms)).toBe(expected);
  });
});
