import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { IdParams, OkIdBody, errorResponses } from '../../shared/http-schemas.js';
import { auditContextOf } from '../audit/audit-context.js';
import { orgIdOf } from '../auth/auth-plugin.js';
import { ApiKeyListResponse, CreateApiKeyBody, CreatedApiKeyResponse } from './api-keys-schemas.js';
import { createApiKeysService } from './api-keys-service.js';

export const apiKeysRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const service = createApiKeysService(deps);
  const auth = { scope: 'api_keys:manage' as const };

  app.post('/v1/api-keys', {
    config: { auth },
    schema: {
      tags: ['API keys'],
      summary: 'Create an API key (the secret is shown once)',
      body: CreateApiKeyBody,
      response: { 201: CreatedApiKeyResponse, ...errorResponses(400, 401, 403) },
    },
    handler: async (request, reply) => {
      const created = await service.create(auditContextOf(request), request.body);
      return reply.code(201).send(created);
    },
  });

  app.get('/v1/api-keys', {
    config: { auth },
    schema: {
      tags: ['API keys'],
      summary: 'List active API keys',
      response: { 200: ApiKeyListResponse, ...errorResponses(401, 403) },
    },
    handler: async (request) => ({ apiKeys: await service.list(orgIdOf(request)) }),
  });

  app.delete('/v1/api-keys/:id', {
    config: { auth },
    schema: {
      tags: ['API keys'],
      summary: 'Revoke an API key',
      params: IdParams,
      response: { 200: OkIdBody, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => {
      await service.revoke(auditContextOf(request), request.params.id);
      return { ok: true as const, id: request.params.id };
    },
  });
};
