import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { systemClock, type Clock } from '../../src/shared/clock.js';
import type { AppDeps } from '../../src/app-deps.js';
import { createTestDatabase, type TestDatabase } from './test-db.js';

export const OPERATOR_KEY = 'test-operator-key-0123456789';

export interface TestOrg {
  org: { id: string; name: string; slug: string; [key: string]: unknown };
  apiKey: string;
  /** Headers that authenticate as this org's all-scopes API key. */
  headers: Record<string, string>;
}

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  deps: AppDeps;
  config: Config;
  dataDir: string;
  /** Creates an organization through the operator API. */
  createOrg(input?: Record<string, unknown>): Promise<TestOrg>;
  /** Shorthand for app.inject that parses JSON. */
  request(options: InjectOptions): Promise<LightMyRequestResponse & { body: string; data: any }>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  clock?: Clock;
  env?: Record<string, string>;
  /** Run on this database (e.g. connectAgain(other.database): a second instance); close() then only calls its drop(). */
  database?: TestDatabase;
}

let orgCounter = 0;

/** A real app on a fresh real database (SQLite, or PostgreSQL when DATABASE_URL is set). */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-data-'));
  const config = loadConfig({
    ASSAY_DATA_DIR: dataDir,
    ASSAY_OPERATOR_KEY: OPERATOR_KEY,
    ASSAY_DEMO: '0',
    ASSAY_WORKER: '0',
    ASSAY_SECURE_COOKIES: '0',
    ASSAY_PUBLIC_URL: 'http://assay.test',
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const deps: AppDeps = { config, db: database.db, dialect: database.dialect, clock: options.clock ?? systemClock };
  const app = await buildApp({ deps, logger: false });
  await app.ready();

  async function request(opts: InjectOptions) {
    const response = await app.inject(opts);
    let data: any = undefined;
    if ((response.headers['content-type'] ?? '').toString().includes('json') && response.body) {
      data = JSON.parse(response.body);
    }
    return Object.assign(response, { data });
  }

  return {
    app,
    database,
    deps,
    config,
    dataDir,
    request,
    async createOrg(input = {}) {
      orgCounter += 1;
      const response = await request({
        method: 'POST',
        url: '/v1/admin/orgs',
        headers: { authorization: `Bearer ${OPERATOR_KEY}` },
        payload: { name: `Test Org ${orgCounter}`, ...input },
      });
      if (response.statusCode !== 201) throw new Error(`createOrg failed: ${response.statusCode} ${response.body}`);
      return { org: response.data.org, apiKey: response.data.apiKey, headers: { authorization: `Bearer ${response.data.apiKey}` } };
    },
    async close() {
      await app.close();
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
