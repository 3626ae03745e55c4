import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import { errorResponses } from '../../shared/http-schemas.js';
import { serverOrigin } from '../../shared/take-url.js';
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
  StartBody,
  SubmitResponse,
} from '../sessions/sessions-candidate-schemas.js';
import { createRouteLimit } from '../throttles/throttles-plugin.js';
import { createCandidateFlowService } from './candidate-flow-service.js';

/**
 * Redemption limits, counted in the database (every instance, across
 * restarts). Keys are random (8 characters of a 31-letter alphabet, 31^8 ≈
 * 8.5 × 10^11): per client address, guessing is hopeless. Per invitation,
 * only the key actually named counts, and only when it is a live key: a
 * guess never spends a real key's limit (a per-prefix limit would let
 * strangers lock its candidate out), and an unknown, revoked or deleted key
 * is never limited as such, so a 429 cannot tell that a key exists.
 */
export const REDEEM_LIMITS = {
  perAddress: { max: 30, timeWindow: 60_000 },
  perInvitation: { max: 20, timeWindowMs: 10 * 60_000 },
} as const;

function candidate(request: FastifyRequest): CandidatePrincipal {
  return principalOf(request) as CandidatePrincipal;
}

export const candidateFlowRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const engine = { db: deps.db, clock: deps.clock, publicUrl: deps.config.publicUrl };
  const flow = createCandidateFlowService(engine);
  const attempt = createCandidateAttemptService(engine);
  const auth = { principals: ['candidate' as const] };
  const perInvitation = createRouteLimit(app, {
    name: 'redeem:invitation',
    ...REDEEM_LIMITS.perInvitation,
    subject: (request) => flow.liveInvitationIdOf((request.body as { key: string }).key),
    message: 'Too many redemptions of this key',
  });

  app.post('/v1/candidate/sessions', {
    config: {
      rateLimit: { ...REDEEM_LIMITS.perAddress, keyGenerator: (request) => `redeem:address:${request.ip}` },
    },
    preHandler: perInvitation,
    schema: {
      tags: ['Candidate'],
      summary: 'Redeem a candidate key (PST-XXXX-XXXX) for a candidate token',
      description:
        'Unknown, revoked and deleted keys all answer 401 `invalid_key`. Limited (429 with Retry-After) to 30 tries a minute per client address, ' +
        'and 20 redemptions per 10 minutes of one live key.',
      security: [],
      body: RedeemBody,
      response: { 201: RedeemResponse, ...errorResponses(400, 401, 410, 429) },
    },
    handler: async (request, reply) => reply.code(201).send(await flow.redeem(request.body, { server: serverOrigin(deps.config, request) })),
  });

  app.get('/v1/candidate/assessment', {
    config: { auth },
    schema: {
      tags: ['Candidate'],
      summary: 'The assessment to take: brief, repository, time limit, rules, attempts left (never an answer key)',
      response: { 200: OverviewResponse, ...errorResponses(401, 410) },
    },
    handler: async (request) => attempt.overview(candidate(request), serverOrigin(deps.config, request)),
  });

  app.post('/v1/candidate/start', {
    config: { auth },
    // Most starts come without a body (the key says who is taking the test): validate a missing one as {}.
    preValidation: async (request) => {
      if (request.body === undefined || request.body === null) request.body = {};
    },
    schema: {
      tags: ['Candidate'],
      summary: 'Start an attempt (201), or get the attempt in progress (200)',
      description:
        'When the key was issued without a name and the assessment asks (invitation.detailsNeeded is not empty), a new attempt needs the ' +
        'candidate\'s name (and email) in the body, else 400 `candidate_details_required` naming each missing field. They are recorded on the key; ' +
        'a name or email the key already holds is kept.',
      body: Type.Optional(StartBody),
      response: { 200: SessionEnvelope, 201: SessionEnvelope, ...errorResponses(400, 401, 403, 409, 410) },
    },
    handler: async (request, reply) => {
      const { created, session } = await attempt.start(candidate(request), request.body);
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
