import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { IdParams, errorResponses } from '../../shared/http-schemas.js';
import { orgIdOf, principalOf } from '../auth/auth-plugin.js';
import { actorOf } from '../auth/auth-principal.js';
import { DecisionBody, GradesBody, SessionResponse } from './sessions-schemas.js';
import { createSessionsService } from './sessions-service.js';

export const sessionsRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const service = createSessionsService({ db: deps.db, clock: deps.clock, publicUrl: deps.config.publicUrl });

  app.get('/v1/sessions/:id', {
    config: { auth: { scope: 'results:read' } },
    schema: {
      tags: ['Sessions'],
      summary: 'Get a session (attempt): score, breakdown, metrics, violations, cases',
      params: IdParams,
      response: { 200: SessionResponse, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => ({ session: await service.get(orgIdOf(request), request.params.id) }),
  });

  app.post('/v1/sessions/:id/grades', {
    config: { auth: { scope: 'candidates:write' } },
    schema: {
      tags: ['Sessions'],
      summary: 'Grade cases of a submitted session by rubric; the score leaves PENDING when every case is graded',
      params: IdParams,
      body: GradesBody,
      response: { 200: SessionResponse, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request) => {
      const actor = actorOf(principalOf(request));
      const session = await service.grade(orgIdOf(request), request.params.id, request.body.grades, actor.id);
      return { session };
    },
  });

  app.post('/v1/sessions/:id/decision', {
    config: { auth: { scope: 'candidates:write' } },
    schema: {
      tags: ['Sessions'],
      summary: 'Record the hiring decision for a submitted session',
      params: IdParams,
      body: DecisionBody,
      response: { 200: SessionResponse, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request) => {
      const actor = actorOf(principalOf(request));
      const session = await service.decide(orgIdOf(request), request.params.id, request.body.decision, actor.id);
      return { session };
    },
  });
};
