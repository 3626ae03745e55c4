import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { IdParams, errorResponses } from '../../shared/http-schemas.js';
import { auditSourceOf } from '../audit/audit-context.js';
import { orgIdOf } from '../auth/auth-plugin.js';
import {
  CreateOrganizationBody,
  CreatedOrganizationResponse,
  OrganizationResponse,
  UpdateOrganizationBody,
} from './orgs-schemas.js';
import { createOrgsService } from './orgs-service.js';

export const orgsRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const service = createOrgsService(deps);
  const operator = { principals: ['operator' as const] };

  app.post('/v1/admin/orgs', {
    config: { auth: operator },
    schema: {
      tags: ['Operator'],
      summary: 'Create an organization and its first API key',
      description: 'Needs `Authorization: Bearer <ASSAY_OPERATOR_KEY>`. Answers 401 when no operator key is configured.',
      body: CreateOrganizationBody,
      response: { 201: CreatedOrganizationResponse, ...errorResponses(400, 401, 409) },
    },
    handler: async (request, reply) => reply.code(201).send(await service.create(auditSourceOf(request), request.body)),
  });

  app.patch('/v1/admin/orgs/:id', {
    config: { auth: operator },
    schema: {
      tags: ['Operator'],
      summary: "Change an organization's subscription, trial or quota",
      params: IdParams,
      body: UpdateOrganizationBody,
      response: { 200: OrganizationResponse, ...errorResponses(400, 401, 404) },
    },
    handler: async (request) => ({ org: await service.update(auditSourceOf(request), request.params.id, request.body) }),
  });

  app.get('/v1/org', {
    config: { auth: {} },
    schema: {
      tags: ['Organization'],
      summary: "The caller's organization",
      response: { 200: OrganizationResponse, ...errorResponses(401) },
    },
    handler: async (request) => ({ org: await service.get(orgIdOf(request)) }),
  });
};
