import type { Db } from '../../db/database.js';
import { ValidationError } from '../../errors.js';
import type { Clock } from '../../shared/clock.js';
import { recordAudit, type AuditContext } from '../audit/audit-service.js';
import { getOrganization } from '../orgs/orgs-service.js';
import { parseStoredBreakdown } from '../scoring/scoring-fns.js';
import {
  assessmentStatusOf,
  completionOf,
  formatDateTime,
  numberString,
  parseIdList,
  scoreStatusOf,
  type IdListProblem,
} from './scores-fns.js';
import { countCurrentCases } from '../assessments/assessments-catalog.js';
import { listScoreInvitations, listSessionsOf, progressOf, type ScoreSessionRow } from './scores-store.js';

export class InstanceMismatchError extends ValidationError {
  constructor() {
    super('The instance header does not name the organization of this credential', [{ field: 'instance', message: 'does not match' }], 'instance_mismatch');
  }
}

/** Which attempt speaks for a candidate on an assessment: the latest finished one, else the latest started. */
function representative(sessions: ScoreSessionRow[]): ScoreSessionRow | null {
  const finished = sessions.filter((session) => session.completed_at !== null).sort((a, b) => (a.completed_at! < b.completed_at! ? 1 : -1));
  if (finished[0]) return finished[0];
  const started = [...sessions].sort((a, b) => (a.started_at < b.started_at ? 1 : a.started_at > b.started_at ? -1 : b.attempt_number - a.attempt_number));
  return started[0] ?? null;
}

export function createScoresService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    async scores(context: AuditContext, query: { candidateIds?: string; assessmentIds?: string }, instance: string | undefined) {
      if (instance !== undefined) {
        const org = await getOrganization(db, context.orgId);
        if (instance.trim() !== org.slug) throw new InstanceMismatchError();
      }
      const candidates = parseIdList('candidateIds', query.candidateIds);
      const assessments = parseIdList('assessmentIds', query.assessmentIds);
      const problems = [candidates.problem, assessments.problem].filter((problem): problem is IdListProblem => problem !== null);
      if (problems.length > 0) throw new ValidationError(`querystring: ${problems[0]!.field} ${problems[0]!.message}`, problems);
      if (!candidates.ids && !assessments.ids) {
        throw new ValidationError('querystring: candidateIds or assessmentIds is required', [
          { field: 'candidateIds', message: 'or assessmentIds is required' },
        ]);
      }

      const invitations = await listScoreInvitations(db, context.orgId, { candidateIds: candidates.ids, assessmentIds: assessments.ids });
      const sessions = await listSessionsOf(
        db,
        context.orgId,
        invitations.map((row) => row.id),
      );
      const byInvitation = new Map<string, ScoreSessionRow[]>();
      for (const session of sessions) byInvitation.set(session.invitation_id, [...(byInvitation.get(session.invitation_id) ?? []), session]);

      const pairs = new Map<string, { candidateId: string; assessmentId: string; assessmentName: string; sessions: ScoreSessionRow[] }>();
      for (const invitation of invitations) {
        const id = `${invitation.candidate_id} ${invitation.assessment_id}`;
        const pair = pairs.get(id) ?? { candidateId: invitation.candidate_id, assessmentId: invitation.assessment_id, assessmentName: invitation.assessment_title, sessions: [] };
        pair.sessions.push(...(byInvitation.get(invitation.id) ?? []));
        pairs.set(id, pair);
      }
      const chosen = [...pairs.values()].map((pair) => ({ ...pair, session: representative(pair.sessions) }));
      const sessionIds = chosen.flatMap((pair) => (pair.session ? [pair.session.id] : []));
      const [progress, caseCounts] = await Promise.all([
        progressOf(db, context.orgId, sessionIds),
        countCurrentCases(db, context.orgId, [...new Set(chosen.map((pair) => pair.assessmentId))]),
      ]);

      await recordAudit(db, clock, context, {
        action: 'score.read',
        resourceType: 'result',
        details: { candidateIds: candidates.ids, assessmentIds: assessments.ids, resultIds: sessionIds },
      });

      return chosen.map(({ candidateId, assessmentId, assessmentName, session }) => {
        const done = session ? progress.get(session.id)! : { answered: 0, casesDone: 0 };
        const finished = session?.completed_at ? session : null;
        const final = finished && finished.score_status !== 'PENDING' ? finished : null;
        return {
          candidateId,
          assessmentId,
          assessmentName: assessmentName || assessmentId,
          assessmentStatus: assessmentStatusOf(session),
          scoreStatus: scoreStatusOf(session),
          completion: completionOf({
            answered: done.answered,
            casesDone: done.casesDone,
            totalQuestions: session?.total_questions ?? 0,
            totalCases: caseCounts.get(assessmentId) ?? 0,
            started: session !== null,
          }),
          totalScore: numberString(final?.percentage),
          typingSpeed: numberString(session?.typing_speed_wpm),
          categoryScores: finished
            ? parseStoredBreakdown(finished.breakdown).byCategory.map((item) => ({ name: item.category || 'Uncategorised', score: numberString(item.score) }))
            : [],
          redFlag: session?.red_flag === 1,
          started: formatDateTime(session?.started_at ?? null),
          finished: formatDateTime(session?.completed_at ?? null),
        };
      });
    },
  };
}
