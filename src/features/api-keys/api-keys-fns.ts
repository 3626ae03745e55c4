import { randomBytes } from 'node:crypto';

export type ApiKeyMode = 'live' | 'test';

const KEY_PATTERN = /^ct_(live|test)_[A-Za-z0-9]{32}$/;
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A new `ct_live_…` / `ct_test_…` key: 32 characters from a CSPRNG (about 190 bits). */
export function generateApiKey(mode: ApiKeyMode): string {
  const bytes = randomBytes(64);
  let body = '';
  // 62 does not divide 256: reject the top bytes so every character is equally likely.
  for (const byte of bytes) {
    if (byte >= 248) continue;
    body += ALPHANUMERIC[byte % 62];
    if (body.length === 32) break;
  }
  if (body.length < 32) return generateApiKey(mode);
  return `ct_${mode}_${body}`;
}

export function isApiKeyFormat(value: string): boolean {
  return KEY_PATTERN.test(value);
}

/** What the key list shows: enough to recognise a key, never enough to use it. */
export function displayPrefix(key: string): string {
  return `${key.slice(0, 12)}…`;
}
