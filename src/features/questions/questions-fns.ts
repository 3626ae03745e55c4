import type { QuestionsTable } from '../../db/schema.js';
import { fieldError, invalidFields } from '../../errors.js';
import type {
  CandidateQuestionObject,
  Difficulty,
  QuestionInput,
  QuestionObject,
  QuestionType,
} from './questions-schemas.js';

/**
 * The stored answer key: single → option index; multiple → sorted distinct
 * option indexes; text → the accepted answer or the list of accepted answers.
 */
export type AnswerKey = number | number[] | string | string[];

/** A validated question, ready to store. */
export interface NormalizedQuestion {
  text: string;
  type: QuestionType;
  options: string[];
  answer: AnswerKey;
  category: string;
  difficulty: Difficulty;
  points: number;
  pinnedOptions: number[];
}

/** A question as stored (assessment question or bank question). */
export interface StoredQuestion extends NormalizedQuestion {
  id: string;
  assessmentId: string | null;
  position: number;
}

/**
 * A row of `questions` as a StoredQuestion: for every store that selects
 * question rows (this feature's, and the question bank's own queries).
 */
export function rowToQuestion(row: QuestionsTable): StoredQuestion {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    position: row.position,
    text: row.text,
    type: row.type as QuestionType,
    options: JSON.parse(row.options) as string[],
    pinnedOptions: JSON.parse(row.pinned_options) as number[],
    answer: JSON.parse(row.answer) as AnswerKey,
    category: row.category,
    difficulty: row.difficulty as Difficulty,
    points: row.points,
  };
}

export interface FieldProblem {
  field: string;
  message: string;
}

export const MAX_TEXT_ANSWER_LENGTH = 1_000;
export const MAX_ACCEPTED_TEXT_ANSWERS = 50;

/** 400 naming the field, in the same shape as schema validation errors (for the features that import it from here). */
export { fieldError };

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

function checkIndexes(indexes: number[], optionCount: number, field: string): FieldProblem | null {
  for (const index of indexes) {
    if (index < 0 || index >= optionCount) {
      return { field, message: `Option index ${index} is out of range: the options are numbered 0 to ${optionCount - 1}` };
    }
  }
  if (new Set(indexes).size !== indexes.length) return { field, message: 'Option indexes must be distinct' };
  return null;
}

function normalizeAnswer(
  type: QuestionType,
  answer: unknown,
  optionCount: number,
  field: string,
): { answer: AnswerKey } | { problem: FieldProblem } {
  if (type === 'single') {
    const index = Array.isArray(answer) && answer.length === 1 ? answer[0] : answer;
    if (Array.isArray(answer) && answer.length !== 1) {
      return { problem: { field, message: 'A single-choice question has exactly one correct option' } };
    }
    if (!isIndex(index)) return { problem: { field, message: 'Answer must be the index of the correct option' } };
    const problem = checkIndexes([index], optionCount, field);
    return problem ? { problem } : { answer: index };
  }
  if (type === 'multiple') {
    const indexes = isIndex(answer) ? [answer] : answer;
    if (!Array.isArray(indexes) || indexes.length === 0 || !indexes.every(isIndex)) {
      return { problem: { field, message: 'Answer must list at least one correct option (by index)' } };
    }
    const problem = checkIndexes(indexes, optionCount, field);
    return problem ? { problem } : { answer: [...indexes].sort((a, b) => a - b) };
  }
  const accepted = typeof answer === 'string' ? [answer] : answer;
  if (
    !Array.isArray(accepted) ||
    accepted.length === 0 ||
    accepted.length > MAX_ACCEPTED_TEXT_ANSWERS ||
    !accepted.every((value) => typeof value === 'string' && value.trim().length > 0 && value.length <= MAX_TEXT_ANSWER_LENGTH)
  ) {
    return {
      problem: {
        field,
        message: `Answer must be the accepted answer, or a list of 1 to ${MAX_ACCEPTED_TEXT_ANSWERS} accepted answers, each not blank and at most ${MAX_TEXT_ANSWER_LENGTH.toLocaleString('en-US')} characters`,
      },
    };
  }
  const trimmed = (accepted as string[]).map((value) => value.trim());
  return { answer: typeof answer === 'string' ? trimmed[0]! : trimmed };
}

/** Validates one question; `field` is its path in the request (`questions.3`). */
export function checkQuestion(input: QuestionInput, field: string): { question: NormalizedQuestion } | { problem: FieldProblem } {
  const options = input.options ?? [];
  const pinned = input.pinnedOptions ?? [];
  if (input.type === 'text') {
    if (options.length > 0) return { problem: { field: `${field}.options`, message: 'A text question has no options' } };
    if (pinned.length > 0) {
      return { problem: { field: `${field}.pinnedOptions`, message: 'A text question has no options to pin' } };
    }
  } else {
    if (options.length < 2) {
      return { problem: { field: `${field}.options`, message: `A ${input.type}-choice question needs at least 2 options` } };
    }
    const distinct = new Set(options.map((option) => option.trim()));
    if (distinct.size !== options.length) return { problem: { field: `${field}.options`, message: 'Options must be distinct' } };
    if (options.some((option) => option.trim().length === 0)) {
      return { problem: { field: `${field}.options`, message: 'Options cannot be blank' } };
    }
    const pinProblem = checkIndexes(pinned, options.length, `${field}.pinnedOptions`);
    if (pinProblem) return { problem: pinProblem };
  }
  const answer = normalizeAnswer(input.type, input.answer, options.length, `${field}.answer`);
  if ('problem' in answer) return answer;
  return {
    question: {
      text: input.text,
      type: input.type,
      options,
      answer: answer.answer,
      category: input.category.trim(),
      difficulty: input.difficulty,
      points: input.points ?? 1,
      pinnedOptions: [...pinned].sort((a, b) => a - b),
    },
  };
}

/** Validates a list of questions; throws a 400 naming the first problem of every question that has one. */
export function normalizeQuestions(inputs: readonly QuestionInput[], field = 'questions'): NormalizedQuestion[] {
  const checked = inputs.map((input, index) => checkQuestion(input, `${field}.${index}`));
  const problems = checked.flatMap((item) => ('problem' in item ? [item.problem] : []));
  if (problems.length > 0) throw invalidFields(problems);
  return checked.map((item) => (item as { question: NormalizedQuestion }).question);
}

export function toQuestionObject(question: StoredQuestion): QuestionObject {
  return {
    id: question.id,
    text: question.text,
    type: question.type,
    options: question.options,
    answer: question.answer,
    category: question.category,
    difficulty: question.difficulty,
    points: question.points,
    pinnedOptions: question.pinnedOptions,
  };
}

/** What a candidate may see of a question: everything except the answer key. */
export function toCandidateQuestionObject(question: StoredQuestion): CandidateQuestionObject {
  return {
    id: question.id,
    text: question.text,
    type: question.type,
    options: question.options,
    category: question.category,
    difficulty: question.difficulty,
    points: question.points,
  };
}
