import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { IdParams, errorResponses } from '../../shared/http-schemas.js';
import { auditContextOf } from '../audit/audit-context.js';
import { orgIdOf } from '../auth/auth-plugin.js';
import { CreateRubricBody, RubricListResponse, RubricResponse } from './rubrics-schemas.js';
import { createRubricsService } from './rubrics-service.js';

export const rubricsRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const service = createRubricsService(deps);
  const tags = ['Rubrics'];

  app.post('/v1/rubrics', {
    config: { auth: { scope: 'assessments:write' } },
    schema: {
      tags,
      summary: 'Create a scoring rubric',
      description: 'Criteria with their maximum points. Use the returned UUID as an assessment\'s `rubricId`.',
      body: CreateRubricBody,
      response: { 201: RubricResponse, ...errorResponses(400, 401, 403) },
    },
    handler: async (request, reply) => reply.code(201).send({ rubric: await service.create(auditContextOf(request), request.body) }),
  });

  app.get('/v1/rubrics', {
    config: { auth: { scope: 'assessments:read' } },
    schema: {
      tags,
      summary: "List the organization's rubrics",
      description: 'Oldest first.',
      response: { 200: RubricListResponse, ...errorResponses(401, 403) },
    },
    handler: async (request) => ({ rubrics: await service.list(orgIdOf(request)) }),
  });

  app.get('/v1/rubrics/:id', {
    config: { auth: { scope: 'assessments:read' } },
    schema: {
      tags,
      summary: 'Get a rubric',
      params: IdParams,
      response: { 200: RubricResponse, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => ({ rubric: await service.get(orgIdOf(request), request.params.id) }),
  });
};
