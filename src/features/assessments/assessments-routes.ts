import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { IdParams, OkIdBody, errorResponses } from '../../shared/http-schemas.js';
import { auditContextOf } from '../audit/audit-context.js';
import { orgIdOf, principalOf } from '../auth/auth-plugin.js';
import {
  AssessmentListResponse,
  AssessmentOrCandidateViewResponse,
  AssessmentResponse,
  CreateAssessmentBody,
  UpdateAssessmentBody,
} from './assessments-schemas.js';
import { createAssessmentsService } from './assessments-service.js';

export const assessmentsRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const service = createAssessmentsService(deps);
  const tags = ['Assessments'];
  const read = { scope: 'assessments:read' as const };
  const write = { scope: 'assessments:write' as const };

  app.post('/v1/assessments', {
    config: { auth: write },
    schema: {
      tags,
      summary: 'Create an assessment',
      description:
        'Requires an active subscription (402 otherwise, also when the trial has ended) and free monthly quota (403 `quota_exceeded` with `used` and `quota`; deleted assessments still count). `taskBrief` is required unless `issueId` is given.',
      body: CreateAssessmentBody,
      response: { 201: AssessmentResponse, ...errorResponses(400, 401, 402, 403, 409) },
    },
    handler: async (request, reply) =>
      reply.code(201).send({ assessment: await service.create(auditContextOf(request), request.body) }),
  });

  app.get('/v1/assessments', {
    config: { auth: read },
    schema: {
      tags,
      summary: 'List assessments',
      description: 'Current (non-deleted) assessments, oldest first, each with its linked issue or null.',
      response: { 200: AssessmentListResponse, ...errorResponses(401, 403) },
    },
    handler: async (request) => ({ assessments: await service.list(orgIdOf(request)) }),
  });

  app.get('/v1/assessments/:id', {
    config: { auth: { ...read, principals: ['apiKey', 'user', 'candidate'] } },
    schema: {
      tags,
      summary: 'Get an assessment',
      description:
        'Reviewers get the assessment with its questions (and answer keys) and cases. A candidate token may read only its own assessment and gets the candidate view: no answer keys, no rubrics.',
      params: IdParams,
      response: { 200: AssessmentOrCandidateViewResponse, ...errorResponses(401, 403, 404, 410) },
    },
    handler: async (request) => ({ assessment: await service.get(principalOf(request), request.params.id) }),
  });

  app.patch('/v1/assessments/:id', {
    config: { auth: write },
    schema: {
      tags,
      summary: 'Change an assessment',
      description:
        'Absent fields stay unchanged; null clears a field. Questions, blueprint and cases can no longer change once a candidate has started (409 `assessment_in_use`).',
      params: IdParams,
      body: UpdateAssessmentBody,
      response: { 200: AssessmentResponse, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request) => ({
      assessment: await service.update(auditContextOf(request), request.params.id, request.body),
    }),
  });

  app.delete('/v1/assessments/:id', {
    config: { auth: write },
    schema: {
      tags,
      summary: 'Delete an assessment',
      description: 'Soft-deletes the assessment and revokes all of its candidate keys.',
      params: IdParams,
      response: { 200: OkIdBody, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => {
      await service.remove(auditContextOf(request), request.params.id);
      return { ok: true as const, id: request.params.id };
    },
  });
};
