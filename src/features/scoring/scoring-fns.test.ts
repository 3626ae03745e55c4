import { describe, expect, it } from 'vitest';
import {
  breakdownOf,
  caseStatusOf,
  isAnswerCorrect,
  normalizeText,
  parseStoredBreakdown,
  roundedPercentage,
  scoreQuestions,
  scoreSession,
  scoreStatusFor,
  strengthsAndWeaknesses,
  timeSpentOf,
  type ScorableQuestion,
  type SelectedAnswer,
} from './scoring-fns.js';

const single = { type: 'single' as const, answer: 2 };
const multiple = { type: 'multiple' as const, answer: [0, 3] };
const text = { type: 'text' as const, answer: ['Paris', 'Paris, France'] };

describe('isAnswerCorrect', () => {
  it.each<[string, Pick<ScorableQuestion, 'type' | 'answer'>, SelectedAnswer | null | undefined, boolean]>([
    ['single: the key', single, 2, true],
    ['single: another option', single, 1, false],
    ['single: the key as a one-element list', single, [2], true],
    ['single: two options including the key', single, [2, 1], false],
    ['single: no answer', single, undefined, false],
    ['single: null', single, null, false],
    ['single: text instead of an index', single, '2', false],
    ['single: key stored as a one-element list', { type: 'single', answer: [2] }, 2, true],
    ['multiple: exactly the key', multiple, [0, 3], true],
    ['multiple: the key in another order', multiple, [3, 0], true],
    ['multiple: a subset of the key', multiple, [0], false],
    ['multiple: a superset of the key', multiple, [0, 3, 1], false],
    ['multiple: nothing selected', multiple, [], false],
    ['multiple: a repeated index is still the key', multiple, [0, 3, 3], true],
    ['multiple: a single index when the key has one', { type: 'multiple', answer: [1] }, 1, true],
    ['text: the accepted answer', text, 'Paris', true],
    ['text: case and spacing differ', text, '  pARIS ', true],
    ['text: second accepted answer with extra spaces', text, 'paris,   france', true],
    ['text: trailing full stop', text, 'Paris.', true],
    ['text: a different answer', text, 'Lyon', false],
    ['text: a substring of the answer', text, 'Par', false],
    ['text: empty text', text, '', false],
    ['text: blank text', text, '   ', false],
    ['text: an index instead of text', text, 0, false],
    ['text: single accepted string key', { type: 'text', answer: 'O(n log n)' }, 'o(N LOG N)', true],
    ['text: full-width characters normalise (NFKC)', { type: 'text', answer: 'ABC' }, 'ＡＢＣ', true],
  ])('%s', (_name, question, selected, expected) => {
    expect(isAnswerCorrect(question, selected)).toBe(expected);
  });
});

describe('normalizeText', () => {
  it.each([
    ['  Hello   World  ', 'hello world'],
    ['Tab\tand\nnewline', 'tab and newline'],
    ['Done!', 'done'],
    ['3.14', '3.14'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('roundedPercentage', () => {
  it.each([
    [0, 10, 0],
    [10, 10, 100],
    [8, 10, 80],
    [1, 8, 13], // 12.5 rounds up
    [3, 8, 38], // 37.5 rounds up
    [57, 200, 29], // 28.5: 0.285 × 100 is 28.4999… in floating point
    [1, 3, 33],
    [2, 3, 67],
    [1, 200, 1], // 0.5 rounds up
    [0.35, 1, 35], // fractional points
    [5, 0, 0], // nothing to score
    [0, 0, 0],
  ])('%d of %d → %d', (part, whole, expected) => {
    expect(roundedPercentage(part, whole)).toBe(expected);
  });
});

describe('scoreStatusFor', () => {
  it.each([
    [59, 60, 10, 'FAIL'],
    [60, 60, 10, 'LOW_PASS'],
    [69, 60, 10, 'LOW_PASS'],
    [70, 60, 10, 'PASS'],
    [60, 60, 0, 'PASS'],
    [0, 0, 0, 'PASS'],
    [100, 100, 5, 'LOW_PASS'],
    [0, 60, 10, 'FAIL'],
  ] as const)('%d%% with threshold %d and band %d → %s', (percentage, threshold, band, expected) => {
    expect(scoreStatusFor(percentage, threshold, band)).toBe(expected);
  });
});

function question(id: string, overrides: Partial<ScorableQuestion> = {}): ScorableQuestion {
  return { id, type: 'single', answer: 0, category: 'General', difficulty: 'easy', points: 1, ...overrides };
}

describe('scoreSession', () => {
  const four = [question('q1'), question('q2'), question('q3'), question('q4')];

  it.each<[string, ScorableQuestion[], Record<string, SelectedAnswer>, { score: number; maxScore: number; percentage: number; status: string; correct: number }]>([
    ['no answers at all', four, {}, { score: 0, maxScore: 4, percentage: 0, status: 'FAIL', correct: 0 }],
    ['all wrong', four, { q1: 1, q2: 1, q3: 1, q4: 1 }, { score: 0, maxScore: 4, percentage: 0, status: 'FAIL', correct: 0 }],
    ['all right', four, { q1: 0, q2: 0, q3: 0, q4: 0 }, { score: 4, maxScore: 4, percentage: 100, status: 'PASS', correct: 4 }],
    ['3 of 4 (75%)', four, { q1: 0, q2: 0, q3: 0 }, { score: 3, maxScore: 4, percentage: 75, status: 'PASS', correct: 3 }],
    [
      'weighted points: the 3-point question decides',
      [question('a', { points: 3 }), question('b'), question('c')],
      { a: 0 },
      { score: 3, maxScore: 5, percentage: 60, status: 'LOW_PASS', correct: 1 },
    ],
    [
      'a zero-point question counts as correct but adds no points',
      [question('a'), question('b', { points: 0 })],
      { a: 1, b: 0 },
      { score: 0, maxScore: 1, percentage: 0, status: 'FAIL', correct: 1 },
    ],
    [
      'only zero-point questions: nothing to score, 0%',
      [question('a', { points: 0 }), question('b', { points: 0 })],
      { a: 0, b: 0 },
      { score: 0, maxScore: 0, percentage: 0, status: 'FAIL', correct: 2 },
    ],
    [
      'rounding at .5 goes up: 1 of 8 points is 12.5% → 13',
      [question('a'), ...Array.from({ length: 7 }, (_, i) => question(`z${i}`))],
      { a: 0 },
      { score: 1, maxScore: 8, percentage: 13, status: 'FAIL', correct: 1 },
    ],
    [
      'rounding at .5 goes up at the threshold: 59.5% → 60, a pass',
      [question('a', { points: 119 }), question('b', { points: 81 })],
      { a: 0 },
      { score: 119, maxScore: 200, percentage: 60, status: 'LOW_PASS', correct: 1 },
    ],
    ['no questions', [], {}, { score: 0, maxScore: 0, percentage: 0, status: 'FAIL', correct: 0 }],
  ])('%s', (_name, questions, selected, expected) => {
    const result = scoreSession({
      questions,
      selectedByQuestion: new Map(Object.entries(selected)),
      cases: [],
      passingScore: 60,
      lowPassBand: 10,
    });
    expect(result).toMatchObject({
      score: expected.score,
      maxScore: expected.maxScore,
      percentage: expected.percentage,
      scoreStatus: expected.status,
      passed: expected.status !== 'FAIL',
      correctCount: expected.correct,
      totalQuestions: questions.length,
    });
  });

  it('stays PENDING, without percentage or pass flag, until every case is graded', () => {
    const base = {
      questions: [question('q1'), question('q2')],
      selectedByQuestion: new Map<string, SelectedAnswer>([['q1', 0]]),
      passingScore: 60,
      lowPassBand: 0,
    };
    const pending = scoreSession({
      ...base,
      cases: [
        { caseId: 'c1', maxScore: 10, score: 8 },
        { caseId: 'c2', maxScore: 10, score: null },
      ],
    });
    expect(pending).toMatchObject({ scoreStatus: 'PENDING', percentage: null, passed: null, score: 9, maxScore: 22 });

    const graded = scoreSession({
      ...base,
      cases: [
        { caseId: 'c1', maxScore: 10, score: 8 },
        { caseId: 'c2', maxScore: 10, score: 5 },
      ],
    });
    // (1 + 8 + 5) / 22 = 63.6% → 64
    expect(graded).toMatchObject({ scoreStatus: 'PASS', percentage: 64, passed: true, score: 14, maxScore: 22 });
  });

  it('keeps fractional points free of floating-point noise', () => {
    const result = scoreSession({
      questions: [question('a', { points: 0.1 }), question('b', { points: 0.2 })],
      selectedByQuestion: new Map<string, SelectedAnswer>([
        ['a', 0],
        ['b', 0],
      ]),
      cases: [],
      passingScore: 60,
      lowPassBand: 0,
    });
    expect(result.score).toBe(0.3);
    expect(result.maxScore).toBe(0.3);
    expect(result.percentage).toBe(100);
  });
});

describe('breakdownOf', () => {
  const questions = [
    question('a1', { category: 'Algorithms', difficulty: 'easy' }),
    question('a2', { category: 'Algorithms', difficulty: 'hard', points: 3 }),
    question('d1', { category: 'Databases', difficulty: 'medium' }),
    question('d2', { category: 'Databases', difficulty: 'easy' }),
    question('z1', { category: 'Culture', difficulty: 'medium', points: 0 }),
  ];

  it('groups by category and difficulty with points-weighted scores and counts', () => {
    const outcomes = scoreQuestions(questions, new Map<string, SelectedAnswer>([['a2', 0], ['d1', 0], ['z1', 1]]));
    expect(breakdownOf(questions, outcomes)).toEqual({
      byCategory: [
        { category: 'Algorithms', score: 75, correct: 1, total: 2 },
        { category: 'Culture', score: 0, correct: 0, total: 1 },
        { category: 'Databases', score: 50, correct: 1, total: 2 },
      ],
      byDifficulty: [
        { difficulty: 'easy', score: 0, correct: 0, total: 2 },
        { difficulty: 'medium', score: 100, correct: 1, total: 2 },
        { difficulty: 'hard', score: 100, correct: 1, total: 1 },
      ],
    });
  });

  it('scores a group without points by question count', () => {
    const outcomes = scoreQuestions(questions, new Map<string, SelectedAnswer>([['z1', 0]]));
    const culture = breakdownOf(questions, outcomes).byCategory.find((item) => item.category === 'Culture');
    expect(culture).toEqual({ category: 'Culture', score: 100, correct: 1, total: 1 });
  });

  it('is empty without questions', () => {
    expect(breakdownOf([], [])).toEqual({ byCategory: [], byDifficulty: [] });
  });
});

describe('strengthsAndWeaknesses', () => {
  const cat = (category: string, score: number) => ({ category, score, correct: 0, total: 1 });

  it.each([
    ['none with a single category', [cat('A', 100)], [], []],
    ['none when all categories are equal', [cat('A', 50), cat('B', 50), cat('C', 50)], [], []],
    ['one above and one below the mean of 50', [cat('A', 80), cat('B', 50), cat('C', 20)], ['A'], ['C']],
    ['within the margin is neither', [cat('A', 60), cat('B', 50), cat('C', 40)], [], []],
    ['exactly the margin counts (mean 50, 65 and 35)', [cat('A', 65), cat('B', 50), cat('C', 35)], ['A'], ['C']],
    ['ordered best first and worst first', [cat('A', 90), cat('B', 100), cat('C', 10), cat('D', 0)], ['B', 'A'], ['D', 'C']],
    ['all zero: no strengths', [cat('A', 0), cat('B', 0)], [], []],
  ])('%s', (_name, categories, strengths, weaknesses) => {
    expect(strengthsAndWeaknesses(categories)).toEqual({ strengths, weaknesses });
  });
});

describe('parseStoredBreakdown', () => {
  const empty = { byCategory: [], byDifficulty: [], strengths: [], weaknesses: [] };
  const stored = {
    byCategory: [{ category: 'sql', score: 80, correct: 4, total: 5 }],
    byDifficulty: [{ difficulty: 'easy', score: 80, correct: 4, total: 5 }],
    strengths: ['sql'],
    weaknesses: [],
    timeSpent: { perQuestion: [], perCase: [], totalQuestionMs: 0 },
  };

  it.each<[string, string | null, unknown]>([
    [
      'what completion stores, without its timeSpent',
      JSON.stringify(stored),
      { byCategory: stored.byCategory, byDifficulty: stored.byDifficulty, strengths: ['sql'], weaknesses: [] },
    ],
    [
      'snake_case group keys',
      JSON.stringify({ by_category: stored.byCategory, by_difficulty: stored.byDifficulty }),
      { ...empty, byCategory: stored.byCategory, byDifficulty: stored.byDifficulty },
    ],
    [
      'groups without a name are left out; missing numbers read as 0',
      JSON.stringify({ byCategory: [{ score: 10 }, { category: 'go' }, 'x', null], strengths: ['go', 3] }),
      { ...empty, byCategory: [{ category: 'go', score: 0, correct: 0, total: 0 }], strengths: ['go'] },
    ],
    ['no breakdown yet', null, empty],
    ['empty text', '', empty],
    ['not JSON', '{', empty],
    ['JSON that is not an object', '42', empty],
  ])('%s', (_, json, expected) => {
    const breakdown = parseStoredBreakdown(json);
    expect(breakdown).toEqual(expected);
    expect(breakdown).not.toHaveProperty('timeSpent');
  });
});

describe('caseStatusOf', () => {
  it.each<[string, { score: number | null; max_score: number; status: string }, ReturnType<typeof caseStatusOf>]>([
    ['full marks', { score: 90, max_score: 90, status: 'graded' }, 'correct'],
    ['more than full marks', { score: 91, max_score: 90, status: 'graded' }, 'correct'],
    ['fewer points', { score: 89.5, max_score: 90, status: 'graded' }, 'incorrect'],
    ['zero', { score: 0, max_score: 90, status: 'graded' }, 'incorrect'],
    ['not graded yet', { score: null, max_score: 90, status: 'submitted' }, 'pending'],
    ['pending even with a score', { score: 90, max_score: 90, status: 'pending' }, 'pending'],
  ])('%s', (_, row, status) => {
    expect(caseStatusOf(row)).toBe(status);
  });
});

describe('timeSpentOf', () => {
  it('lists every question in order, 0 for an unanswered one, and every case', () => {
    const result = timeSpentOf(
      ['q2', 'q1', 'q3'],
      new Map([
        ['q1', 1500],
        ['q2', 4000],
      ]),
      [
        { caseId: 'c1', timeSpentSeconds: 600 },
        { caseId: 'c2', timeSpentSeconds: null },
      ],
    );
    expect(result).toEqual({
      perQuestion: [
        { questionId: 'q2', timeSpentMs: 4000 },
        { questionId: 'q1', timeSpentMs: 1500 },
        { questionId: 'q3', timeSpentMs: 0 },
      ],
      perCase: [
        { caseId: 'c1', timeSpentSeconds: 600 },
        { caseId: 'c2', timeSpentSeconds: null },
      ],
      totalQuestionMs: 5500,
    });
  });

  it('is empty for an empty session', () => {
    expect(timeSpentOf([], new Map(), [])).toEqual({ perQuestion: [], perCase: [], totalQuestionMs: 0 });
  });
});
