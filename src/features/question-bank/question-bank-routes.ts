import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { IdParams, OkIdBody, errorResponses } from '../../shared/http-schemas.js';
import { auditContextOf } from '../audit/audit-context.js';
import { orgIdOf } from '../auth/auth-plugin.js';
import {
  BankCategoriesResponse,
  BankQuestionListResponse,
  BankQuestionResponse,
  BankQuestionsQuery,
  CreateBankQuestionsBody,
  CreatedBankQuestionsResponse,
  UpdateBankQuestionBody,
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
      summary: 'List bank questions, optionally by category, difficulty and status',
      description: 'Oldest first, with their answer keys; current questions unless `status=retired`. `limit` is clamped, not rejected.',
      querystring: BankQuestionsQuery,
      response: { 200: BankQuestionListResponse, ...errorResponses(400, 401, 403) },
    },
    handler: async (request) => service.list(orgIdOf(request), request.query),
  });

  app.get('/v1/question-bank/categories', {
    config: { auth: { scope: 'assessments:read' } },
    schema: {
      tags,
      summary: 'Categories of the bank with their question counts per difficulty',
      description: 'What a blueprint can draw: current questions per category and difficulty, and how many of each category are retired.',
      response: { 200: BankCategoriesResponse, ...errorResponses(401, 403) },
    },
    handler: async (request) => service.categories(orgIdOf(request)),
  });

  app.patch('/v1/question-bank/questions/:id', {
    config: { auth: { scope: 'assessments:write' } },
    schema: {
      tags,
      summary: 'Edit a bank question',
      description:
        'Absent fields stay unchanged. The edit is saved as a new version with a new id, which the answer carries; the old version leaves the bank, and attempts that drew it keep it (their answers and scores do not change). An edit that changes nothing answers the question as it is. A retired question answers 409 `question_retired`; an old version answers 409 `question_replaced` naming the current one.',
      params: IdParams,
      body: UpdateBankQuestionBody,
      response: { 200: BankQuestionResponse, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request) => ({ question: await service.update(auditContextOf(request), request.params.id, request.body) }),
  });

  app.delete('/v1/question-bank/questions/:id', {
    config: { auth: { scope: 'assessments:write' } },
    schema: {
      tags,
      summary: 'Retire a bank question',
      description:
        'Blueprints stop drawing it; attempts that drew it keep it. It is listed with `status=retired` and can be restored (POST …/restore). A question that is not current answers 404.',
      params: IdParams,
      response: { 200: OkIdBody, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => {
      await service.remove(auditContextOf(request), request.params.id);
      return { ok: true as const, id: request.params.id };
    },
  });

  app.post('/v1/question-bank/questions/:id/restore', {
    config: { auth: { scope: 'assessments:write' } },
    schema: {
      tags,
      summary: 'Put a retired bank question back in the bank',
      description: 'Blueprints draw it again. A current question answers as it is; an old version replaced by an edit answers 409 `question_replaced`.',
      params: IdParams,
      response: { 200: BankQuestionResponse, ...errorResponses(401, 403, 404, 409) },
    },
    handler: async (request) => ({ question: await service.restore(auditContextOf(request), request.params.id) }),
  });
};
