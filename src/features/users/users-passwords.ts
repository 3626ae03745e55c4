import { Algorithm, hash, verify } from '@node-rs/argon2';
import { ValidationError } from '../../errors.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './users-fns.js';

/**
 * argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): memory
 * hard, so guessing leaked hashes on GPUs is expensive, while one login costs
 * a few tens of milliseconds on the native thread pool (not the event loop).
 */
const ARGON2_OPTIONS = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
};

/** Password rules, checked again here for callers that do not go through an HTTP schema (demo, CLI). */
export function assertPasswordAcceptable(password: string, field = 'password'): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new ValidationError(`${field} must be at least ${PASSWORD_MIN_LENGTH} characters long`, [
      { field, message: `must NOT have fewer than ${PASSWORD_MIN_LENGTH} characters` },
    ]);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw new ValidationError(`${field} must be at most ${PASSWORD_MAX_LENGTH} characters long`, [
      { field, message: `must NOT have more than ${PASSWORD_MAX_LENGTH} characters` },
    ]);
  }
}

/** A PHC string `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>` with a random salt. */
export async function hashPassword(password: string): Promise<string> {
  assertPasswordAcceptable(password);
  return hash(password, ARGON2_OPTIONS);
}

let dummyHash: Promise<string> | null = null;

/** Computes the dummy hash ahead of the first unknown-email login, so even that one takes no longer. */
export function warmUpPasswordChecks(): void {
  dummyHash ??= hash('not-a-real-password-for-timing', ARGON2_OPTIONS);
}

/**
 * Verifies a password against a stored hash (argon2 compares in constant time).
 * With no stored hash (unknown email) it still verifies against a dummy hash,
 * so that the answer takes as long as for a real account.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (password.length > PASSWORD_MAX_LENGTH) return false;
  if (storedHash === null) {
    warmUpPasswordChecks();
    await verify(await dummyHash!, password);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
