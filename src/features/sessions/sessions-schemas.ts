import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Timestamp } from '../../shared/http-schemas.js';

const ScoreStatusSchema = Type.Union(['PENDING', 'PASS', 'LOW_PASS', 'FAIL'].map((value) => Type.Literal(value)));

const GroupScore = {
  score: Type.Integer({ description: 'Percent of the group\'s points earned' }),
  correct: Type.Integer(),
  total: Type.Integer(),
};

export const SessionCaseObject = Type.Object({
  caseId: Type.String(),
  title: Type.String(),
  order: Type.Integer(),
  score: Nullable(Type.Number()),
  maxScore: Type.Number(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('graded')]),
  grades: Nullable(Type.Array(Type.Object({ name: Type.String(), points: Type.Number() }))),
  feedback: Nullable(Type.String()),
  deliverable: Nullable(Type.String({ description: 'What the candidate handed in (e.g. the diff uploaded by the CLI)' })),
  timeSpentSeconds: Nullable(Type.Integer()),
  gradedAt: Nullable(Timestamp),
  gradedBy: Nullable(Type.String()),
});

/** One part of an attempt, handed in on its own: the question section or one hands-on case. */
export const AttemptPartObject = Type.Object({
  id: Type.String({ description: '`questions` for the question section, else the case id' }),
  kind: Type.Union([Type.Literal('questions'), Type.Literal('case')]),
  title: Type.String(),
  state: Type.Union([Type.Literal('open'), Type.Literal('handed_in')], {
    description: 'open: not handed in (on a closed attempt: never handed in); handed_in: final',
  }),
  handedInAt: Nullable(Timestamp),
});

/** A session (one attempt; a "result" once closed) as reviewers and webhooks see it. */
export const SessionObject = Type.Object({
  id: Type.String(),
  assessmentId: Type.String(),
  invitationId: Type.String(),
  candidateId: Nullable(Type.String()),
  attemptNumber: Type.Integer(),
  status: Type.Union(['started', 'completed', 'expired', 'hired', 'revoked'].map((value) => Type.Literal(value)), {
    description: 'revoked: the key was revoked while the attempt was open; it keeps what was saved and is left out of the cohort',
  }),
  closedReason: Nullable(Type.Union([Type.Literal('submitted'), Type.Literal('deadline'), Type.Literal('revoked')])),
  startedAt: Timestamp,
  deadlineAt: Nullable(Timestamp),
  completedAt: Nullable(Timestamp),
  score: Nullable(Type.Number({ description: 'Points earned: question points plus case scores' })),
  maxScore: Nullable(Type.Number()),
  percentage: Nullable(Type.Integer({ description: 'round(score / maxScore × 100); null while PENDING' })),
  passed: Nullable(Type.Boolean()),
  scoreStatus: ScoreStatusSchema,
  correctCount: Nullable(Type.Integer()),
  totalQuestions: Type.Integer(),
  breakdown: Nullable(
    Type.Object({
      byCategory: Type.Array(Type.Object({ category: Type.String(), ...GroupScore })),
      byDifficulty: Type.Array(Type.Object({ difficulty: Type.String(), ...GroupScore })),
    }),
  ),
  strengths: Type.Array(Type.String()),
  weaknesses: Type.Array(Type.String()),
  timeSpent: Nullable(
    Type.Object({
      perQuestion: Type.Array(Type.Object({ questionId: Type.String(), timeSpentMs: Type.Integer() })),
      perCase: Type.Array(Type.Object({ caseId: Type.String(), timeSpentSeconds: Nullable(Type.Integer()) })),
      totalQuestionMs: Type.Integer(),
    }),
  ),
  violationCounts: Type.Object({ fullscreen_violations: Type.Integer(), copy_paste_violations: Type.Integer() }),
  focusLostCount: Type.Integer(),
  redFlag: Type.Boolean(),
  metrics: Type.Object({
    durationMs: Nullable(Type.Integer()),
    promptCount: Type.Integer(),
    commandCount: Type.Integer(),
    commandFailRate: Nullable(Type.Number()),
    verifyIntensity: Nullable(Type.Number()),
    manualEditRatio: Nullable(Type.Number()),
    firstChangeLatencyMs: Nullable(Type.Integer()),
    testPassRate: Nullable(Type.Number({ description: 'Percent of tests passing in the latest test run' })),
    typingSpeedWpm: Nullable(Type.Number()),
  }),
  cases: Type.Array(SessionCaseObject),
  parts: Type.Array(AttemptPartObject, { description: 'The parts of the attempt and whether each was handed in' }),
  decision: Nullable(Type.Union([Type.Literal('hired'), Type.Literal('rejected')])),
  decidedAt: Nullable(Timestamp),
  decidedBy: Nullable(Type.String({ description: 'The id of the user or API key that decided' })),
  decidedByName: Nullable(Type.String({ description: 'Their name when they decided' })),
});

export const SessionResponse = Type.Object({ session: SessionObject });

export const GradesBody = Type.Object(
  {
    grades: Type.Array(
      Type.Object(
        {
          caseId: Type.String({ minLength: 1, maxLength: 64 }),
          criteria: Type.Optional(
            Type.Array(
              Type.Object(
                { name: Type.String({ minLength: 1, maxLength: 255 }), points: Type.Number({ minimum: 0 }) },
                { additionalProperties: false },
              ),
              { maxItems: 50, description: 'Points per rubric criterion (cases with a rubric)' },
            ),
          ),
          score: Type.Optional(Type.Number({ minimum: 0, description: 'The case score (cases without a rubric)' })),
          feedback: Type.Optional(Nullable(Type.String({ maxLength: 10_000 }))),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 50 },
    ),
  },
  { additionalProperties: false },
);
export type GradesBody = Static<typeof GradesBody>;

const DecisionSchema = Type.Union([Type.Literal('hired'), Type.Literal('rejected')]);
const SendEmail = Type.Optional(
  Type.Boolean({
    default: true,
    description:
      'Send the email the decision causes (the organization\'s email for the decision when it is on, else the result email when the assessment sends it with the decision); false skips it. GET /v1/sessions/{id}/decision-email shows it beforehand.',
  }),
);

export const DecisionBody = Type.Object({ decision: DecisionSchema, sendEmail: SendEmail }, { additionalProperties: false });
export type DecisionBody = Static<typeof DecisionBody>;

export const QueuedEmailObject = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal('decision'), Type.Literal('result')]),
  to: Type.String(),
  subject: Type.String(),
});

export const DecisionResponse = Type.Object({
  session: SessionObject,
  email: Nullable(QueuedEmailObject),
});

export const BulkDecisionBody = Type.Object(
  {
    sessionIds: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { minItems: 1, maxItems: 100, uniqueItems: true }),
    decision: DecisionSchema,
    sendEmail: SendEmail,
  },
  { additionalProperties: false },
);
export type BulkDecisionBody = Static<typeof BulkDecisionBody>;

export const BulkDecisionResponse = Type.Object({
  sessions: Type.Array(SessionObject, { description: 'In the order of sessionIds' }),
  emails: Type.Array(Type.Object({ sessionId: Type.String(), ...QueuedEmailObject.properties }), { description: 'The emails queued, one per candidate at most' }),
});

export const DecisionEmailQuery = Type.Object({ decision: DecisionSchema }, { additionalProperties: false });

export const DecisionEmailResponse = Type.Object({
  email: Nullable(
    Type.Object({
      kind: Type.Union([Type.Literal('decision'), Type.Literal('result')]),
      to: Type.String(),
      subject: Type.String(),
      text: Type.String(),
      html: Type.String(),
    }),
  ),
  reason: Type.String({ description: 'Why this email (or none) would go, in words for the reviewer' }),
});
