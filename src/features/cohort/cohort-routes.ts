import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { IdParams, errorResponses } from '../../shared/http-schemas.js';
import { auditContextOf } from '../audit/audit-context.js';
import { CohortStatsQuery, CohortStatsResponse } from './cohort-schemas.js';
import { createCohortService } from './cohort-service.js';

export const cohortRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const service = createCohortService(deps);

  app.get('/v1/assessments/:id/cohort-stats', {
    config: { auth: { scope: 'results:read' } },
    schema: {
      tags: ['Assessments'],
      summary: 'Cohort statistics of completed, expired and hired sessions, with one session’s percentiles',
      params: IdParams,
      querystring: CohortStatsQuery,
      response: { 200: CohortStatsResponse, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request) => service.stats(auditContextOf(request), request.params.id, request.query.sessionId),
  });
};
