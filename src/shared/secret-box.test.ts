import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SecretBoxError, createSecretBox, loadOrCreateKeyFile, secretBoxFor } from './secret-box.js';

const dirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-secret-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function flipLastBit(sealed: string): string {
  const [version, body] = sealed.split(':', 2);
  const raw = Buffer.from(body!, 'base64url');
  raw[raw.length - 1] = raw[raw.length - 1]! ^ 1;
  return `${version}:${raw.toString('base64url')}`;
}

describe('secret box', () => {
  const box = createSecretBox(Buffer.from('k'.repeat(40)));

  it('round-trips and never stores the plaintext', () => {
    const sealed = box.seal('whsec_abc123', 'wh_1');
    expect(sealed).toMatch(/^v1:[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('abc123');
    expect(box.open(sealed, 'wh_1')).toBe('whsec_abc123');
    expect(box.seal('whsec_abc123', 'wh_1')).not.toBe(sealed);
  });

  it.each([
    ['another row', (sealed: string) => [sealed, 'wh_2']],
    // One bit of the last ciphertext byte flipped (editing the text could change only base64's padding bits).
    ['a tampered ciphertext', (sealed: string) => [flipLastBit(sealed), 'wh_1']],
    ['a truncated value', () => ['v1:AAAA', 'wh_1']],
    ['an unknown format', () => ['v9:AAAA', 'wh_1']],
  ])('refuses %s', (_name, mutate) => {
    const [sealed, context] = mutate(box.seal('whsec_abc123', 'wh_1'));
    expect(() => box.open(sealed!, context!)).toThrow(SecretBoxError);
  });

  it('refuses a value sealed under another key, naming the likely cause', () => {
    const other = createSecretBox(Buffer.from('o'.repeat(40)));
    expect(() => other.open(box.seal('x', 'wh_1'), 'wh_1')).toThrow(/ASSAY_SECRET_KEY/);
  });

  it('generates the key file once, mode 0600, and reuses it', () => {
    const dir = tempDir();
    const first = loadOrCreateKeyFile(dir);
    const second = loadOrCreateKeyFile(dir);
    expect(first.length).toBe(32);
    expect(second.equals(first)).toBe(true);
    expect(fs.statSync(path.join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual(['secret.key']);
    const sealed = secretBoxFor({ secretKey: null, dataDir: dir }).seal('s', 'c');
    expect(secretBoxFor({ secretKey: null, dataDir: dir }).open(sealed, 'c')).toBe('s');
  });

  it('uses ASSAY_SECRET_KEY when set, without touching the data dir', () => {
    const dir = tempDir();
    const sealed = secretBoxFor({ secretKey: 'x'.repeat(32), dataDir: dir }).seal('s', 'c');
    expect(secretBoxFor({ secretKey: 'x'.repeat(32), dataDir: tempDir() }).open(sealed, 'c')).toBe('s');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
