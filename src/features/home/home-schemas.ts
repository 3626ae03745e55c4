import { Type, type Static, type TProperties, type TSchema } from '@sinclair/typebox';
import { Nullable, Timestamp } from '../../shared/http-schemas.js';

const AssessmentRef = Type.Object({ id: Type.String(), title: Type.String() });
const CandidateRef = Type.Object({
  name: Nullable(Type.String()),
  email: Nullable(Type.String()),
});

const AwaitingGradingItem = Type.Object({
  id: Type.String({ description: 'The attempt (result) id: GET /results/:id, POST /v1/sessions/:id/grades' }),
  assessment: AssessmentRef,
  candidate: CandidateRef,
  attemptNumber: Type.Integer(),
  completedAt: Timestamp,
  waitingMinutes: Type.Integer({ description: 'How long it has waited for a grade, in whole minutes' }),
  casesToGrade: Type.Integer({ description: 'Hands-on tasks still without a grade' }),
});

const RecentlyCompletedItem = Type.Object({
  id: Type.String({ description: 'The attempt (result) id' }),
  assessment: AssessmentRef,
  candidate: CandidateRef,
  completedAt: Timestamp,
  status: Type.Union([Type.Literal('completed'), Type.Literal('expired'), Type.Literal('hired')], {
    description: 'expired: closed at its deadline; hired: decided',
  }),
  scoreStatus: Type.Union(['PENDING', 'PASS', 'LOW_PASS', 'FAIL'].map((value) => Type.Literal(value))),
  percentage: Nullable(Type.Integer({ description: 'null while PENDING' })),
  passed: Nullable(Type.Boolean()),
  decision: Nullable(Type.Union([Type.Literal('hired'), Type.Literal('rejected')])),
  redFlag: Type.Boolean(),
});

const ExpiringKeyItem = Type.Object({
  id: Type.String({ description: 'The key id (POST /v1/assessments/:id/keys/:keyId/resend)' }),
  key: Type.String({ description: 'PST-XXXX-XXXX' }),
  assessment: AssessmentRef,
  candidate: CandidateRef,
  expiresAt: Timestamp,
  canResend: Type.Boolean({ description: 'The key has an email address to send the invitation to again' }),
});

const ActivityItem = Type.Object({
  id: Type.String({ description: 'The audit-log entry id' }),
  actor: Type.Object({ type: Type.String(), id: Nullable(Type.String()), name: Nullable(Type.String()) }),
  action: Type.String(),
  resourceType: Type.String(),
  resourceId: Nullable(Type.String()),
  resourceTitle: Nullable(Type.String()),
  createdAt: Timestamp,
});

/** A bounded list of the home page, or null when the caller may not read it. */
function list<T extends TSchema, E extends TProperties>(item: T, extra: E, description: string) {
  return Type.Union(
    [
      Type.Null(),
      Type.Object({ ...extra, total: Type.Integer({ description: 'How many there are; `items` holds the first 10' }), items: Type.Array(item) }),
    ],
    { description },
  );
}

export const HomeResponse = Type.Object({
  generatedAt: Timestamp,
  awaitingGrading: list(
    AwaitingGradingItem,
    {},
    'Completed attempts with ungraded hands-on tasks and no decision yet, longest waiting first; null without results:read',
  ),
  recentlyCompleted: list(
    RecentlyCompletedItem,
    { since: Type.String({ format: 'date-time', description: 'Attempts completed since (3 days back)' }) },
    'Attempts completed in the last 3 days, newest first; null without results:read',
  ),
  expiringKeys: list(
    ExpiringKeyItem,
    { before: Type.String({ format: 'date-time', description: 'Keys expiring before (3 days ahead)' }) },
    'Unused keys expiring within 3 days, soonest first; null without candidates:read',
  ),
  recentActivity: Type.Union([Type.Null(), Type.Object({ items: Type.Array(ActivityItem) })], {
    description: "The latest 10 changes from the audit log (not its reads, lists, views and exports), newest first; null without the audit log's scope",
  }),
  setup: Type.Object(
    {
      hasAssessment: Type.Boolean(),
      hasKey: Type.Boolean({ description: 'A candidate key was ever generated' }),
      latestAssessment: Type.Union([Type.Null(), AssessmentRef], {
        description: 'The newest assessment, to invite candidates to; null without assessments:read or without assessments',
      }),
    },
    { description: 'Where a new team stands: what to do first while the lists are empty' },
  ),
});
export type HomeResponse = Static<typeof HomeResponse>;
