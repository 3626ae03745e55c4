import { sha256 } from '../../ids.js';

/**
 * How the auth plugin finds the record behind a credential, for the features
 * that issue credentials: what they store must be what auth looks up. The
 * api-keys feature stores `hashApiKey(key)` for every key it creates.
 */

/** API keys are random and long, so a fast hash is the right storage (no KDF needed). */
export function hashApiKey(key: string): string {
  return sha256(key);
}
