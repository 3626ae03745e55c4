import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Timestamp } from '../../shared/http-schemas.js';

/** hired / rejected: a reviewer decided on the key's latest attempt (that attempt stays completed or expired). */
export const KEY_STATUSES = ['pending', 'started', 'completed', 'expired', 'hired', 'rejected'] as const;
export type KeyStatus = (typeof KEY_STATUSES)[number];
const KeyStatusSchema = Type.Unsafe<KeyStatus>({ type: 'string', enum: [...KEY_STATUSES] });

/** One line of text with something in it: names travel into email subjects and greetings. */
const SingleLine = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '^[^\\r\\n]*\\S[^\\r\\n]*$' });

export const CreateKeysBody = Type.Object(
  {
    count: Type.Integer({ minimum: 1, maximum: 50, description: 'Number of keys to generate, 1 to 50' }),
    candidateEmails: Type.Optional(
      Type.Array(Type.String({ format: 'email', maxLength: 254 }), {
        maxItems: 50,
        description: 'One address per key (length must equal count); each gets an invitation email',
      }),
    ),
    candidateNames: Type.Optional(
      Type.Array(SingleLine(255), { maxItems: 50, description: 'Display names; length must equal candidateEmails' }),
    ),
    orgName: Type.Optional(SingleLine(255)),
    timeMultiplier: Type.Optional(
      Type.Number({ minimum: 1, maximum: 4, default: 1, description: 'Extra-time accommodation: the time limit is multiplied by this' }),
    ),
  },
  { additionalProperties: false },
);
export type CreateKeysBody = Static<typeof CreateKeysBody>;

export const KeyObject = Type.Object({
  id: Type.String(),
  key: Type.String({ description: 'PST-XXXX-XXXX' }),
  status: KeyStatusSchema,
  candidateEmail: Nullable(Type.String()),
  candidateName: Nullable(Type.String()),
  sessionId: Nullable(Type.String()),
  expiresAt: Timestamp,
  redeemedAt: Nullable(Timestamp),
  completedAt: Nullable(Timestamp),
});
export type KeyObject = Static<typeof KeyObject>;

export const KeyListResponse = Type.Object({ keys: Type.Array(KeyObject) });

export const KeyParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 64 }),
  keyId: Type.String({ minLength: 1, maxLength: 64 }),
});

export const CANDIDATE_PAGE = { limit: 50, max: 200 };

export const CandidatesQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ description: 'Maximum results. Clamped to 1–200. Defaults to 50.' })),
    offset: Type.Optional(Type.Integer({ minimum: 0, description: 'Results to skip. Defaults to 0.' })),
  },
  { additionalProperties: false },
);
export type CandidatesQuery = Static<typeof CandidatesQuery>;

export const CandidateObject = Type.Object({
  id: Type.String(),
  key: Type.String(),
  candidateName: Nullable(Type.String()),
  candidateEmail: Nullable(Type.String()),
  status: KeyStatusSchema,
  sessionId: Nullable(Type.String()),
  completedAt: Nullable(Timestamp),
  redeemedAt: Nullable(Timestamp),
  expiresAt: Timestamp,
  assessmentId: Type.String(),
  assessmentTitle: Type.String(),
});
export type CandidateObject = Static<typeof CandidateObject>;

export const CandidateListResponse = Type.Object({
  candidates: Type.Array(CandidateObject),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});
