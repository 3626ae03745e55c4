import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/database.js';
import { ConflictError } from '../../errors.js';
import { newId, sha256 } from '../../ids.js';
import type { Clock } from '../../shared/clock.js';
import type { SecretBox } from '../../shared/secret-box.js';
import { enqueueJob } from '../outbox/outbox-publish.js';
import { createOrganization } from '../orgs/orgs-service.js';
import { newSecretToken, normalizeEmail } from '../users/users-fns.js';
import { hashPassword, warmUpPasswordChecks } from '../users/users-passwords.js';
import { EmailTakenError, accountExists, createUser, signIn, type SignedIn } from '../users/users-service.js';
import { SIGNUP_EMAIL_JOB, SignupLinkInvalidError, sealContextOf, signupExpiry, signupLinkError, signupStatus, type SignupEmailPayload } from './signups-fns.js';
import { findPendingSignupByTokenHash, insertPendingSignup, markSignupCompleted, type PendingSignupRow } from './signups-store.js';

export interface SignupInput {
  email: string;
  password: string;
  name: string;
  orgName: string;
}

export interface SignupLookup {
  email: string;
  name: string;
  orgName: string;
  expiresAt: string;
  accountExists: boolean;
}

class AccountExistsError extends ConflictError {
  constructor() {
    super(
      'This address already has an Assay account, and an address can have one account only, so no new organization was created. ' +
        'Sign in to your account, or sign up with another address.',
      'account_exists',
    );
  }
}

export interface SignupsDeps {
  db: Db;
  clock: Clock;
  /** Opened on first use (the key file is read only when a signup is started). */
  secretBox: () => SecretBox;
}

/**
 * Signup that continues by email: starting it stores what was typed (the
 * password as its argon2id hash) and queues an email; the emailed link
 * creates the organization and its owner. Starting answers the same for every
 * address, in the same way (one password hash, one row, one queued job): the
 * delivery job alone decides, when it sends, whether the address gets the link
 * or the news that it already has an account.
 */
export function createSignupsService(deps: SignupsDeps) {
  const { db, clock } = deps;
  warmUpPasswordChecks();

  async function usableSignup(executor: Executor, tokenHash: string): Promise<PendingSignupRow> {
    const signup = await findPendingSignupByTokenHash(executor, tokenHash);
    const error = signupLinkError(signup ? signupStatus(signup, clock.now()) : null);
    if (error) throw error;
    return signup!;
  }

  return {
    async start(input: SignupInput): Promise<{ email: string }> {
      const email = normalizeEmail(input.email);
      const passwordHash = await hashPassword(input.password);
      const now = clock.now();
      const { token, tokenHash } = newSecretToken();
      const row: PendingSignupRow = {
        id: newId('sgn'),
        org_id: null,
        email,
        name: input.name.trim(),
        org_name: input.orgName.trim(),
        password_hash: passwordHash,
        token_hash: tokenHash,
        created_at: now.toISOString(),
        expires_at: signupExpiry(now).toISOString(),
        completed_at: null,
      };
      const payload: SignupEmailPayload = { signupId: row.id, sealedToken: deps.secretBox().seal(token, sealContextOf(row.id)) };
      await inTransaction(db, async (trx) => {
        await insertPendingSignup(trx, row);
        await enqueueJob(trx, clock, { type: SIGNUP_EMAIL_JOB, payload });
      });
      return { email };
    },

    /** What the link's page shows; 404/410 for a link that cannot be used. */
    async lookup(token: string): Promise<SignupLookup> {
      const signup = await usableSignup(db, sha256(token));
      return {
        email: signup.email,
        name: signup.name,
        orgName: signup.org_name,
        expiresAt: signup.expires_at,
        accountExists: await accountExists(db, signup.email),
      };
    },

    /** Creates the organization and its owner from the link, once, and signs the browser in. */
    async complete(token: string, previousTokenHash: string | null): Promise<SignedIn> {
      const tokenHash = sha256(token);
      const signup = await usableSignup(db, tokenHash);
      if (await accountExists(db, signup.email)) throw new AccountExistsError();
      return inTransaction(db, async (trx) => {
        const org = await createOrganization(trx, clock, { name: signup.org_name });
        let user;
        try {
          user = await createUser(trx, clock, { orgId: org.id, email: signup.email, name: signup.name, role: 'owner', passwordHash: signup.password_hash });
        } catch (error) {
          if (error instanceof EmailTakenError) throw new AccountExistsError();
          throw error;
        }
        if (!(await markSignupCompleted(trx, { id: signup.id, orgId: org.id, now: clock.now().toISOString() }))) {
          // Completed (another tab) or expired since the check above: say which; the organization above is rolled back.
          await usableSignup(trx, tokenHash);
          throw new SignupLinkInvalidError();
        }
        return signIn(trx, clock, user, previousTokenHash);
      });
    },
  };
}

export type SignupsService = ReturnType<typeof createSignupsService>;
