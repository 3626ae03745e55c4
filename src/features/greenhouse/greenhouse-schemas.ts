import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Timestamp } from '../../shared/http-schemas.js';

/**
 * The partner endpoints speak Greenhouse's snake_case exactly (their
 * documented names); the dashboard's endpoints under /v1 keep the API's
 * camelCase.
 */

const Id = Type.String({ minLength: 1, maxLength: 64 });
const Name = Type.String({ minLength: 1, maxLength: 255, pattern: '^[^\\r\\n]*\\S[^\\r\\n]*$' });
const HttpUrl = Type.String({ format: 'uri', maxLength: 2048, pattern: '^https?://' });

export const PartnerTest = Type.Object({ partner_test_id: Type.String(), partner_test_name: Type.String() });
export const ListTestsResponse = Type.Array(PartnerTest);

export const SendTestBody = Type.Object(
  {
    partner_test_id: Id,
    candidate: Type.Object({
      first_name: Name,
      last_name: Name,
      email: Type.String({ format: 'email', maxLength: 254 }),
      greenhouse_profile_url: HttpUrl,
      resume_url: Type.Optional(Nullable(Type.String({ maxLength: 2048 }))),
      phone_number: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
    }),
    url: HttpUrl,
  },
  { description: 'Greenhouse may send more properties than these; they are ignored.' },
);
export type SendTestBody = Static<typeof SendTestBody>;

export const SendTestResponse = Type.Object({ partner_interview_id: Type.String() });

export const TestStatusQuery = Type.Object({ partner_interview_id: Id });

const MetadataValue = Type.Union([Type.Null(), Type.String(), Type.Number(), Type.Boolean()]);
export const PARTNER_STATUSES = ['pending', 'in_progress', 'grading', 'complete', 'expired', 'revoked'] as const;

export const TestStatusResponse = Type.Object({
  partner_status: Type.Unsafe<(typeof PARTNER_STATUSES)[number]>({ type: 'string', enum: [...PARTNER_STATUSES] }),
  partner_profile_url: Nullable(Type.String()),
  partner_score: Nullable(Type.Number()),
  metadata: Type.Object({}, { additionalProperties: MetadataValue, description: 'Flat: every value a string, number, boolean or null' }),
});
export type TestStatusResponse = Static<typeof TestStatusResponse>;

export const ResponseErrorBody = Type.Object(
  {
    api_call: Type.String({ minLength: 1, maxLength: 100 }),
    errors: Type.Array(Type.String({ maxLength: 2000 }), { maxItems: 100 }),
    partner_test_id: Type.Optional(Nullable(Type.String({ maxLength: 255 }))),
    partner_interview_id: Type.Optional(Nullable(Type.String({ maxLength: 255 }))),
    candidate_email: Type.Optional(Nullable(Type.String({ maxLength: 254 }))),
  },
  { description: 'Greenhouse may send more properties; the whole body is kept.' },
);
export type ResponseErrorBody = Static<typeof ResponseErrorBody>;

export const EmptyObject = Type.Object({});

// ---- The dashboard's endpoints (/v1/integrations/greenhouse) ----

export const GreenhouseSettingsObject = Type.Object({
  urls: Type.Object({
    listTests: Type.String(),
    sendTest: Type.String(),
    testStatus: Type.String(),
    responseError: Type.String(),
  }),
  patchCredentialSet: Type.Boolean({ description: 'Whether the credential for the PATCH is stored (it is never shown)' }),
  updatedAt: Nullable(Timestamp),
});
export type GreenhouseSettingsObject = Static<typeof GreenhouseSettingsObject>;
export const GreenhouseSettingsResponse = Type.Object({ settings: GreenhouseSettingsObject });

export const UpdateGreenhouseSettingsBody = Type.Object(
  {
    patchCredential: Type.Optional(
      Nullable(Type.String({ minLength: 1, maxLength: 500, description: 'The key Greenhouse gave you for the PATCH; null clears it' })),
    ),
  },
  { additionalProperties: false },
);
export type UpdateGreenhouseSettingsBody = Static<typeof UpdateGreenhouseSettingsBody>;

export const InterviewObject = Type.Object({
  id: Type.String({ description: 'The partner_interview_id' }),
  assessmentId: Type.String(),
  invitationId: Type.String(),
  candidateName: Type.String(),
  candidateEmail: Type.String(),
  greenhouseProfileUrl: Type.String(),
  createdAt: Timestamp,
});
export type InterviewObject = Static<typeof InterviewObject>;
export const InterviewsQuery = Type.Object(
  { invitationId: Type.Optional(Id), sessionId: Type.Optional(Id) },
  { additionalProperties: false },
);
export type InterviewsQuery = Static<typeof InterviewsQuery>;
export const InterviewListResponse = Type.Object({ interviews: Type.Array(InterviewObject) });

export const CallObject = Type.Object({
  id: Type.String(),
  apiCall: Type.String(),
  statusCode: Type.Integer(),
  partnerTestId: Nullable(Type.String()),
  partnerInterviewId: Nullable(Type.String()),
  createdAt: Timestamp,
});
export type CallObject = Static<typeof CallObject>;
export const CallListResponse = Type.Object({ calls: Type.Array(CallObject) });

export const ErrorReportObject = Type.Object({
  id: Type.String(),
  apiCall: Type.String(),
  errors: Type.Array(Type.String()),
  partnerTestId: Nullable(Type.String()),
  partnerInterviewId: Nullable(Type.String()),
  candidateEmail: Nullable(Type.String()),
  createdAt: Timestamp,
});
export type ErrorReportObject = Static<typeof ErrorReportObject>;
export const ErrorReportListResponse = Type.Object({ errors: Type.Array(ErrorReportObject) });

export const DeliveryAttemptObject = Type.Object({
  attemptNumber: Type.Integer(),
  responseStatus: Nullable(Type.Integer()),
  durationMs: Type.Integer(),
  error: Nullable(Type.String()),
  attemptedAt: Timestamp,
});
export const DeliveryObject = Type.Object({
  id: Type.String(),
  interviewId: Type.String(),
  sessionId: Type.String(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('succeeded'), Type.Literal('failed')]),
  attempts: Type.Integer(),
  responseStatus: Nullable(Type.Integer()),
  lastError: Nullable(Type.String()),
  nextAttemptAt: Nullable(Timestamp),
  deliveredAt: Nullable(Timestamp),
  createdAt: Timestamp,
  attemptLog: Type.Array(DeliveryAttemptObject),
});
export type DeliveryObject = Static<typeof DeliveryObject>;
export const DeliveryListResponse = Type.Object({ deliveries: Type.Array(DeliveryObject) });

export const LIST_LIMIT = 50;
