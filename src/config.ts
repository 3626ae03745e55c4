import path from 'node:path';

/**
 * Every environment variable Assay reads, parsed and validated in one place.
 * A wrong value stops start-up with a message that names the variable.
 */
export interface Config {
  host: string;
  port: number;
  /** Where the embedded database, .eml files and other local state live. */
  dataDir: string;
  /** When set, PostgreSQL is used instead of the embedded SQLite file. */
  databaseUrl: string | null;
  /** Bearer key for the operator endpoints under /v1/admin; null disables them. */
  operatorKey: string | null;
  /** Create the demo organization on an empty database. */
  demo: boolean;
  /** Run background jobs (webhooks, emails, sweeps) in this process. */
  worker: boolean;
  /** How long a worker holds a claimed job before another may take it over (renewed while it runs). */
  jobLeaseSeconds: number;
  /** How many jobs one worker runs at once. */
  workerConcurrency: number;
  /** Public origin used in links sent to people (emails, report URLs). */
  publicUrl: string | null;
  /** SMTP connection URL; without it emails are written as .eml files. */
  smtpUrl: string | null;
  emailFrom: string;
  /** Allow webhook targets on private, loopback and link-local addresses. */
  webhookAllowPrivate: boolean;
  /** Secret used to encrypt stored webhook secrets; derived from the data dir when absent. */
  secretKey: string | null;
  /** Mark the session cookie Secure (off only for plain-http local use). */
  secureCookies: boolean;
  /**
   * Which proxies to believe about the client address (X-Forwarded-For):
   * false (none), true (any: only behind a proxy that overwrites the header),
   * or a comma-separated list of addresses/CIDRs of your proxies.
   */
  trustProxy: boolean | string;
  /** Whether anyone reaching the server may create an organization via /v1/auth/signup. */
  signup: boolean;
  /** How long a client may take to send a whole request (headers and body) before it gets 408. */
  requestTimeoutSeconds: number;
  /** How long an idle keep-alive connection stays open; longer than the idle timeout of a proxy in front. */
  keepAliveTimeoutSeconds: number;
  logLevel: string;
  /** `pretty`: one readable line per message, for a person at a terminal; `json`: one JSON object per line, for log collectors. */
  logFormat: LogFormat;
  /** Log one line per request and response (at `info`). */
  logRequests: boolean;
}

export type LogFormat = 'json' | 'pretty';

/** What loadConfig needs to know about where it runs, beyond the environment. */
export interface ConfigHost {
  /** Whether standard output is a terminal a person reads. */
  interactive: boolean;
}

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {}

function readInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be 1 or 0 (true/false), got "${raw}"`);
}

function readUrl(env: Env, name: string, protocols: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL, got "${raw}"`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return raw.replace(/\/+$/, '');
}

function readTrustProxy(env: Env): boolean | string {
  const raw = env.ASSAY_TRUST_PROXY?.trim();
  if (!raw) return false;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (!/^[0-9a-fA-F.:/,\s]+$/.test(raw)) {
    throw new ConfigError(`ASSAY_TRUST_PROXY must be 0, 1 or a comma-separated list of proxy addresses/CIDRs, got "${raw}"`);
  }
  return raw;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Logs for people at a terminal, JSON for machines: readable lines and no
 * per-request lines when a person runs the server in a terminal (outside
 * production), JSON lines with every request otherwise. LOG_FORMAT and
 * ASSAY_LOG_REQUESTS override either default; LOG_LEVEL filters as always.
 */
function readLogging(env: Env, host: ConfigHost): { logFormat: LogFormat; logRequests: boolean } {
  const raw = env.LOG_FORMAT;
  let logFormat: LogFormat;
  if (raw === undefined || raw === '') logFormat = host.interactive && env.NODE_ENV !== 'production' ? 'pretty' : 'json';
  else if (raw === 'json' || raw === 'pretty') logFormat = raw;
  else throw new ConfigError(`LOG_FORMAT must be json or pretty, got "${raw}"`);
  return { logFormat, logRequests: readBoolean(env, 'ASSAY_LOG_REQUESTS', logFormat === 'json') };
}

export function loadConfig(env: Env = process.env, host: ConfigHost = { interactive: process.stdout.isTTY === true }): Config {
  const operatorKey = env.ASSAY_OPERATOR_KEY?.trim() || null;
  if (operatorKey !== null && operatorKey.length < 16) {
    throw new ConfigError('ASSAY_OPERATOR_KEY must be at least 16 characters long');
  }
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const secretKey = env.ASSAY_SECRET_KEY?.trim() || null;
  if (secretKey !== null && secretKey.length < 32) {
    throw new ConfigError('ASSAY_SECRET_KEY must be at least 32 characters long');
  }
  return {
    host: env.HOST || '0.0.0.0',
    port: readInteger(env, 'PORT', 3000, 0, 65535),
    dataDir: path.resolve(env.ASSAY_DATA_DIR || './data'),
    databaseUrl: readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    operatorKey,
    demo: readBoolean(env, 'ASSAY_DEMO', true),
    worker: readBoolean(env, 'ASSAY_WORKER', true),
    jobLeaseSeconds: readInteger(env, 'ASSAY_JOB_LEASE_SECONDS', 60, 2, 3600),
    workerConcurrency: readInteger(env, 'ASSAY_WORKER_CONCURRENCY', 8, 1, 100),
    publicUrl: readUrl(env, 'ASSAY_PUBLIC_URL', ['http:', 'https:']),
    smtpUrl: readUrl(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    emailFrom: env.ASSAY_EMAIL_FROM || 'Assay <no-reply@assay.local>',
    webhookAllowPrivate: readBoolean(env, 'ASSAY_WEBHOOK_ALLOW_PRIVATE', false),
    secretKey,
    secureCookies: readBoolean(env, 'ASSAY_SECURE_COOKIES', true),
    trustProxy: readTrustProxy(env),
    signup: readBoolean(env, 'ASSAY_SIGNUP', true),
    requestTimeoutSeconds: readInteger(env, 'ASSAY_REQUEST_TIMEOUT_SECONDS', 60, 1, 3600),
    keepAliveTimeoutSeconds: readInteger(env, 'ASSAY_KEEP_ALIVE_TIMEOUT_SECONDS', 72, 1, 3600),
    logLevel,
    ...readLogging(env, host),
  };
}
