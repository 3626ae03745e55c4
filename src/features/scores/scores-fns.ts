/**
 * Pure rules of the Score API (reference 003): parsing its comma-separated id
 * lists, mapping our states to its enums, and formatting its string fields.
 */

export const MAX_IDS = 100;
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export type IdListProblem = { field: string; message: string };

/** `a,b , c` → ['a', 'b', 'c'] (duplicates removed); a problem for empty items, bad characters or more than 100 ids. */
export function parseIdList(field: string, raw: string | undefined): { ids: string[] | null; problem: IdListProblem | null } {
  if (raw === undefined) return { ids: null, problem: null };
  const items = raw.split(',').map((item) => item.trim());
  if (raw.trim() === '' || items.some((item) => item === '')) {
    return { ids: null, problem: { field, message: 'must be a comma-separated list of ids without empty items' } };
  }
  if (items.length > MAX_IDS) return { ids: null, problem: { field, message: `must list at most ${MAX_IDS} ids` } };
  const bad = items.find((item) => !ID_PATTERN.test(item));
  if (bad !== undefined) return { ids: null, problem: { field, message: `contains an invalid id "${bad.slice(0, 70)}"` } };
  return { ids: [...new Set(items)], problem: null };
}

export type AssessmentStatus = 'INVITED' | 'IN_PROGRESS' | 'COMPLETED';
export type ScoreStatus = 'PENDING' | 'LOW_PASS' | 'PASS' | 'FAIL';

export function assessmentStatusOf(session: { completed_at: string | null } | null): AssessmentStatus {
  if (!session) return 'INVITED';
  return session.completed_at === null ? 'IN_PROGRESS' : 'COMPLETED';
}

export function scoreStatusOf(session: { completed_at: string | null; score_status: string } | null): ScoreStatus {
  if (!session || session.completed_at === null) return 'PENDING';
  return (['PENDING', 'LOW_PASS', 'PASS', 'FAIL'] as const).find((status) => status === session.score_status) ?? 'PENDING';
}

/** The reference's date-time form: `2025-01-17T20:39:25.5810000+00:00` (seven fractional digits, explicit offset). */
export const NEVER = '0001-01-01T00:00:00.0000000+00:00';
export function formatDateTime(iso: string | null): string {
  if (!iso) return NEVER;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return NEVER;
  const [whole, fraction = '000'] = date.toISOString().replace('Z', '').split('.');
  return `${whole}.${fraction.padEnd(7, '0')}+00:00`;
}

/** A whole number as the reference's numeric strings ("35"); 0 when unknown. */
export function numberString(value: number | null | undefined): string {
  return String(value === null || value === undefined || !Number.isFinite(value) ? 0 : Math.round(value));
}

/** Share of the assessment's items (questions and tasks) the candidate handed in, in percent. */
export function completionOf(input: { answered: number; totalQuestions: number; casesDone: number; totalCases: number; started: boolean }): string {
  if (!input.started) return '0';
  const total = input.totalQuestions + input.totalCases;
  if (total <= 0) return '0';
  return numberString(((input.answered + input.casesDone) * 100) / total);
}
