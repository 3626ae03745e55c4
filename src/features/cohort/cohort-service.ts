import type { Db } from '../../db/database.js';
import { NotFoundError } from '../../errors.js';
import type { Clock } from '../../shared/clock.js';
import { recordAudit, type AuditContext } from '../audit/audit-service.js';
import { liveAssessmentTitle } from '../assessments/assessments-catalog.js';
import { selectSessionFacts } from './cohort-aggregates-store.js';
import { cohortStatsOf, type CohortStats } from './cohort-read.js';

export function createCohortService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    async stats(context: AuditContext, assessmentId: string, sessionId?: string): Promise<{ cohortStats: CohortStats | null }> {
      const [title, sessions] = await Promise.all([
        liveAssessmentTitle(db, context.orgId, assessmentId),
        sessionId === undefined ? Promise.resolve([]) : selectSessionFacts(db, context.orgId, [sessionId]),
      ]);
      if (title === null) throw new NotFoundError('Assessment');
      const session = sessions[0];
      if (sessionId !== undefined && (!session || session.assessment_id !== assessmentId)) throw new NotFoundError('Session');
      const cohortStats = await cohortStatsOf(db, assessmentId, session);
      await recordAudit(db, clock, context, {
        action: 'cohort_stats.read',
        resourceType: 'assessment',
        resourceId: assessmentId,
        resourceTitle: title,
        details: sessionId === undefined ? null : { sessionId },
      });
      return { cohortStats };
    },
  };
}
