import { randomBytes, randomUUID, createHash } from 'node:crypto';
import { monotonicFactory } from 'ulid';

const ulid = monotonicFactory();

/**
 * Prefixed, time-sortable ids (`asmt_01J…`). Sorting ids sorts by creation
 * time, which is what keyset pagination orders on.
 */
export type IdPrefix =
  | 'org'
  | 'usr'
  | 'apikey'
  | 'asmt'
  | 'q'
  | 'case'
  | 'iss'
  | 'cand'
  | 'key'
  | 'res'
  | 'ans'
  | 'cres'
  | 'evt'
  | 'skill'
  | 'eml'
  | 'msg'
  | 'wh'
  | 'dlv'
  | 'job'
  | 'aud'
  | 'ghi'
  | 'ghd'
  | 'ghc'
  | 'ghe'
  | 'tinv'
  | 'sgn';

export function newId(prefix: IdPrefix): string {
  return `${prefix}_${ulid()}`;
}

/** UUID v4; used where a document says the value is a UUID (invite tokens). */
export function newUuid(): string {
  return randomUUID();
}

/**
 * UUID v7 (RFC 9562): a UUID that still sorts by creation time. Rubric ids are
 * documented as UUIDs, so they use this.
 */
export function newUuidV7(now = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A random URL-safe secret with the given number of bytes of entropy. */
export function randomSecret(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

/** SHA-256 hex digest; how high-entropy tokens (API keys, session tokens) are stored. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** The id of one request (`req_…`), in every answer's `requestId` and `x-request-id`. */
export function newRequestId(): string {
  return `req_${randomBytes(8).toString('hex')}`;
}
