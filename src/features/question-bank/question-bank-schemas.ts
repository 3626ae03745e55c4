import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../shared/http-schemas.js';
import { CategorySchema, DifficultySchema, QuestionInput, QuestionObject } from '../questions/questions-schemas.js';

export const BANK_PAGE = { limit: 100, max: 500 };

export const CreateBankQuestionsBody = Type.Object(
  { questions: Type.Array(QuestionInput, { minItems: 1, maxItems: 200, description: 'One or many questions' }) },
  { additionalProperties: false },
);
export type CreateBankQuestionsBody = Static<typeof CreateBankQuestionsBody>;

export const BANK_STATUSES = ['active', 'retired'] as const;

export const BankQuestionsQuery = Type.Object(
  {
    category: Type.Optional(CategorySchema),
    difficulty: Type.Optional(DifficultySchema),
    status: Type.Optional(
      Type.Union(
        BANK_STATUSES.map((value) => Type.Literal(value)),
        { description: 'active (default): questions blueprints draw from; retired: questions taken out of the draw, which can be restored' },
      ),
    ),
    limit: Type.Optional(
      Type.Integer({ description: `Page size, clamped to 1–${BANK_PAGE.max}. Defaults to ${BANK_PAGE.limit}.` }),
    ),
    offset: Type.Optional(Type.Integer({ minimum: 0, description: 'Rows to skip. Defaults to 0.' })),
  },
  { additionalProperties: false },
);
export type BankQuestionsQuery = Static<typeof BankQuestionsQuery>;

/** A bank question as reviewers read it: the question with its answer key, and whether it is retired. */
export const BankQuestionObject = Type.Composite([
  QuestionObject,
  Type.Object({
    retiredAt: Nullable(Type.String({ format: 'date-time', description: 'When it was retired; null while blueprints draw it' })),
  }),
]);
export type BankQuestionObject = Static<typeof BankQuestionObject>;

export const CreatedBankQuestionsResponse = Type.Object({ questions: Type.Array(BankQuestionObject) });

export const BankQuestionListResponse = Type.Object({
  questions: Type.Array(BankQuestionObject),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});

const { points, ...unchangedFields } = QuestionInput.properties;

export const UpdateBankQuestionBody = Type.Partial(
  Type.Object({
    ...unchangedFields,
    // Without the create default: an edit that leaves out points keeps them.
    points: Type.Number({ exclusiveMinimum: points.exclusiveMinimum, maximum: points.maximum }),
  }),
  {
    additionalProperties: false,
    minProperties: 1,
    description:
      'Absent fields stay unchanged; the question is checked as a whole after the edit. Saved as a new version: attempts that drew the question keep the version they saw.',
  },
);
export type UpdateBankQuestionBody = Static<typeof UpdateBankQuestionBody>;

export const BankQuestionResponse = Type.Object({ question: BankQuestionObject });


export const BankCategoriesResponse = Type.Object({
  categories: Type.Array(
    Type.Object({
      category: Type.String(),
      counts: Type.Object(
        { easy: Type.Integer(), medium: Type.Integer(), hard: Type.Integer() },
        { description: 'Questions blueprints can draw, per difficulty' },
      ),
      total: Type.Integer({ description: 'Questions blueprints can draw in this category' }),
      retired: Type.Integer({ description: 'Retired questions in this category' }),
    }),
    { description: 'Every category with a current or retired bank question, alphabetically' },
  ),
});
export type BankCategoriesResponse = Static<typeof BankCategoriesResponse>;
