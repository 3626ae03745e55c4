/**
 * Instants both databases store alike. PostgreSQL's timestamptz refuses year
 * 0000 and offsets beyond ±15:59, SQLite keeps whatever text it gets, and
 * `Date#toISOString()` (how the application writes every timestamp) turns years
 * outside 0000–9999 into `+275760-…`, which neither sorts as text nor parses
 * back in PostgreSQL. So an instant is accepted only when its written form and
 * its UTC form both fall in years 0001–9999 and its offset is a real one.
 */

const EARLIEST_MS = Date.parse('0001-01-01T00:00:00.000Z');
const LATEST_MS = Date.parse('9999-12-31T23:59:59.999Z');
/** The widest offsets in use anywhere (UTC−12:00 … UTC+14:00), taken symmetrically. */
const MAX_OFFSET_MINUTES = 14 * 60;

/** RFC 3339 `date-time`: full date, `T`, full time with seconds, `Z` or `±hh:mm`. */
const RFC3339_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|([+-])(\d{2}):(\d{2}))$/i;

/**
 * What the filters and cursors have always taken: a date, or a date and time
 * (`T` or a space, seconds and offset optional, an offset with or without colon).
 */
const ISO_DATE_OR_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):?(\d{2}))?)?$/i;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** Whether the fields of a matched date(-time) are in range: a real day, a real time, a real offset. */
function fieldsInRange(match: RegExpExecArray, offsetAt: number): boolean {
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const [hour, minute, second] = [Number(match[4] ?? 0), Number(match[5] ?? 0), Number(match[6] ?? 0)];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  // No leap second: JavaScript cannot parse `:60`, and no stored instant ever has one.
  if (hour > 23 || minute > 59 || second > 59) return false;
  if (match[offsetAt] !== undefined) {
    const offsetHours = Number(match[offsetAt + 1]);
    const offsetMinutes = Number(match[offsetAt + 2]);
    if (offsetMinutes > 59 || offsetHours * 60 + offsetMinutes > MAX_OFFSET_MINUTES) return false;
  }
  return true;
}

/** Whether a moment (ms since the epoch) lies in years 0001–9999 UTC. */
export function isStorableTime(ms: number): boolean {
  return Number.isFinite(ms) && ms >= EARLIEST_MS && ms <= LATEST_MS;
}

/** The `date-time` format of every request schema: strict RFC 3339, storable on both databases. */
export function isStorableDateTime(text: string): boolean {
  const match = RFC3339_DATE_TIME.exec(text);
  return match !== null && fieldsInRange(match, 7) && isStorableTime(Date.parse(text));
}

/**
 * A date or date-time from a query filter or a cursor, as the ISO UTC string the
 * stores compare with; null when it is not one or not storable.
 */
export function parseStorableInstant(text: string): string | null {
  const trimmed = text.trim();
  const match = ISO_DATE_OR_DATE_TIME.exec(trimmed);
  if (match === null || !fieldsInRange(match, 7)) return null;
  const ms = Date.parse(trimmed);
  return isStorableTime(ms) ? new Date(ms).toISOString() : null;
}
