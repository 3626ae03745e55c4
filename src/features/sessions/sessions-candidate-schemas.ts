import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Timestamp } from '../../shared/http-schemas.js';
import { AttemptPartObject } from '../sessions/sessions-schemas.js';
import { EVENT_TYPES } from '../telemetry/telemetry-fns.js';
import { MAX_DELIVERABLE_LENGTH } from './sessions-layout-fns.js';

/**
 * What a candidate sends and receives. Built by picking fields: no schema
 * here has a place for an answer key, a rubric or another candidate's data.
 */

const DifficultySchema = Type.String();
const QuestionTypeSchema = Type.Union([Type.Literal('single'), Type.Literal('multiple'), Type.Literal('text')]);

export const RedeemBody = Type.Object(
  {
    key: Type.String({ minLength: 1, maxLength: 64, description: 'The candidate key, PST-XXXX-XXXX' }),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 255, description: 'Your name, when the key was issued without one' })),
    email: Type.Optional(
      Type.String({ format: 'email', maxLength: 320, description: 'Your email (for the result email), when the key was issued without one' }),
    ),
  },
  { additionalProperties: false },
);
export type RedeemBody = Static<typeof RedeemBody>;

export const StartBody = Type.Object(
  {
    name: Type.Optional(
      Type.String({ minLength: 1, maxLength: 255, pattern: '\\S', description: 'Your name, when the key was issued without one' }),
    ),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 320, description: 'Your email, when the key was issued without one' })),
  },
  {
    additionalProperties: false,
    description: 'Who is taking the test, when the key does not say (see invitation.detailsNeeded); what the key already holds is kept',
  },
);
export type StartBody = Static<typeof StartBody>;

export const CandidateIssueObject = Type.Object({
  title: Type.String(),
  repoUrl: Type.String(),
  issueUrl: Nullable(Type.String()),
});

/** What the candidate reads about a task; never its rubric. */
const CaseDescription = Nullable(Type.String({ description: 'The task\'s own description (plain text or Markdown, shown as written)' }));

export const CandidateCaseObject = Type.Object({
  id: Type.String(),
  title: Type.String(),
  order: Type.Integer(),
  maxScore: Type.Number(),
  description: CaseDescription,
});

export const CandidateAssessmentObject = Type.Object({
  id: Type.String(),
  title: Type.String(),
  role: Type.String(),
  taskBrief: Nullable(Type.String()),
  repoUrl: Nullable(Type.String()),
  issue: Nullable(CandidateIssueObject),
  timeLimitMinutes: Nullable(Type.Integer({ description: 'Minutes this candidate gets (the time limit × their accommodation)' })),
  rules: Type.Array(Type.String()),
  questionCount: Type.Integer(),
  cases: Type.Array(CandidateCaseObject),
  passingScore: Type.Integer(),
  maxAttempts: Type.Integer(),
  attemptsLeft: Type.Integer(),
  limits: Type.Object(
    {
      answerCharacters: Type.Integer({ description: 'Characters of a free-text answer, at most' }),
      deliverableCharacters: Type.Integer({ description: "Characters of a hands-on task's deliverable (the diff handed in), at most" }),
    },
    { description: 'What the candidate can hand in, stated where they type it' },
  ),
  showResult: Type.Boolean(),
  skills: Type.Array(Type.String()),
  commandLine: Nullable(
    Type.Object(
      {
        server: Type.String({ description: 'This server, as the candidate reaches it' }),
        packageUrl: Type.String({ description: 'The CLI package this server serves (GET /cli/assay-cli.tgz)' }),
        install: Type.String({ description: 'Installs the CLI: `npm install -g <packageUrl>` (Node.js 20.19 or later)' }),
        login: Type.String({ description: 'Logs in with this key: `assay login <key> --server <server>`' }),
      },
      { description: 'How to set up the `assay` command-line tool for the hands-on tasks; null without tasks' },
    ),
  ),
});
export type CandidateAssessmentObject = Static<typeof CandidateAssessmentObject>;

export const CandidateInvitationObject = Type.Object({
  id: Type.String(),
  status: Type.String({ description: 'pending, started, completed or expired (a hiring decision reads completed: the team tells the candidate)' }),
  candidateName: Nullable(Type.String()),
  candidateEmail: Nullable(Type.String()),
  recordVerificationId: Type.String(),
  expiresAt: Timestamp,
  redeemedAt: Nullable(Timestamp),
  completedAt: Nullable(Timestamp),
  attemptsUsed: Type.Integer(),
  attemptsLeft: Type.Integer(),
  isLocked: Type.Boolean(),
  sessionId: Nullable(Type.String({ description: 'The current (latest) attempt' })),
  detailsNeeded: Type.Array(Type.Union([Type.Literal('name'), Type.Literal('email')]), {
    description:
      'What POST /v1/candidate/start needs in its body before an attempt starts: the key was issued without a name (and without an email). Empty when nothing is asked.',
  }),
});
export type CandidateInvitationObject = Static<typeof CandidateInvitationObject>;

export const RedeemResponse = Type.Object({
  token: Type.String({ description: 'cst_… candidate token: send it as Authorization: Bearer or X-API-Key' }),
  expiresAt: Timestamp,
  assessment: CandidateAssessmentObject,
  invitation: CandidateInvitationObject,
});

export const OverviewResponse = Type.Object({
  assessment: CandidateAssessmentObject,
  invitation: CandidateInvitationObject,
});

const SelectedAnswerSchema = Type.Union([Type.Integer(), Type.Array(Type.Integer()), Type.String()], {
  description: 'An option index, a list of option indexes (in the order shown), or text',
});

export const CandidateSessionQuestion = Type.Object({
  id: Type.String(),
  position: Type.Integer({ description: '1-based, in this session\'s order' }),
  text: Type.String(),
  type: QuestionTypeSchema,
  options: Type.Array(Type.String(), { description: 'In the order shown to this candidate' }),
  category: Type.String(),
  difficulty: DifficultySchema,
  points: Type.Number(),
});

export const SavedAnswerObject = Type.Object({
  questionId: Type.String(),
  selectedAnswer: SelectedAnswerSchema,
  timeSpentMs: Type.Integer(),
  savedAt: Timestamp,
});

export const CandidateResultObject = Type.Object({
  scoreStatus: Type.Union(['PENDING', 'PASS', 'LOW_PASS', 'FAIL'].map((value) => Type.Literal(value))),
  score: Nullable(Type.Number()),
  maxScore: Nullable(Type.Number()),
  percentage: Nullable(Type.Integer()),
  passed: Nullable(Type.Boolean()),
  correctAnswers: Nullable(Type.Integer()),
  totalQuestions: Type.Integer(),
  message: Type.String(),
});

export const CandidateSessionObject = Type.Object({
  id: Type.String(),
  attemptNumber: Type.Integer(),
  status: Type.String({ description: 'started, completed or expired (a hiring decision reads completed)' }),
  startedAt: Timestamp,
  deadlineAt: Nullable(Timestamp),
  completedAt: Nullable(Timestamp),
  remainingSeconds: Nullable(Type.Integer({ description: 'Until the deadline; null without one or once closed' })),
  questions: Type.Array(CandidateSessionQuestion),
  answers: Type.Array(SavedAnswerObject),
  cases: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      order: Type.Integer(),
      maxScore: Type.Number(),
      description: CaseDescription,
      submitted: Type.Boolean({ description: 'A deliverable was uploaded' }),
      timeSpentSeconds: Nullable(Type.Integer()),
    }),
  ),
  parts: Type.Array(AttemptPartObject, {
    description: 'The question section and each case; each is handed in on its own, and the attempt completes when all are (or at finish or the deadline)',
  }),
  result: Nullable(CandidateResultObject),
});
export type CandidateSessionObject = Static<typeof CandidateSessionObject>;

export const SessionEnvelope = Type.Object({ session: CandidateSessionObject });

export const AnswerParams = Type.Object({ questionId: Type.String({ minLength: 1, maxLength: 64 }) });

export const SaveAnswerBody = Type.Object(
  {
    // Checked by hand against the question (candidate-flow-fns): a union here
    // would let Ajv's type coercion turn the text "2" into option 2.
    selectedAnswer: Type.Unknown({
      description: 'An option index, a list of option indexes (in the order shown), text, or null to clear the answer',
    }),
    timeSpentMs: Type.Optional(Type.Integer({ minimum: 0, maximum: 7 * 86_400_000, description: 'Total time spent on this question so far' })),
  },
  { additionalProperties: false },
);
export type SaveAnswerBody = Static<typeof SaveAnswerBody>;

export const SaveAnswerResponse = Type.Object({ answer: Nullable(SavedAnswerObject) });

export const EventInput = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 100, description: 'Client event id; a repeated id is ignored (idempotent retries)' }),
    type: Type.Union(EVENT_TYPES.map((type) => Type.Literal(type))),
    occurredAt: Type.String({ format: 'date-time' }),
    payload: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { default: {} })),
  },
  { additionalProperties: false },
);

export const EventsBody = Type.Object(
  { events: Type.Array(EventInput, { minItems: 1, maxItems: 500 }) },
  { additionalProperties: false },
);
export type EventsBody = Static<typeof EventsBody>;

export const EventsResponse = Type.Object({
  accepted: Type.Integer({ description: 'Events stored by this call' }),
  duplicates: Type.Integer({ description: 'Events already stored (by id), ignored' }),
});

export const CaseParams = Type.Object({ caseId: Type.String({ minLength: 1, maxLength: 64 }) });

export const SaveCaseBody = Type.Object(
  {
    deliverable: Type.Optional(Type.String({ maxLength: MAX_DELIVERABLE_LENGTH, description: 'What you hand in, e.g. the diff of your work' })),
    timeSpentSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 7 * 86_400 })),
  },
  { additionalProperties: false },
);
export type SaveCaseBody = Static<typeof SaveCaseBody>;

export const SaveCaseResponse = Type.Object({
  case: Type.Object({
    id: Type.String(),
    title: Type.String(),
    order: Type.Integer(),
    maxScore: Type.Number(),
    submitted: Type.Boolean(),
    timeSpentSeconds: Nullable(Type.Integer()),
  }),
});

export const SubmitResponse = Type.Object({ session: CandidateSessionObject });
