import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { errorResponses } from '../../shared/http-schemas.js';
import { orgIdOf } from '../auth/auth-plugin.js';
import { AUDIT_LOG_SCOPE, AuditLogQuery, AuditLogResponse } from './audit-schemas.js';
import { createAuditService } from './audit-service.js';

export const auditRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const service = createAuditService(deps);

  app.get('/v1/audit-log', {
    config: { auth: { scope: AUDIT_LOG_SCOPE } },
    schema: {
      tags: ['Audit log'],
      summary: 'Who read or exported which results, when and from where (newest first)',
      querystring: AuditLogQuery,
      response: { 200: AuditLogResponse, ...errorResponses(400, 401, 403) },
    },
    handler: async (request) => service.list(orgIdOf(request), request.query),
  });
};
