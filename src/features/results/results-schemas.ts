import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../shared/http-schemas.js';

/** Reference 000: the Results API. Field names are the document's (snake_case). */

export const ResultsQuery = Type.Object(
  {
    exam_id: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'Filter by exam (assessment) ID' })),
    candidate_id: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'Filter by candidate ID' })),
    min_score: Type.Optional(Type.Number({ minimum: 0, maximum: 100, description: 'Filter by minimum score (0-100)' })),
    completed_after: Type.Optional(
      Type.String({ minLength: 10, maxLength: 40, description: 'Filter by completion date (ISO 8601): completed at or after' }),
    ),
    decision: Type.Optional(
      Type.Union([Type.Literal('hired'), Type.Literal('rejected'), Type.Literal('none')], {
        description: 'Filter by hiring decision: hired, rejected, or none (not decided yet)',
      }),
    ),
    red_flag: Type.Optional(Type.Boolean({ description: 'Filter by red flag: true (raised) or false' })),
    limit: Type.Optional(Type.Integer({ default: 20, description: 'Results per page (default 20, max 100; larger values are clamped)' })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 400, description: 'Opaque cursor: next_cursor of the previous page' })),
  },
  { additionalProperties: false },
);
export type ResultsQuery = Static<typeof ResultsQuery>;

export const ResultIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

export const ResultStatusSchema = Type.Union([Type.Literal('passed'), Type.Literal('failed'), Type.Literal('pending')], {
  description: 'passed / failed against the exam’s threshold; pending while a task awaits grading',
});

export const ResultItem = Type.Object({
  id: Type.String(),
  candidate_id: Nullable(Type.String()),
  exam_id: Type.String(),
  score: Nullable(Type.Number({ description: 'Percentage score, 0–100' })),
  percentile: Nullable(Type.Integer({ minimum: 0, maximum: 100, description: 'Share of the exam’s other results scoring below, 0–100' })),
  status: ResultStatusSchema,
  completed_at: Type.String({ format: 'date-time' }),
  duration_minutes: Nullable(Type.Integer()),
  revoked: Type.Boolean({ description: 'The key was revoked while the attempt was open: it ended there, is shown with what was saved, and is left out of cohort statistics' }),
  decision: Nullable(Type.Union([Type.Literal('hired'), Type.Literal('rejected')], { description: 'The hiring decision; null until one is made' })),
  red_flag: Type.Boolean({ description: 'Proctoring violations reached the assessment’s red-flag threshold' }),
});

export const ResultListResponse = Type.Object({
  data: Type.Array(ResultItem),
  pagination: Type.Object({
    total: Type.Integer(),
    limit: Type.Integer(),
    has_more: Type.Boolean(),
    next_cursor: Nullable(Type.String()),
  }),
});

const GroupFields = { score: Type.Number(), correct: Type.Integer(), total: Type.Integer() };

export const ResultDetail = Type.Object({
  ...ResultItem.properties,
  breakdown: Type.Object({
    by_category: Type.Array(Type.Object({ category: Type.String(), ...GroupFields })),
    by_difficulty: Type.Array(Type.Object({ difficulty: Type.String(), ...GroupFields })),
  }),
  strengths: Type.Array(Type.String()),
  weaknesses: Type.Array(Type.String()),
});

const AnswerValue = Nullable(
  Type.Union([Type.Integer(), Type.Array(Type.Integer()), Type.String(), Type.Array(Type.String())], {
    description: 'An option index, a list of option indexes, or text',
  }),
);

export const ResultAnswerItem = Type.Object({
  number: Type.Integer({ description: 'Position in the order the candidate saw the questions' }),
  question_id: Type.String(),
  question: Type.String(),
  type: Type.String(),
  options: Type.Array(Type.String()),
  category: Type.String(),
  difficulty: Type.String(),
  selected: AnswerValue,
  correct_answer: AnswerValue,
  is_correct: Type.Boolean(),
  points: Type.Number(),
  max_points: Type.Number(),
  time_spent_seconds: Nullable(Type.Integer()),
});

export const ResultAnswersResponse = Type.Object({
  result_id: Type.String(),
  data: Type.Array(ResultAnswerItem),
});

export const ExportQuery = Type.Object(
  {
    format: Type.Optional(Type.Union([Type.Literal('pdf'), Type.Literal('csv')], { default: 'pdf', description: 'Export format: pdf (default), csv' })),
    include_answers: Type.Optional(Type.Boolean({ default: false, description: 'Include answer details (default: false)' })),
  },
  { additionalProperties: false },
);
export type ExportQuery = Static<typeof ExportQuery>;

export const ExportResponse = {
  description: 'The report as a PDF document, or CSV',
  content: {
    'application/pdf': { schema: { type: 'string', format: 'binary' } },
    'text/csv': { schema: { type: 'string' } },
  },
};
