import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { IdParams, errorResponses } from '../../shared/http-schemas.js';
import { orgIdOf } from '../auth/auth-plugin.js';
import { EmailListResponse, EmailResponse, EmailsQuery } from './emails-schemas.js';
import { createEmailsService } from './emails-service.js';

export const emailsRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const service = createEmailsService(deps);
  // Emails to candidates hold their keys: readable by whoever may read candidates and keys.
  const auth = { scope: 'candidates:read' as const };

  app.get('/v1/emails', {
    config: { auth },
    schema: {
      tags: ['Emails'],
      summary: "The organization's outbox, newest first (the dev mailbox)",
      querystring: EmailsQuery,
      response: { 200: EmailListResponse, ...errorResponses(400, 401, 403) },
    },
    handler: async (request) => service.list(orgIdOf(request), request.query),
  });

  app.get('/v1/emails/:id', {
    config: { auth },
    schema: {
      tags: ['Emails'],
      summary: 'One email with its text and HTML bodies',
      params: IdParams,
      response: { 200: EmailResponse, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => ({ email: await service.get(orgIdOf(request), request.params.id) }),
  });
};
