import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import { errorResponses } from '../../shared/http-schemas.js';
import { secretBoxFor, type SecretBox } from '../../shared/secret-box.js';
import { createAssessmentsService } from '../assessments/assessments-service.js';
import { auditContextOf } from '../audit/audit-context.js';
import { orgIdOf } from '../auth/auth-plugin.js';
import { createInvitationsService } from '../invitations/invitations-service.js';
import { createSessionsService } from '../sessions/sessions-service.js';
import { API_CALL_OF_PATH, PARTNER_PATHS } from './greenhouse-fns.js';
import {
  CallListResponse,
  DeliveryListResponse,
  EmptyObject,
  ErrorReportListResponse,
  GreenhouseSettingsResponse,
  InterviewListResponse,
  InterviewsQuery,
  ListTestsResponse,
  ResponseErrorBody,
  SendTestBody,
  SendTestResponse,
  TestStatusQuery,
  TestStatusResponse,
  UpdateGreenhouseSettingsBody,
} from './greenhouse-schemas.js';
import { createGreenhouseService, type GreenhouseService } from './greenhouse-service.js';

/** What a partner call names, for the call log (from the body or the query, whichever it has). */
function partnerIds(request: FastifyRequest): { partnerTestId: string | null; partnerInterviewId: string | null } {
  const pick = (source: unknown, name: string): string | null => {
    const value = source && typeof source === 'object' ? (source as Record<string, unknown>)[name] : undefined;
    return typeof value === 'string' ? value.slice(0, 255) : null;
  };
  return {
    partnerTestId: pick(request.body, 'partner_test_id') ?? pick(request.query, 'partner_test_id'),
    partnerInterviewId: pick(request.body, 'partner_interview_id') ?? pick(request.query, 'partner_interview_id'),
  };
}

/**
 * The partner side of Greenhouse's Assessment Partner API, at the fixed paths
 * given to Greenhouse: HTTP Basic with an API key (scope
 * `integrations:greenhouse`) as the user name. Its own plugin, so that its
 * hooks (the `WWW-Authenticate` challenge, the call log) touch only these routes.
 */
const partnerRoutes: FastifyPluginAsyncTypebox<{ service: GreenhouseService }> = async (app, { service }) => {
  const config = { auth: { scope: 'integrations:greenhouse' as const, principals: ['apiKey' as const], basic: true } };
  const tags = ['Greenhouse partner API'];
  const security: Array<Record<string, string[]>> = [{ basicAuth: [] }, { bearerAuth: [] }];

  app.addHook('onSend', async (_request, reply) => {
    if (reply.statusCode === 401) reply.header('www-authenticate', 'Basic realm="Assay Greenhouse integration", charset="UTF-8"');
  });
  // Calls that authenticated are the organization's: kept for its dashboard, whatever they answered.
  app.addHook('onResponse', async (request, reply) => {
    const principal = request.principal;
    const apiCall = API_CALL_OF_PATH[request.routeOptions.url ?? ''];
    if (principal?.kind !== 'apiKey' || !apiCall) return;
    try {
      await service.recordCall(principal.orgId, { apiCall, statusCode: reply.statusCode, ...partnerIds(request) });
    } catch (error) {
      request.log.error({ err: error }, 'could not record a Greenhouse call');
    }
  });

  app.get(PARTNER_PATHS.listTests, {
    config,
    schema: {
      tags,
      security,
      summary: 'Greenhouse list_tests: the organization’s assessments',
      response: { 200: ListTestsResponse, ...errorResponses(401, 403) },
    },
    handler: async (request) => service.listTests(orgIdOf(request)),
  });

  app.post(PARTNER_PATHS.sendTest, {
    config,
    schema: {
      tags,
      security,
      summary: 'Greenhouse send_test: invite the candidate (an identical retry answers the same interview)',
      body: SendTestBody,
      response: { 200: SendTestResponse, ...errorResponses(400, 401, 402, 403, 404) },
    },
    handler: async (request) => service.sendTest(auditContextOf(request), request.body),
  });

  app.get(PARTNER_PATHS.testStatus, {
    config,
    schema: {
      tags,
      security,
      summary: 'Greenhouse test_status: where the candidate is, and the result once final',
      querystring: TestStatusQuery,
      response: { 200: TestStatusResponse, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request) => service.testStatus(orgIdOf(request), request.query.partner_interview_id),
  });

  app.post(PARTNER_PATHS.responseError, {
    config,
    schema: {
      tags,
      security,
      summary: 'Greenhouse response_error: Greenhouse reports an answer it could not use',
      body: ResponseErrorBody,
      response: { 200: EmptyObject, ...errorResponses(400, 401, 403) },
    },
    handler: async (request) => {
      await service.recordResponseError(orgIdOf(request), request.body);
      return {};
    },
  });
};

/** The dashboard's side: the URLs and the PATCH credential, and the logs. */
const dashboardRoutes: FastifyPluginAsyncTypebox<{ service: GreenhouseService }> = async (app, { service }) => {
  const manage = { auth: { scope: 'webhooks:manage' as const } };
  const tags = ['Greenhouse integration'];

  app.get('/v1/integrations/greenhouse', {
    config: manage,
    schema: {
      tags,
      summary: 'The URLs to give Greenhouse, and whether the PATCH credential is set',
      response: { 200: GreenhouseSettingsResponse, ...errorResponses(401, 403) },
    },
    handler: async (request) => ({ settings: await service.getSettings(orgIdOf(request)) }),
  });

  app.patch('/v1/integrations/greenhouse', {
    config: manage,
    schema: {
      tags,
      summary: 'Set or clear the credential Assay sends when it PATCHes Greenhouse (stored encrypted, never shown)',
      body: UpdateGreenhouseSettingsBody,
      response: { 200: GreenhouseSettingsResponse, ...errorResponses(400, 401, 403) },
    },
    handler: async (request) => ({ settings: await service.updateSettings(auditContextOf(request), request.body) }),
  });

  app.get('/v1/integrations/greenhouse/interviews', {
    config: { auth: { scope: 'candidates:read' as const } },
    schema: {
      tags,
      summary: 'Candidates sent from Greenhouse (newest first), optionally of one key or one result',
      querystring: InterviewsQuery,
      response: { 200: InterviewListResponse, ...errorResponses(400, 401, 403) },
    },
    handler: async (request) => ({ interviews: await service.listInterviews(orgIdOf(request), request.query) }),
  });

  app.get('/v1/integrations/greenhouse/calls', {
    config: manage,
    schema: { tags, summary: 'Recent calls Greenhouse made (newest first)', response: { 200: CallListResponse, ...errorResponses(401, 403) } },
    handler: async (request) => ({ calls: await service.listCalls(orgIdOf(request)) }),
  });

  app.get('/v1/integrations/greenhouse/errors', {
    config: manage,
    schema: { tags, summary: 'Errors Greenhouse reported (response_error), newest first', response: { 200: ErrorReportListResponse, ...errorResponses(401, 403) } },
    handler: async (request) => ({ errors: await service.listErrors(orgIdOf(request)) }),
  });

  app.get('/v1/integrations/greenhouse/deliveries', {
    config: manage,
    schema: {
      tags,
      summary: '"Mark test as completed" PATCHes to Greenhouse with every attempt (newest first)',
      response: { 200: DeliveryListResponse, ...errorResponses(401, 403) },
    },
    handler: async (request) => ({ deliveries: await service.listDeliveries(orgIdOf(request)) }),
  });
};

export const greenhouseRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  let box: SecretBox | null = null;
  const service = createGreenhouseService({
    db: deps.db,
    clock: deps.clock,
    config: deps.config,
    secretBox: () => (box ??= secretBoxFor(deps.config)),
    invitations: createInvitationsService(deps),
    assessments: createAssessmentsService(deps),
    sessions: createSessionsService({ db: deps.db, clock: deps.clock, publicUrl: deps.config.publicUrl }),
  });
  await app.register(partnerRoutes, { service });
  await app.register(dashboardRoutes, { service });
};
