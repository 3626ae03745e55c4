import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { errorResponses } from '../../shared/http-schemas.js';
import { auditContextOf } from '../audit/audit-context.js';
import { KeyParams } from '../invitations/invitations-schemas.js';
import { createInvitationResendService } from './invitation-resend-service.js';

const ResendBody = Type.Object(
  { orgName: Type.Optional(Type.String({ minLength: 1, maxLength: 255, pattern: '^[^\\r\\n]*\\S[^\\r\\n]*$' })) },
  { additionalProperties: false },
);

const ResendResponse = Type.Object({
  ok: Type.Literal(true),
  id: Type.String({ description: 'The key id' }),
  emailId: Type.String({ description: 'The queued email (see GET /v1/emails/:id)' }),
  to: Type.String(),
});

export const invitationResendRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const service = createInvitationResendService(deps);

  app.post('/v1/assessments/:id/keys/:keyId/resend', {
    config: { auth: { scope: 'candidates:write' } },
    schema: {
      tags: ['Candidate keys'],
      summary: 'Email the invitation again (same key and link) to a candidate who has not started',
      params: KeyParams,
      body: ResendBody,
      response: { 200: ResendResponse, ...errorResponses(400, 401, 403, 404, 409, 410, 429) },
    },
    handler: async (request) => {
      const { emailId, to } = await service.resend(auditContextOf(request), request.params.id, request.params.keyId, request.body?.orgName);
      return { ok: true as const, id: request.params.keyId, emailId, to };
    },
  });
};
