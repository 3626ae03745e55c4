import { Type, type Static } from '@sinclair/typebox';

/**
 * The question model shared by an assessment's fixed question list and the
 * organization's question bank. Reviewers see the answer key; candidates get
 * CandidateQuestionObject, which has no field that could carry it.
 */

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export const QUESTION_TYPES = ['single', 'multiple', 'text'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const DifficultySchema = Type.Union(DIFFICULTIES.map((value) => Type.Literal(value)));
export const QuestionTypeSchema = Type.Union(QUESTION_TYPES.map((value) => Type.Literal(value)));
export const CategorySchema = Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' });

export const MAX_OPTIONS = 26;

export const QuestionInput = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 10_000, pattern: '\\S' }),
    type: QuestionTypeSchema,
    options: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 2_000 }), {
        maxItems: MAX_OPTIONS,
        description: 'Choices of a single/multiple question (at least 2). Text questions have none.',
      }),
    ),
    // Validated by hand (questions-fns): a union here would let Ajv's type
    // coercion rewrite a text answer "2" into the option index 2.
    answer: Type.Unknown({
      description:
        'single: the correct option index; multiple: the correct option indexes (at least one, distinct); text: the accepted answer, or a list of accepted answers',
    }),
    category: CategorySchema,
    difficulty: DifficultySchema,
    points: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1_000, default: 1 })),
    pinnedOptions: Type.Optional(
      Type.Array(Type.Integer({ minimum: 0 }), {
        maxItems: MAX_OPTIONS,
        description: 'Option indexes that keep their place when options are shuffled (e.g. "None of the above")',
      }),
    ),
  },
  { additionalProperties: false },
);
export type QuestionInput = Static<typeof QuestionInput>;

export const AnswerKeySchema = Type.Union([
  Type.Integer(),
  Type.Array(Type.Integer()),
  Type.String(),
  Type.Array(Type.String()),
]);

/** A question as reviewers see it: with its answer key. */
export const QuestionObject = Type.Object({
  id: Type.String(),
  text: Type.String(),
  type: QuestionTypeSchema,
  options: Type.Array(Type.String()),
  answer: AnswerKeySchema,
  category: Type.String(),
  difficulty: DifficultySchema,
  points: Type.Number(),
  pinnedOptions: Type.Array(Type.Integer()),
});
export type QuestionObject = Static<typeof QuestionObject>;

/** A question as a candidate sees it: no answer key. */
export const CandidateQuestionObject = Type.Object({
  id: Type.String(),
  text: Type.String(),
  type: QuestionTypeSchema,
  options: Type.Array(Type.String()),
  category: Type.String(),
  difficulty: DifficultySchema,
  points: Type.Number(),
});
export type CandidateQuestionObject = Static<typeof CandidateQuestionObject>;
