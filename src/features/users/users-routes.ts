import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { IdParams, OkIdBody, errorResponses } from '../../shared/http-schemas.js';
import { auditContextOf } from '../audit/audit-context.js';
import { SESSION_COOKIE, orgIdOf, principalOf } from '../auth/auth-plugin.js';
import type { StaffPrincipal } from '../auth/auth-principal.js';
import { UnauthorizedError } from '../../errors.js';
import { normalizeEmail, teamActorOf } from './users-fns.js';
import { createRouteLimit } from '../throttles/throttles-plugin.js';
import { CsrfResponse, LoginBody, LogoutResponse, MeResponse, SignedInResponse, UpdateUserBody, UserListResponse, UserResponse } from './users-schemas.js';
import { createAccountsService, createTeamService } from './users-service.js';
import { previousSessionOf, setSessionCookie } from './users-cookies.js';

/**
 * Login limits, counted in the database (every instance, across restarts).
 * Guessing one account's password is limited three ways, none of which lets
 * an attacker lock its owner out for long:
 * - per account at one address: 5 a minute, then each further try doubles the
 *   wait (1, 2, 4 … minutes, at most 15): one address guessing is slowed to a
 *   crawl, and only that address;
 * - per account, from all addresses together: 10 a minute, in a window that
 *   never grows, so the owner gets in at most a minute after the last wrong
 *   try made from elsewhere;
 * - per address, over all accounts: 10 a minute (credential stuffing).
 * The account is the email as typed (normalized), whether or not it has an
 * account: the limits say nothing about which emails exist.
 */
export const LOGIN_LIMITS = {
  perAddress: { max: 10, timeWindow: 60_000 },
  perAccountAtAddress: { max: 5, timeWindowMs: 60_000 },
  perAccount: { max: 10, timeWindowMs: 60_000 },
} as const;

function loginEmailOf(request: FastifyRequest): string {
  return normalizeEmail((request.body as { email: string }).email);
}

function userSession(request: FastifyRequest): Extract<StaffPrincipal, { kind: 'user' }> {
  const principal = principalOf(request);
  if (principal.kind !== 'user') throw new UnauthorizedError('This route needs a signed-in reviewer');
  return principal;
}

function staffOf(request: FastifyRequest): StaffPrincipal {
  const principal = principalOf(request);
  if (principal.kind !== 'user' && principal.kind !== 'apiKey') throw new UnauthorizedError();
  return principal;
}

export const usersRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const accounts = createAccountsService(deps);
  const team = createTeamService(deps);
  const secure = deps.config.secureCookies;
  const loginPerAccountAtAddress = createRouteLimit(app, {
    name: 'login:account-address',
    ...LOGIN_LIMITS.perAccountAtAddress,
    backoff: true,
    subject: (request) => `${loginEmailOf(request)} ${request.ip}`,
    message: 'Too many sign-in attempts for this account from this address',
  });
  const loginPerAccount = createRouteLimit(app, {
    name: 'login:account',
    ...LOGIN_LIMITS.perAccount,
    subject: loginEmailOf,
    message: 'Too many sign-in attempts for this account',
  });

  app.post('/v1/auth/login', {
    config: { rateLimit: { ...LOGIN_LIMITS.perAddress, keyGenerator: (request) => `login:address:${request.ip}` } },
    // The pair first: an address held back for one account spends nothing of the account's own limit.
    preHandler: async (request, reply) => {
      await loginPerAccountAtAddress(request, reply);
      await loginPerAccount(request, reply);
    },
    schema: {
      tags: ['Accounts'],
      summary: 'Sign in with email and password',
      description:
        'Sets the HTTP-only `assay_session` cookie (14 days). Unknown email and wrong password both answer 401 `invalid_credentials`. ' +
        'Limited (429 with Retry-After) to 5 attempts a minute per account and address (then a doubling wait, at most 15 minutes), ' +
        '10 a minute per account from all addresses, and 10 a minute per address.',
      security: [],
      body: LoginBody,
      response: { 200: SignedInResponse, ...errorResponses(400, 401, 429) },
    },
    handler: async (request, reply) => {
      const { user, org, session } = await accounts.login(request.body, previousSessionOf(request));
      setSessionCookie(reply, session, secure);
      return { user, org, csrfToken: reply.generateCsrf() };
    },
  });

  app.post('/v1/auth/logout', {
    config: { auth: { principals: ['user'] } },
    schema: {
      tags: ['Accounts'],
      summary: 'Sign out: revoke this session and clear its cookie',
      security: [{ sessionCookie: [] }],
      response: { 200: LogoutResponse, ...errorResponses(401, 403) },
    },
    handler: async (request, reply) => {
      await accounts.logout(userSession(request).sessionTokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
      return { ok: true as const };
    },
  });

  app.get('/v1/auth/me', {
    config: { auth: { principals: ['user'] } },
    schema: {
      tags: ['Accounts'],
      summary: 'The signed-in reviewer, their organization and scopes, and a fresh CSRF token',
      security: [{ sessionCookie: [] }],
      response: { 200: MeResponse, ...errorResponses(401) },
    },
    handler: async (request, reply) => {
      const session = userSession(request);
      const me = await accounts.me(session.orgId, session.userId);
      return { ...me, csrfToken: reply.generateCsrf() };
    },
  });

  app.get('/v1/auth/csrf', {
    schema: {
      tags: ['Accounts'],
      summary: 'Issue a CSRF token for cookie-authenticated requests',
      description: 'Double-submit: sets the `_csrf` secret cookie; send the token as the `x-csrf-token` header.',
      security: [],
      response: { 200: CsrfResponse },
    },
    handler: async (_request, reply) => ({ csrfToken: reply.generateCsrf() }),
  });

  app.get('/v1/users', {
    config: { auth: {} },
    schema: {
      tags: ['Team'],
      summary: "List the organization's reviewer accounts",
      response: { 200: UserListResponse, ...errorResponses(401, 403) },
    },
    handler: async (request) => ({ users: await team.list(orgIdOf(request), teamActorOf(staffOf(request))) }),
  });

  app.patch('/v1/users/:id', {
    config: { auth: {} },
    schema: {
      tags: ['Team'],
      summary: "Change a reviewer's role or name (owners and admins)",
      description: 'Absent fields stay unchanged. The last owner cannot be demoted (409 `last_owner`).',
      params: IdParams,
      body: UpdateUserBody,
      response: { 200: UserResponse, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request) => ({
      user: await team.update(auditContextOf(request), teamActorOf(staffOf(request)), request.params.id, request.body),
    }),
  });

  app.delete('/v1/users/:id', {
    config: { auth: {} },
    schema: {
      tags: ['Team'],
      summary: 'Remove a reviewer account and end its sessions (owners and admins)',
      description: 'The last owner cannot be removed (409 `last_owner`).',
      params: IdParams,
      response: { 200: OkIdBody, ...errorResponses(401, 403, 404, 409) },
    },
    handler: async (request) => {
      await team.remove(auditContextOf(request), teamActorOf(staffOf(request)), request.params.id);
      return { ok: true as const, id: request.params.id };
    },
  });
};
