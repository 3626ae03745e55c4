import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Nullable, Timestamp } from '../../shared/http-schemas.js';
import { SLUG_PATTERN } from '../../shared/slug.js';
import { IssueObject } from '../issues/issues-schemas.js';
import {
  CandidateQuestionObject,
  CategorySchema,
  DifficultySchema,
  QuestionInput,
  QuestionObject,
} from '../questions/questions-schemas.js';
import { CriteriaInput, CriterionObject } from '../rubrics/rubrics-schemas.js';

/**
 * `T | null` for request bodies, as one schema with a type list. Unlike an
 * anyOf, Ajv only coerces a value that matches neither type, so `0` stays an
 * (invalid) integer instead of silently becoming null.
 */
function OrNull<T extends TSchema & { type: string }>(schema: T) {
  return Type.Unsafe<Static<T> | null>({ ...schema, type: [schema.type, 'null'] });
}

const Title = Type.String({ minLength: 1, maxLength: 255, pattern: '\\S' });

export const RESULT_EMAIL_POLICIES = ['immediately', 'after_decision', 'never'] as const;
export type ResultEmailPolicy = (typeof RESULT_EMAIL_POLICIES)[number];
const RESULT_EMAIL_DESCRIPTION =
  'When the candidate gets the result email: `immediately` (when the result is final: at submit, or when the last task is graded), `after_decision` (with the hiring decision, as one email) or `never`. What it says follows showResult. Reference 002 submissions always send theirs at submit.';
const ResultEmailSchema = (extra: Record<string, unknown> = {}) =>
  Type.Unsafe<ResultEmailPolicy>({ type: 'string', enum: [...RESULT_EMAIL_POLICIES], description: RESULT_EMAIL_DESCRIPTION, ...extra });

export const BlueprintEntry = Type.Object(
  {
    category: CategorySchema,
    difficulty: DifficultySchema,
    count: Type.Integer({ minimum: 1, maximum: 200 }),
  },
  { additionalProperties: false },
);
export type BlueprintEntry = Static<typeof BlueprintEntry>;

/** The most characters a case's description may have. */
export const CASE_DESCRIPTION_MAX = 20_000;

const CaseDescription = Type.String({
  maxLength: CASE_DESCRIPTION_MAX,
  description: 'What the candidate reads about this task (plain text or Markdown, shown as written); empty or null for none',
});

export const CaseInput = Type.Object(
  {
    title: Title,
    maxScore: Type.Number({ exclusiveMinimum: 0, maximum: 10_000 }),
    description: Type.Optional(OrNull(CaseDescription)),
    rubric: Type.Optional(
      OrNull(
        Type.Object(
          { criteria: CriteriaInput },
          { additionalProperties: false, description: 'How a reviewer grades the case; the case stays PENDING until graded' },
        ),
      ),
    ),
  },
  { additionalProperties: false },
);
export type CaseInput = Static<typeof CaseInput>;

/**
 * Every field a create or a PATCH may set (title and role are required on
 * create). Defaults only on create: Ajv fills `default`s into the body, which
 * in a PATCH would silently reset absent fields.
 */
function contentFields(withDefaults: boolean) {
  const preset = (value: unknown) => (withDefaults ? { default: value } : {});
  return {
    slug: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 60,
        pattern: SLUG_PATTERN,
        description: 'Unique among the organization\'s assessments; generated from the title when absent',
      }),
    ),
    taskBrief: Type.Optional(
      OrNull(
        Type.String({
          minLength: 1,
          maxLength: 20_000,
          description: 'Shown to the candidate. Required unless issueId is given; an explicit one wins over the issue\'s brief.',
        }),
      ),
    ),
    issueId: Type.Optional(
      OrNull(Type.String({ minLength: 1, maxLength: 64, description: 'An issue of GET /v1/issues; fills taskBrief when none is given' })),
    ),
    repoUrl: Type.Optional(OrNull(Type.String({ format: 'uri', maxLength: 2_048, description: 'Repository the candidate works in' }))),
    timeLimitMinutes: Type.Optional(OrNull(Type.Integer({ minimum: 1, maximum: 10_080 }))),
    expiresInDays: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 365, ...preset(7), description: 'Days until generated candidate keys expire' }),
    ),
    rubricId: Type.Optional(OrNull(Type.String({ format: 'uuid', description: 'One of the organization\'s rubrics' }))),
    passingScore: Type.Optional(Type.Integer({ minimum: 0, maximum: 100, ...preset(60), description: 'Pass threshold, percent' })),
    lowPassBand: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 100,
        ...preset(10),
        description: 'Percentage points above the threshold that count as LOW_PASS',
      }),
    ),
    maxAttempts: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, ...preset(1) })),
    lockOnPass: Type.Optional(Type.Boolean({ ...preset(true), description: 'A passed attempt locks the invitation' })),
    showResult: Type.Optional(Type.Boolean({ ...preset(false), description: 'The candidate sees their score at the end' })),
    resultEmail: Type.Optional(ResultEmailSchema(preset('immediately'))),
    redFlagThreshold: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 1_000, ...preset(3), description: 'Proctoring violations that raise the red flag' }),
    ),
    requireCandidateDetails: Type.Optional(
      Type.Boolean({
        ...preset(true),
        description:
          'A key issued without a candidate name asks for the name (and the email, when the key has none) before the attempt starts; false lets such attempts stay anonymous',
      }),
    ),
    skills: Type.Optional(
      OrNull(Type.Array(Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }), { maxItems: 50, uniqueItems: true })),
    ),
    questions: Type.Optional(
      OrNull(Type.Array(QuestionInput, { maxItems: 500, description: 'A fixed question list (instead of a blueprint)' })),
    ),
    blueprint: Type.Optional(
      OrNull(
        Type.Array(BlueprintEntry, {
          minItems: 1,
          maxItems: 50,
          description: 'Draw `count` questions per category and difficulty from the question bank, per candidate (instead of questions)',
        }),
      ),
    ),
    cases: Type.Optional(OrNull(Type.Array(CaseInput, { maxItems: 50, description: 'Hands-on tasks, in order' }))),
  };
}

export const CreateAssessmentBody = Type.Object(
  { title: Title, role: Title, ...contentFields(true) },
  { additionalProperties: false },
);
export type CreateAssessmentBody = Static<typeof CreateAssessmentBody>;

export const UpdateAssessmentBody = Type.Object(
  { title: Type.Optional(Title), role: Type.Optional(Title), ...contentFields(false) },
  { additionalProperties: false, description: 'Absent fields stay unchanged; null clears a field' },
);
export type UpdateAssessmentBody = Static<typeof UpdateAssessmentBody>;

export const BlueprintObject = Type.Object({
  category: Type.String(),
  difficulty: DifficultySchema,
  count: Type.Integer(),
});

export const CaseObject = Type.Object({
  id: Type.String(),
  title: Type.String(),
  order: Type.Integer({ description: '1-based position' }),
  maxScore: Type.Number(),
  description: Nullable(Type.String()),
  rubric: Nullable(Type.Object({ criteria: Type.Array(CriterionObject) })),
});
export type CaseObject = Static<typeof CaseObject>;

export const CandidateCaseObject = Type.Object({
  id: Type.String(),
  title: Type.String(),
  order: Type.Integer(),
  maxScore: Type.Number(),
  description: Nullable(Type.String()),
});

/** The fields of 004's example, then the content settings of DESIGN §6. */
const summaryFields = {
  id: Type.String(),
  title: Type.String(),
  role: Type.String(),
  taskBrief: Nullable(Type.String()),
  repoUrl: Nullable(Type.String()),
  issueId: Nullable(Type.String()),
  issue: Nullable(IssueObject),
  timeLimitMinutes: Nullable(Type.Integer()),
  expiresInDays: Type.Integer(),
  createdAt: Timestamp,
  slug: Type.String(),
  rubricId: Nullable(Type.String()),
  passingScore: Type.Integer(),
  lowPassBand: Type.Integer(),
  maxAttempts: Type.Integer(),
  lockOnPass: Type.Boolean(),
  showResult: Type.Boolean(),
  resultEmail: ResultEmailSchema(),
  redFlagThreshold: Type.Integer(),
  requireCandidateDetails: Type.Boolean(),
  skills: Type.Array(Type.String()),
  blueprint: Nullable(Type.Array(BlueprintObject)),
  questionCount: Type.Integer({ description: 'Questions a candidate answers (the blueprint total for a blueprint)' }),
  caseCount: Type.Integer(),
  updatedAt: Timestamp,
};

/** A list entry: settings without the question and case contents. */
export const AssessmentSummaryObject = Type.Object(summaryFields);
export type AssessmentSummaryObject = Static<typeof AssessmentSummaryObject>;

/** What reviewers get from create, get and PATCH: with questions (and their answer keys) and cases. */
export const AssessmentObject = Type.Object({
  ...summaryFields,
  questions: Type.Array(QuestionObject),
  cases: Type.Array(CaseObject),
});
export type AssessmentObject = Static<typeof AssessmentObject>;

/** What a candidate gets from GET /v1/assessments/:id: no answer keys, no rubrics, no proctoring settings. */
export const CandidateAssessmentObject = Type.Object({
  id: Type.String(),
  title: Type.String(),
  role: Type.String(),
  taskBrief: Nullable(Type.String()),
  repoUrl: Nullable(Type.String()),
  issueId: Nullable(Type.String()),
  issue: Nullable(IssueObject),
  timeLimitMinutes: Nullable(Type.Integer()),
  expiresInDays: Type.Integer(),
  createdAt: Timestamp,
  slug: Type.String(),
  passingScore: Type.Integer(),
  maxAttempts: Type.Integer(),
  skills: Type.Array(Type.String()),
  questionCount: Type.Integer(),
  questions: Type.Array(CandidateQuestionObject, {
    description: 'The fixed question list without answers; empty for a blueprint (questions are drawn per candidate)',
  }),
  cases: Type.Array(CandidateCaseObject),
});
export type CandidateAssessmentObject = Static<typeof CandidateAssessmentObject>;

export const AssessmentResponse = Type.Object({ assessment: AssessmentObject });
export const AssessmentOrCandidateViewResponse = Type.Union([
  Type.Object({ assessment: AssessmentObject }),
  Type.Object({ assessment: CandidateAssessmentObject }),
]);
export const AssessmentListResponse = Type.Object({ assessments: Type.Array(AssessmentSummaryObject) });
