import { Type, type Static } from '@sinclair/typebox';
import { CategorySchema, DifficultySchema, QuestionInput, QuestionObject } from '../questions/questions-schemas.js';

export const BANK_PAGE = { limit: 100, max: 500 };

export const CreateBankQuestionsBody = Type.Object(
  { questions: Type.Array(QuestionInput, { minItems: 1, maxItems: 200, description: 'One or many questions' }) },
  { additionalProperties: false },
);
export type CreateBankQuestionsBody = Static<typeof CreateBankQuestionsBody>;

export const BankQuestionsQuery = Type.Object(
  {
    category: Type.Optional(CategorySchema),
    difficulty: Type.Optional(DifficultySchema),
    limit: Type.Optional(
      Type.Integer({ description: `Page size, clamped to 1–${BANK_PAGE.max}. Defaults to ${BANK_PAGE.limit}.` }),
    ),
    offset: Type.Optional(Type.Integer({ minimum: 0, description: 'Rows to skip. Defaults to 0.' })),
  },
  { additionalProperties: false },
);
export type BankQuestionsQuery = Static<typeof BankQuestionsQuery>;

export const CreatedBankQuestionsResponse = Type.Object({ questions: Type.Array(QuestionObject) });

export const BankQuestionListResponse = Type.Object({
  questions: Type.Array(QuestionObject),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});
