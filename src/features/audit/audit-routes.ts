import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { errorResponses } from '../../shared/http-schemas.js';
import { orgIdOf } from '../auth/auth-plugin.js';
import { AUDIT_LOG_SCOPE, AuditActionsResponse, AuditLogQuery, AuditLogResponse } from './audit-schemas.js';
import { createAuditService } from './audit-service.js';

/** The audit trail is read-only: no route changes or deletes an entry (entries are written by the changes and reads they record). */
export const auditRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const service = createAuditService(deps);
  const auth = { scope: AUDIT_LOG_SCOPE } as const;

  app.get('/v1/audit-log', {
    config: { auth },
    schema: {
      tags: ['Audit log'],
      summary: 'Who changed what and who read or exported which results, when and from where (newest first)',
      description:
        'Every change (assessments, candidate keys, rubrics, the question bank, webhooks, API keys, reviewers and roles, organization and integration settings) ' +
        'and every read or export of results, with the actor and the resource by name as they were then, and before/after for edits. ' +
        'Filter by `actor` (a user or API key id), `action`, `kind`, `resourceType` and `resourceId`, and a time range. Entries are append-only.',
      querystring: AuditLogQuery,
      response: { 200: AuditLogResponse, ...errorResponses(400, 401, 403) },
    },
    handler: async (request) => service.list(orgIdOf(request), request.query),
  });

  app.get('/v1/audit-log/actions', {
    config: { auth },
    schema: {
      tags: ['Audit log'],
      summary: 'The catalog of audit actions (for the `action`, `kind` and `resourceType` filters)',
      response: { 200: AuditActionsResponse, ...errorResponses(401, 403) },
    },
    handler: async () => service.catalog(),
  });
};
