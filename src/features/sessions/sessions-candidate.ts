import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/database.js';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.js';
import { newId } from '../../ids.js';
import { candidateDetailsNeeded, expireIfDue, identifyCandidate, type CandidateDetail } from '../invitations/invitations-lifecycle.js';
import { fieldError } from '../questions/questions-fns.js';
import { payloadProblem, type EventType } from '../telemetry/telemetry-fns.js';
import {
  assertCanStartAttempt,
  candidateAssessmentView,
  candidateInvitationView,
  candidateSessionView,
  currentSession,
  loadContext,
  openAttempt,
  type CandidatePrincipal,
  type FlowContext,
} from './sessions-attempts.js';
import { closeIfOverdue, closeSession, parseLayout, type SessionEngineDeps } from './sessions-completion.js';
import { everyPartHandedIn } from './sessions-fns.js';
import { selectionProblem, toStoredSelection, type Selection } from './sessions-layout-fns.js';
import {
  countKnownEvents,
  deleteAnswer,
  findQuestionContent,
  findSession,
  insertEvents,
  listCaseResults,
  lockOpenSession,
  updateCaseResult,
  updateSession,
  upsertAnswer,
  type SessionRow,
} from './sessions-store.js';
import { partsOf } from './sessions-views.js';

/**
 * The candidate's side of an attempt, for the browser and the CLI: the
 * assessment and key as the candidate sees them, start, answer, record
 * events, save and hand in parts, finish. Every call first closes an attempt
 * past its deadline; each change is one transaction.
 */

/** 409 for a change to a part of the attempt that was handed in (final). */
export class PartHandedInError extends ConflictError {
  constructor(what: string) {
    super(`${what} was handed in; it can no longer be changed`, 'part_handed_in');
  }
}

/**
 * 400 when the assessment asks who is taking the test and the key does not
 * say: the name (and the email) must come with the start.
 */
export class CandidateDetailsRequiredError extends ValidationError {
  constructor(missing: readonly CandidateDetail[]) {
    const what = missing.join(' and ');
    super(
      `This key was issued without a ${missing.includes('name') ? 'name' : 'email'}: give your ${what} to start the test`,
      missing.map((field) => ({ field, message: `is required: the key was issued without ${field === 'name' ? 'a name' : 'an email'}` })),
      'candidate_details_required',
    );
  }
}

/** What a candidate says about themselves when starting (see invitation.detailsNeeded). */
export interface CandidateDetailsInput {
  name?: string;
  email?: string;
}

export interface EventInput {
  id: string;
  type: EventType;
  occurredAt: string;
  payload?: Record<string, unknown>;
}

export function createCandidateAttemptService(deps: SessionEngineDeps & { db: Db }) {
  const { db, clock } = deps;

  /** Lazy deadline close: whatever the candidate asks, an overdue attempt is closed and scored first. */
  async function freshContext(principal: CandidatePrincipal): Promise<FlowContext> {
    const context = await loadContext(db, principal.orgId, principal.invitationId);
    if (await closeIfOverdue(db, deps, principal.orgId, context.invitation.current_session_id)) {
      return loadContext(db, principal.orgId, principal.invitationId);
    }
    return context;
  }

  /** The open attempt, locked for this transaction; 409 when there is none, it is closed or overdue. */
  async function lockOpen(trx: Executor, context: FlowContext): Promise<SessionRow> {
    const session = await currentSession(trx, context.invitation);
    if (!session) throw new ConflictError('Start the assessment first', 'session_not_started');
    const now = clock.now();
    if (await lockOpenSession(trx, session.id, now.toISOString())) return session;
    const current = (await findSession(trx, session.org_id, session.id))!;
    if (current.status === 'started') throw new ConflictError('The time limit has passed', 'deadline_passed');
    throw new ConflictError('This attempt was already submitted', 'session_closed');
  }

  async function sessionContext(trx: Executor, context: FlowContext) {
    return candidateSessionView(trx, context, (await currentSession(trx, context.invitation))!, clock.now());
  }

  /** The candidate's view of the attempt after a change, read in the same transaction. */
  async function viewAfter(trx: Executor, principal: CandidatePrincipal) {
    return sessionContext(trx, await loadContext(trx, principal.orgId, principal.invitationId));
  }

  /** Completes (closes and scores) the attempt once nothing is left to hand in. */
  async function completeWhenAllHandedIn(trx: Executor, orgId: string, sessionId: string): Promise<void> {
    const session = (await findSession(trx, orgId, sessionId))!;
    if (everyPartHandedIn(partsOf(session, await listCaseResults(trx, sessionId)))) {
      await closeSession(trx, deps, orgId, sessionId, 'submitted');
    }
  }

  /** The attempt to hand a part of in: 409 before the first start. */
  async function attemptOf(trx: Executor, context: FlowContext): Promise<SessionRow> {
    const session = await currentSession(trx, context.invitation);
    if (!session) throw new ConflictError('Start the assessment first', 'session_not_started');
    return session;
  }

  return {
    /** GET /v1/candidate/assessment; `server` is this server as the candidate reaches it (for the CLI commands). */
    async overview(principal: CandidatePrincipal, server: string) {
      const context = await freshContext(principal);
      return { assessment: await candidateAssessmentView(db, context, server), invitation: candidateInvitationView(context) };
    },

    /**
     * POST /v1/candidate/start: the open attempt, or a new one. `created` tells
     * which. A new attempt of a key the assessment wants named needs the
     * candidate's name (and email) first; they are recorded on the key.
     */
    async start(principal: CandidatePrincipal, details: CandidateDetailsInput = {}) {
      const context = await freshContext(principal);
      const open = await currentSession(db, context.invitation);
      if (open?.status === 'started') return { created: false, session: await candidateSessionView(db, context, open, clock.now()) };
      await expireIfDue(db, context.invitation, clock.now());
      assertCanStartAttempt(context, clock.now());
      return inTransaction(db, async (trx) => {
        const latest = await loadContext(trx, principal.orgId, principal.invitationId);
        // A concurrent start may have opened the attempt since the check above.
        const raced = await currentSession(trx, latest.invitation);
        if (raced?.status === 'started') return { created: false, session: await candidateSessionView(trx, latest, raced, clock.now()) };
        const needed = candidateDetailsNeeded(latest.invitation, latest.assessment.require_candidate_details === 1);
        const missing = needed.filter((field) => !details[field]?.trim());
        if (missing.length > 0) throw new CandidateDetailsRequiredError(missing);
        const identified = await identifyCandidate(trx, latest.invitation, details, clock.now().toISOString());
        const opened = await openAttempt(trx, deps, identified ? await loadContext(trx, principal.orgId, principal.invitationId) : latest);
        const after = await loadContext(trx, principal.orgId, principal.invitationId);
        const session = opened ?? (await currentSession(trx, after.invitation));
        if (!session) throw new ConflictError('The attempt could not be started; try again', 'start_conflict');
        return { created: opened !== null, session: await candidateSessionView(trx, after, session, clock.now()) };
      });
    },

    /** GET /v1/candidate/session: the current attempt, to resume after a reload. */
    async current(principal: CandidatePrincipal) {
      const context = await freshContext(principal);
      const session = await currentSession(db, context.invitation);
      if (!session) throw new NotFoundError('Session');
      return candidateSessionView(db, context, session, clock.now());
    },

    /** PUT /v1/candidate/answers/:questionId: autosave, last write wins; null clears. */
    async saveAnswer(principal: CandidatePrincipal, questionId: string, selectedAnswer: unknown, timeSpentMs: number | undefined) {
      const context = await freshContext(principal);
      return inTransaction(db, async (trx) => {
        const session = await lockOpen(trx, context);
        if (session.questions_handed_in_at !== null) throw new PartHandedInError('The question section');
        const entry = parseLayout(session).find((item) => item.questionId === questionId);
        if (!entry) throw new NotFoundError('Question');
        const [question] = await findQuestionContent(trx, session.org_id, [questionId]);
        if (!question) throw new NotFoundError('Question');
        if (selectedAnswer === null) {
          await deleteAnswer(trx, session.id, questionId);
          return null;
        }
        const optionCount = question.type === 'text' ? 0 : entry.optionOrder.length;
        const problem = selectionProblem(question.type as 'single' | 'multiple' | 'text', optionCount, selectedAnswer);
        if (problem) throw fieldError('selectedAnswer', problem);
        const now = clock.now();
        const elapsed = Math.max(0, now.getTime() - Date.parse(session.started_at));
        const existing = await trx
          .selectFrom('answers')
          .select('time_spent_ms')
          .where('session_id', '=', session.id)
          .where('question_id', '=', questionId)
          .executeTakeFirst();
        const time = Math.min(timeSpentMs ?? existing?.time_spent_ms ?? 0, elapsed);
        const nowIso = now.toISOString();
        await upsertAnswer(trx, {
          id: newId('ans'),
          org_id: session.org_id,
          session_id: session.id,
          question_id: questionId,
          selected: JSON.stringify(toStoredSelection(selectedAnswer as Selection, entry)),
          is_correct: null,
          points_awarded: null,
          time_spent_ms: time,
          created_at: nowIso,
          updated_at: nowIso,
        });
        return { questionId, selectedAnswer: selectedAnswer as Selection, timeSpentMs: time, savedAt: nowIso };
      });
    },

    /** POST /v1/candidate/events: idempotent by client event id. */
    async recordEvents(principal: CandidatePrincipal, events: readonly EventInput[]) {
      for (const [index, event] of events.entries()) {
        const problem = payloadProblem(event.type, event.payload ?? {});
        if (problem) throw fieldError(`events.${index}.${problem.field}`, problem.message);
      }
      const unique = [...new Map(events.map((event) => [event.id, event])).values()];
      const context = await freshContext(principal);
      return inTransaction(db, async (trx) => {
        let session: SessionRow;
        try {
          session = await lockOpen(trx, context);
        } catch (error) {
          // A retried batch that was stored before the close is still a success.
          const closed = await currentSession(trx, context.invitation);
          if (closed && (await countKnownEvents(trx, closed.id, unique.map((event) => event.id))) === unique.length) {
            return { accepted: 0, duplicates: events.length };
          }
          throw error;
        }
        const now = clock.now();
        const startedAt = Date.parse(session.started_at);
        const accepted = await insertEvents(
          trx,
          unique.map((event) => {
            // Client clocks drift: keep each event inside the attempt.
            const at = Math.min(Math.max(Date.parse(event.occurredAt), startedAt), now.getTime());
            return {
              id: newId('evt'),
              org_id: session.org_id,
              session_id: session.id,
              client_event_id: event.id,
              type: event.type,
              payload: JSON.stringify(event.payload ?? {}),
              occurred_at: new Date(at).toISOString(),
              received_at: now.toISOString(),
            };
          }),
        );
        return { accepted, duplicates: events.length - accepted };
      });
    },

    /** PUT /v1/candidate/cases/:caseId: hand in a task's deliverable (the CLI's diff) and time spent. */
    async saveCase(principal: CandidatePrincipal, caseId: string, input: { deliverable?: string; timeSpentSeconds?: number }) {
      const context = await freshContext(principal);
      return inTransaction(db, async (trx) => {
        const session = await lockOpen(trx, context);
        const result = (await listCaseResults(trx, session.id)).find((item) => item.case_id === caseId);
        if (!result) throw new NotFoundError('Case');
        if (result.handed_in_at !== null) throw new PartHandedInError(`The task "${result.title}"`);
        const changes = {
          deliverable: input.deliverable ?? result.deliverable,
          time_spent_seconds: input.timeSpentSeconds ?? result.time_spent_seconds,
          updated_at: clock.now().toISOString(),
        };
        await updateCaseResult(trx, result.id, changes);
        return {
          id: result.case_id,
          title: result.title,
          order: result.position,
          maxScore: result.max_score,
          submitted: changes.deliverable !== null,
          timeSpentSeconds: changes.time_spent_seconds,
        };
      });
    },

    /**
     * POST /v1/candidate/cases/:caseId/submit: hands in one case (with the
     * deliverable sent here, else the one saved); final, and repeating it
     * answers the same. The attempt completes when that was the last open part.
     */
    async submitCase(principal: CandidatePrincipal, caseId: string, input: { deliverable?: string; timeSpentSeconds?: number }) {
      const context = await freshContext(principal);
      return inTransaction(db, async (trx) => {
        const attempt = await attemptOf(trx, context);
        const result = (await listCaseResults(trx, attempt.id)).find((item) => item.case_id === caseId);
        if (!result) throw new NotFoundError('Case');
        if (result.handed_in_at !== null) return viewAfter(trx, principal);
        const session = await lockOpen(trx, context);
        const now = clock.now().toISOString();
        await updateCaseResult(trx, result.id, {
          deliverable: input.deliverable ?? result.deliverable,
          time_spent_seconds: input.timeSpentSeconds ?? result.time_spent_seconds,
          handed_in_at: now,
          updated_at: now,
        });
        await completeWhenAllHandedIn(trx, session.org_id, session.id);
        return viewAfter(trx, principal);
      });
    },

    /**
     * POST /v1/candidate/submit: hands in the question section (final and
     * idempotent). The attempt completes when no case is left open; an
     * assessment without questions has no question section, and there this
     * call finishes the attempt, as it always did.
     */
    async submit(principal: CandidatePrincipal) {
      const context = await freshContext(principal);
      return inTransaction(db, async (trx) => {
        const attempt = await attemptOf(trx, context);
        if (attempt.status === 'started' && attempt.questions_handed_in_at === null) {
          const session = await lockOpen(trx, context);
          if (session.total_questions === 0) {
            await closeSession(trx, deps, session.org_id, session.id, 'submitted');
          } else {
            const now = clock.now().toISOString();
            await updateSession(trx, session.id, { questions_handed_in_at: now, updated_at: now });
            await completeWhenAllHandedIn(trx, session.org_id, session.id);
          }
        }
        return viewAfter(trx, principal);
      });
    },

    /**
     * POST /v1/candidate/finish: ends the attempt now. Every open part is
     * handed in as last saved; a case with nothing saved scores 0. Of
     * concurrent calls one closes; every caller gets the same closed attempt.
     */
    async finish(principal: CandidatePrincipal) {
      const context = await freshContext(principal);
      return inTransaction(db, async (trx) => {
        const attempt = await attemptOf(trx, context);
        if (attempt.status === 'started') await closeSession(trx, deps, principal.orgId, attempt.id, 'submitted');
        return viewAfter(trx, principal);
      });
    },
  };
}

export type CandidateAttemptService = ReturnType<typeof createCandidateAttemptService>;
