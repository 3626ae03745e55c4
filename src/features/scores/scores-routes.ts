import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { errorResponses } from '../../shared/http-schemas.js';
import { auditContextOf } from '../audit/audit-context.js';
import { ScoreHeaders, ScoreQuery, ScoreResponse } from './scores-schemas.js';
import { createScoresService } from './scores-service.js';

/** Reference 003: the scores of many candidates and assessments in one call. */
export const scoresRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const service = createScoresService(deps);

  app.get('/v1/score', {
    config: { auth: { scope: 'results:read' } },
    schema: {
      tags: ['Score'],
      summary: 'Get the score of one or multiple candidates',
      description:
        'One entry per candidate × assessment invitation matching the comma-separated candidateIds and/or assessmentIds (at least one list, at most 100 ids each). ' +
        'An `instance` header, when sent, must be the organization slug of the credential, otherwise 400 instance_mismatch.',
      querystring: ScoreQuery,
      headers: ScoreHeaders,
      response: { 200: ScoreResponse, ...errorResponses(400, 401, 403) },
    },
    handler: async (request) => service.scores(auditContextOf(request), request.query, request.headers.instance),
  });
};
