/**
 * Pure rules of the public results API (reference 001): its cursor, and how
 * our session states read in its vocabulary.
 */

import { parseStorableInstant } from '../../shared/timestamps.js';

export interface PublicCursor {
  /** true: the page before the position (newer results); false: the page after it (older). */
  reverse: boolean;
  completedAt: string;
  id: string;
}

/** Opaque cursor: base64 of `p=<completed_at>&i=<id>[&r=1]`, like the document's `cD0yMDI1LTA0...`. */
export function encodePublicCursor(cursor: PublicCursor): string {
  const params = new URLSearchParams({ p: cursor.completedAt, i: cursor.id });
  if (cursor.reverse) params.set('r', '1');
  return Buffer.from(params.toString(), 'utf8').toString('base64url');
}

export function decodePublicCursor(value: string): PublicCursor | null {
  if (!/^[A-Za-z0-9_-]{1,400}={0,2}$/.test(value)) return null;
  const params = new URLSearchParams(Buffer.from(value, 'base64url').toString('utf8'));
  const completedAt = params.get('p');
  const id = params.get('i');
  const reverse = params.get('r');
  const instant = completedAt === null ? null : parseStorableInstant(completedAt);
  if (instant === null || !id || !/^res_[0-9A-Za-z]{1,40}$/.test(id)) return null;
  if (reverse !== null && reverse !== '1') return null;
  return { reverse: reverse === '1', completedAt: instant, id };
}

/** 001 lists finished sessions: a hire or rejection decision does not change that it was completed. */
export function publicSessionStatus(status: string): 'completed' | 'expired' {
  return status === 'expired' ? 'expired' : 'completed';
}

/** Seconds spent: the measured duration, else completion minus start; null while unknown. */
export function timeSpentSeconds(session: { duration_ms: number | null; started_at: string; completed_at: string | null }): number | null {
  if (session.duration_ms !== null) return Math.round(Math.max(0, session.duration_ms) / 1000);
  if (session.completed_at === null) return null;
  const ms = Date.parse(session.completed_at) - Date.parse(session.started_at);
  return Number.isFinite(ms) ? Math.round(Math.max(0, ms) / 1000) : null;
}
