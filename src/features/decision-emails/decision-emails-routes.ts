import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { errorResponses } from '../../shared/http-schemas.js';
import { orgIdOf } from '../auth/auth-plugin.js';
import { auditContextOf } from '../audit/audit-context.js';
import { DecisionParams, PreviewBody, PreviewResponse, TemplateBody, TemplateListResponse, TemplateResponse } from './decision-emails-schemas.js';
import { createDecisionEmailsService } from './decision-emails-service.js';

/** The organization's emails for hiring decisions (Settings → Decision emails). */
export const decisionEmailsRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const service = createDecisionEmailsService(deps);

  app.get('/v1/decision-emails', {
    config: { auth: { scope: 'candidates:read' } },
    schema: {
      tags: ['Decision emails'],
      summary: 'The emails a hiring decision may send (hired, rejected), with the placeholders they can use',
      response: { 200: TemplateListResponse, ...errorResponses(401, 403) },
    },
    handler: async (request) => service.list(orgIdOf(request)),
  });

  app.put('/v1/decision-emails/:decision', {
    config: { auth: { scope: 'candidates:write' } },
    schema: {
      tags: ['Decision emails'],
      summary: 'Save the email for one decision: whether it is on, its subject and body',
      params: DecisionParams,
      body: TemplateBody,
      response: { 200: TemplateResponse, ...errorResponses(400, 401, 403) },
    },
    handler: async (request) => ({ template: await service.update(auditContextOf(request), request.params.decision, request.body) }),
  });

  app.post('/v1/decision-emails/preview', {
    config: { auth: { scope: 'candidates:read' } },
    schema: {
      tags: ['Decision emails'],
      summary: 'Render a decision email (saved or not) for the candidate of one result, without sending it',
      body: PreviewBody,
      response: { 200: PreviewResponse, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request) => service.preview(orgIdOf(request), request.body),
  });
};
