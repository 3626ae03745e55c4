import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { IdParams, OkIdBody, errorResponses } from '../../shared/http-schemas.js';
import { auditContextOf } from '../audit/audit-context.js';
import { orgIdOf } from '../auth/auth-plugin.js';
import {
  BankQuestionListResponse,
  BankQuestionsQuery,
  CreateBankQuestionsBody,
  CreatedBankQuestionsResponse,
} from './question-bank-schemas.js';
import { createQuestionBankService } from './question-bank-service.js';

export const questionBankRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const service = createQuestionBankService(deps);
  const tags = ['Question bank'];

  app.post('/v1/question-bank/questions', {
    config: { auth: { scope: 'assessments:write' } },
    schema: {
      tags,
      summary: 'Add questions to the question bank',
      description:
        'Adds one or many questions (all or none). Blueprint assessments draw their questions from the bank, per category and difficulty.',
      body: CreateBankQuestionsBody,
      response: { 201: CreatedBankQuestionsResponse, ...errorResponses(400, 401, 403) },
    },
    handler: async (request, reply) =>
      reply.code(201).send({ questions: await service.add(auditContextOf(request), request.body) }),
  });

  app.get('/v1/question-bank/questions', {
    config: { auth: { scope: 'assessments:read' } },
    schema: {
      tags,
      summary: 'List bank questions, optionally by category and difficulty',
      description: 'Oldest first, with their answer keys. `limit` is clamped, not rejected.',
      querystring: BankQuestionsQuery,
      response: { 200: BankQuestionListResponse, ...errorResponses(400, 401, 403) },
    },
    handler: async (request) => service.list(orgIdOf(request), request.query),
  });

  app.delete('/v1/question-bank/questions/:id', {
    config: { auth: { scope: 'assessments:write' } },
    schema: {
      tags,
      summary: 'Delete a bank question',
      description: 'Soft delete: answers already given to it keep their question.',
      params: IdParams,
      response: { 200: OkIdBody, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => {
      await service.remove(auditContextOf(request), request.params.id);
      return { ok: true as const, id: request.params.id };
    },
  });
};
