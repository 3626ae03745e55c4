import pinoPretty from 'pino-pretty';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { AppDeps } from './app-deps.js';
import { ErrorBody } from './shared/http-schemas.js';
import { BODY_LIMIT_BYTES, errorHandler } from './http-errors.js';
import { refuseUnstorableText, useStrictJsonParser } from './http-input.js';
import { createClientErrorHandler, createLiteralPathGuard, createNotFoundHandler, createRouteTable, documentInputErrors, serverTimeouts } from './http-protocol.js';
import { boundRequestSchemas, validatorCompiler } from './http-validation.js';
import { newRequestId } from './ids.js';
import { authPlugin } from './features/auth/auth-plugin.js';
import { registerThrottles } from './features/throttles/throttles-plugin.js';
import { apiKeysRoutes } from './features/api-keys/api-keys-routes.js';
import { orgsRoutes } from './features/orgs/orgs-routes.js';
import { webRoutes } from './features/web/web-routes.js';
import { cliDownloadRoutes } from './features/cli-download/cli-download-routes.js';
import { sessionEventsRoutes } from './features/session-events/session-events-routes.js';
import { invitationResendRoutes } from './features/invitation-resend/invitation-resend-routes.js';
import { usersRoutes } from './features/users/users-routes.js';
import { teamInvitesRoutes } from './features/team-invites/team-invites-routes.js';
import { signupsRoutes } from './features/signups/signups-routes.js';
import { assessmentsRoutes } from './features/assessments/assessments-routes.js';
import type { Executor } from './db/database.js';
import { invitationsRoutes } from './features/invitations/invitations-routes.js';
import { revokeSession } from './features/sessions/sessions-completion.js';
import { rubricsRoutes } from './features/rubrics/rubrics-routes.js';
import { questionBankRoutes } from './features/question-bank/question-bank-routes.js';
import { issuesRoutes } from './features/issues/issues-routes.js';
import { candidateFlowRoutes } from './features/candidate-flow/candidate-flow-routes.js';
import { sessionsRoutes } from './features/sessions/sessions-routes.js';
import { verificationRoutes } from './features/verification/verification-routes.js';
import { webhooksRoutes } from './features/webhooks/webhooks-routes.js';
import { emailsRoutes } from './features/emails/emails-routes.js';
import { decisionEmailsRoutes } from './features/decision-emails/decision-emails-routes.js';
import { jobsRoutes } from './features/jobs/jobs-routes.js';
import { resultsReadSide } from './features/results/results-read-side.js';
import { greenhouseRoutes } from './features/greenhouse/greenhouse-routes.js';
import { homeRoutes } from './features/home/home-routes.js';

export interface BuildAppOptions {
  deps: AppDeps;
  /** Fastify logger options; tests pass false. */
  logger?: boolean | object;
}

/** Redacted from every log line: credentials must never reach the logs. */
const REDACT = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
];

/** One short readable line per message (time, level, message), for a person at a terminal. */
function prettyLogStream() {
  return pinoPretty({ sync: true, colorize: process.stdout.isTTY === true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,reqId' });
}

/** Builds the Fastify app with every route registered; does not listen. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { deps } = options;
  const logger =
    options.logger === false
      ? false
      : {
          level: deps.config.logLevel,
          redact: REDACT,
          ...(deps.config.logFormat === 'pretty' ? { stream: prettyLogStream() } : {}),
          ...(typeof options.logger === 'object' ? options.logger : {}),
        };
  const routeTable = createRouteTable();
  const app = Fastify({
    logger,
    logController: new LogController({ disableRequestLogging: !deps.config.logRequests }),
    genReqId: newRequestId,
    requestIdHeader: false,
    trustProxy: deps.config.trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    ...serverTimeouts(deps.config),
    clientErrorHandler: createClientErrorHandler(routeTable),
    // A malformed path (`%zz`) or a too long parameter, answered before routing: our format too.
    frameworkErrors: (error, request, reply) => void errorHandler(error, request, reply),
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(createNotFoundHandler(routeTable));
  // Added before any route and before swagger, so that what they add is validated and documented.
  app.addHook('onRoute', boundRequestSchemas);
  app.addHook('onRoute', documentInputErrors);
  app.addHook('onRoute', (route) => routeTable.add(route));
  app.addHook('onRequest', createLiteralPathGuard(routeTable));
  useStrictJsonParser(app);
  app.addHook('preValidation', refuseUnstorableText);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addSchema(ErrorBody);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Assay API',
        version: '1.0.0',
        description:
          'Self-hostable candidate assessments: assessments, candidate keys, the candidate flow, results, scores, webhooks.',
      },
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'ct_live_… API key, candidate token, or operator key' },
          apiKeyHeader: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
          sessionCookie: { type: 'apiKey', in: 'cookie', name: 'assay_session' },
          basicAuth: { type: 'http', scheme: 'basic', description: 'Partner APIs (Greenhouse): an API key as the user name, empty password' },
        },
      },
      security: [{ bearerAuth: [] }, { apiKeyHeader: [] }, { sessionCookie: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await app.register(cookie);
  await app.register(csrf, {
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', secure: deps.config.secureCookies, signed: false },
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
  });
  // Rate limits counted in the database, shared by every instance (routes opt in).
  await registerThrottles(app, deps);
  await app.register(authPlugin, { db: deps.db, clock: deps.clock, operatorKey: deps.config.operatorKey });

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['Operations'],
        summary: 'Liveness and database check',
        response: { 200: { type: 'object', properties: { ok: { type: 'boolean' }, database: { type: 'string' } } } },
      },
    },
    async () => {
      await deps.db.selectFrom('organizations').select('id').limit(1).execute();
      return { ok: true, database: deps.dialect };
    },
  );

  await app.register(orgsRoutes, { deps });
  await app.register(apiKeysRoutes, { deps });
  await app.register(usersRoutes, { deps });
  await app.register(teamInvitesRoutes, { deps });
  await app.register(signupsRoutes, { deps });
  await app.register(assessmentsRoutes, { deps });
  // Revoking a key ends its attempt in progress; the attempt feature does that part.
  const endAttemptOnRevoke = (trx: Executor, orgId: string, sessionId: string) =>
    revokeSession(trx, { clock: deps.clock, publicUrl: deps.config.publicUrl }, orgId, sessionId);
  await app.register(invitationsRoutes, { deps, endAttemptOnRevoke });
  await app.register(rubricsRoutes, { deps });
  await app.register(questionBankRoutes, { deps });
  await app.register(issuesRoutes, { deps });
  await app.register(candidateFlowRoutes, { deps });
  await app.register(sessionsRoutes, { deps });
  await app.register(verificationRoutes, { deps });
  await app.register(webhooksRoutes, { deps });
  await app.register(emailsRoutes, { deps });
  await app.register(decisionEmailsRoutes, { deps });
  await app.register(jobsRoutes, { deps });
  await app.register(resultsReadSide, { deps });
  await app.register(greenhouseRoutes, { deps });

  await app.register(sessionEventsRoutes, { deps });
  await app.register(invitationResendRoutes, { deps });
  await app.register(homeRoutes, { deps });
  await app.register(cliDownloadRoutes);
  // The web app last: its SPA fallback must never shadow an API route.
  await app.register(webRoutes);

  return app;
}
