/**
 * Pure rules of the results views (reference 000): the opaque cursor, the
 * result status, durations, and reading what scoring stored on a session.
 */

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
    if (!Number.isFinite(Date.parse(completedAt)) || !/^res_[0-9A-Za-z]{1,40}$/.test(id)) return null;
    return { completedAt: new Date(completedAt).toISOString(), id };
  } catch {
    return null;
  }
}

export interface GroupScore {
  score: number;
  correct: number;
  total: number;
}

export interface ResultBreakdown {
  byCategory: Array<GroupScore & { category: string }>;
  byDifficulty: Array<GroupScore & { difficulty: string }>;
  strengths: string[];
  weaknesses: string[];
}

const EMPTY_BREAKDOWN: ResultBreakdown = { byCategory: [], byDifficulty: [], strengths: [], weaknesses: [] };

function groupList<K extends 'category' | 'difficulty'>(value: unknown, key: K): Array<GroupScore & Record<K, string>> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (!item || typeof item !== 'object') return [];
    const entry = item as Record<string, unknown>;
    const name = entry[key];
    if (typeof name !== 'string') return [];
    return [
      {
        [key]: name,
        score: Number(entry.score ?? 0),
        correct: Number(entry.correct ?? 0),
        total: Number(entry.total ?? 0),
      } as unknown as GroupScore & Record<K, string>,
    ];
  });
}

const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** What scoring stored in sessions.breakdown (JSON), read defensively. */
export function parseStoredBreakdown(json: string | null): ResultBreakdown {
  if (!json) return EMPTY_BREAKDOWN;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return EMPTY_BREAKDOWN;
  }
  if (!value || typeof value !== 'object') return EMPTY_BREAKDOWN;
  const stored = value as Record<string, unknown>;
  return {
    byCategory: groupList(stored.byCategory ?? stored.by_category, 'category'),
    byDifficulty: groupList(stored.byDifficulty ?? stored.by_difficulty, 'difficulty'),
    strengths: stringList(stored.strengths),
    weaknesses: stringList(stored.weaknesses),
  };
}

/** The question ids of a session in the order it was shown (sessions.question_order). */
export function questionOrderOf(json: string): string[] {
  try {
    const value = JSON.parse(json) as unknown;
    if (!Array.isArray(value)) return [];
    return value.flatMap((entry) => {
      if (typeof entry === 'string') return [entry];
      if (entry && typeof entry === 'object') {
        const id = (entry as Record<string, unknown>).questionId ?? (entry as Record<string, unknown>).id;
        return typeof id === 'string' ? [id] : [];
      }
      return [];
    });
  } catch {
    return [];
  }
}

/** A stored JSON value (an answer or an answer key), or null when absent or unreadable. */
export function parseJsonValue(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

/** ISO 8601 or a bare date (2024-02-01) → the canonical ISO string, or null when unreadable. */
export function normalizeInstant(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim())) return null;
  const time = Date.parse(value.trim());
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}
