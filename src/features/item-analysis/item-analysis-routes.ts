import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { IdParams, errorResponses } from '../../shared/http-schemas.js';
import { orgIdOf } from '../auth/auth-plugin.js';
import { ItemAnalysisQuery, ItemAnalysisResponse } from './item-analysis-schemas.js';
import { createItemAnalysisService } from './item-analysis-service.js';

export const itemAnalysisRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const service = createItemAnalysisService(deps);

  app.get('/v1/assessments/:id/item-analysis', {
    config: { auth: { scope: 'results:read' } },
    schema: {
      tags: ['Assessments'],
      summary: 'Per-question psychometrics (facility, discrimination, options) and test statistics (reliability, SEM)',
      params: IdParams,
      querystring: ItemAnalysisQuery,
      response: { 200: ItemAnalysisResponse, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request) => service.analyse(orgIdOf(request), request.params.id, request.query.attempts ?? 'first'),
  });
};
