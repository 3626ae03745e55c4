import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import { errorResponses } from '../../shared/http-schemas.js';
import { auditContextOf } from '../audit/audit-context.js';
import {
  CreateInviteBody,
  CreatedInvite,
  PublicResultDetail,
  PublicResultsQuery,
  PublicResultsResponse,
  SlugParams,
  TokenParams,
} from './public-api-schemas.js';
import { createPublicApiService, type RequestOrigin } from './public-api-service.js';

/** The origin the client used; X-Forwarded-Proto/Host count when ASSAY_TRUST_PROXY trusts the proxy. */
function originOf(request: FastifyRequest): RequestOrigin {
  return { origin: `${request.protocol}://${request.host}` };
}

/** Reference 001: public results by assessment slug and by invite token, and creating an invitation. */
export const publicApiRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const service = createPublicApiService({ db: deps.db, clock: deps.clock, config: deps.config });

  app.get('/api/v1/public/assessments/:slug/results/', {
    config: { auth: { scope: 'candidates:read' } },
    schema: {
      tags: ['Public results API'],
      summary: 'List an assessment’s completed sessions, most recent first (cursor pagination)',
      params: SlugParams,
      querystring: PublicResultsQuery,
      response: { 200: PublicResultsResponse, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request) => service.listResults(auditContextOf(request), request.params.slug, request.query, originOf(request)),
  });

  app.get('/api/v1/public/invites/:token/result/', {
    config: { auth: { scope: 'candidates:read' } },
    schema: {
      tags: ['Public results API'],
      summary: 'The detailed result of one invitation: score, violations, per-task cases, report link',
      params: TokenParams,
      response: { 200: PublicResultDetail, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request) => service.resultByToken(auditContextOf(request), request.params.token, originOf(request)),
  });

  app.post('/api/v1/public/assessments/:slug/invites/', {
    config: { auth: { scope: 'candidates:write' } },
    schema: {
      tags: ['Public results API'],
      summary: 'Invite a candidate: creates a candidate key, emails it, and returns its invite_token',
      params: SlugParams,
      body: CreateInviteBody,
      response: { 201: CreatedInvite, ...errorResponses(400, 401, 402, 403, 404) },
    },
    handler: async (request, reply) => {
      const created = await service.createInvite(auditContextOf(request), request.params.slug, request.body, originOf(request));
      return reply.code(201).send(created);
    },
  });
};
