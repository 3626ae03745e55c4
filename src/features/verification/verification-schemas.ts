import { Type, type Static } from '@sinclair/typebox';
import { Timestamp } from '../../shared/http-schemas.js';

/** Skill verification, exactly as reference 002 documents it: `{ success, data, message }` envelopes. */

const RecordVerificationId = Type.String({
  minLength: 1,
  maxLength: 100,
  description:
    'The verification record. Implied by a candidate token; required when an organization API key acts on a candidate\'s behalf',
});

export const GenerateBody = Type.Object({ recordVerificationId: Type.Optional(RecordVerificationId) }, { additionalProperties: false });
export type GenerateBody = Static<typeof GenerateBody>;

export const SubmitBody = Type.Object(
  {
    recordVerificationId: Type.Optional(RecordVerificationId),
    // Optional here so that a missing or empty list answers MISSING_ANSWERS (not a schema error).
    answers: Type.Optional(
      Type.Array(
        Type.Object(
          {
            questionId: Type.String({ minLength: 1, maxLength: 64 }),
            // Checked by hand against the question: an option index (in the order generate returned), a list of them, or text.
            selectedAnswer: Type.Unknown(),
          },
          { additionalProperties: false },
        ),
        { maxItems: 1_000, description: 'One answer per generated question' },
      ),
    ),
  },
  { additionalProperties: false },
);
export type SubmitBody = Static<typeof SubmitBody>;

export const GeneratedQuestion = Type.Object({
  questionId: Type.String(),
  text: Type.String(),
  type: Type.Union([Type.Literal('single'), Type.Literal('multiple'), Type.Literal('text')]),
  options: Type.Array(Type.String()),
  category: Type.String(),
  difficulty: Type.String(),
});

export const GenerateResponse = Type.Object({
  success: Type.Literal(true),
  data: Type.Object({
    recordVerificationId: Type.String(),
    totalQuestions: Type.Integer(),
    questions: Type.Array(GeneratedQuestion),
  }),
  message: Type.String(),
});

export const VerifiedSkillObject = Type.Object({
  skillId: Type.String(),
  name: Type.String(),
  verified: Type.Boolean(),
  status: Type.Union([Type.Literal('verified'), Type.Literal('rejected')]),
  verifiedAt: Timestamp,
  verifiedBy: Type.String(),
});

export const VerificationResultObject = Type.Object({
  score: Type.Integer({ description: 'round(correct points / total points × 100)' }),
  passed: Type.Boolean(),
  attemptNumber: Type.Integer(),
  correctAnswers: Type.Integer(),
  totalQuestions: Type.Integer(),
  message: Type.String(),
});

export const SubmitResponse = Type.Object({
  success: Type.Literal(true),
  data: Type.Object({
    recordVerificationId: Type.String(),
    result: VerificationResultObject,
    verifiedSkills: Type.Array(VerifiedSkillObject),
    skillsUpdated: Type.Integer(),
    webhook: Type.Object({ sent: Type.Boolean({ description: 'The verification.completed webhook event was queued' }) }),
  }),
  message: Type.String(),
});

export const EnvelopeError = Type.Object(
  {
    success: Type.Literal(false),
    error: Type.Object({ code: Type.String(), message: Type.String(), details: Type.Optional(Type.Unknown()) }),
    message: Type.String(),
    requestId: Type.String(),
  },
  { description: 'Error (reference 002 envelope)' },
);

export function envelopeErrors(...statuses: number[]): Record<number, typeof EnvelopeError> {
  return Object.fromEntries(statuses.map((status) => [status, EnvelopeError]));
}
