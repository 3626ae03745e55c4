import { ValidationError } from '../errors.js';

/**
 * Opaque keyset cursors over time-sortable ids (`dlv_01J…`): a page ends at
 * an id, and the next page starts after it. The id is wrapped so that clients
 * treat the cursor as opaque.
 */
export function encodeIdCursor(id: string): string {
  return Buffer.from(JSON.stringify({ id }), 'utf8').toString('base64url');
}

/** The id inside a cursor; a cursor that was not made by encodeIdCursor is a 400 naming `cursor`. */
export function decodeIdCursor(cursor: string): string {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { id?: unknown };
    if (typeof value.id === 'string' && /^[a-z]+_[0-9A-Za-z]{1,60}$/.test(value.id)) return value.id;
  } catch {
    // fall through
  }
  throw new ValidationError('cursor is not a cursor this API returned', [{ field: 'cursor', message: 'is invalid' }], 'invalid_cursor');
}
