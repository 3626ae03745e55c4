import type { Db } from '../../db/database.js';
import type { Clock } from '../../shared/clock.js';
import { msUntil, throttleKey, windowAfterHit, type ThrottleRule } from './throttles-fns.js';
import { countHit, deleteEndedWindows, extendWindow } from './throttles-store.js';

export interface ThrottleHit {
  /** Hits of the subject in its current window, this one included. */
  current: number;
  /** Milliseconds until the window ends. */
  ttl: number;
}

/** Throttles counted in the database: every instance sees the same counts, and they outlive a restart. */
export function createThrottlesService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    /** Counts a hit of `name` (a limit and its subject) under `rule`. */
    async hit(name: string, rule: ThrottleRule): Promise<ThrottleHit> {
      const now = clock.now();
      const key = throttleKey(name);
      const row = await countHit(db, { key, now: now.toISOString(), resetsAt: new Date(now.getTime() + rule.windowMs).toISOString() });
      const longer = windowAfterHit(rule, row.hits);
      if (longer !== null) {
        const resetsAt = new Date(now.getTime() + longer).toISOString();
        await extendWindow(db, key, resetsAt);
        return { current: row.hits, ttl: Math.max(longer, msUntil(row.resets_at, now)) };
      }
      return { current: row.hits, ttl: msUntil(row.resets_at, now) };
    },

    /** The sweep: forgets windows that have ended. Answers how many. */
    sweep(): Promise<number> {
      return deleteEndedWindows(db, clock.now().toISOString());
    },
  };
}

export type ThrottlesService = ReturnType<typeof createThrottlesService>;
