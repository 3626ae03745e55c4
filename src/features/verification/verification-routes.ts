import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import { principalOf } from '../auth/auth-plugin.js';
import { GenerateBody, GenerateResponse, SubmitBody, SubmitResponse, envelopeErrors } from './verification-schemas.js';
import { createVerificationService } from '../sessions/sessions-verification.js';

/**
 * Reference 002. A candidate token (x-api-key / Bearer) carries its record;
 * an organization API key with candidates:write may act for a record named by
 * recordVerificationId. Errors use the 002 envelope.
 */
export const verificationRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const service = createVerificationService({ db: deps.db, clock: deps.clock, publicUrl: deps.config.publicUrl });
  const config = {
    auth: { principals: ['candidate' as const, 'apiKey' as const], scope: 'candidates:write' as const },
    errorFormat: 'envelope' as const,
  };
  // The documented calls may come without a body (generate) or with an empty one
  // (submit → MISSING_ANSWERS): validate a missing body as {}.
  const emptyBodyIsObject = async (request: FastifyRequest) => {
    if (request.body === undefined || request.body === null) request.body = {};
  };

  app.post('/api/v1/assessment/generate', {
    config,
    preValidation: emptyBodyIsObject,
    schema: {
      tags: ['Skill verification'],
      summary: 'Generate the questions of the verification record (the same ones until submitted)',
      body: GenerateBody,
      response: { 200: GenerateResponse, ...envelopeErrors(400, 401, 403, 404, 409, 410, 500) },
    },
    handler: async (request) => ({
      success: true as const,
      data: await service.generate(principalOf(request), request.body?.recordVerificationId),
      message: 'Assessment generated successfully',
    }),
  });

  app.post('/api/v1/assessment/submit', {
    config,
    preValidation: emptyBodyIsObject,
    schema: {
      tags: ['Skill verification'],
      summary: 'Submit every answer at once: score, verify or reject skills, lock on pass',
      body: SubmitBody,
      response: { 200: SubmitResponse, ...envelopeErrors(400, 401, 403, 404, 409, 410, 500) },
    },
    handler: async (request) => ({
      success: true as const,
      data: await service.submit(principalOf(request), request.body ?? {}),
      message: 'Assessment submitted successfully',
    }),
  });
};
