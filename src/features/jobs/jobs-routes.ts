import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { IdParams, errorResponses } from '../../shared/http-schemas.js';
import { JobListResponse, JobResponse, JobsQuery } from './jobs-schemas.js';
import { createJobsService } from './jobs-service.js';

/** Operator view of the background queue (`Authorization: Bearer <ASSAY_OPERATOR_KEY>`). */
export const jobsRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const service = createJobsService(deps);
  const auth = { principals: ['operator' as const] };

  app.get('/v1/admin/jobs', {
    config: { auth },
    schema: {
      tags: ['Operator'],
      summary: 'Background jobs: pending, running (with their worker) and dead (with their last error)',
      querystring: JobsQuery,
      response: { 200: JobListResponse, ...errorResponses(400, 401) },
    },
    handler: async (request) => service.list(request.query),
  });

  app.post('/v1/admin/jobs/:id/retry', {
    config: { auth },
    schema: {
      tags: ['Operator'],
      summary: 'Retry a dead job with a fresh set of attempts',
      params: IdParams,
      response: { 200: JobResponse, ...errorResponses(401, 404, 409) },
    },
    handler: async (request) => ({ job: await service.retry(request.params.id) }),
  });
};
