import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { ForbiddenError } from '../../errors.js';
import { errorResponses } from '../../shared/http-schemas.js';
import { secretBoxFor, type SecretBox } from '../../shared/secret-box.js';
import { createRouteLimit } from '../throttles/throttles-plugin.js';
import { previousSessionOf, setSessionCookie } from '../users/users-cookies.js';
import { normalizeEmail } from '../users/users-fns.js';
import { SignedInResponse } from '../users/users-schemas.js';
import { SIGNUP_LINK_TTL_HOURS } from './signups-fns.js';
import { ContinueByEmailResponse, SignupBody, SignupLookupResponse, SignupTokenBody } from './signups-schemas.js';
import { createSignupsService } from './signups-service.js';

/** Signups per client address (as before signups continued by email). */
const SIGNUP_RATE_LIMIT = { max: 20, timeWindow: '1 hour' };
/** Signup emails one address may be sent, whoever asks: nobody fills someone's inbox. The same for every address. */
export const SIGNUP_EMAILS_PER_ADDRESS = { max: 5, timeWindowMs: 3_600_000 } as const;
/** The link's page and its button, per client address. */
const LINK_RATE_LIMIT = { max: 30, timeWindow: '1 minute' };

export const signupsRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  let box: SecretBox | null = null;
  const signups = createSignupsService({ ...deps, secretBox: () => (box ??= secretBoxFor(deps.config)) });
  const secure = deps.config.secureCookies;
  const emailsPerAddress = createRouteLimit(app, {
    name: 'signup:email',
    ...SIGNUP_EMAILS_PER_ADDRESS,
    subject: (request) => normalizeEmail((request.body as { email: string }).email),
    message: 'Too many sign-up emails for this address',
  });
  function assertSignupOpen(): void {
    if (!deps.config.signup) throw new ForbiddenError('Sign-up is disabled on this server', 'signup_disabled');
  }

  app.post('/v1/auth/signup', {
    config: { rateLimit: SIGNUP_RATE_LIMIT },
    preHandler: async (request, reply) => {
      assertSignupOpen();
      await emailsPerAddress(request, reply);
    },
    schema: {
      tags: ['Accounts'],
      summary: 'Start creating an organization: a link to finish is emailed to the address',
      description:
        `Answers 202 with the same body for every address, whether or not it already has an account: the email says which ` +
        `(a link that creates the organization and its owner, valid ${SIGNUP_LINK_TTL_HOURS} hours, or a way to sign in to the ` +
        `existing account). Finish with \`POST /v1/auth/signup/complete\`. 403 \`signup_disabled\` when ASSAY_SIGNUP=0. ` +
        'Limited to 20 an hour per client address and 5 emails an hour per email address.',
      security: [],
      body: SignupBody,
      response: { 202: ContinueByEmailResponse, ...errorResponses(400, 403, 429) },
    },
    handler: async (request, reply) => {
      const { email } = await signups.start(request.body);
      return reply.code(202).send({ ok: true as const, email, message: `Check your inbox: we sent an email to ${email} to continue.` });
    },
  });

  app.post('/v1/auth/signup/lookup', {
    config: { rateLimit: LINK_RATE_LIMIT },
    preHandler: async () => assertSignupOpen(),
    schema: {
      tags: ['Accounts'],
      summary: "What a sign-up link will create (the complete-signup page's first request)",
      description:
        'The token comes from the emailed link (`/signup/complete#token=…`) and is sent in the body, never in a URL. ' +
        '404 `signup_link_invalid`, 410 `signup_link_used` or `signup_link_expired`.',
      security: [],
      body: SignupTokenBody,
      response: { 200: SignupLookupResponse, ...errorResponses(400, 403, 404, 410, 429) },
    },
    handler: async (request) => ({ signup: await signups.lookup(request.body.token) }),
  });

  app.post('/v1/auth/signup/complete', {
    config: { rateLimit: LINK_RATE_LIMIT },
    preHandler: async () => assertSignupOpen(),
    schema: {
      tags: ['Accounts'],
      summary: 'Finish a signup from its emailed link: create the organization and its owner, and sign in',
      description:
        'Sets the HTTP-only `assay_session` cookie, like login; use the returned `csrfToken` as `x-csrf-token` on unsafe requests. ' +
        'The link works once: 410 `signup_link_used` or `signup_link_expired`, 404 `signup_link_invalid`; 409 `account_exists` when ' +
        'the address got an account meanwhile.',
      security: [],
      body: SignupTokenBody,
      response: { 201: SignedInResponse, ...errorResponses(400, 403, 404, 409, 410, 429) },
    },
    handler: async (request, reply) => {
      const { user, org, session } = await signups.complete(request.body.token, previousSessionOf(request));
      setSessionCookie(reply, session, secure);
      return reply.code(201).send({ user, org, csrfToken: reply.generateCsrf() });
    },
  });
};
