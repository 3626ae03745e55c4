import { Type } from '@sinclair/typebox';
import { Nullable, Timestamp } from '../../shared/http-schemas.js';
import { SLUG_PATTERN } from '../../shared/slug.js';

export const SubscriptionStatusSchema = Type.Union([
  Type.Literal('active'),
  Type.Literal('trialing'),
  Type.Literal('inactive'),
]);

export const OrganizationObject = Type.Object({
  id: Type.String(),
  name: Type.String(),
  slug: Type.String({ description: 'Also the `instance` header value of the Score API' }),
  subscriptionStatus: SubscriptionStatusSchema,
  trialEndsAt: Nullable(Timestamp),
  monthlyAssessmentQuota: Nullable(Type.Integer()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const CreateOrganizationBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 255 }),
    slug: Type.Optional(Type.String({ minLength: 1, maxLength: 60, pattern: SLUG_PATTERN })),
    subscriptionStatus: Type.Optional(SubscriptionStatusSchema),
    trialEndsAt: Type.Optional(Nullable(Timestamp)),
    monthlyAssessmentQuota: Type.Optional(Nullable(Type.Integer({ minimum: 0 }))),
  },
  { additionalProperties: false },
);

export const UpdateOrganizationBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
    subscriptionStatus: Type.Optional(SubscriptionStatusSchema),
    trialEndsAt: Type.Optional(Nullable(Timestamp)),
    monthlyAssessmentQuota: Type.Optional(Nullable(Type.Integer({ minimum: 0 }))),
  },
  { additionalProperties: false },
);

export const CreatedOrganizationResponse = Type.Object({
  org: OrganizationObject,
  apiKey: Type.String({ description: 'A ct_live_ key with every scope. Shown only in this response.' }),
});

export const OrganizationResponse = Type.Object({ org: OrganizationObject });
