import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppDeps } from '../../app-deps.js';
import { IdParams, OkIdBody, errorResponses } from '../../shared/http-schemas.js';
import { auditContextOf } from '../audit/audit-context.js';
import { orgIdOf } from '../auth/auth-plugin.js';
import {
  CandidateListResponse,
  CandidatesQuery,
  CreateKeysBody,
  KeyListResponse,
  KeyObject,
  KeyParams,
} from './invitations-schemas.js';
import { createInvitationsService, type EndAttemptOnRevoke } from './invitations-service.js';

export const invitationsRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps; endAttemptOnRevoke: EndAttemptOnRevoke }> = async (
  app,
  { deps, endAttemptOnRevoke },
) => {
  const service = createInvitationsService({ ...deps, endAttemptOnRevoke });
  const tags = ['Candidate keys'];

  app.post('/v1/assessments/:id/keys', {
    config: { auth: { scope: 'candidates:write' } },
    schema: {
      tags,
      summary: 'Generate candidate keys',
      description:
        'Generates 1–50 keys `PST-XXXX-XXXX` that expire after the assessment\'s expiresInDays. With `candidateEmails` (one per key), each address gets an invitation email. Requires an active subscription (402).',
      params: IdParams,
      body: CreateKeysBody,
      response: { 201: Type.Object({ keys: Type.Array(KeyObject) }), ...errorResponses(400, 401, 402, 403, 404) },
    },
    handler: async (request, reply) =>
      reply.code(201).send({ keys: await service.generate(auditContextOf(request), request.params.id, request.body) }),
  });

  app.get('/v1/assessments/:id/keys', {
    config: { auth: { scope: 'candidates:read' } },
    schema: {
      tags,
      summary: "List an assessment's candidate keys",
      description: 'Non-revoked keys, oldest first.',
      params: IdParams,
      response: { 200: KeyListResponse, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => ({ keys: await service.list(orgIdOf(request), request.params.id) }),
  });

  app.delete('/v1/assessments/:id/keys/:keyId', {
    config: { auth: { scope: 'candidates:write' } },
    schema: {
      tags,
      summary: 'Revoke a candidate key',
      description: 'Soft delete: the candidate can no longer authenticate with it. 404 when unknown, already revoked, or of another assessment.',
      params: KeyParams,
      response: { 200: OkIdBody, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => {
      await service.revoke(auditContextOf(request), request.params.id, request.params.keyId);
      return { ok: true as const, id: request.params.keyId };
    },
  });

  app.get('/v1/candidates', {
    config: { auth: { scope: 'candidates:read' } },
    schema: {
      tags: ['Candidates'],
      summary: 'List all candidate keys of the organization',
      description:
        'Every non-revoked key of every current assessment, joined with its assessment title, ordered by creation time ascending (oldest first, so offset pages stay stable while new keys are added). `limit` is clamped to 1–200 (default 50); `offset` defaults to 0; `total` counts all matching keys.',
      querystring: CandidatesQuery,
      response: { 200: CandidateListResponse, ...errorResponses(400, 401, 403) },
    },
    handler: async (request) => service.listCandidates(orgIdOf(request), request.query),
  });
};
