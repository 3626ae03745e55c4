import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/database.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import { fieldError } from '../questions/questions-fns.js';
import { refreshSessionAggregates } from '../cohort/cohort-aggregates.js';
import { closeIfOverdue, closeIfOverdueIn, regradeSession, sessionView, type SessionEngineDeps } from './sessions-completion.js';
import { gradeCase, type CaseGradeInput, type RubricCriterion } from './sessions-fns.js';
import { findKey, markDecision } from '../invitations/invitations-lifecycle.js';
import { findAssessmentRow, findSession, listCaseResults, updateCaseResult, updateSession } from './sessions-store.js';

/** Reviewer actions on a session (result): read it, grade its cases, decide. */

export interface GradeInput extends CaseGradeInput {
  caseId: string;
  feedback?: string | null;
}

export type Decision = 'hired' | 'rejected';

export function createSessionsService(deps: SessionEngineDeps & { db: Db }) {
  const { db, clock } = deps;

  async function loadClosed(trx: Executor, orgId: string, id: string) {
    const session = await findSession(trx, orgId, id);
    if (!session) throw new NotFoundError('Session');
    if (session.status === 'started') {
      throw new ConflictError('The session is still in progress; it can be graded and decided once it is submitted or past its deadline', 'session_open');
    }
    if (session.status === 'revoked') throw new ConflictError('The key of this attempt was revoked; it can be read, not graded or decided', 'session_revoked');
    return session;
  }

  async function rubricOf(trx: Executor, orgId: string, caseRubric: string | null, assessmentRubricId: string | null): Promise<RubricCriterion[] | null> {
    if (caseRubric !== null) return (JSON.parse(caseRubric) as { criteria: RubricCriterion[] }).criteria;
    if (assessmentRubricId === null) return null;
    const row = await trx.selectFrom('rubrics').select('criteria').where('org_id', '=', orgId).where('id', '=', assessmentRubricId).executeTakeFirst();
    return row ? (JSON.parse(row.criteria) as RubricCriterion[]) : null;
  }

  return {
    async get(orgId: string, id: string) {
      const session = await findSession(db, orgId, id);
      if (!session) throw new NotFoundError('Session');
      if (!(await closeIfOverdue(db, deps, orgId, id))) return sessionView(db, session);
      return sessionView(db, (await findSession(db, orgId, id))!);
    },

    /** Grades one or more cases; the score status leaves PENDING when the last case is graded. */
    async grade(orgId: string, id: string, grades: readonly GradeInput[], gradedBy: string | null) {
      return inTransaction(db, async (trx) => {
        await closeIfOverdueIn(trx, deps, orgId, id);
        const session = await loadClosed(trx, orgId, id);
        const assessment = (await findAssessmentRow(trx, orgId, session.assessment_id))!;
        const results = await listCaseResults(trx, session.id);
        const now = clock.now().toISOString();
        const seen = new Set<string>();
        for (const [index, grade] of grades.entries()) {
          const field = `grades.${index}`;
          const result = results.find((item) => item.case_id === grade.caseId);
          if (!result) throw fieldError(`${field}.caseId`, `There is no task "${grade.caseId}" in this attempt`, 'unknown_case');
          if (seen.has(grade.caseId)) throw fieldError(`${field}.caseId`, 'This task is graded twice in this request');
          seen.add(grade.caseId);
          const outcome = gradeCase(result.max_score, await rubricOf(trx, orgId, result.rubric, assessment.rubric_id), grade, field);
          if ('problem' in outcome) throw fieldError(outcome.problem.field, outcome.problem.message);
          await updateCaseResult(trx, result.id, {
            score: outcome.score,
            status: 'graded',
            grades: outcome.grades === null ? null : JSON.stringify(outcome.grades),
            feedback: grade.feedback === undefined ? result.feedback : grade.feedback,
            graded_at: now,
            graded_by: gradedBy,
            updated_at: now,
          });
        }
        const regraded = await regradeSession(trx, deps, session);
        return sessionView(trx, regraded);
      });
    },

    /** Hire or reject; "hired" marks the session and its key hired, and can be changed back. */
    async decide(orgId: string, id: string, decision: Decision, decidedBy: string | null) {
      return inTransaction(db, async (trx) => {
        await closeIfOverdueIn(trx, deps, orgId, id);
        const session = await loadClosed(trx, orgId, id);
        const now = clock.now().toISOString();
        const closedStatus = session.closed_reason === 'deadline' ? 'expired' : 'completed';
        const status = decision === 'hired' ? 'hired' : closedStatus;
        await updateSession(trx, session.id, { decision, decided_at: now, decided_by: decidedBy, status, updated_at: now });
        const invitation = await findKey(trx, orgId, session.invitation_id);
        // A later attempt in progress owns the key's status.
        if (invitation && invitation.current_session_id === session.id) {
          await markDecision(trx, invitation.id, decision);
        }
        await refreshSessionAggregates(trx, clock, session.id);
        return sessionView(trx, (await findSession(trx, orgId, id))!);
      });
    },
  };
}

export type SessionsService = ReturnType<typeof createSessionsService>;
