import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Timestamp } from '../../shared/http-schemas.js';

/** The organization's emails for a hiring decision: request and response shapes. */

export const DecisionSchema = Type.Union([Type.Literal('hired'), Type.Literal('rejected')]);

export const DecisionParams = Type.Object({ decision: DecisionSchema });

const Subject = Type.String({
  minLength: 1,
  maxLength: 200,
  pattern: '^[^\\r\\n]*\\S[^\\r\\n]*$',
  description: 'One line; may use the placeholders',
});
const Body = Type.String({ minLength: 1, maxLength: 10_000, pattern: '\\S', description: 'Plain text; a blank line starts a paragraph; may use the placeholders' });

export const TemplateBody = Type.Object(
  {
    enabled: Type.Boolean({ description: 'When on, a decision sends this email (the reviewer may skip it per decision)' }),
    subject: Subject,
    body: Body,
  },
  { additionalProperties: false },
);
export type TemplateBody = Static<typeof TemplateBody>;

export const TemplateObject = Type.Object({
  decision: DecisionSchema,
  enabled: Type.Boolean(),
  subject: Type.String(),
  body: Type.String(),
  customized: Type.Boolean({ description: 'false: the built-in text, never saved by the organization' }),
  updatedAt: Nullable(Timestamp),
  updatedBy: Nullable(Type.String({ description: 'Who saved it last, by name' })),
});
export type TemplateObject = Static<typeof TemplateObject>;

export const PlaceholderObject = Type.Object({
  name: Type.String(),
  token: Type.String({ description: 'As written in a template, e.g. {{candidateName}}' }),
  description: Type.String(),
});

export const TemplateListResponse = Type.Object({
  templates: Type.Array(TemplateObject, { description: 'hired, then rejected' }),
  placeholders: Type.Array(PlaceholderObject),
});

export const TemplateResponse = Type.Object({ template: TemplateObject });

export const PreviewBody = Type.Object(
  {
    sessionId: Type.String({ minLength: 1, maxLength: 64, description: 'A result (finished attempt) whose candidate the preview is written to' }),
    subject: Subject,
    body: Body,
  },
  { additionalProperties: false },
);
export type PreviewBody = Static<typeof PreviewBody>;

export const RenderedEmailObject = Type.Object({
  to: Nullable(Type.String({ description: 'The candidate’s address; null when none is known (nothing would be sent)' })),
  subject: Type.String(),
  text: Type.String(),
  html: Type.String(),
});

export const PreviewResponse = Type.Object({ email: RenderedEmailObject });
