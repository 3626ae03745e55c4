import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { IdParams, errorResponses } from '../../shared/http-schemas.js';
import { orgIdOf } from '../auth/auth-plugin.js';
import { IssueListResponse, IssueResponse } from './issues-schemas.js';
import { createIssuesService } from './issues-service.js';

export const issuesRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const service = createIssuesService(deps);
  const auth = { scope: 'assessments:read' as const };
  const tags = ['Issues'];

  app.get('/v1/issues', {
    config: { auth },
    schema: {
      tags,
      summary: "The organization's catalog of open-source issues",
      description: 'Oldest first. Link one to an assessment with `issueId`.',
      response: { 200: IssueListResponse, ...errorResponses(401, 403) },
    },
    handler: async (request) => ({ issues: await service.list(orgIdOf(request)) }),
  });

  app.get('/v1/issues/:id', {
    config: { auth },
    schema: {
      tags,
      summary: 'Get one catalog issue',
      params: IdParams,
      response: { 200: IssueResponse, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => ({ issue: await service.get(orgIdOf(request), request.params.id) }),
  });
};
