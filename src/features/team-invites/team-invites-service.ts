import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/database.js';
import { isUniqueViolation } from '../../db/dialect.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors.js';
import { newId, sha256 } from '../../ids.js';
import type { Clock } from '../../shared/clock.js';
import type { SecretBox } from '../../shared/secret-box.js';
import type { Role } from '../auth/auth-scopes.js';
import { diffFields, recordAudit, type AuditContext } from '../audit/audit-service.js';
import { enqueueJob } from '../outbox/outbox-publish.js';
import { getOrganization } from '../orgs/orgs-service.js';
import { canViewTeam, newSecretToken, normalizeEmail, type TeamActor } from '../users/users-fns.js';
import { hashPassword } from '../users/users-passwords.js';
import {
  EmailTakenError,
  accountExists,
  assertCanManageTeam,
  assertMayAssign,
  createUser,
  isTeamMember,
  signIn,
  type SignedIn,
} from '../users/users-service.js';
import {
  InviteLinkInvalidError,
  TEAM_INVITE_EMAIL_JOB,
  inviteExpiry,
  inviteLinkError,
  inviteStatus,
  sealContextOf,
  type InviteEmailStatus,
  type TeamInviteEmailPayload,
} from './team-invites-fns.js';
import {
  findInvite,
  findInviteByTokenHash,
  findOpenInviteByEmail,
  insertInvite,
  listOpenInvites,
  markInviteAccepted,
  renewInvite,
  revokeInvite,
  type TeamInviteRow,
} from './team-invites-store.js';

export interface TeamInviteView {
  id: string;
  email: string;
  role: Role;
  status: 'pending' | 'expired';
  invitedBy: { type: string; id: string | null; name: string | null };
  emailStatus: InviteEmailStatus;
  createdAt: string;
  sentAt: string;
  expiresAt: string;
}

function toInviteView(row: TeamInviteRow, now: Date): TeamInviteView {
  return {
    id: row.id,
    email: row.email,
    role: row.role as Role,
    status: inviteStatus(row, now) === 'pending' ? 'pending' : 'expired',
    invitedBy: { type: row.invited_by_type, id: row.invited_by_id, name: row.invited_by_name },
    emailStatus: row.email_status as InviteEmailStatus,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    expiresAt: row.expires_at,
  };
}

export interface InviteLookup {
  orgName: string;
  email: string;
  role: Role;
  invitedByName: string | null;
  expiresAt: string;
  accountExists: boolean;
}

/** Where an accept request came from, for its audit entry (the invitee has no principal yet). */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

class AccountExistsError extends ConflictError {
  constructor(orgName: string) {
    super(
      `This address already has an Assay account, and an address can belong to one organization only, so it cannot join ${orgName}. ` +
        `Sign in to your account, or ask ${orgName} to invite another address.`,
      'account_exists',
    );
  }
}

function notFound(): NotFoundError {
  return new NotFoundError('Invite');
}

export interface TeamInvitesDeps {
  db: Db;
  clock: Clock;
  /** Opened on first use (the key file is read only when an invite is sent). */
  secretBox: () => SecretBox;
}

/**
 * Team invites by email: an owner or admin invites an address with a role;
 * the address's owner follows the one-time link, chooses a name and password,
 * and is signed in. Nobody else ever holds a password of theirs. Whether the
 * address has an account elsewhere changes nothing the inviter sees: the email
 * (which only the invitee reads) and the link's page tell the invitee.
 */
export function createTeamInvitesService(deps: TeamInvitesDeps) {
  const { db, clock } = deps;

  /** Queues the email in the transaction of the invite; the job carries the token sealed. */
  async function queueInviteEmail(trx: Executor, invite: TeamInviteRow, token: string): Promise<void> {
    const payload: TeamInviteEmailPayload = {
      orgId: invite.org_id,
      inviteId: invite.id,
      sealedToken: deps.secretBox().seal(token, sealContextOf(invite.id)),
    };
    await enqueueJob(trx, clock, { type: TEAM_INVITE_EMAIL_JOB, orgId: invite.org_id, payload });
  }

  /** An open invite of this organization, or 404 (another organization's invites do not exist here). */
  async function openInvite(trx: Executor, orgId: string, id: string): Promise<TeamInviteRow> {
    const invite = await findInvite(trx, orgId, id);
    if (!invite || inviteStatus(invite, clock.now()) === 'revoked') throw notFound();
    if (inviteStatus(invite, clock.now()) === 'accepted') {
      throw new ConflictError(`${invite.email} has already accepted this invite and is a member of the team`, 'invite_used');
    }
    return invite;
  }

  /** Who invites, as the invite keeps it (the name as it is now, like the audit log). */
  function inviterOf(context: AuditContext): Pick<TeamInviteRow, 'invited_by_type' | 'invited_by_id' | 'invited_by_name'> {
    return { invited_by_type: context.actor.type, invited_by_id: context.actor.id, invited_by_name: context.actor.name };
  }

  /** A usable invite for this link, or the 404/410 that says why not. */
  async function usableInvite(executor: Executor, tokenHash: string): Promise<TeamInviteRow> {
    const invite = await findInviteByTokenHash(executor, tokenHash);
    const error = inviteLinkError(invite ? inviteStatus(invite, clock.now()) : null);
    if (error) throw error;
    return invite!;
  }

  return {
    async list(orgId: string, actor: TeamActor): Promise<TeamInviteView[]> {
      if (!canViewTeam(actor)) throw new ForbiddenError('Listing invites needs a signed-in member or an API key with api_keys:manage');
      const now = clock.now();
      return (await listOpenInvites(db, orgId)).map((row) => toInviteView(row, now));
    },

    /**
     * Invites an address, or, when it already has an open invite here, sends
     * that invite again with the role asked for now (a new link; the older
     * one stops working). 409 only for a member of this very team, whom the
     * inviter can see in their own list anyway.
     */
    async invite(context: AuditContext, actor: TeamActor, input: { email: string; role: Role }): Promise<TeamInviteView> {
      assertCanManageTeam(actor);
      assertMayAssign(actor, null, input.role);
      const email = normalizeEmail(input.email);
      const orgId = context.orgId;
      try {
        return await inTransaction(db, async (trx) => {
          if (await isTeamMember(trx, orgId, email)) {
            throw new ConflictError(`${email} is already a member of this team`, 'already_member', { field: 'email' });
          }
          const now = clock.now();
          const { token, tokenHash } = newSecretToken();
          const sending = { token_hash: tokenHash, sent_at: now.toISOString(), expires_at: inviteExpiry(now).toISOString() };
          const existing = await findOpenInviteByEmail(trx, orgId, email);
          let invite: TeamInviteRow;
          if (existing) {
            assertMayAssign(actor, existing.role as Role, input.role);
            const changes = { ...sending, role: input.role, ...inviterOf(context) };
            await renewInvite(trx, orgId, existing.id, changes);
            invite = { ...existing, ...changes, email_status: 'queued' };
            await recordAudit(trx, clock, context, {
              action: 'team_invite.resend',
              resourceType: 'team_invite',
              resourceId: invite.id,
              resourceTitle: email,
              details: { role: input.role },
              changes: diffFields({ role: existing.role }, { role: input.role }),
            });
          } else {
            invite = {
              id: newId('tinv'),
              org_id: orgId,
              email,
              role: input.role,
              ...inviterOf(context),
              ...sending,
              email_status: 'queued',
              created_at: now.toISOString(),
              accepted_at: null,
              accepted_user_id: null,
              revoked_at: null,
            };
            await insertInvite(trx, invite);
            await recordAudit(trx, clock, context, {
              action: 'team_invite.create',
              resourceType: 'team_invite',
              resourceId: invite.id,
              resourceTitle: email,
              details: { role: input.role },
            });
          }
          await queueInviteEmail(trx, invite, token);
          return toInviteView(invite, now);
        });
      } catch (error) {
        // Two invites of one address at the same moment: the unique index keeps one.
        if (isUniqueViolation(error)) throw new ConflictError(`${email} was invited at this very moment; reload the invites`, 'invite_conflict');
        throw error;
      }
    },

    /** Sends an open invite again: a new link (the older one stops working) and a new week to use it. */
    async resend(context: AuditContext, actor: TeamActor, id: string): Promise<TeamInviteView> {
      assertCanManageTeam(actor);
      return inTransaction(db, async (trx) => {
        const invite = await openInvite(trx, context.orgId, id);
        assertMayAssign(actor, invite.role as Role, invite.role as Role);
        const now = clock.now();
        const { token, tokenHash } = newSecretToken();
        const changes = {
          token_hash: tokenHash,
          sent_at: now.toISOString(),
          expires_at: inviteExpiry(now).toISOString(),
          role: invite.role,
          invited_by_type: invite.invited_by_type,
          invited_by_id: invite.invited_by_id,
          invited_by_name: invite.invited_by_name,
        };
        await renewInvite(trx, context.orgId, id, changes);
        const renewed: TeamInviteRow = { ...invite, ...changes, email_status: 'queued' };
        await queueInviteEmail(trx, renewed, token);
        await recordAudit(trx, clock, context, {
          action: 'team_invite.resend',
          resourceType: 'team_invite',
          resourceId: id,
          resourceTitle: invite.email,
          details: { role: invite.role },
        });
        return toInviteView(renewed, now);
      });
    },

    /** Withdraws an open invite: its link answers 410 `invite_revoked` from now on. */
    async revoke(context: AuditContext, actor: TeamActor, id: string): Promise<void> {
      assertCanManageTeam(actor);
      await inTransaction(db, async (trx) => {
        const invite = await openInvite(trx, context.orgId, id);
        assertMayAssign(actor, invite.role as Role, invite.role as Role);
        if (!(await revokeInvite(trx, context.orgId, id, clock.now().toISOString()))) throw notFound();
        await recordAudit(trx, clock, context, {
          action: 'team_invite.revoke',
          resourceType: 'team_invite',
          resourceId: id,
          resourceTitle: invite.email,
          details: { role: invite.role },
        });
      });
    },

    /** What the link's page shows: the organization, the address, the role; 404/410 for a link that cannot be used. */
    async lookup(token: string): Promise<InviteLookup> {
      const invite = await usableInvite(db, sha256(token));
      const org = await getOrganization(db, invite.org_id);
      return {
        orgName: org.name,
        email: invite.email,
        role: invite.role as Role,
        invitedByName: invite.invited_by_name,
        expiresAt: invite.expires_at,
        accountExists: await accountExists(db, invite.email),
      };
    },

    /**
     * The invitee chooses their name and password: the account is created in
     * the invite's organization with its role, the invite is used up, and the
     * browser is signed in (its previous session, if any, ends).
     */
    async accept(input: { token: string; name: string; password: string }, previousTokenHash: string | null, origin: RequestOrigin): Promise<SignedIn> {
      const tokenHash = sha256(input.token);
      const invite = await usableInvite(db, tokenHash);
      const org = await getOrganization(db, invite.org_id);
      if (await accountExists(db, invite.email)) throw new AccountExistsError(org.name);
      // Hashing takes tens of milliseconds: before the transaction, and only for a usable link.
      const passwordHash = await hashPassword(input.password);
      return inTransaction(db, async (trx) => {
        let user;
        try {
          user = await createUser(trx, clock, { orgId: invite.org_id, email: invite.email, name: input.name, role: invite.role as Role, passwordHash });
        } catch (error) {
          if (error instanceof EmailTakenError) throw new AccountExistsError(org.name);
          throw error;
        }
        const claimed = await markInviteAccepted(trx, { id: invite.id, tokenHash, userId: user.id, now: clock.now().toISOString() });
        if (!claimed) {
          // Used, revoked or resent since the check above: say which (the account above is rolled back).
          await usableInvite(trx, tokenHash);
          throw new InviteLinkInvalidError();
        }
        const signedIn = await signIn(trx, clock, user, previousTokenHash);
        await recordAudit(
          trx,
          clock,
          { orgId: invite.org_id, actor: { type: 'user', id: user.id, name: user.name }, ...origin },
          {
            action: 'team_invite.accept',
            resourceType: 'team_invite',
            resourceId: invite.id,
            resourceTitle: invite.email,
            details: { role: invite.role, userId: user.id },
          },
        );
        return signedIn;
      });
    },
  };
}

export type TeamInvitesService = ReturnType<typeof createTeamInvitesService>;
