import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createConfigStore, maskKey, resolveConfigDir, writePrivateFile, type LoginState } from './cli-config-store.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-config-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const login: LoginState = {
  server: 'http://127.0.0.1:3000',
  token: 'cst_secret',
  keyHint: 'PST-ABCD-****',
  assessment: { id: 'asmt_1', title: 'Backend' },
  loggedInAt: '2026-04-01T09:00:00.000Z',
  task: null,
  submittedAt: null,
};
const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe('resolveConfigDir', () => {
  it.each([
    [{ ASSAY_CONFIG_DIR: '/tmp/a' }, 'linux', '/tmp/a'],
    [{ ASSAY_CONFIG_DIR: '/tmp/a', XDG_CONFIG_HOME: '/x' }, 'linux', '/tmp/a'],
    [{ XDG_CONFIG_HOME: '/x' }, 'linux', '/x/assay'],
    [{}, 'linux', '/home/u/.config/assay'],
    [{ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32', path.join('C:\\Users\\u\\AppData\\Roaming', 'assay')],
    [{ ASSAY_CONFIG_DIR: '' }, 'darwin', '/home/u/.config/assay'],
  ])('%j on %s → %s', (env, platform, expected) => {
    expect(resolveConfigDir(env, platform as NodeJS.Platform, '/home/u')).toBe(expected);
  });
});

describe('config store', () => {
  it('stores the login readable by its owner only, in a private folder', () => {
    const dir = path.join(tempDir(), 'nested', 'assay');
    const store = createConfigStore(dir);
    store.writeLogin(login);
    expect(store.readLogin()).toEqual(login);
    expect(mode(store.file('login.json'))).toBe(0o600);
    expect(mode(dir)).toBe(0o700);
    expect(fs.readdirSync(dir)).toEqual(['login.json']);
  });

  it('tightens a file that was world-readable before', () => {
    const dir = tempDir();
    const file = path.join(dir, 'login.json');
    fs.writeFileSync(file, '{}', { mode: 0o644 });
    writePrivateFile(file, JSON.stringify(login));
    expect(mode(file)).toBe(0o600);
  });

  it('answers exit code 3 with a hint when not logged in or not started', () => {
    const store = createConfigStore(tempDir());
    expect(store.readLogin()).toBeNull();
    expect(() => store.requireLogin()).toThrow(expect.objectContaining({ exitCode: 3, code: 'not_logged_in' }));
    store.writeLogin(login);
    expect(() => store.requireTask()).toThrow(expect.objectContaining({ exitCode: 3, code: 'not_started' }));
  });

  it('updates and clears the login', () => {
    const store = createConfigStore(tempDir());
    store.writeLogin(login);
    store.updateLogin((state) => ({ ...state, submittedAt: '2026-04-01T10:00:00.000Z' }));
    expect(store.readLogin()?.submittedAt).toBe('2026-04-01T10:00:00.000Z');
    store.clearLogin();
    expect(store.readLogin()).toBeNull();
  });

  it('reports a corrupt file instead of crashing', () => {
    const store = createConfigStore(tempDir());
    fs.writeFileSync(store.file('login.json'), '{nope');
    expect(() => store.readLogin()).toThrow(expect.objectContaining({ code: 'corrupt_config' }));
  });

  it('keeps settings apart from the login', () => {
    const store = createConfigStore(tempDir());
    expect(store.readSettings()).toEqual({});
    store.writeSettings({ verifyPatterns: ['just test'] });
    expect(store.readSettings()).toEqual({ verifyPatterns: ['just test'] });
    expect(store.readLogin()).toBeNull();
  });
});

describe('maskKey', () => {
  it.each([
    ['PST-ABCD-1234', 'PST-ABCD-****'],
    ['pst-abcd-12ef', 'pst-abcd-****'],
    ['not-a-key', 'not-a-key'],
  ])('%s → %s', (key, expected) => {
    expect(maskKey(key)).toBe(expected);
  });
});
