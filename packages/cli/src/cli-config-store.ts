import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { CliError, EXIT } from './cli-errors.js';

type Env = Record<string, string | undefined>;

/**
 * Where the CLI keeps its state: `ASSAY_CONFIG_DIR`, else
 * `$XDG_CONFIG_HOME/assay`, else `~/.config/assay` (`%APPDATA%\assay` on Windows).
 */
export function resolveConfigDir(env: Env = process.env, platform = process.platform, home = os.homedir()): string {
  if (env.ASSAY_CONFIG_DIR) return path.resolve(env.ASSAY_CONFIG_DIR);
  if (env.XDG_CONFIG_HOME) return path.join(path.resolve(env.XDG_CONFIG_HOME), 'assay');
  if (platform === 'win32' && env.APPDATA) return path.join(env.APPDATA, 'assay');
  return path.join(home, '.config', 'assay');
}

/** The hands-on task a candidate started: the folder and the commit the diff is taken against. */
export interface TaskState {
  dir: string;
  baseCommit: string;
  sessionId: string | null;
  startedAt: string;
  deadlineAt: string | null;
  /** When the first edit was recorded (the first-change latency is measured to it). */
  firstEditAt?: string | null;
}

/** What `assay login` stores. The token is a credential: the file is readable by its owner only. */
export interface LoginState {
  server: string;
  token: string;
  /** The key with its last group masked, to show which invitation this is. */
  keyHint: string;
  assessment: { id: string; title: string } | null;
  loggedInAt: string;
  task: TaskState | null;
  submittedAt: string | null;
}

/** User preferences (not secrets). */
export interface Settings {
  /** Replaces the default verify patterns when set. */
  verifyPatterns?: string[];
}

const LOGIN_FILE = 'login.json';
const SETTINGS_FILE = 'settings.json';

/** Creates the directory readable by its owner only (0700). */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') fs.chmodSync(dir, 0o700);
}

/**
 * Writes a file atomically with mode 0600: a temp file created 0600 in the
 * same directory, then renamed over the target, so a crash never leaves a
 * half-written file and the secret is never world-readable, not even briefly.
 */
export function writePrivateFile(file: string, contents: string): void {
  ensurePrivateDir(path.dirname(file));
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = fs.openSync(temp, 'wx', 0o600);
  try {
    fs.writeSync(fd, contents);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  if (process.platform !== 'win32') fs.chmodSync(temp, 0o600);
  fs.renameSync(temp, file);
}

function readJson<T>(file: string): T | null {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    return JSON.parse(raw) as T;
  } catch {
    throw new CliError(`${file} is not valid JSON; fix or delete it`, EXIT.failure, 'corrupt_config');
  }
}

export interface ConfigStore {
  readonly dir: string;
  readLogin(): LoginState | null;
  /** The login, or exit code 3 with a hint to run `assay login`. */
  requireLogin(): LoginState;
  /** The login with a started task, or exit code 3 with a hint to run `assay start`. */
  requireTask(): LoginState & { task: TaskState };
  writeLogin(state: LoginState): void;
  updateLogin(change: (state: LoginState) => LoginState): LoginState;
  clearLogin(): void;
  readSettings(): Settings;
  writeSettings(settings: Settings): void;
  /** Path of a file inside the config dir. */
  file(name: string): string;
}

export function createConfigStore(dir: string = resolveConfigDir()): ConfigStore {
  const file = (name: string) => path.join(dir, name);
  const store: ConfigStore = {
    dir,
    file,
    readLogin: () => readJson<LoginState>(file(LOGIN_FILE)),
    requireLogin() {
      const login = store.readLogin();
      if (!login) throw new CliError('Not logged in. Run `assay login PST-XXXX-XXXX` first.', EXIT.auth, 'not_logged_in');
      return login;
    },
    requireTask() {
      const login = store.requireLogin();
      if (!login.task) throw new CliError('No task started. Run `assay start` in the task folder first.', EXIT.auth, 'not_started');
      return login as LoginState & { task: TaskState };
    },
    writeLogin: (state) => writePrivateFile(file(LOGIN_FILE), `${JSON.stringify(state, null, 2)}\n`),
    updateLogin(change) {
      const next = change(store.requireLogin());
      store.writeLogin(next);
      return next;
    },
    clearLogin() {
      fs.rmSync(file(LOGIN_FILE), { force: true });
    },
    readSettings: () => readJson<Settings>(file(SETTINGS_FILE)) ?? {},
    writeSettings: (settings) => writePrivateFile(file(SETTINGS_FILE), `${JSON.stringify(settings, null, 2)}\n`),
  };
  return store;
}

/** `PST-ABCD-1234` → `PST-ABCD-****`: enough to recognise the invitation, not to reuse it. */
export function maskKey(key: string): string {
  return key.replace(/-([A-Z0-9]{4})$/i, '-****');
}
