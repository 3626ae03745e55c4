import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/database.js';
import { AppError, ConflictError, NotFoundError } from '../../errors.js';
import { fieldError } from '../questions/questions-fns.js';
import { diffFields, recordAudit, type AuditContext } from '../audit/audit-service.js';
import { findKey } from '../invitations/invitations-lifecycle.js';
import { candidateContactOf, closeIfOverdue, closeIfOverdueIn, regradeSession, sessionView, type SessionEngineDeps } from './sessions-completion.js';
import { applyDecision, decisionEmailOf, resultTitle, type QueuedDecisionEmail } from './sessions-decisions.js';
import type { Decision } from './sessions-email-fns.js';
import { gradeCase, type CaseGradeInput, type RubricCriterion } from './sessions-fns.js';
import { findAssessmentRow, findSession, findSessions, listCaseResults, updateCaseResult, type SessionRow } from './sessions-store.js';

/** Reviewer actions on a session (result): read it, grade its cases, decide (one or many). */

export interface GradeInput extends CaseGradeInput {
  caseId: string;
  feedback?: string | null;
}

export type { Decision } from './sessions-email-fns.js';

/** Why a session cannot be graded or decided; null when it can. */
function closedProblem(session: SessionRow): { code: string; message: string } | null {
  if (session.status === 'started') {
    return { code: 'session_open', message: 'The session is still in progress; it can be graded and decided once it is submitted or past its deadline' };
  }
  if (session.status === 'revoked') return { code: 'session_revoked', message: 'The key of this attempt was revoked; it can be read, not graded or decided' };
  return null;
}

/** What the audit trail keeps of a grading: the attempt's score, and each case's grade. */
function gradingFacts(session: SessionRow, cases: Awaited<ReturnType<typeof listCaseResults>>, caseIds: ReadonlySet<string>) {
  const facts: Record<string, unknown> = { score: session.score, percentage: session.percentage, scoreStatus: session.score_status };
  for (const item of cases) {
    if (!caseIds.has(item.case_id)) continue;
    facts[`cases.${item.case_id}`] = {
      title: item.title,
      score: item.score,
      status: item.status,
      criteria: item.grades === null ? null : (JSON.parse(item.grades) as unknown),
      feedback: item.feedback,
    };
  }
  return facts;
}

export function createSessionsService(deps: SessionEngineDeps & { db: Db }) {
  const { db, clock } = deps;

  async function loadClosed(trx: Executor, orgId: string, id: string) {
    const session = await findSession(trx, orgId, id);
    if (!session) throw new NotFoundError('Session');
    const problem = closedProblem(session);
    if (problem) throw new ConflictError(problem.message, problem.code);
    return session;
  }

  async function rubricOf(trx: Executor, orgId: string, caseRubric: string | null, assessmentRubricId: string | null): Promise<RubricCriterion[] | null> {
    if (caseRubric !== null) return (JSON.parse(caseRubric) as { criteria: RubricCriterion[] }).criteria;
    if (assessmentRubricId === null) return null;
    const row = await trx.selectFrom('rubrics').select('criteria').where('org_id', '=', orgId).where('id', '=', assessmentRubricId).executeTakeFirst();
    return row ? (JSON.parse(row.criteria) as RubricCriterion[]) : null;
  }

  async function titleOf(trx: Executor, session: SessionRow, assessmentTitle: string): Promise<string> {
    const invitation = (await findKey(trx, session.org_id, session.invitation_id))!;
    return resultTitle(await candidateContactOf(trx, session, invitation), assessmentTitle);
  }

  return {
    async get(orgId: string, id: string) {
      const session = await findSession(db, orgId, id);
      if (!session) throw new NotFoundError('Session');
      if (!(await closeIfOverdue(db, deps, orgId, id))) return sessionView(db, session);
      return sessionView(db, (await findSession(db, orgId, id))!);
    },

    /** Grades one or more cases; the score status leaves PENDING when the last case is graded. One audit entry. */
    async grade(context: AuditContext, id: string, grades: readonly GradeInput[]) {
      const { orgId } = context;
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
            graded_by: context.actor.id,
            updated_at: now,
          });
        }
        const regraded = await regradeSession(trx, deps, session);
        await recordAudit(trx, clock, context, {
          action: 'result.grade',
          resourceType: 'result',
          resourceId: session.id,
          resourceTitle: await titleOf(trx, session, assessment.title),
          details: { caseIds: [...seen] },
          changes: diffFields(gradingFacts(session, results, seen), gradingFacts(regraded, await listCaseResults(trx, session.id), seen)),
        });
        return sessionView(trx, regraded);
      });
    },

    /** What deciding would email the candidate now (for the reviewer to see before deciding). */
    async decisionEmail(orgId: string, id: string, decision: Decision) {
      const session = await loadClosed(db, orgId, id);
      const planned = await decisionEmailOf(db, deps, session, decision);
      return {
        email: planned.kind && planned.email && planned.to ? { kind: planned.kind, to: planned.to, ...planned.email } : null,
        reason: planned.reason,
      };
    },

    /**
     * Hire or reject one attempt. "hired" marks the attempt and its key hired,
     * "rejected" marks the key rejected (the attempt stays completed); either
     * can be changed later. Sends at most one email, unless `sendEmail` is off.
     */
    async decide(context: AuditContext, id: string, decision: Decision, options: { sendEmail: boolean }) {
      return inTransaction(db, async (trx) => {
        await closeIfOverdueIn(trx, deps, context.orgId, id);
        const session = await loadClosed(trx, context.orgId, id);
        const outcome = await applyDecision(trx, deps, context, session, decision, { sendEmail: options.sendEmail, bulk: false });
        return { session: await sessionView(trx, outcome.session), email: outcome.email };
      });
    },

    /**
     * The same decision on many attempts, all or none: 404 naming the ids this
     * organization does not have, 409 naming the attempts that cannot be
     * decided (in progress, revoked); otherwise each is decided as one would be.
     */
    async decideMany(context: AuditContext, ids: readonly string[], decision: Decision, options: { sendEmail: boolean }) {
      return inTransaction(db, async (trx) => {
        // Sorted, so that concurrent bulk decisions take row locks in one order.
        const sorted = [...new Set(ids)].sort();
        for (const id of sorted) await closeIfOverdueIn(trx, deps, context.orgId, id);
        const found = new Map((await findSessions(trx, context.orgId, sorted)).map((row) => [row.id, row]));
        const unknown = ids.filter((id) => !found.has(id));
        if (unknown.length > 0) {
          throw new AppError(404, 'not_found', `${unknown.length} of the sessions were not found: ${unknown.join(', ')}`, { sessionIds: unknown });
        }
        const problems = ids.flatMap((id) => {
          const problem = closedProblem(found.get(id)!);
          return problem ? [{ sessionId: id, code: problem.code }] : [];
        });
        if (problems.length > 0) {
          throw new ConflictError(
            `${problems.length} of the sessions cannot be decided (in progress or revoked): ${problems.map((problem) => problem.sessionId).join(', ')}; nothing was decided`,
            'sessions_not_decidable',
            { sessionIds: problems.map((problem) => problem.sessionId), problems },
          );
        }
        const decided = new Map<string, SessionRow>();
        const emails: Array<QueuedDecisionEmail & { sessionId: string }> = [];
        for (const id of sorted) {
          const outcome = await applyDecision(trx, deps, context, found.get(id)!, decision, { sendEmail: options.sendEmail, bulk: true });
          decided.set(id, outcome.session);
          if (outcome.email) emails.push({ sessionId: id, ...outcome.email });
        }
        const sessions = [];
        for (const id of ids) sessions.push(await sessionView(trx, decided.get(id)!));
        return { sessions, emails };
      });
    },
  };
}

export type SessionsService = ReturnType<typeof createSessionsService>;
