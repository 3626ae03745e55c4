import { describe, expect, it } from 'vitest';
import {
  BlueprintShortfall,
  attemptsLeft,
  deadlineFor,
  displayedOptions,
  drawQuestions,
  effectiveMinutes,
  layoutSession,
  optionOrder,
  rulesFor,
  seededRandom,
  seededShuffle,
  selectionProblem,
  toDisplayedSelection,
  toStoredSelection,
  type LayoutQuestion,
} from './sessions-layout-fns.js';

const q = (id: string, overrides: Partial<LayoutQuestion> = {}): LayoutQuestion => ({
  id,
  type: 'single',
  options: ['A', 'B', 'C', 'D', 'None of the above'],
  pinnedOptions: [],
  category: 'General',
  difficulty: 'easy',
  ...overrides,
});

describe('seeded shuffling', () => {
  const items = Array.from({ length: 20 }, (_, index) => index);

  it('is stable for a seed (a reload sees the same order) and differs between seeds', () => {
    const first = seededShuffle(items, seededRandom('seed-1', 'questions'));
    const again = seededShuffle(items, seededRandom('seed-1', 'questions'));
    const other = seededShuffle(items, seededRandom('seed-2', 'questions'));
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    expect([...first].sort((a, b) => a - b)).toEqual(items);
    expect(first).not.toEqual(items);
  });

  it('produces numbers in [0, 1)', () => {
    const random = seededRandom('s', 'x');
    for (let i = 0; i < 1000; i++) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it.each(['seed-a', 'seed-b', 'seed-c', 'seed-d', 'seed-e', 'seed-f'])('keeps pinned options in place (seed %s)', (seed) => {
    const order = optionOrder(5, [4], seed, 'q1');
    expect(order[4]).toBe(4);
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4]);
    const twoPinned = optionOrder(6, [0, 5], seed, 'q1');
    expect(twoPinned[0]).toBe(0);
    expect(twoPinned[5]).toBe(5);
    expect([...twoPinned].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('shuffles the unpinned options for at least one of several seeds', () => {
    const orders = ['a', 'b', 'c', 'd', 'e'].map((seed) => optionOrder(5, [4], seed, 'q1').join(','));
    expect(orders.some((order) => order !== '0,1,2,3,4')).toBe(true);
  });

  it('lays out a session: every question once, options permuted, text questions without option order', () => {
    const questions = [q('q1'), q('q2', { pinnedOptions: [4] }), q('q3', { type: 'text', options: [] })];
    const layout = layoutSession(questions, 'seed-x');
    expect(layout.map((entry) => entry.questionId).sort()).toEqual(['q1', 'q2', 'q3']);
    expect(layoutSession([...questions].reverse(), 'seed-x')).toEqual(layout);
    const q2 = layout.find((entry) => entry.questionId === 'q2')!;
    expect(q2.optionOrder[4]).toBe(4);
    expect(layout.find((entry) => entry.questionId === 'q3')!.optionOrder).toEqual([]);
    expect(displayedOptions(questions[1]!.options, q2)[4]).toBe('None of the above');
  });
});

describe('selection mapping', () => {
  const entry = { questionId: 'q', optionOrder: [2, 0, 3, 1] };

  it.each([
    [0, 2],
    [3, 1],
  ])('displayed %d is stored %d, and back', (displayed, stored) => {
    expect(toStoredSelection(displayed, entry)).toBe(stored);
    expect(toDisplayedSelection(stored, entry)).toBe(displayed);
  });

  it('maps lists and sorts them; text passes through', () => {
    expect(toStoredSelection([0, 3], entry)).toEqual([1, 2]);
    expect(toDisplayedSelection([1, 2], entry)).toEqual([0, 3]);
    expect(toStoredSelection('hello', entry)).toBe('hello');
  });
});

describe('drawQuestions', () => {
  const bank = [
    q('b1', { category: 'SQL', difficulty: 'easy' }),
    q('b2', { category: 'SQL', difficulty: 'easy' }),
    q('b3', { category: 'SQL', difficulty: 'easy' }),
    q('b4', { category: 'SQL', difficulty: 'hard' }),
    q('b5', { category: 'Go', difficulty: 'easy' }),
  ];

  it('uses the fixed list when there is no blueprint', () => {
    const fixed = [q('f1'), q('f2')];
    expect(drawQuestions(fixed, null, bank, 's').map((x) => x.id)).toEqual(['f1', 'f2']);
  });

  it('draws N per category and difficulty, the same for the same seed', () => {
    const blueprint = [
      { category: 'SQL', difficulty: 'easy', count: 2 },
      { category: 'SQL', difficulty: 'hard', count: 1 },
    ];
    const drawn = drawQuestions([], blueprint, bank, 'seed-1');
    expect(drawn).toHaveLength(3);
    expect(drawn.filter((x) => x.difficulty === 'easy' && x.category === 'SQL')).toHaveLength(2);
    expect(drawn.some((x) => x.id === 'b4')).toBe(true);
    expect(drawn.some((x) => x.id === 'b5')).toBe(false);
    expect(drawQuestions([], blueprint, [...bank].reverse(), 'seed-1')).toEqual(drawn);
    const seeds = ['a', 'b', 'c', 'd', 'e', 'f'].map((seed) =>
      drawQuestions([], blueprint, bank, seed)
        .map((x) => x.id)
        .sort()
        .join(),
    );
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('refuses a blueprint the bank cannot fill', () => {
    expect(() => drawQuestions([], [{ category: 'Go', difficulty: 'easy', count: 2 }], bank, 's')).toThrow(BlueprintShortfall);
  });
});

describe('selectionProblem', () => {
  it.each([
    ['single', 4, 0, null],
    ['single', 4, 3, null],
    ['single', 4, 4, 'Choose one option: an index from 0 to 3'],
    ['single', 4, -1, 'Choose one option: an index from 0 to 3'],
    ['single', 4, 1.5, 'Choose one option: an index from 0 to 3'],
    ['single', 4, [1], 'Choose one option: an index from 0 to 3'],
    ['single', 4, 'A', 'Choose one option: an index from 0 to 3'],
    ['multiple', 4, [0, 2], null],
    ['multiple', 4, [], null],
    ['multiple', 4, [0, 0], 'The answer must not choose an option twice'],
    ['multiple', 4, [5], 'The answer must be a list of option indexes from 0 to 3'],
    ['multiple', 4, 1, 'The answer must be a list of option indexes from 0 to 3'],
    ['text', 0, 'an answer', null],
    ['text', 0, '', null],
    ['text', 0, 3, 'The answer to a text question must be text'],
    ['text', 0, 'x'.repeat(10_000), null],
    ['text', 0, 'x'.repeat(10_001), 'Answers can be at most 10,000 characters; this one has 10,001'],
    ['text', 0, 'x'.repeat(123_456), 'Answers can be at most 10,000 characters; this one has 123,456'],
  ] as const)('%s with %d options: %j → %s', (type, count, selection, problem) => {
    expect(selectionProblem(type, count, selection)).toBe(problem);
  });
});

describe('deadlines and attempts', () => {
  const start = new Date('2026-03-01T09:00:00.000Z');

  it.each([
    [30, 1, '2026-03-01T09:30:00.000Z'],
    [30, 1.5, '2026-03-01T09:45:00.000Z'],
    [45, 1.25, '2026-03-01T09:56:15.000Z'],
    [30, 0, '2026-03-01T09:30:00.000Z'],
  ])('%d minutes × %d', (minutes, multiplier, expected) => {
    expect(deadlineFor(start, minutes, multiplier)?.toISOString()).toBe(expected);
  });

  it('has no deadline without a time limit', () => {
    expect(deadlineFor(start, null, 2)).toBeNull();
    expect(effectiveMinutes(null, 2)).toBeNull();
    expect(effectiveMinutes(45, 1.25)).toBe(57);
  });

  it.each([
    [3, 0, false, 3],
    [3, 2, false, 1],
    [3, 3, false, 0],
    [1, 5, false, 0],
    [3, 1, true, 0],
  ])('max %d, used %d, locked %s → %d left', (max, used, locked, left) => {
    expect(attemptsLeft(max, used, locked)).toBe(left);
  });

  it('writes rules from the settings', () => {
    const rules = rulesFor({ timeLimitMinutes: 30, timeMultiplier: 1.5, maxAttempts: 2, lockOnPass: true, questionCount: 10, caseCount: 2 });
    expect(rules.join('\n')).toContain('45 minutes');
    expect(rules.join('\n')).toContain('10 questions');
    expect(rules.join('\n')).toContain('2 hands-on tasks');
    expect(rules.join('\n')).toContain('up to 2 attempts');
    expect(rules.join('\n')).toContain('locked');
    expect(rulesFor({ timeLimitMinutes: null, timeMultiplier: 1, maxAttempts: 1, lockOnPass: false, questionCount: 1, caseCount: 0 })).toEqual([
      'There is no time limit.',
      'Answer 1 question; answers are saved as you go and can be changed until you hand them in.',
      'Stay in fullscreen and on this page: leaving fullscreen, switching windows, copying and pasting are recorded.',
      'You have one attempt.',
    ]);
  });
});
