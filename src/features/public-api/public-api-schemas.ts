import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Timestamp } from '../../shared/http-schemas.js';
import { SLUG_PATTERN } from '../../shared/slug.js';

/** Reference 001: the public results API. Field names are the document's (snake_case). */

export const SlugParams = Type.Object({ slug: Type.String({ minLength: 1, maxLength: 100, pattern: SLUG_PATTERN, description: 'Assessment slug' }) });

export const TokenParams = Type.Object({
  token: Type.String({ format: 'uuid', description: 'The invite_token from the create invitation response' }),
});

export const PublicResultsQuery = Type.Object(
  {
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 400, description: 'Opaque pagination cursor — pass the value from `next`' })),
    page_size: Type.Optional(Type.Integer({ default: 20, description: 'Results per page, max 100 (default: 20); larger values are clamped' })),
  },
  { additionalProperties: false },
);
export type PublicResultsQuery = Static<typeof PublicResultsQuery>;

export const ViolationCounts = Type.Object({
  fullscreen_violations: Type.Integer(),
  copy_paste_violations: Type.Integer(),
});

export const PublicResultItem = Type.Object({
  candidate_email: Nullable(Type.String({ description: 'Candidate email' })),
  candidate_name: Nullable(Type.String({ description: 'Candidate name (if provided)' })),
  role: Nullable(Type.String({ description: 'Job role the candidate was invited for' })),
  status: Type.Union([Type.Literal('pending'), Type.Literal('started'), Type.Literal('completed'), Type.Literal('expired')]),
  score_percentage: Nullable(Type.Number({ description: 'Aggregated score as a percentage (0–100); null while a task awaits grading' })),
  passed: Type.Boolean({ description: 'Whether the candidate met the passing threshold' }),
  time_spent_seconds: Nullable(Type.Integer()),
  violation_counts: ViolationCounts,
  started_at: Timestamp,
  completed_at: Nullable(Timestamp),
  invite_token: Type.String({ format: 'uuid', description: 'Use this to fetch the detailed result' }),
});

export const PublicResultsResponse = Type.Object({
  next: Nullable(Type.String({ format: 'uri' })),
  previous: Nullable(Type.String({ format: 'uri' })),
  results: Type.Array(PublicResultItem),
});

export const PublicCase = Type.Object({
  case_order: Type.Integer(),
  case_title: Type.String(),
  score: Nullable(Type.Number({ description: 'null until graded' })),
  max_score: Type.Number(),
  status: Type.Union([Type.Literal('correct'), Type.Literal('incorrect'), Type.Literal('pending')]),
  time_spent_seconds: Nullable(Type.Integer()),
});

export const PublicResultDetail = Type.Object({
  candidate_email: Nullable(Type.String()),
  candidate_name: Nullable(Type.String()),
  assessment: Type.String({ description: 'Assessment title' }),
  status: Type.String({ description: 'Invitation status: pending, started, completed, expired, hired or rejected' }),
  score: Nullable(Type.Integer({ description: 'Raw score achieved; null before the first attempt finishes' })),
  max_score: Nullable(Type.Integer()),
  score_percentage: Nullable(Type.Number()),
  passed: Type.Boolean(),
  passing_score: Type.Integer({ description: 'Passing threshold (percent) configured for this assessment' }),
  started_at: Nullable(Timestamp),
  completed_at: Nullable(Timestamp),
  violation_counts: ViolationCounts,
  detailed_report_url: Nullable(Type.String({ format: 'uri', description: 'Absolute URL of the full session report (requires session auth)' })),
  cases: Type.Array(PublicCase),
});

const SingleLine = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '^[^\\r\\n]*\\S[^\\r\\n]*$' });

export const CreateInviteBody = Type.Object(
  {
    candidate_email: Type.String({ format: 'email', maxLength: 254 }),
    candidate_name: Type.Optional(SingleLine(255)),
  },
  { additionalProperties: false },
);
export type CreateInviteBody = Static<typeof CreateInviteBody>;

export const CreatedInvite = Type.Object({
  invite_token: Type.String({ format: 'uuid' }),
  key: Type.String({ description: 'The candidate key PST-XXXX-XXXX' }),
  status: Type.String(),
  candidate_email: Type.String(),
  candidate_name: Nullable(Type.String()),
  assessment: Type.String({ description: 'Assessment slug' }),
  expires_at: Timestamp,
  invite_url: Type.String({ format: 'uri', description: 'Where the candidate takes the assessment' }),
  result_url: Type.String({ format: 'uri', description: 'GET this (with the API key) for the detailed result' }),
});
