import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { IdParams, errorResponses } from '../../shared/http-schemas.js';
import { auditContextOf } from '../audit/audit-context.js';
import { SessionEventsQuery, SessionEventsResponse, SessionIntegrityResponse } from './session-events-schemas.js';
import { createSessionEventsService } from './session-events-service.js';

export const sessionEventsRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const service = createSessionEventsService(deps);

  app.get('/v1/sessions/:id/events', {
    config: { auth: { scope: 'results:read' } },
    schema: {
      tags: ['Sessions'],
      summary: 'The proctoring and telemetry events of a session, in the order they happened (the integrity timeline)',
      params: IdParams,
      querystring: SessionEventsQuery,
      response: { 200: SessionEventsResponse, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request) => service.list(auditContextOf(request), request.params.id, request.query),
  });

  app.get('/v1/sessions/:id/integrity', {
    config: { auth: { scope: 'results:read' } },
    schema: {
      tags: ['Sessions'],
      summary: 'The integrity card of a session: violations counted as the timeline shows them, with how events were merged',
      description:
        'Full-screen exits, copy/paste and focus lost, each as events recorded and violations counted: events of one kind less than ' +
        'mergeWindowSeconds after the first of a burst are one violation and one timeline entry (`bursts`). Works while the attempt is open; ' +
        'the session\'s stored violation counts equal these once it is closed.',
      params: IdParams,
      response: { 200: SessionIntegrityResponse, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => service.integrity(auditContextOf(request), request.params.id),
  });
};
