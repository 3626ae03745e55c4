import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/database.js';
import { isUniqueViolation, type DialectName } from '../../db/dialect.js';
import { newId } from '../../ids.js';
import { AppError, ConflictError, ForbiddenError, NotFoundError } from '../../errors.js';
import { addDays, type Clock } from '../../shared/clock.js';
import { diffFields, recordAudit, type AuditContext } from '../audit/audit-service.js';
import type { Role, Scope } from '../auth/auth-scopes.js';
import { getOrganization, toOrganizationView, type OrganizationView } from '../orgs/orgs-service.js';
import {
  SESSION_TTL_DAYS,
  canManageTeam,
  canViewTeam,
  mayAssignRole,
  newSessionToken,
  normalizeEmail,
  scopesOfRole,
  type TeamActor,
} from './users-fns.js';
import { hashPassword, verifyPassword, warmUpPasswordChecks } from './users-passwords.js';
import {
  countOwners,
  deleteUser,
  findMemberByEmail,
  findUser,
  findUserByEmail,
  insertUser,
  insertWebSession,
  listUsers,
  lockTeam,
  revokeWebSession,
  updateUser,
  type UserRow,
} from './users-store.js';

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
  lastLoginAt: string | null;
}

export function toUserView(row: UserRow): UserView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    createdAt: row.created_at,
    lastLoginAt: row.last_login_at,
  };
}

/** How the trail names a reviewer: their name, or their email when the name is empty. */
function userTitleOf(user: Pick<UserRow, 'name' | 'email'>): string {
  return user.name || user.email;
}

export interface CreateUserInput {
  orgId: string;
  email: string;
  name: string;
  role: Role;
  /** The plain password (hashed here), or a hash made beforehand with hashPassword. */
  password?: string;
  passwordHash?: string;
}

class InvalidCredentialsError extends AppError {
  constructor() {
    super(401, 'invalid_credentials', 'The email or password is incorrect');
  }
}

/** 409: users.email is unique across the installation (one address, one account, one organization). */
export class EmailTakenError extends ConflictError {
  constructor() {
    super('An account with this email already exists', 'email_taken', { field: 'email' });
  }
}

function emailTaken(): EmailTakenError {
  return new EmailTakenError();
}

/**
 * Whether an address has an account in any organization. Only for what the
 * address's owner alone will read (the email sent to it, the page its link
 * opens): an answer to anyone else would tell one organization about
 * another's users.
 */
export async function accountExists(db: Executor, email: string): Promise<boolean> {
  return (await findUserByEmail(db, normalizeEmail(email))) !== undefined;
}

/** The organization of the account an address has, for the email sent to that address. */
export async function accountOrgId(db: Executor, email: string): Promise<string | null> {
  return (await findUserByEmail(db, normalizeEmail(email)))?.org_id ?? null;
}

/** Whether an address belongs to a member of this organization (the caller's own team, which it can list anyway). */
export async function isTeamMember(db: Executor, orgId: string, email: string): Promise<boolean> {
  return (await findMemberByEmail(db, orgId, normalizeEmail(email))) !== undefined;
}

/**
 * Creates a reviewer account inside the caller's transaction (a completed
 * signup, an accepted team invite, the demo). Hash the password before
 * opening the transaction (pass `passwordHash`) to keep the transaction short.
 */
export async function createUser(trx: Executor, clock: Clock, input: CreateUserInput): Promise<UserRow> {
  if (input.passwordHash === undefined && input.password === undefined) {
    throw new Error('createUser needs a password or a passwordHash');
  }
  const passwordHash = input.passwordHash ?? (await hashPassword(input.password!));
  const email = normalizeEmail(input.email);
  if (await findUserByEmail(trx, email)) throw emailTaken();
  const row: UserRow = {
    id: newId('usr'),
    org_id: input.orgId,
    email,
    name: input.name.trim(),
    password_hash: passwordHash,
    role: input.role,
    created_at: clock.now().toISOString(),
    last_login_at: null,
  };
  try {
    await insertUser(trx, row);
  } catch (error) {
    // Two signups with one email at once: the unique index decides.
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
  return row;
}

export interface StartedSession {
  token: string;
  expiresAt: string;
}

/** A new cookie session for a user; only the token's SHA-256 is stored. */
export async function startWebSession(trx: Executor, clock: Clock, user: UserRow): Promise<StartedSession> {
  const now = clock.now();
  const { token, tokenHash } = newSessionToken();
  const expiresAt = addDays(now, SESSION_TTL_DAYS).toISOString();
  await insertWebSession(trx, {
    token_hash: tokenHash,
    org_id: user.org_id,
    user_id: user.id,
    created_at: now.toISOString(),
    expires_at: expiresAt,
    revoked_at: null,
  });
  return { token, expiresAt };
}

export interface SignedIn {
  user: UserView;
  org: OrganizationView;
  session: StartedSession;
}

/**
 * Signs a user in inside the caller's transaction (a login, a completed
 * signup, an accepted invite): a session the browser already held is revoked
 * (no session fixation), and the sign-in is recorded on the account.
 */
export async function signIn(trx: Executor, clock: Clock, user: UserRow, previousTokenHash: string | null): Promise<SignedIn> {
  const now = clock.now().toISOString();
  if (previousTokenHash) await revokeWebSession(trx, previousTokenHash, now);
  await updateUser(trx, user.org_id, user.id, { last_login_at: now });
  const session = await startWebSession(trx, clock, user);
  const org = await getOrganization(trx, user.org_id);
  return { user: toUserView({ ...user, last_login_at: now }), org: toOrganizationView(org), session };
}

/** Login, logout and "who am I" for the dashboard's cookie sessions (signup: features/signups). */
export function createAccountsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  warmUpPasswordChecks();
  return {
    /**
     * Unknown email and wrong password give the same answer in about the same
     * time. A session the browser already held is revoked (no session fixation).
     */
    async login(input: { email: string; password: string }, previousTokenHash: string | null): Promise<SignedIn> {
      const user = await findUserByEmail(db, normalizeEmail(input.email));
      const valid = await verifyPassword(user?.password_hash ?? null, input.password);
      if (!user || !valid) throw new InvalidCredentialsError();
      return inTransaction(db, (trx) => signIn(trx, clock, user, previousTokenHash));
    },

    async logout(tokenHash: string): Promise<void> {
      await revokeWebSession(db, tokenHash, clock.now().toISOString());
    },

    async me(orgId: string, userId: string): Promise<{ user: UserView; org: OrganizationView; scopes: Scope[] }> {
      const user = await findUser(db, orgId, userId);
      if (!user) throw new NotFoundError('User');
      const org = await getOrganization(db, orgId);
      return { user: toUserView(user), org: toOrganizationView(org), scopes: scopesOfRole(user.role as Role) };
    },
  };
}

/** 403 unless the actor manages the team (owners, admins, API keys with api_keys:manage). */
export function assertCanManageTeam(actor: TeamActor): void {
  if (!canManageTeam(actor)) {
    throw new ForbiddenError('Managing the team needs the owner or admin role (or an API key with api_keys:manage)');
  }
}

/** 403 unless the actor may give this role (only owners make or change owners). */
export function assertMayAssign(actor: TeamActor, currentRole: Role | null, nextRole: Role): void {
  if (!mayAssignRole(actor, currentRole, nextRole)) {
    throw new ForbiddenError('Only an owner can make someone an owner or change an owner');
  }
}

export interface UpdateMemberInput {
  name?: string;
  role?: Role;
}

/** The organization's reviewer accounts: list, change role, remove (new members join by invite: features/team-invites). */
export function createTeamService(deps: { db: Db; dialect: DialectName; clock: Clock }) {
  const { db, dialect, clock } = deps;

  async function guardLastOwner(trx: Executor, orgId: string, member: UserRow, nextRole: Role | null): Promise<void> {
    if (member.role !== 'owner' || nextRole === 'owner') return;
    if ((await countOwners(trx, orgId)) <= 1) {
      throw new ConflictError('An organization must keep at least one owner', 'last_owner');
    }
  }

  return {
    async list(orgId: string, actor: TeamActor): Promise<UserView[]> {
      if (!canViewTeam(actor)) throw new ForbiddenError('Listing the team needs a signed-in member or an API key with api_keys:manage');
      return (await listUsers(db, orgId)).map(toUserView);
    },

    /** PATCH: absent fields stay as they are. */
    async update(context: AuditContext, actor: TeamActor, id: string, input: UpdateMemberInput): Promise<UserView> {
      const { orgId } = context;
      return inTransaction(db, async (trx) => {
        assertCanManageTeam(actor);
        await lockTeam(trx, dialect, orgId);
        const member = await findUser(trx, orgId, id);
        if (!member) throw new NotFoundError('User');
        const nextRole = input.role ?? (member.role as Role);
        assertMayAssign(actor, member.role as Role, nextRole);
        await guardLastOwner(trx, orgId, member, nextRole);
        const changes: { name?: string; role?: Role } = {};
        if (input.name !== undefined) changes.name = input.name.trim();
        if (input.role !== undefined) changes.role = input.role;
        if (Object.keys(changes).length > 0) await updateUser(trx, orgId, id, changes);
        const updated = { ...member, ...changes };
        await recordAudit(trx, clock, context, {
          action: updated.role === member.role ? 'user.update' : 'user.role_change',
          resourceType: 'user',
          resourceId: id,
          resourceTitle: userTitleOf(updated),
          changes: diffFields({ name: member.name, role: member.role }, { name: updated.name, role: updated.role }),
        });
        return toUserView(updated);
      });
    },

    /** Removes a member and signs them out everywhere; never the last owner. */
    async remove(context: AuditContext, actor: TeamActor, id: string): Promise<void> {
      const { orgId } = context;
      await inTransaction(db, async (trx) => {
        assertCanManageTeam(actor);
        await lockTeam(trx, dialect, orgId);
        const member = await findUser(trx, orgId, id);
        if (!member) throw new NotFoundError('User');
        assertMayAssign(actor, member.role as Role, member.role as Role);
        await guardLastOwner(trx, orgId, member, null);
        await deleteUser(trx, orgId, id);
        await recordAudit(trx, clock, context, {
          action: 'user.delete',
          resourceType: 'user',
          resourceId: id,
          resourceTitle: userTitleOf(member),
          details: { email: member.email, role: member.role },
        });
      });
    },
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
export type TeamService = ReturnType<typeof createTeamService>;

/** The addresses of an organization's owners, for notices only they should get (an integration's errors). */
export async function ownerEmails(db: Executor, orgId: string): Promise<string[]> {
  return (await listUsers(db, orgId)).filter((user) => user.role === 'owner').map((user) => user.email);
}
