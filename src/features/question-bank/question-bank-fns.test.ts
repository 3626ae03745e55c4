import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors.js';
import type { NormalizedQuestion } from '../questions/questions-fns.js';
import { applyEdit, bankStateOf, isUnchanged, questionTitle, type QuestionEdit } from './question-bank-fns.js';

const base: NormalizedQuestion = {
  text: 'Which are idempotent?',
  type: 'multiple',
  options: ['GET', 'POST', 'PUT'],
  answer: [0, 2],
  category: 'http',
  difficulty: 'medium',
  points: 2,
  pinnedOptions: [],
};

describe('bankStateOf', () => {
  it.each([
    [{ retiredAt: null, replacedBy: null }, 'active'],
    [{ retiredAt: '2026-01-01T00:00:00.000Z', replacedBy: null }, 'retired'],
    [{ retiredAt: null, replacedBy: 'q_next' }, 'replaced'],
  ] as const)('%o is %s', (question, state) => {
    expect(bankStateOf(question)).toBe(state);
  });
});

describe('applyEdit', () => {
  it.each<[string, QuestionEdit, Partial<NormalizedQuestion>]>([
    ['keeps every absent field', { text: 'Which methods are idempotent?' }, { ...base, text: 'Which methods are idempotent?' }],
    ['trims the category as creation does', { category: '  rest  ' }, { category: 'rest' }],
    ['sorts a multiple answer', { answer: [2, 0, 1] }, { answer: [0, 1, 2] }],
    ['turns into a single question with a fitting answer', { type: 'single', answer: 1 }, { type: 'single', answer: 1, options: base.options }],
    ['turns into a text question without options', { type: 'text', options: [], answer: 'GET' }, { type: 'text', options: [], answer: 'GET' }],
  ])('%s', (_name, edit, expected) => {
    expect(applyEdit(base, edit)).toMatchObject(expected);
  });

  it.each<[string, QuestionEdit, string]>([
    ['a type whose options do not fit', { type: 'text' }, 'options'],
    ['an answer past the options', { answer: [3] }, 'answer'],
    ['fewer than two options', { options: ['GET'] }, 'options'],
    ['a pin past the options', { pinnedOptions: [5] }, 'pinnedOptions'],
  ])('refuses %s, naming the body field', (_name, edit, field) => {
    let caught: unknown;
    try {
      applyEdit(base, edit);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect(((caught as ValidationError).details as Array<{ field: string }>).map((detail) => detail.field)).toEqual([field]);
  });
});

describe('isUnchanged', () => {
  it.each<[string, QuestionEdit, boolean]>([
    ['the same values', { text: base.text, answer: [2, 0] }, true],
    ['a new text', { text: 'Other?' }, false],
    ['new points', { points: 3 }, false],
    ['a new difficulty', { difficulty: 'hard' }, false],
    ['options in another order', { options: ['PUT', 'POST', 'GET'] }, false],
  ])('%s → %s', (_name, edit, unchanged) => {
    expect(isUnchanged(base, applyEdit(base, edit))).toBe(unchanged);
  });
});

describe('questionTitle', () => {
  it.each([
    ['Short?', 'Short?'],
    ['  Spread\n over\tlines  ', 'Spread over lines'],
    ['x'.repeat(130), `${'x'.repeat(119)}…`],
  ])('%j → %j', (text, title) => {
    expect(questionTitle(text)).toBe(title);
  });
});
