import type { Executor } from '../../db/database.js';
import type { SessionsTable } from '../../db/schema.js';

/** SQL of the Score API: the invitations of candidates × assessments, their attempts and progress, and the assessments' task counts. */

export interface ScoreInvitationRow {
  id: string;
  candidate_id: string;
  assessment_id: string;
  assessment_title: string;
}

export function listScoreInvitations(
  db: Executor,
  orgId: string,
  filter: { candidateIds: string[] | null; assessmentIds: string[] | null },
): Promise<ScoreInvitationRow[]> {
  let query = db
    .selectFrom('invitations as i')
    .innerJoin('assessments as a', 'a.id', 'i.assessment_id')
    .select(['i.id', 'i.candidate_id', 'i.assessment_id', 'a.title as assessment_title'])
    .where('i.org_id', '=', orgId)
    .where('i.revoked_at', 'is', null)
    .where('a.deleted_at', 'is', null)
    .where('i.candidate_id', 'is not', null);
  if (filter.candidateIds) query = query.where('i.candidate_id', 'in', filter.candidateIds);
  if (filter.assessmentIds) query = query.where('i.assessment_id', 'in', filter.assessmentIds);
  return query.orderBy('i.candidate_id').orderBy('i.assessment_id').orderBy('i.id').execute() as Promise<ScoreInvitationRow[]>;
}

export type ScoreSessionRow = Pick<
  SessionsTable,
  | 'id'
  | 'invitation_id'
  | 'attempt_number'
  | 'started_at'
  | 'completed_at'
  | 'percentage'
  | 'score_status'
  | 'breakdown'
  | 'red_flag'
  | 'typing_speed_wpm'
  | 'total_questions'
>;

const CHUNK = 500;

async function chunked<T>(ids: readonly string[], run: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; start < ids.length; start += CHUNK) rows.push(...(await run(ids.slice(start, start + CHUNK))));
  return rows;
}

export function listSessionsOf(db: Executor, orgId: string, invitationIds: readonly string[]): Promise<ScoreSessionRow[]> {
  return chunked(invitationIds, (chunk) =>
    db
      .selectFrom('sessions')
      .select([
        'id',
        'invitation_id',
        'attempt_number',
        'started_at',
        'completed_at',
        'percentage',
        'score_status',
        'breakdown',
        'red_flag',
        'typing_speed_wpm',
        'total_questions',
      ])
      .where('org_id', '=', orgId)
      .where('invitation_id', 'in', chunk)
      .execute(),
  );
}

/** Per session: answered questions, and tasks handed in or graded. */
export async function progressOf(
  db: Executor,
  orgId: string,
  sessionIds: readonly string[],
): Promise<Map<string, { answered: number; casesDone: number }>> {
  const progress = new Map<string, { answered: number; casesDone: number }>();
  for (const id of sessionIds) progress.set(id, { answered: 0, casesDone: 0 });
  const answers = await chunked(sessionIds, (chunk) =>
    db
      .selectFrom('answers')
      .select(['session_id', (eb) => eb.fn.countAll<number>().as('count')])
      .where('org_id', '=', orgId)
      .where('session_id', 'in', chunk)
      .groupBy('session_id')
      .execute(),
  );
  for (const row of answers) progress.get(row.session_id)!.answered = Number(row.count);
  const cases = await chunked(sessionIds, (chunk) =>
    db
      .selectFrom('case_results')
      .select(['session_id', 'deliverable', 'score'])
      .where('org_id', '=', orgId)
      .where('session_id', 'in', chunk)
      .execute(),
  );
  for (const row of cases) {
    if (row.deliverable !== null || row.score !== null) progress.get(row.session_id)!.casesDone += 1;
  }
  return progress;
}
