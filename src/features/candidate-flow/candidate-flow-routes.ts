import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import { TooManyRequestsError } from '../../errors.js';
import { errorResponses } from '../../shared/http-schemas.js';
import { principalOf } from '../auth/auth-plugin.js';
import type { CandidatePrincipal } from '../sessions/sessions-attempts.js';
import { createCandidateAttemptService } from '../sessions/sessions-candidate.js';
import {
  AnswerParams,
  CaseParams,
  EventsBody,
  EventsResponse,
  OverviewResponse,
  RedeemBody,
  RedeemResponse,
  SaveAnswerBody,
  SaveAnswerResponse,
  SaveCaseBody,
  SaveCaseResponse,
  SessionEnvelope,
  SubmitResponse,
} from '../sessions/sessions-candidate-schemas.js';
import { createCandidateFlowService, normalizeKey } from './candidate-flow-service.js';

/**
 * Redemption limits. Keys are random (8 characters of a 31-letter alphabet),
 * and these make guessing one hopeless: per client IP, and per key prefix
 * (`PST-XXXX`), so that spreading guesses over many IPs does not help either.
 */
export const REDEEM_LIMIT_PER_IP = { max: 30, timeWindow: 60_000 };
export const REDEEM_LIMIT_PER_KEY_PREFIX = { max: 10, timeWindow: 10 * 60_000 };

/** The part of a key the per-prefix limit counts on: `PST-ABCD` of `PST-ABCD-2345`. */
export function keyPrefix(key: string): string {
  return normalizeKey(key).slice(0, 8);
}

function candidate(request: FastifyRequest): CandidatePrincipal {
  return principalOf(request) as CandidatePrincipal;
}

export const candidateFlowRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const engine = { db: deps.db, clock: deps.clock, publicUrl: deps.config.publicUrl };
  const flow = createCandidateFlowService(engine);
  const attempt = createCandidateAttemptService(engine);
  const auth = { principals: ['candidate' as const] };
  const perKeyPrefix = app.createRateLimit({
    ...REDEEM_LIMIT_PER_KEY_PREFIX,
    keyGenerator: (request) => `redeem-key:${keyPrefix((request.body as { key?: string } | undefined)?.key ?? '')}`,
  });

  app.post('/v1/candidate/sessions', {
    config: {
      rateLimit: { ...REDEEM_LIMIT_PER_IP, keyGenerator: (request) => `redeem-ip:${request.ip}` },
    },
    preHandler: async (request) => {
      const limit = await perKeyPrefix(request);
      if (!limit.isAllowed && limit.isExceeded) {
        throw new TooManyRequestsError(`Too many attempts with this key; retry in ${limit.ttlInSeconds} seconds`);
      }
    },
    schema: {
      tags: ['Candidate'],
      summary: 'Redeem a candidate key (PST-XXXX-XXXX) for a candidate token',
      security: [],
      body: RedeemBody,
      response: { 201: RedeemResponse, ...errorResponses(400, 401, 410, 429) },
    },
    handler: async (request, reply) => reply.code(201).send(await flow.redeem(request.body)),
  });

  app.get('/v1/candidate/assessment', {
    config: { auth },
    schema: {
      tags: ['Candidate'],
      summary: 'The assessment to take: brief, repository, time limit, rules, attempts left (never an answer key)',
      response: { 200: OverviewResponse, ...errorResponses(401, 410) },
    },
    handler: async (request) => attempt.overview(candidate(request)),
  });

  app.post('/v1/candidate/start', {
    config: { auth },
    schema: {
      tags: ['Candidate'],
      summary: 'Start an attempt (201), or get the attempt in progress (200)',
      response: { 200: SessionEnvelope, 201: SessionEnvelope, ...errorResponses(401, 403, 409, 410) },
    },
    handler: async (request, reply) => {
      const { created, session } = await attempt.start(candidate(request));
      return reply.code(created ? 201 : 200).send({ session });
    },
  });

  app.get('/v1/candidate/session', {
    config: { auth },
    schema: {
      tags: ['Candidate'],
      summary: 'The current attempt: questions in this candidate\'s order, saved answers, deadline, status',
      response: { 200: SessionEnvelope, ...errorResponses(401, 404, 410) },
    },
    handler: async (request) => ({ session: await attempt.current(candidate(request)) }),
  });

  app.put('/v1/candidate/answers/:questionId', {
    config: { auth },
    schema: {
      tags: ['Candidate'],
      summary: 'Save an answer (autosave; last write wins; null clears it)',
      params: AnswerParams,
      body: SaveAnswerBody,
      response: { 200: SaveAnswerResponse, ...errorResponses(400, 401, 404, 409, 410) },
    },
    handler: async (request) => ({
      answer: await attempt.saveAnswer(candidate(request), request.params.questionId, request.body.selectedAnswer, request.body.timeSpentMs),
    }),
  });

  app.post('/v1/candidate/events', {
    config: { auth },
    schema: {
      tags: ['Candidate'],
      summary: 'Record a batch of proctoring and telemetry events (idempotent by event id)',
      body: EventsBody,
      response: { 200: EventsResponse, ...errorResponses(400, 401, 409, 410) },
    },
    handler: async (request) => attempt.recordEvents(candidate(request), request.body.events),
  });

  app.put('/v1/candidate/cases/:caseId', {
    config: { auth },
    schema: {
      tags: ['Candidate'],
      summary: 'Hand in a hands-on task: its deliverable (e.g. a diff) and time spent',
      params: CaseParams,
      body: SaveCaseBody,
      response: { 200: SaveCaseResponse, ...errorResponses(400, 401, 404, 409, 410) },
    },
    handler: async (request) => ({ case: await attempt.saveCase(candidate(request), request.params.caseId, request.body) }),
  });

  app.post('/v1/candidate/cases/:caseId/submit', {
    config: { auth },
    schema: {
      tags: ['Candidate'],
      summary: 'Hand in one hands-on task (final): with the deliverable sent here, else the one saved; the attempt completes when no part is left open',
      params: CaseParams,
      body: Type.Optional(SaveCaseBody),
      response: { 200: SessionEnvelope, ...errorResponses(400, 401, 404, 409, 410) },
    },
    handler: async (request) => ({ session: await attempt.submitCase(candidate(request), request.params.caseId, request.body ?? {}) }),
  });

  app.post('/v1/candidate/submit', {
    config: { auth },
    schema: {
      tags: ['Candidate'],
      summary: 'Hand in the question section (final; repeating it answers the same); the attempt completes when no case is left open',
      response: { 200: SubmitResponse, ...errorResponses(401, 409, 410) },
    },
    handler: async (request) => ({ session: await attempt.submit(candidate(request)) }),
  });

  app.post('/v1/candidate/finish', {
    config: { auth },
    schema: {
      tags: ['Candidate'],
      summary: 'Finish the attempt now: every open part is handed in as last saved (a task with nothing saved scores 0)',
      response: { 200: SessionEnvelope, ...errorResponses(401, 409, 410) },
    },
    handler: async (request) => ({ session: await attempt.finish(candidate(request)) }),
  });
};
