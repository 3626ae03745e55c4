import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Timestamp } from '../../shared/http-schemas.js';

export const JobStatus = Type.Union([Type.Literal('pending'), Type.Literal('running'), Type.Literal('dead')]);

export const JobObject = Type.Object({
  id: Type.String(),
  orgId: Nullable(Type.String()),
  type: Type.String({ description: '`webhooks.fanout`, `webhooks.deliver`, `email.send`, `sweep.*`' }),
  status: JobStatus,
  runAt: Timestamp,
  attempts: Type.Integer(),
  maxAttempts: Type.Integer(),
  lastError: Nullable(Type.String()),
  lockedBy: Nullable(Type.String({ description: 'The worker running it' })),
  lockedUntil: Nullable(Timestamp),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const JobsQuery = Type.Object(
  {
    status: Type.Optional(JobStatus),
    type: Type.Optional(Type.String({ maxLength: 100 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    cursor: Type.Optional(Type.String({ maxLength: 200, description: '`nextCursor` of the previous page' })),
  },
  { additionalProperties: false },
);
export type JobsQuery = Static<typeof JobsQuery>;

export const JobListResponse = Type.Object({
  jobs: Type.Array(JobObject),
  pagination: Type.Object({ limit: Type.Integer(), hasMore: Type.Boolean(), nextCursor: Nullable(Type.String()) }),
});

export const JobResponse = Type.Object({ job: JobObject });
