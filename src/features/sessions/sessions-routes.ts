import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { IdParams, errorResponses } from '../../shared/http-schemas.js';
import { orgIdOf } from '../auth/auth-plugin.js';
import { auditContextOf } from '../audit/audit-context.js';
import {
  BulkDecisionBody,
  BulkDecisionResponse,
  DecisionBody,
  DecisionEmailQuery,
  DecisionEmailResponse,
  DecisionResponse,
  GradesBody,
  SessionResponse,
} from './sessions-schemas.js';
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
    handler: async (request) => ({ session: await service.grade(auditContextOf(request), request.params.id, request.body.grades) }),
  });

  app.get('/v1/sessions/:id/decision-email', {
    // It names the candidate's address (and says only what the candidate may see of the result).
    config: { auth: { scope: 'candidates:read' } },
    schema: {
      tags: ['Sessions'],
      summary: 'The email a decision would send the candidate now (or none, and why), without deciding',
      params: IdParams,
      querystring: DecisionEmailQuery,
      response: { 200: DecisionEmailResponse, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request) => service.decisionEmail(orgIdOf(request), request.params.id, request.query.decision),
  });

  app.post('/v1/sessions/:id/decision', {
    config: { auth: { scope: 'candidates:write' } },
    schema: {
      tags: ['Sessions'],
      summary: 'Record the hiring decision for a submitted session; sends at most one email to the candidate',
      params: IdParams,
      body: DecisionBody,
      response: { 200: DecisionResponse, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request) =>
      service.decide(auditContextOf(request), request.params.id, request.body.decision, { sendEmail: request.body.sendEmail ?? true }),
  });

  app.post('/v1/sessions/decisions', {
    config: { auth: { scope: 'candidates:write' } },
    schema: {
      tags: ['Sessions'],
      summary: 'The same hiring decision on up to 100 submitted sessions, all or none (404 for unknown ids, 409 for undecidable ones)',
      body: BulkDecisionBody,
      response: { 200: BulkDecisionResponse, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request) =>
      service.decideMany(auditContextOf(request), request.body.sessionIds, request.body.decision, { sendEmail: request.body.sendEmail ?? true }),
  });
};
