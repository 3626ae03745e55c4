/**
 * Pure rules of the results views (reference 000): the opaque cursor, the
 * result status and durations.
 */
import { parseStorableInstant } from '../../shared/timestamps.js';

export type ResultStatus = 'passed' | 'failed' | 'pending';

/** passed / failed once the score is final; pending while a case waits for a grade. */
export function resultStatusOf(session: { score_status: string; passed: number | null }): ResultStatus {
  if (session.score_status === 'PENDING' || session.passed === null) return 'pending';
  return session.passed === 1 ? 'passed' : 'failed';
}

/** Whole minutes spent: the measured duration, else completion minus start. */
export function durationMinutesOf(session: { duration_ms: number | null; started_at: string; completed_at: string | null }): number | null {
  const ms = durationMsOf(session);
  return ms === null ? null : Math.round(ms / 60_000);
}

export function durationMsOf(session: { duration_ms: number | null; started_at: string; completed_at: string | null }): number | null {
  if (session.duration_ms !== null) return Math.max(0, session.duration_ms);
  if (session.completed_at === null) return null;
  const ms = Date.parse(session.completed_at) - Date.parse(session.started_at);
  return Number.isFinite(ms) ? Math.max(0, ms) : null;
}

export interface KeysetPosition {
  completedAt: string;
  id: string;
}

/** Opaque cursor: base64url of the last item's (completed_at, id). */
export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.completedAt, position.id]), 'utf8').toString('base64url');
}

/** The position a cursor stands for, or null when it is not one of ours. */
export function decodeCursor(cursor: string): KeysetPosition | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [completedAt, id] = value as unknown[];
    if (typeof completedAt !== 'string' || typeof id !== 'string') return null;
    const instant = parseStorableInstant(completedAt);
    if (instant === null || !/^res_[0-9A-Za-z]{1,40}$/.test(id)) return null;
    return { completedAt: instant, id };
  } catch {
    return null;
  }
}
