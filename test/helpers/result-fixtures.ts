import { randomBytes, randomUUID } from 'node:crypto';
import type { Db, Executor } from '../../src/db/database.js';
import { inTransaction } from '../../src/db/database.js';
import { newId } from '../../src/ids.js';
import type { Clock } from '../../src/shared/clock.js';
import { refreshSessionAggregates } from '../../src/features/results/results-aggregates.js';

/**
 * Inserts complete assessments and results (invitation, candidate, session,
 * answers, case results) straight through Kysely, then refreshes the cohort
 * aggregates the way the candidate flow does when a session completes. The
 * results read side is tested on these rows; the property test builds random
 * cohorts with them.
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
  cases?: Array<{ title: string; maxScore: number }>;
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
        skills: '[]',
        blueprint: null,
        created_at: now,
        updated_at: now,
        deleted_at: null,
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
            rubric: null,
            created_at: now,
            deleted_at: null,
          })),
        )
        .execute();
    }
  });
  return assessment;
}

export interface ResultMetrics {
  durationMs?: number | null;
  promptCount?: number;
  commandCount?: number;
  commandFailRate?: number | null;
  verifyIntensity?: number | null;
  manualEditRatio?: number | null;
  firstChangeLatencyMs?: number | null;
  testPassRate?: number | null;
  typingSpeedWpm?: number | null;
}

export interface ResultFixtureInput {
  candidate?: { email?: string; name?: string | null } | null;
  /** Per question (in order): true = correct, false = wrong, null = unanswered. Default: all correct. */
  correct?: Array<boolean | null>;
  /** Per case (in order): the reviewer's grade, or null while ungraded. */
  caseScores?: Array<number | null>;
  /** Overrides the percentage computed from the answers and cases. */
  percentage?: number | null;
  status?: 'started' | 'completed' | 'expired' | 'hired' | 'rejected';
  startedAt?: string;
  completedAt?: string | null;
  metrics?: ResultMetrics;
  violations?: { fullscreen?: number; copyPaste?: number; focusLost?: number };
  redFlag?: boolean;
  /** Adds another attempt to an existing invitation instead of a new invitation. */
  invitationId?: string;
  /** Skip refreshSessionAggregates (to test what happens without it). */
  skipAggregates?: boolean;
}

export interface ResultFixture {
  sessionId: string;
  invitationId: string;
  inviteToken: string;
  key: string;
  candidateId: string | null;
  candidateEmail: string | null;
  candidateName: string | null;
  percentage: number | null;
  score: number;
  maxScore: number;
  passed: boolean | null;
  scoreStatus: string;
  breakdown: {
    byCategory: Array<{ category: string; score: number; correct: number; total: number }>;
    byDifficulty: Array<{ difficulty: string; score: number; correct: number; total: number }>;
  };
}

const pct = (part: number, whole: number) => (whole > 0 ? Math.round(Number(((part * 100) / whole).toFixed(9))) : 0);

function keyFor(): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const pick = () => Array.from(randomBytes(4), (byte) => alphabet[byte % alphabet.length]).join('');
  return `PST-${pick()}-${pick()}`;
}

function group<T extends string>(
  questions: FixtureQuestion[],
  outcomes: Array<boolean | null>,
  by: (question: FixtureQuestion) => T,
): Array<{ name: T; score: number; correct: number; total: number }> {
  const sums = new Map<T, { earned: number; possible: number; correct: number; total: number }>();
  questions.forEach((question, index) => {
    const sum = sums.get(by(question)) ?? { earned: 0, possible: 0, correct: 0, total: 0 };
    sum.total += 1;
    sum.possible += question.points;
    if (outcomes[index] === true) {
      sum.correct += 1;
      sum.earned += question.points;
    }
    sums.set(by(question), sum);
  });
  return [...sums.entries()].map(([name, sum]) => ({ name, score: pct(sum.earned, sum.possible), correct: sum.correct, total: sum.total }));
}

function wrongOption(question: FixtureQuestion): number | number[] | string {
  if (question.type === 'text') return 'something else';
  const key = Array.isArray(question.answer) ? question.answer : [question.answer as number];
  const wrong = question.options.findIndex((_, index) => !key.includes(index));
  return question.type === 'multiple' ? [wrong] : wrong;
}

/** Inserts one result of `assessment` and refreshes the aggregates in the same transaction. */
export async function createResultFixture(
  db: Db,
  clock: Clock,
  assessment: FixtureAssessment,
  input: ResultFixtureInput = {},
): Promise<ResultFixture> {
  const now = clock.now();
  const status = input.status ?? 'completed';
  const startedAt = input.startedAt ?? new Date(now.getTime() - 3_600_000).toISOString();
  const completedAt = input.completedAt === undefined ? (status === 'started' ? null : now.toISOString()) : input.completedAt;
  const outcomes = assessment.questions.map((_, index) => (input.correct ? (input.correct[index] ?? null) : true));
  const caseScores = assessment.cases.map((item, index) => (input.caseScores ? (input.caseScores[index] ?? null) : item.maxScore));
  const questionScore = assessment.questions.reduce((sum, question, index) => sum + (outcomes[index] === true ? question.points : 0), 0);
  const questionMax = assessment.questions.reduce((sum, question) => sum + question.points, 0);
  const score = questionScore + caseScores.reduce<number>((sum, value) => sum + (value ?? 0), 0);
  const maxScore = questionMax + assessment.cases.reduce((sum, item) => sum + item.maxScore, 0);
  const pending = caseScores.some((value) => value === null);
  const finished = completedAt !== null;
  const percentage = input.percentage !== undefined ? input.percentage : finished && !pending ? pct(score, maxScore) : null;
  const scoreStatus =
    percentage === null || !finished || pending
      ? 'PENDING'
      : percentage < assessment.passingScore
        ? 'FAIL'
        : percentage < assessment.passingScore + assessment.lowPassBand
          ? 'LOW_PASS'
          : 'PASS';
  const passed = scoreStatus === 'PENDING' ? null : scoreStatus !== 'FAIL';
  const byCategory = group(assessment.questions, outcomes, (question) => question.category)
    .map(({ name, ...rest }) => ({ category: name, ...rest }))
    .sort((a, b) => (a.category < b.category ? -1 : 1));
  const order = ['easy', 'medium', 'hard'];
  const byDifficulty = group(assessment.questions, outcomes, (question) => question.difficulty)
    .map(({ name, ...rest }) => ({ difficulty: name, ...rest }))
    .sort((a, b) => order.indexOf(a.difficulty) - order.indexOf(b.difficulty));
  const mean = byCategory.reduce((sum, item) => sum + item.score, 0) / Math.max(byCategory.length, 1);
  const strengths = byCategory.length < 2 ? [] : byCategory.filter((item) => item.score - mean >= 15).map((item) => item.category);
  const weaknesses = byCategory.length < 2 ? [] : byCategory.filter((item) => mean - item.score >= 15).map((item) => item.category);
  const metrics = input.metrics ?? {};
  const candidateInput = input.candidate === null ? null : { email: `cand-${unique()}@example.com`, name: 'Jane Doe', ...input.candidate };

  return inTransaction(db, async (trx) => {
    let candidateId: string | null = null;
    let invitationId = input.invitationId ?? null;
    let inviteToken = '';
    let key = '';
    let attemptNumber = 1;
    if (invitationId) {
      const invitation = await trx.selectFrom('invitations').selectAll().where('id', '=', invitationId).executeTakeFirstOrThrow();
      candidateId = invitation.candidate_id;
      inviteToken = invitation.invite_token;
      key = invitation.key;
      attemptNumber = invitation.attempt_count + 1;
    } else {
      if (candidateInput) {
        candidateId = newId('cand');
        await trx
          .insertInto('candidates')
          .values({ id: candidateId, org_id: assessment.orgId, email: candidateInput.email.toLowerCase(), name: candidateInput.name ?? null, created_at: startedAt })
          .execute();
      }
      invitationId = newId('key');
      inviteToken = randomUUID();
      key = keyFor();
      await trx
        .insertInto('invitations')
        .values({
          id: invitationId,
          org_id: assessment.orgId,
          assessment_id: assessment.id,
          candidate_id: candidateId,
          candidate_email: candidateInput?.email.toLowerCase() ?? null,
          candidate_name: candidateInput?.name ?? null,
          key,
          invite_token: inviteToken,
          record_verification_id: `ver_live_${randomBytes(12).toString('hex')}`,
          status: 'pending',
          time_multiplier: 1,
          attempt_count: 0,
          locked: 0,
          current_session_id: null,
          expires_at: new Date(now.getTime() + 7 * 86_400_000).toISOString(),
          redeemed_at: startedAt,
          completed_at: null,
          reminder_sent_at: null,
          created_at: startedAt,
          revoked_at: null,
        })
        .execute();
    }
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
        status,
        seed: randomBytes(8).toString('hex'),
        question_order: JSON.stringify(
          assessment.questions.map((question) => ({ questionId: question.id, optionOrder: question.options.map((_, index) => index) })),
        ),
        started_at: startedAt,
        deadline_at: new Date(Date.parse(startedAt) + 90 * 60_000).toISOString(),
        completed_at: completedAt,
        score: finished ? score : null,
        max_score: finished ? maxScore : null,
        percentage,
        passed: passed === null ? null : passed ? 1 : 0,
        score_status: scoreStatus,
        correct_count: finished ? outcomes.filter((outcome) => outcome === true).length : null,
        total_questions: assessment.questions.length,
        breakdown: finished ? JSON.stringify({ byCategory, byDifficulty, strengths, weaknesses }) : null,
        fullscreen_violations: input.violations?.fullscreen ?? 0,
        copy_paste_violations: input.violations?.copyPaste ?? 0,
        focus_lost_count: input.violations?.focusLost ?? 0,
        red_flag: input.redFlag ? 1 : 0,
        duration_ms: metrics.durationMs === undefined ? (finished ? Date.parse(completedAt!) - Date.parse(startedAt) : null) : metrics.durationMs,
        prompt_count: metrics.promptCount ?? 0,
        command_count: metrics.commandCount ?? 0,
        command_fail_rate: metrics.commandFailRate ?? null,
        verify_intensity: metrics.verifyIntensity ?? null,
        manual_edit_ratio: metrics.manualEditRatio ?? null,
        first_change_latency_ms: metrics.firstChangeLatencyMs ?? null,
        test_pass_rate: metrics.testPassRate ?? null,
        typing_speed_wpm: metrics.typingSpeedWpm ?? null,
        decision: status === 'hired' || status === 'rejected' ? status : null,
        decided_at: status === 'hired' || status === 'rejected' ? completedAt : null,
        decided_by: null,
        created_at: startedAt,
        updated_at: now.toISOString(),
      })
      .execute();
    const answerRows = assessment.questions.flatMap((question, index) => {
      const outcome = outcomes[index];
      if (outcome === null || outcome === undefined) return [];
      return [
        {
          id: newId('ans'),
          org_id: assessment.orgId,
          session_id: sessionId,
          question_id: question.id,
          selected: JSON.stringify(outcome ? question.answer : wrongOption(question)),
          is_correct: finished ? (outcome ? 1 : 0) : null,
          points_awarded: finished ? (outcome ? question.points : 0) : null,
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
          assessment.cases.map((item, index) => ({
            id: newId('cres'),
            org_id: assessment.orgId,
            session_id: sessionId,
            case_id: item.id,
            score: caseScores[index] ?? null,
            max_score: item.maxScore,
            status: caseScores[index] === null ? 'pending' : 'graded',
            grades: null,
            feedback: null,
            deliverable: 'diff --git a/x b/x',
            time_spent_seconds: 600 + index * 120,
            graded_at: caseScores[index] === null ? null : completedAt,
            graded_by: null,
            created_at: startedAt,
            updated_at: startedAt,
          })),
        )
        .execute();
    }
    const invitationStatus = status === 'started' ? 'started' : status === 'hired' ? 'hired' : status === 'expired' ? 'expired' : 'completed';
    await trx
      .updateTable('invitations')
      .set({
        status: invitationStatus,
        attempt_count: attemptNumber,
        current_session_id: sessionId,
        completed_at: completedAt,
      })
      .where('id', '=', invitationId)
      .execute();
    if (!input.skipAggregates) await refreshSessionAggregates(trx, clock, sessionId);
    return {
      sessionId,
      invitationId,
      inviteToken,
      key,
      candidateId,
      candidateEmail: candidateInput?.email.toLowerCase() ?? null,
      candidateName: candidateInput?.name ?? null,
      percentage,
      score,
      maxScore,
      passed,
      scoreStatus,
      breakdown: { byCategory, byDifficulty },
    };
  });
}

/** Changes a stored session the way grading, expiry or a decision would, and refreshes its aggregates. */
export async function updateResultFixture(
  db: Db,
  clock: Clock,
  sessionId: string,
  changes: Partial<{
    status: string;
    percentage: number | null;
    score_status: string;
    completed_at: string | null;
    duration_ms: number | null;
    prompt_count: number;
    command_fail_rate: number | null;
    verify_intensity: number | null;
    manual_edit_ratio: number | null;
    first_change_latency_ms: number | null;
    test_pass_rate: number | null;
  }>,
): Promise<void> {
  await inTransaction(db, async (trx: Executor) => {
    await trx.updateTable('sessions').set({ ...changes, updated_at: clock.now().toISOString() }).where('id', '=', sessionId).execute();
    await refreshSessionAggregates(trx, clock, sessionId);
  });
}
