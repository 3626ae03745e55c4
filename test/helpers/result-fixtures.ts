import { randomBytes, randomUUID } from 'node:crypto';
import type { Db, Executor } from '../../src/db/database.js';
import { inTransaction } from '../../src/db/database.js';
import { newId } from '../../src/ids.js';
import type { Clock } from '../../src/shared/clock.js';
import { auditContextOutsideRequest } from '../../src/features/audit/audit-context.js';
import { createInvitationsService } from '../../src/features/invitations/invitations-service.js';
import { closeSession, revokeSession, type SessionEngineDeps } from '../../src/features/sessions/sessions-completion.js';
import { UNSCORED_SESSION } from '../../src/features/sessions/sessions-fns.js';
import { createSessionsService } from '../../src/features/sessions/sessions-service.js';
import type { AuditContext } from '../../src/features/audit/audit-service.js';
import { VIOLATION_DEBOUNCE_MS, type EventType } from '../../src/features/telemetry/telemetry-fns.js';

/**
 * Assessments and results for the tests of the results read side (results,
 * public API, scores, cohort, item analysis) and for the cohort property test.
 *
 * An assessment is inserted as rows. A result is built from what a candidate
 * and a reviewer put in — an open attempt with its question layout, the saved
 * answers, the case deliverables and grades, the telemetry events — and then
 * handed to the product: `closeSession` closes and scores it (score,
 * percentage, pass/fail, status, breakdown, metrics, violations, red flag,
 * cohort aggregates), and the sessions and invitations services grade, decide
 * and revoke it. No helper here computes a score or a metric: a test chooses
 * the inputs (which answers are right, which grades, which events) that give
 * the result it wants, and reads the numbers the product stored.
 */

export interface FixtureQuestion {
  id: string;
  text: string;
  type: 'single' | 'multiple' | 'text';
  options: string[];
  answer: number | number[] | string;
  category: string;
  difficulty: 'easy' | 'medium' | 'hard';
  points: number;
}

export interface FixtureCase {
  id: string;
  title: string;
  maxScore: number;
  position: number;
  /** The case's own rubric (cases.rubric), when it has one. */
  rubric?: Array<{ name: string; maxPoints: number; description: string | null }>;
}

export interface FixtureAssessment {
  id: string;
  orgId: string;
  slug: string;
  title: string;
  role: string;
  passingScore: number;
  lowPassBand: number;
  questions: FixtureQuestion[];
  cases: FixtureCase[];
}

export interface AssessmentFixtureInput {
  slug?: string;
  title?: string;
  role?: string;
  passingScore?: number;
  lowPassBand?: number;
  questions?: Array<Omit<FixtureQuestion, 'id'>>;
  cases?: Array<{ title: string; maxScore: number; rubric?: FixtureCase['rubric'] }>;
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${randomBytes(2).toString('hex')}`;

/** Ten questions over three categories and three difficulties, one point each. */
export function defaultQuestions(): Array<Omit<FixtureQuestion, 'id'>> {
  const plan: Array<[string, FixtureQuestion['difficulty']]> = [
    ['Algorithms', 'easy'],
    ['Algorithms', 'medium'],
    ['Algorithms', 'hard'],
    ['Algorithms', 'easy'],
    ['System Design', 'medium'],
    ['System Design', 'hard'],
    ['System Design', 'easy'],
    ['Databases', 'easy'],
    ['Databases', 'medium'],
    ['Databases', 'medium'],
  ];
  return plan.map(([category, difficulty], index) => ({
    text: `Question ${index + 1} about ${category}?`,
    type: 'single',
    options: ['Alpha', 'Beta', 'Gamma', 'Delta'],
    answer: index % 4,
    category,
    difficulty,
    points: 1,
  }));
}

export async function createAssessmentFixture(
  db: Db,
  clock: Clock,
  orgId: string,
  input: AssessmentFixtureInput = {},
): Promise<FixtureAssessment> {
  const now = clock.now().toISOString();
  const id = newId('asmt');
  const title = input.title ?? 'Senior Backend Engineer Screen';
  const assessment: FixtureAssessment = {
    id,
    orgId,
    slug: input.slug ?? `screen-${unique()}`,
    title,
    role: input.role ?? 'Senior Backend Engineer',
    passingScore: input.passingScore ?? 60,
    lowPassBand: input.lowPassBand ?? 10,
    questions: (input.questions ?? defaultQuestions()).map((question) => ({ ...question, id: newId('q') })),
    cases: (input.cases ?? []).map((item, index) => ({ ...item, id: newId('case'), position: index + 1 })),
  };
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto('assessments')
      .values({
        id,
        org_id: orgId,
        slug: assessment.slug,
        title,
        role: assessment.role,
        task_brief: 'Solve the tasks and answer the questions.',
        repo_url: null,
        issue_id: null,
        time_limit_minutes: 90,
        expires_in_days: 7,
        rubric_id: null,
        passing_score: assessment.passingScore,
        low_pass_band: assessment.lowPassBand,
        max_attempts: 3,
        lock_on_pass: 0,
        show_result: 1,
        red_flag_threshold: 3,
        require_candidate_details: 1,
        skills: '[]',
        blueprint: null,
        created_at: now,
        updated_at: now,
        deleted_at: null,
        result_email: 'immediately',
      })
      .execute();
    if (assessment.questions.length > 0) {
      await trx
        .insertInto('questions')
        .values(
          assessment.questions.map((question, position) => ({
            id: question.id,
            org_id: orgId,
            assessment_id: id,
            position,
            text: question.text,
            type: question.type,
            options: JSON.stringify(question.options),
            pinned_options: '[]',
            answer: JSON.stringify(question.answer),
            category: question.category,
            difficulty: question.difficulty,
            points: question.points,
            created_at: now,
            deleted_at: null,
          })),
        )
        .execute();
    }
    if (assessment.cases.length > 0) {
      await trx
        .insertInto('cases')
        .values(
          assessment.cases.map((item) => ({
            id: item.id,
            org_id: orgId,
            assessment_id: id,
            position: item.position,
            title: item.title,
            max_score: item.maxScore,
            rubric: item.rubric ? JSON.stringify({ criteria: item.rubric }) : null,
            description: null,
            created_at: now,
            deleted_at: null,
          })),
        )
        .execute();
    }
  });
  return assessment;
}


/** One telemetry event of the candidate's client, `afterMs` after the attempt started (within the attempt). */
export interface TelemetryInput {
  type: EventType;
  afterMs: number;
  payload?: Record<string, unknown>;
}

/** `count` events of one type, `everyMs` apart from `fromMs` after the start; `payload(index)` gives each one's payload. */
export function eventsOf(
  type: EventType,
  count: number,
  options: { fromMs?: number; everyMs?: number; payload?: (index: number) => Record<string, unknown> } = {},
): TelemetryInput[] {
  const { fromMs = 1_000, everyMs = 1_000, payload = () => ({}) } = options;
  return Array.from({ length: count }, (_, index) => ({ type, afterMs: fromMs + index * everyMs, payload: payload(index) }));
}

/** Violations as the client reports them: events of each kind far enough apart to count once each. */
function violationEvents(violations: { fullscreen?: number; copyPaste?: number; focusLost?: number }): TelemetryInput[] {
  const apart = { fromMs: 5_000, everyMs: VIOLATION_DEBOUNCE_MS + 1_000 };
  return [
    ...eventsOf('fullscreen_exit', violations.fullscreen ?? 0, apart),
    ...eventsOf('paste', violations.copyPaste ?? 0, apart),
    ...eventsOf('focus_lost', violations.focusLost ?? 0, apart),
  ];
}

export type ResultFixtureStatus = 'started' | 'completed' | 'expired' | 'hired' | 'rejected' | 'revoked';

export interface ResultFixtureInput {
  candidate?: { email?: string; name?: string | null } | null;
  /** Per question (in order): true = the right answer saved, false = a wrong one, null = unanswered. Default: all right. */
  correct?: Array<boolean | null>;
  /**
   * Per case (in order): the reviewer's grade, or null for a deliverable handed
   * in and awaiting its grade. Default: full marks. An attempt left open or
   * revoked has its deliverables saved and no grade; it takes no caseScores.
   */
  caseScores?: Array<number | null>;
  /**
   * Per case (in order): the deliverable saved, or null for nothing saved (at
   * the close the product records such a case as not handed in). Default: a
   * small diff for every case.
   */
  deliverables?: Array<string | null>;
  /**
   * started: left open; completed: submitted now; expired: closed at its
   * deadline, now; hired / rejected: submitted, then decided by a reviewer;
   * revoked: its key revoked mid-attempt, now.
   */
  status?: ResultFixtureStatus;
  /** When the attempt started; default `durationMs` (or an hour) before now. */
  startedAt?: string;
  /** How long before now the attempt started (so, for a closed one, its duration). */
  durationMs?: number;
  /** Telemetry the client sent during the attempt. */
  events?: TelemetryInput[];
  /** Shorthand for violation events (fullscreen exits, pastes, focus losses), each counted once. */
  violations?: { fullscreen?: number; copyPaste?: number; focusLost?: number };
  /** Adds another attempt to an existing invitation instead of a new invitation. */
  invitationId?: string;
}

export interface ResultFixture {
  orgId: string;
  assessmentId: string;
  sessionId: string;
  invitationId: string;
  inviteToken: string;
  key: string;
  candidateId: string | null;
  candidateEmail: string | null;
  candidateName: string | null;
}

function keyFor(): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const pick = () => Array.from(randomBytes(4), (byte) => alphabet[byte % alphabet.length]).join('');
  return `PST-${pick()}-${pick()}`;
}

/** A wrong selection, in the question's own option indexes (the ones answers are stored in). */
function wrongSelection(question: FixtureQuestion): number | number[] | string {
  if (question.type === 'text') return 'something else';
  const key = Array.isArray(question.answer) ? question.answer : [question.answer as number];
  const wrong = question.options.findIndex((_, index) => !key.includes(index));
  return question.type === 'multiple' ? [wrong] : wrong;
}

const engine = (clock: Clock): SessionEngineDeps => ({ clock, publicUrl: null });

/** Stores telemetry as the event ingestion does; `tag` keeps client event ids unique within the session. */
async function insertTelemetry(
  trx: Executor,
  session: { orgId: string; sessionId: string; startedAt: string },
  events: readonly TelemetryInput[],
  now: Date,
  tag: string,
): Promise<void> {
  if (events.length === 0) return;
  const start = Date.parse(session.startedAt);
  const rows = events.map((event, index) => {
    const at = start + event.afterMs;
    if (event.afterMs < 0 || at > now.getTime()) throw new Error(`a ${event.type} event ${event.afterMs} ms after the start falls outside the attempt`);
    return {
      id: newId('evt'),
      org_id: session.orgId,
      session_id: session.sessionId,
      client_event_id: `${tag}-${index}`,
      type: event.type,
      payload: JSON.stringify(event.payload ?? {}),
      occurred_at: new Date(at).toISOString(),
      received_at: now.toISOString(),
    };
  });
  for (let from = 0; from < rows.length; from += 200) await trx.insertInto('events').values(rows.slice(from, from + 200)).execute();
}

interface KeyOfAttempt {
  candidateId: string | null;
  invitationId: string;
  inviteToken: string;
  key: string;
  attemptNumber: number;
}

/** A key as redemption leaves it (with its candidate, when one is given), before the attempt starts. */
async function insertRedeemedKey(
  trx: Executor,
  assessment: FixtureAssessment,
  candidate: { email: string; name?: string | null } | null,
  redeemedAt: string,
  now: Date,
): Promise<KeyOfAttempt> {
  const candidateId = candidate ? newId('cand') : null;
  if (candidate && candidateId) {
    await trx
      .insertInto('candidates')
      .values({ id: candidateId, org_id: assessment.orgId, email: candidate.email.toLowerCase(), name: candidate.name ?? null, created_at: redeemedAt })
      .execute();
  }
  const key: KeyOfAttempt = { candidateId, invitationId: newId('key'), inviteToken: randomUUID(), key: keyFor(), attemptNumber: 1 };
  await trx
    .insertInto('invitations')
    .values({
      id: key.invitationId,
      org_id: assessment.orgId,
      assessment_id: assessment.id,
      candidate_id: candidateId,
      candidate_email: candidate?.email.toLowerCase() ?? null,
      candidate_name: candidate?.name ?? null,
      key: key.key,
      invite_token: key.inviteToken,
      record_verification_id: `ver_live_${randomBytes(12).toString('hex')}`,
      status: 'pending',
      time_multiplier: 1,
      attempt_count: 0,
      locked: 0,
      current_session_id: null,
      expires_at: new Date(now.getTime() + 7 * 86_400_000).toISOString(),
      redeemed_at: redeemedAt,
      completed_at: null,
      reminder_sent_at: null,
      created_at: redeemedAt,
      revoked_at: null,
    })
    .execute();
  return key;
}

/** The next attempt of an existing key. */
async function nextAttemptOf(trx: Executor, invitationId: string): Promise<KeyOfAttempt> {
  const invitation = await trx.selectFrom('invitations').selectAll().where('id', '=', invitationId).executeTakeFirstOrThrow();
  return {
    candidateId: invitation.candidate_id,
    invitationId,
    inviteToken: invitation.invite_token,
    key: invitation.key,
    attemptNumber: invitation.attempt_count + 1,
  };
}

/**
 * One attempt of `assessment`: inserts the open attempt and what was saved in
 * it, then closes, grades, decides or revokes it through the product's code
 * as `status` says.
 */
export async function createResultFixture(
  db: Db,
  clock: Clock,
  assessment: FixtureAssessment,
  input: ResultFixtureInput = {},
): Promise<ResultFixture> {
  const now = clock.now();
  const status = input.status ?? 'completed';
  const open = status === 'started' || status === 'revoked';
  if (open && input.caseScores?.some((score) => score !== null)) throw new Error(`a ${status} attempt has no graded case`);
  const startedAt = input.startedAt ?? new Date(now.getTime() - (input.durationMs ?? 3_600_000)).toISOString();
  // An expired attempt ran into its deadline; the others had the assessment's 90 minutes.
  const deadlineAt = status === 'expired' ? now.toISOString() : new Date(Date.parse(startedAt) + 90 * 60_000).toISOString();
  const outcomes = assessment.questions.map((_, index) => (input.correct ? (input.correct[index] ?? null) : true));
  const caseScores = assessment.cases.map((item, index) => (open ? null : input.caseScores ? (input.caseScores[index] ?? null) : item.maxScore));
  const candidateInput = input.candidate === null ? null : { email: `cand-${unique()}@example.com`, name: 'Jane Doe', ...input.candidate };
  const events = [...(input.events ?? []), ...violationEvents(input.violations ?? {})];

  const fixture = await inTransaction(db, async (trx) => {
    const { candidateId, invitationId, inviteToken, key, attemptNumber } = input.invitationId
      ? await nextAttemptOf(trx, input.invitationId)
      : await insertRedeemedKey(trx, assessment, candidateInput, startedAt, now);

    // The attempt as the candidate flow opens it (options in their stored order).
    const sessionId = newId('res');
    await trx
      .insertInto('sessions')
      .values({
        id: sessionId,
        org_id: assessment.orgId,
        assessment_id: assessment.id,
        invitation_id: invitationId,
        candidate_id: candidateId,
        attempt_number: attemptNumber,
        status: 'started',
        seed: randomBytes(8).toString('hex'),
        question_order: JSON.stringify(
          assessment.questions.map((question) => ({ questionId: question.id, optionOrder: question.options.map((_, index) => index) })),
        ),
        started_at: startedAt,
        deadline_at: deadlineAt,
        ...UNSCORED_SESSION,
        total_questions: assessment.questions.length,
        created_at: startedAt,
        updated_at: startedAt,
      })
      .execute();
    await trx
      .updateTable('invitations')
      .set({ status: 'started', attempt_count: attemptNumber, current_session_id: sessionId, completed_at: null })
      .where('id', '=', invitationId)
      .execute();

    // What the candidate saved: answers, deliverables, telemetry; and the reviewer's grades.
    const answerRows = assessment.questions.flatMap((question, index) => {
      const outcome = outcomes[index];
      if (outcome === null || outcome === undefined) return [];
      return [
        {
          id: newId('ans'),
          org_id: assessment.orgId,
          session_id: sessionId,
          question_id: question.id,
          selected: JSON.stringify(outcome ? question.answer : wrongSelection(question)),
          is_correct: null,
          points_awarded: null,
          time_spent_ms: 20_000 + index * 5_000,
          created_at: startedAt,
          updated_at: startedAt,
        },
      ];
    });
    if (answerRows.length > 0) await trx.insertInto('answers').values(answerRows).execute();
    if (assessment.cases.length > 0) {
      await trx
        .insertInto('case_results')
        .values(
          assessment.cases.map((item, index) => {
            const grade = caseScores[index] ?? null;
            return {
              id: newId('cres'),
              org_id: assessment.orgId,
              session_id: sessionId,
              case_id: item.id,
              score: grade,
              max_score: item.maxScore,
              status: grade === null ? 'pending' : 'graded',
              grades: null,
              feedback: null,
              deliverable: input.deliverables ? (input.deliverables[index] ?? null) : 'diff --git a/x b/x',
              time_spent_seconds: 600 + index * 120,
              graded_at: grade === null ? null : now.toISOString(),
              graded_by: null,
              handed_in_at: null,
              created_at: startedAt,
              updated_at: startedAt,
            };
          }),
        )
        .execute();
    }
    await insertTelemetry(trx, { orgId: assessment.orgId, sessionId, startedAt }, events, now, 'fixture');

    if (!open) await closeSession(trx, engine(clock), assessment.orgId, sessionId, status === 'expired' ? 'deadline' : 'submitted');
    return {
      orgId: assessment.orgId,
      assessmentId: assessment.id,
      sessionId,
      invitationId,
      inviteToken,
      key,
      candidateId,
      candidateEmail: candidateInput?.email.toLowerCase() ?? null,
      candidateName: candidateInput?.name ?? null,
    };
  });

  if (status === 'hired' || status === 'rejected') await decideResultFixture(db, clock, fixture, status);
  if (status === 'revoked') {
    // Wired as the app wires it: revoking the key ends its attempt.
    const endAttemptOnRevoke = (trx: Executor, orgId: string, sessionId: string) => revokeSession(trx, engine(clock), orgId, sessionId);
    await createInvitationsService({ db, clock, config: { publicUrl: null, port: 0 }, endAttemptOnRevoke }).revoke(
      auditContextOutsideRequest(assessment.orgId, { type: 'system', id: null, name: 'Result fixture' }),
      assessment.id,
      fixture.invitationId,
    );
  }
  return fixture;
}

type FixtureRef = Pick<ResultFixture, 'orgId' | 'sessionId'>;

/** Closes an open attempt through the product (submitted, or at its deadline), after the client sent `events`. */
export async function closeResultFixture(
  db: Db,
  clock: Clock,
  result: FixtureRef,
  options: { reason?: 'submitted' | 'deadline'; events?: TelemetryInput[] } = {},
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const session = await trx.selectFrom('sessions').select(['started_at', 'status']).where('id', '=', result.sessionId).executeTakeFirstOrThrow();
    if (session.status !== 'started') throw new Error(`session ${result.sessionId} is ${session.status}, not open`);
    await insertTelemetry(trx, { ...result, startedAt: session.started_at }, options.events ?? [], clock.now(), `close-${randomBytes(3).toString('hex')}`);
    await closeSession(trx, engine(clock), result.orgId, result.sessionId, options.reason ?? 'submitted');
  });
}

/** The reviewer the fixtures grade and decide as (their audit entries name it). */
function fixtureReviewer(orgId: string): AuditContext {
  return { orgId, actor: { type: 'user', id: null, name: 'Fixture reviewer' }, ip: null, userAgent: null, requestId: null };
}

/** Grades the cases of a closed attempt through the reviewer's grading (per case in order; null leaves a case as it is). */
export async function gradeResultFixture(db: Db, clock: Clock, result: FixtureRef, caseScores: Array<number | null>): Promise<void> {
  const cases = await db
    .selectFrom('case_results as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .select('r.case_id')
    .where('r.session_id', '=', result.sessionId)
    .orderBy('c.position')
    .execute();
  const grades = cases.flatMap((item, index) => {
    const score = caseScores[index];
    return score === null || score === undefined ? [] : [{ caseId: item.case_id, score }];
  });
  await createSessionsService({ db, ...engine(clock) }).grade(fixtureReviewer(result.orgId), result.sessionId, grades);
}

/** Records a reviewer's hiring decision on a closed attempt. */
export async function decideResultFixture(db: Db, clock: Clock, result: FixtureRef, decision: 'hired' | 'rejected'): Promise<void> {
  await createSessionsService({ db, ...engine(clock) }).decide(fixtureReviewer(result.orgId), result.sessionId, decision, { sendEmail: true });
}
