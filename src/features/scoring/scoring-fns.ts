/**
 * Scoring rules (DESIGN §3), as pure functions: whether an answer is correct,
 * the percentage, the score status, the breakdown by category and difficulty,
 * strengths and weaknesses, and time spent. No I/O: the sessions feature feeds
 * these with rows and stores what they return; the result views read it back
 * with parseStoredBreakdown and caseStatusOf.
 */

export type QuestionType = 'single' | 'multiple' | 'text';
export type ScoreStatus = 'PENDING' | 'PASS' | 'LOW_PASS' | 'FAIL';

/** single → option index; multiple → option indexes; text → accepted answer(s). Indexes are the stored (unshuffled) ones. */
export type AnswerKey = number | number[] | string | string[];
/** What a candidate chose: an option index, a list of option indexes, or text. */
export type SelectedAnswer = number | number[] | string;

export interface ScorableQuestion {
  id: string;
  type: QuestionType;
  answer: AnswerKey;
  category: string;
  difficulty: string;
  points: number;
}

export interface ScorableCase {
  caseId: string;
  maxScore: number;
  /** null while the case waits for a reviewer's grade. */
  score: number | null;
}

/** How a case reads in the result views: full marks, fewer, or not graded yet. */
export type CaseStatus = 'correct' | 'incorrect' | 'pending';

export function caseStatusOf(row: { score: number | null; max_score: number; status: string }): CaseStatus {
  if (row.score === null || row.status === 'pending') return 'pending';
  return row.score >= row.max_score ? 'correct' : 'incorrect';
}

export interface QuestionOutcome {
  questionId: string;
  correct: boolean;
  pointsAwarded: number;
}

/** Case, Unicode form and whitespace do not matter; trailing sentence punctuation does not either. */
export function normalizeText(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?;,]+$/u, '')
    .trim();
}

function indexesOf(value: unknown): number[] | null {
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((item) => typeof item === 'number' && Number.isInteger(item))) return null;
  return [...new Set(list as number[])].sort((a, b) => a - b);
}

/** A question is correct when the selected option(s) equal the key exactly; text is compared normalised. */
export function isAnswerCorrect(question: Pick<ScorableQuestion, 'type' | 'answer'>, selected: SelectedAnswer | null | undefined): boolean {
  if (selected === null || selected === undefined) return false;
  if (question.type === 'text') {
    if (typeof selected !== 'string') return false;
    const given = normalizeText(selected);
    if (given === '') return false;
    const accepted = Array.isArray(question.answer) ? question.answer : [question.answer];
    return accepted.some((value) => typeof value === 'string' && normalizeText(value) === given);
  }
  if (typeof selected === 'string') return false;
  if (question.type === 'single' && Array.isArray(selected) && selected.length !== 1) return false;
  const chosen = indexesOf(selected);
  const key = indexesOf(question.answer);
  if (!chosen || !key || chosen.length === 0) return false;
  return chosen.length === key.length && chosen.every((value, index) => value === key[index]);
}

/**
 * round(part / whole × 100), rounding halves up. Computed as part × 100 / whole
 * and cleaned of binary noise first, so that 57/200 gives 29 (28.5), not 28
 * (0.285 × 100 = 28.499999999999996 in floating point). A whole of 0 gives 0.
 */
export function roundedPercentage(part: number, whole: number): number {
  if (!(whole > 0)) return 0;
  const exact = Number(((part * 100) / whole).toFixed(9));
  return Math.max(0, Math.round(exact));
}

/** PASS at or above threshold + lowPassBand, LOW_PASS in [threshold, threshold + band), FAIL below. */
export function scoreStatusFor(percentage: number, passingScore: number, lowPassBand: number): Exclude<ScoreStatus, 'PENDING'> {
  if (percentage < passingScore) return 'FAIL';
  if (percentage < passingScore + Math.max(0, lowPassBand)) return 'LOW_PASS';
  return 'PASS';
}

export function scoreQuestions(
  questions: readonly ScorableQuestion[],
  selectedByQuestion: ReadonlyMap<string, SelectedAnswer>,
): QuestionOutcome[] {
  return questions.map((question) => {
    const correct = isAnswerCorrect(question, selectedByQuestion.get(question.id));
    return { questionId: question.id, correct, pointsAwarded: correct ? question.points : 0 };
  });
}

export interface ScoreInput {
  questions: readonly ScorableQuestion[];
  selectedByQuestion: ReadonlyMap<string, SelectedAnswer>;
  cases: readonly ScorableCase[];
  passingScore: number;
  lowPassBand: number;
}

export interface ScoreResult {
  outcomes: QuestionOutcome[];
  /** Points earned: question points plus graded case scores. */
  score: number;
  /** Question points plus case maxima. */
  maxScore: number;
  /** null while a case is ungraded. */
  percentage: number | null;
  passed: boolean | null;
  scoreStatus: ScoreStatus;
  correctCount: number;
  totalQuestions: number;
}

/**
 * The score of one session. Questions and cases share one scale of points:
 * score = earned question points + case scores, maxScore = question points +
 * case maxima. Until every case is graded the status is PENDING and there is
 * no percentage or pass flag.
 */
export function scoreSession(input: ScoreInput): ScoreResult {
  const outcomes = scoreQuestions(input.questions, input.selectedByQuestion);
  const questionPoints = outcomes.reduce((sum, outcome) => sum + outcome.pointsAwarded, 0);
  const questionMax = input.questions.reduce((sum, question) => sum + question.points, 0);
  const caseScore = input.cases.reduce((sum, item) => sum + (item.score ?? 0), 0);
  const caseMax = input.cases.reduce((sum, item) => sum + item.maxScore, 0);
  const score = roundPoints(questionPoints + caseScore);
  const maxScore = roundPoints(questionMax + caseMax);
  const correctCount = outcomes.filter((outcome) => outcome.correct).length;
  const pending = input.cases.some((item) => item.score === null);
  if (pending) {
    return { outcomes, score, maxScore, percentage: null, passed: null, scoreStatus: 'PENDING', correctCount, totalQuestions: input.questions.length };
  }
  const percentage = roundedPercentage(score, maxScore);
  const scoreStatus = scoreStatusFor(percentage, input.passingScore, input.lowPassBand);
  return {
    outcomes,
    score,
    maxScore,
    percentage,
    passed: scoreStatus !== 'FAIL',
    scoreStatus,
    correctCount,
    totalQuestions: input.questions.length,
  };
}

/** Sums of fractional points are kept free of binary noise (0.1 + 0.2 → 0.3). */
function roundPoints(value: number): number {
  return Number(value.toFixed(6));
}

export interface GroupScore {
  /** round(earned points / possible points × 100); by question count when the group has no points. */
  score: number;
  correct: number;
  total: number;
}
export type CategoryScore = GroupScore & { category: string };
export type DifficultyScore = GroupScore & { difficulty: string };

export interface Breakdown {
  byCategory: CategoryScore[];
  byDifficulty: DifficultyScore[];
}

const DIFFICULTY_ORDER = ['easy', 'medium', 'hard'];

function groupScores(
  questions: readonly ScorableQuestion[],
  outcomes: readonly QuestionOutcome[],
  groupOf: (question: ScorableQuestion) => string,
): Map<string, GroupScore> {
  const byId = new Map(outcomes.map((outcome) => [outcome.questionId, outcome]));
  const sums = new Map<string, { earned: number; possible: number; correct: number; total: number }>();
  for (const question of questions) {
    const key = groupOf(question);
    const sum = sums.get(key) ?? { earned: 0, possible: 0, correct: 0, total: 0 };
    const outcome = byId.get(question.id);
    sum.total += 1;
    sum.possible += question.points;
    if (outcome?.correct) {
      sum.correct += 1;
      sum.earned += outcome.pointsAwarded;
    }
    sums.set(key, sum);
  }
  const result = new Map<string, GroupScore>();
  for (const [key, sum] of sums) {
    const score = sum.possible > 0 ? roundedPercentage(sum.earned, sum.possible) : roundedPercentage(sum.correct, sum.total);
    result.set(key, { score, correct: sum.correct, total: sum.total });
  }
  return result;
}

/** Breakdown by category (alphabetical) and by difficulty (easy, medium, hard, then others). */
export function breakdownOf(questions: readonly ScorableQuestion[], outcomes: readonly QuestionOutcome[]): Breakdown {
  const categories = groupScores(questions, outcomes, (question) => question.category);
  const difficulties = groupScores(questions, outcomes, (question) => question.difficulty);
  const rank = (value: string) => {
    const index = DIFFICULTY_ORDER.indexOf(value);
    return index === -1 ? DIFFICULTY_ORDER.length : index;
  };
  return {
    byCategory: [...categories.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([category, group]) => ({ category, ...group })),
    byDifficulty: [...difficulties.entries()]
      .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
      .map(([difficulty, group]) => ({ difficulty, ...group })),
  };
}

/** How far (in percentage points) from the candidate's own category mean counts as "well" above or below. */
export const STRENGTH_MARGIN = 15;

/**
 * Strengths: categories scoring at least STRENGTH_MARGIN points above the mean
 * of the candidate's category scores (best first); weaknesses: at least that
 * far below (worst first). One category has nothing to compare with: none.
 */
export function strengthsAndWeaknesses(
  byCategory: readonly CategoryScore[],
  margin = STRENGTH_MARGIN,
): { strengths: string[]; weaknesses: string[] } {
  if (byCategory.length < 2) return { strengths: [], weaknesses: [] };
  const mean = byCategory.reduce((sum, item) => sum + item.score, 0) / byCategory.length;
  const byName = (a: CategoryScore, b: CategoryScore) => (a.category < b.category ? -1 : a.category > b.category ? 1 : 0);
  const strengths = byCategory
    .filter((item) => item.score - mean >= margin - 1e-9)
    .sort((a, b) => b.score - a.score || byName(a, b))
    .map((item) => item.category);
  const weaknesses = byCategory
    .filter((item) => mean - item.score >= margin - 1e-9)
    .sort((a, b) => a.score - b.score || byName(a, b))
    .map((item) => item.category);
  return { strengths, weaknesses };
}

/** The breakdown with its strengths and weaknesses: what the result views read back from sessions.breakdown. */
export interface BreakdownWithStrengths extends Breakdown {
  strengths: string[];
  weaknesses: string[];
}

const EMPTY_BREAKDOWN: BreakdownWithStrengths = { byCategory: [], byDifficulty: [], strengths: [], weaknesses: [] };

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

/**
 * What the sessions feature stored in sessions.breakdown (JSON) from
 * breakdownOf and strengthsAndWeaknesses, read defensively: camelCase or
 * snake_case group keys, and anything unreadable reads as an empty breakdown.
 */
export function parseStoredBreakdown(json: string | null): BreakdownWithStrengths {
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

export interface TimeSpent {
  perQuestion: { questionId: string; timeSpentMs: number }[];
  perCase: { caseId: string; timeSpentSeconds: number | null }[];
  totalQuestionMs: number;
}

/** Time per question (in the session's order; 0 when never answered) and per case. */
export function timeSpentOf(
  questionIds: readonly string[],
  answerTimes: ReadonlyMap<string, number>,
  cases: readonly { caseId: string; timeSpentSeconds: number | null }[],
): TimeSpent {
  const perQuestion = questionIds.map((questionId) => ({ questionId, timeSpentMs: Math.max(0, answerTimes.get(questionId) ?? 0) }));
  return {
    perQuestion,
    perCase: cases.map((item) => ({ caseId: item.caseId, timeSpentSeconds: item.timeSpentSeconds })),
    totalQuestionMs: perQuestion.reduce((sum, item) => sum + item.timeSpentMs, 0),
  };
}
