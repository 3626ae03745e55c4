import { addDays } from '../../shared/clock.js';

/**
 * What the reviewers' home page lists and over which windows: each list is
 * bounded (at most `items` rows, with the total beside it).
 */
export const HOME_LISTS = {
  /** Rows per list. */
  items: 10,
  /** "Newly completed": attempts completed this many days back. */
  completedDays: 3,
  /** "Expiring soon": unused keys expiring within this many days. */
  expiringDays: 3,
} as const;

export interface HomeWindows {
  now: string;
  completedSince: string;
  expiringBefore: string;
}

export function homeWindows(now: Date): HomeWindows {
  return {
    now: now.toISOString(),
    completedSince: addDays(now, -HOME_LISTS.completedDays).toISOString(),
    expiringBefore: addDays(now, HOME_LISTS.expiringDays).toISOString(),
  };
}

/** Whole minutes from `since` to `now`; never negative (a clock a little behind the database's rows). */
export function minutesSince(since: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / 60_000));
}
