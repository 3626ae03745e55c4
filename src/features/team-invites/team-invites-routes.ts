import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { UnauthorizedError } from '../../errors.js';
import { IdParams, OkIdBody, errorResponses } from '../../shared/http-schemas.js';
import { secretBoxFor, type SecretBox } from '../../shared/secret-box.js';
import { orgIdOf, principalOf } from '../auth/auth-plugin.js';
import { auditContextOf } from '../audit/audit-context.js';
import { createRouteLimit } from '../throttles/throttles-plugin.js';
import { previousSessionOf, setSessionCookie } from '../users/users-cookies.js';
import { teamActorOf, type TeamActor } from '../users/users-fns.js';
import { assertCanManageTeam } from '../users/users-service.js';
import { SignedInResponse } from '../users/users-schemas.js';
import {
  AcceptTeamInviteBody,
  CreateTeamInviteBody,
  InviteTokenBody,
  TeamInviteListResponse,
  TeamInviteLookupResponse,
  TeamInviteResponse,
} from './team-invites-schemas.js';
import { createTeamInvitesService, type RequestOrigin } from './team-invites-service.js';

/** Invite emails an organization may send (new invites and resends together). */
export const INVITE_EMAILS_PER_ORG = { max: 50, timeWindowMs: 3_600_000 } as const;
/** One invite's email is sent again at most once a minute. */
export const RESENDS_PER_INVITE = { max: 1, timeWindowMs: 60_000 } as const;
/** The link's page and its form, per client address (a token cannot be guessed; this bounds the password hashing). */
const LINK_RATE_LIMIT = { max: 30, timeWindow: '1 minute' };

function actorOfRequest(request: FastifyRequest): TeamActor {
  const principal = principalOf(request);
  if (principal.kind !== 'user' && principal.kind !== 'apiKey') throw new UnauthorizedError();
  return teamActorOf(principal);
}

function originOf(request: FastifyRequest): RequestOrigin {
  const userAgent = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 512) : null, requestId: request.id };
}

export const teamInvitesRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  let box: SecretBox | null = null;
  const invites = createTeamInvitesService({ ...deps, secretBox: () => (box ??= secretBoxFor(deps.config)) });
  const secure = deps.config.secureCookies;
  const emailsPerOrg = createRouteLimit(app, {
    name: 'team-invites:org',
    ...INVITE_EMAILS_PER_ORG,
    subject: (request) => orgIdOf(request),
    message: 'Too many invitation emails from this organization',
  });
  const resendsPerInvite = createRouteLimit(app, {
    name: 'team-invites:resend',
    ...RESENDS_PER_INVITE,
    subject: (request) => `${orgIdOf(request)}:${(request.params as { id: string }).id}`,
    message: 'This invitation was just sent',
  });

  app.get('/v1/users/invites', {
    config: { auth: {} },
    schema: {
      tags: ['Team'],
      summary: 'Team invites not yet accepted or revoked (pending or expired), newest first',
      response: { 200: TeamInviteListResponse, ...errorResponses(401, 403) },
    },
    handler: async (request) => ({ invites: await invites.list(orgIdOf(request), actorOfRequest(request)) }),
  });

  /** Counts an organization's invitation emails, only for those who may send them (a viewer's refused tries spend nothing). */
  async function countInviteEmail(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    assertCanManageTeam(actorOfRequest(request));
    await emailsPerOrg(request, reply);
  }

  app.post('/v1/users/invites', {
    config: { auth: {} },
    preHandler: countInviteEmail,
    schema: {
      tags: ['Team'],
      summary: 'Invite an address to the team with a role (owners and admins); the invitee sets their own password',
      description:
        'Answers 202: the invitation email (a one-time link, valid 7 days) is queued. The answer is the same whether or not the ' +
        'address has an Assay account elsewhere (only its owner learns that, from the email). Inviting an address with an open ' +
        'invite sends that invite again with the role given now. 409 `already_member` for a member of this team. Only an owner ' +
        '(or an API key with `api_keys:manage`) can invite an owner. At most 50 invitation emails an hour per organization.',
      body: CreateTeamInviteBody,
      response: { 202: TeamInviteResponse, ...errorResponses(400, 401, 403, 409, 429) },
    },
    handler: async (request, reply) => {
      const invite = await invites.invite(auditContextOf(request), actorOfRequest(request), request.body);
      return reply.code(202).send({ invite });
    },
  });

  app.post('/v1/users/invites/:id/resend', {
    config: { auth: {} },
    preHandler: async (request, reply) => {
      assertCanManageTeam(actorOfRequest(request));
      await resendsPerInvite(request, reply);
      await emailsPerOrg(request, reply);
    },
    schema: {
      tags: ['Team'],
      summary: 'Send an invite again: a new link, valid 7 more days; the older link stops working',
      description: 'Works for pending and expired invites. 409 `invite_used` once accepted. At most once a minute per invite.',
      params: IdParams,
      response: { 202: TeamInviteResponse, ...errorResponses(401, 403, 404, 409, 429) },
    },
    handler: async (request, reply) => {
      const invite = await invites.resend(auditContextOf(request), actorOfRequest(request), request.params.id);
      return reply.code(202).send({ invite });
    },
  });

  app.delete('/v1/users/invites/:id', {
    config: { auth: {} },
    schema: {
      tags: ['Team'],
      summary: 'Revoke an invite: its link stops working (owners and admins)',
      params: IdParams,
      response: { 200: OkIdBody, ...errorResponses(401, 403, 404, 409) },
    },
    handler: async (request) => {
      await invites.revoke(auditContextOf(request), actorOfRequest(request), request.params.id);
      return { ok: true as const, id: request.params.id };
    },
  });

  app.post('/v1/users/invites/lookup', {
    config: { rateLimit: LINK_RATE_LIMIT },
    schema: {
      tags: ['Team'],
      summary: "What an invite link is for: the organization, the address and the role (the accept page's first request)",
      description:
        'The token comes from the emailed link (`/invite#token=…`) and is sent in the body, never in a URL. ' +
        '404 `invite_invalid` (unknown, or replaced by a newer email), 410 `invite_used`, `invite_revoked` or `invite_expired`.',
      security: [],
      body: InviteTokenBody,
      response: { 200: TeamInviteLookupResponse, ...errorResponses(400, 404, 410, 429) },
    },
    handler: async (request) => ({ invite: await invites.lookup(request.body.token) }),
  });

  app.post('/v1/users/invites/accept', {
    config: { rateLimit: LINK_RATE_LIMIT },
    schema: {
      tags: ['Team'],
      summary: 'Accept an invite: choose a name and password, join the team with its role, and sign in',
      description:
        'Sets the HTTP-only `assay_session` cookie, like login. The link works once: 410 `invite_used`, `invite_revoked` or ' +
        '`invite_expired`, 404 `invite_invalid`; 409 `account_exists` when the address already has an account (one address, one ' +
        'account and organization).',
      security: [],
      body: AcceptTeamInviteBody,
      response: { 201: SignedInResponse, ...errorResponses(400, 404, 409, 410, 429) },
    },
    handler: async (request, reply) => {
      const { user, org, session } = await invites.accept(request.body, previousSessionOf(request), originOf(request));
      setSessionCookie(reply, session, secure);
      return reply.code(201).send({ user, org, csrfToken: reply.generateCsrf() });
    },
  });
};
