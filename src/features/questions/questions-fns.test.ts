import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors.js';
import { checkQuestion, normalizeQuestions, toCandidateQuestionObject, type StoredQuestion } from './questions-fns.js';
import type { QuestionInput } from './questions-schemas.js';

const base = { text: 'Which?', category: 'sql', difficulty: 'easy' as const };
const single = (answer: unknown, options = ['a', 'b', 'c'], extra: Partial<QuestionInput> = {}): QuestionInput => ({
  ...base,
  type: 'single',
  options,
  answer,
  ...extra,
});
const multiple = (answer: unknown, options = ['a', 'b', 'c'], extra: Partial<QuestionInput> = {}): QuestionInput => ({
  ...base,
  type: 'multiple',
  options,
  answer,
  ...extra,
});
const text = (answer: unknown, extra: Partial<QuestionInput> = {}): QuestionInput => ({ ...base, type: 'text', answer, ...extra });

describe('checkQuestion accepts and normalizes', () => {
  it.each([
    ['single index', single(2), 2],
    ['single index 0', single(0), 0],
    ['single as a one-element list', single([1]), 1],
    ['multiple list, sorted', multiple([2, 0]), [0, 2]],
    ['multiple one index given as a number', multiple(1), [1]],
    ['multiple all options', multiple([0, 1, 2]), [0, 1, 2]],
    ['text answer, trimmed', text('  42 '), '42'],
    ['text answer that looks like a number stays text', text('2'), '2'],
    ['text accepted answers', text(['Paris', ' paris ']), ['Paris', 'paris']],
  ])('%s', (_name, input, answer) => {
    const checked = checkQuestion(input, 'questions.0');
    expect(checked).toHaveProperty('question');
    if ('question' in checked) expect(checked.question.answer).toEqual(answer);
  });

  it('fills defaults: points 1, no pinned options, text has no options', () => {
    const checked = checkQuestion(text('x'), 'q');
    expect(checked).toEqual({
      question: { ...base, type: 'text', options: [], answer: 'x', points: 1, pinnedOptions: [] },
    });
  });

  it('keeps points and sorted pinned options', () => {
    const checked = checkQuestion(single(0, ['a', 'b', 'None of the above'], { points: 2.5, pinnedOptions: [2, 0] }), 'q');
    expect(checked).toMatchObject({ question: { points: 2.5, pinnedOptions: [0, 2] } });
  });
});

describe('checkQuestion refuses, naming the field', () => {
  it.each([
    ['single index out of range', single(3), 'questions.4.answer', 'out of range'],
    ['single negative index', single(-1), 'questions.4.answer', 'out of range'],
    ['single with two indexes', single([0, 1]), 'questions.4.answer', 'exactly one'],
    ['single with an empty list', single([]), 'questions.4.answer', 'exactly one'],
    ['single with a text answer', single('a'), 'questions.4.answer', 'index'],
    ['single with a fractional index', single(1.5), 'questions.4.answer', 'index'],
    ['single with a boolean', single(true), 'questions.4.answer', 'index'],
    ['single with null', single(null), 'questions.4.answer', 'index'],
    ['single with one option', single(0, ['only']), 'questions.4.options', 'at least 2'],
    ['single with no options', single(0, []), 'questions.4.options', 'at least 2'],
    ['duplicate options', single(0, ['a', 'a ']), 'questions.4.options', 'distinct'],
    ['blank option', single(0, ['a', '  ']), 'questions.4.options', 'blank'],
    ['multiple with no index', multiple([]), 'questions.4.answer', 'at least one'],
    ['multiple with duplicate indexes', multiple([1, 1]), 'questions.4.answer', 'distinct'],
    ['multiple index out of range', multiple([0, 7]), 'questions.4.answer', 'out of range'],
    ['multiple with text', multiple(['a']), 'questions.4.answer', 'at least one'],
    ['multiple with one option', multiple([0], ['a']), 'questions.4.options', 'at least 2'],
    ['text with options', text('x', { options: ['a', 'b'] }), 'questions.4.options', 'no options'],
    ['text with pinned options', text('x', { pinnedOptions: [0] }), 'questions.4.pinnedOptions', 'no options'],
    ['text with a number answer', text(2), 'questions.4.answer', 'accepted answer'],
    ['text with a blank answer', text('   '), 'questions.4.answer', 'accepted answer'],
    ['text with no accepted answers', text([]), 'questions.4.answer', 'accepted answer'],
    ['text with a blank accepted answer', text(['a', '']), 'questions.4.answer', 'accepted answer'],
    ['text with an over-long answer', text('x'.repeat(1001)), 'questions.4.answer', 'accepted answer'],
    ['pinned option out of range', single(0, ['a', 'b'], { pinnedOptions: [2] }), 'questions.4.pinnedOptions', 'out of range'],
    ['pinned option repeated', single(0, ['a', 'b'], { pinnedOptions: [1, 1] }), 'questions.4.pinnedOptions', 'distinct'],
  ])('%s', (_name, input, field, words) => {
    const checked = checkQuestion(input, 'questions.4');
    expect(checked).toHaveProperty('problem');
    if ('problem' in checked) {
      expect(checked.problem.field).toBe(field);
      expect(checked.problem.message).toContain(words);
    }
  });
});

describe('normalizeQuestions', () => {
  it('throws a 400 ValidationError naming the problem of every bad question', () => {
    let caught: unknown;
    try {
      normalizeQuestions([single(0), single(9), single(0), single(0, ['only'])]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    const error = caught as ValidationError;
    expect(error.statusCode).toBe(400);
    expect(error.message).toBe(
      "Question 2: Option index 9 is out of range: the options are numbered 0 to 2 (questions.1.answer); Question 4: A single-choice question needs at least 2 options (questions.3.options)",
    );
    expect(error.details).toEqual([
      { field: 'questions.1.answer', message: 'Option index 9 is out of range: the options are numbered 0 to 2' },
      { field: 'questions.3.options', message: 'A single-choice question needs at least 2 options' },
    ]);
  });

  it('returns one normalized question per input, in order', () => {
    expect(normalizeQuestions([single(1), text('y')]).map((q) => q.answer)).toEqual([1, 'y']);
  });
});

describe('toCandidateQuestionObject', () => {
  it.each([
    ['single', 1],
    ['multiple', [0, 2]],
    ['text', 'secret-answer'],
  ])('leaves out the %s answer key and pinned options', (type, answer) => {
    const stored: StoredQuestion = {
      id: 'q_1',
      assessmentId: 'asmt_1',
      position: 1,
      text: 'Q',
      type: type as StoredQuestion['type'],
      options: type === 'text' ? [] : ['a', 'b', 'c'],
      answer,
      category: 'c',
      difficulty: 'hard',
      points: 1,
      pinnedOptions: [],
    };
    const view = toCandidateQuestionObject(stored);
    expect(view).not.toHaveProperty('answer');
    expect(view).not.toHaveProperty('pinnedOptions');
    expect(JSON.stringify(view)).not.toContain('secret-answer');
    expect(Object.keys(view).sort()).toEqual(['category', 'difficulty', 'id', 'options', 'points', 'text', 'type']);
  });
});
