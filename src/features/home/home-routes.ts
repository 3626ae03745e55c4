import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { errorResponses } from '../../shared/http-schemas.js';
import { auditContextOf } from '../audit/audit-context.js';
import { principalOf } from '../auth/auth-plugin.js';
import { HomeResponse } from './home-schemas.js';
import { createHomeService } from './home-service.js';

export const homeRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const service = createHomeService(deps);

  app.get('/v1/home', {
    // Any staff credential of the organization; each part of the answer needs its own scope.
    config: { auth: {} },
    schema: {
      tags: ['Home'],
      summary: "The reviewers' home page: what needs doing and what just happened",
      description:
        'In one answer: attempts awaiting a grade (longest waiting first), attempts completed in the last 3 days, unused keys expiring within 3 days (results:read and candidates:read), and the latest changes in the audit log (the audit log\'s scope). A part the caller may not read is null. Each list holds at most 10 items beside its total. Results shown are recorded in the audit log as a `result.list` read.',
      response: { 200: HomeResponse, ...errorResponses(401) },
    },
    handler: async (request) => {
      const principal = principalOf(request);
      const scopes = principal.kind === 'apiKey' || principal.kind === 'user' ? principal.scopes : new Set<never>();
      return service.get(auditContextOf(request), scopes);
    },
  });
};
