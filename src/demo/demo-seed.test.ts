import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SCOPES } from '../features/auth/auth-scopes.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/test-app.js';
import { createEmptyDatabase, createTestDatabase } from '../../test/helpers/test-db.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { startServer } from '../server.js';
import { verifyPassword } from '../features/users/users-passwords.js';
import { DEMO_INVITED_CANDIDATES, DEMO_OWNER_EMAIL, DEMO_RUBRIC, demoAssessment } from './demo-content.js';
import { demoBaseUrl, formatDemoBanner, seedDemoIfEmpty, type DemoCredentials } from './demo-seed.js';

describe('demo seed', () => {
  let t: TestApp;
  let demo: DemoCredentials | null;

  beforeAll(async () => {
    t = await createTestApp();
    demo = await seedDemoIfEmpty(t.deps);
  });
  afterAll(() => t.close());

  it('creates the demo organization with a working API key', async () => {
    expect(demo).not.toBeNull();
    expect(demo!.apiKey).toMatch(/^ct_live_/);
    const org = await t.request({ method: 'GET', url: '/v1/org', headers: { authorization: `Bearer ${demo!.apiKey}` } });
    expect(org.statusCode).toBe(200);
    expect(org.data.org).toMatchObject({ name: 'Demo Company', slug: 'demo-company', subscriptionStatus: 'active' });
    const keys = await t.request({ method: 'GET', url: '/v1/api-keys', headers: { authorization: `Bearer ${demo!.apiKey}` } });
    // The demo key holds every scope there is.
    expect([...keys.data.apiKeys[0].scopes].sort()).toEqual([...SCOPES].sort());
  });

  it('creates an owner login whose generated password works, stored only as a hash', async () => {
    expect(demo!.ownerEmail).toBe(DEMO_OWNER_EMAIL);
    expect(demo!.ownerPassword.length).toBeGreaterThanOrEqual(16);
    const user = await t.database.db.selectFrom('users').selectAll().where('email', '=', DEMO_OWNER_EMAIL).executeTakeFirstOrThrow();
    expect(user.role).toBe('owner');
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.password_hash, demo!.ownerPassword)).toBe(true);
    const login = await t.request({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { email: DEMO_OWNER_EMAIL, password: demo!.ownerPassword },
    });
    expect(login.statusCode).toBe(200);
    expect(login.data.org.id).toBe(demo!.orgId);
  });

  it('creates the Backend Engineer Screen: 12 questions over 3 categories and all difficulties, 2 graded cases', async () => {
    const headers = { authorization: `Bearer ${demo!.apiKey}` };
    const list = await t.request({ method: 'GET', url: '/v1/assessments', headers });
    expect(list.data.assessments.map((a: { title: string }) => a.title)).toEqual(['Backend Engineer Screen']);
    const response = await t.request({ method: 'GET', url: `/v1/assessments/${demo!.assessmentId}`, headers });
    expect(response.statusCode).toBe(200);
    const assessment = response.data.assessment;
    expect(assessment).toMatchObject({ role: 'Backend Engineer', repoUrl: 'https://github.com/fastify/demo', passingScore: 60 });
    expect(assessment.rubricId).toEqual(expect.any(String));
    expect(assessment.questions).toHaveLength(12);
    const categories = new Set(assessment.questions.map((q: { category: string }) => q.category));
    expect([...categories].sort()).toEqual(['Algorithms', 'Databases', 'HTTP & APIs']);
    const difficulties = new Set(assessment.questions.map((q: { difficulty: string }) => q.difficulty));
    expect([...difficulties].sort()).toEqual(['easy', 'hard', 'medium']);
    expect(new Set(assessment.questions.map((q: { type: string }) => q.type))).toEqual(new Set(['single', 'multiple', 'text']));
    expect(assessment.cases).toHaveLength(2);
    for (const item of assessment.cases) expect(item.rubric.criteria.length).toBeGreaterThan(0);
  });

  it('generates candidate keys, invitation emails in the outbox for those with an address', async () => {
    const headers = { authorization: `Bearer ${demo!.apiKey}` };
    const list = await t.request({ method: 'GET', url: `/v1/assessments/${demo!.assessmentId}/keys`, headers });
    expect(list.statusCode).toBe(200);
    for (const key of list.data.keys) expect(key.key).toMatch(/^PST-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const keys = list.data.keys.filter((key: { status: string }) => key.status === 'pending');
    expect(keys).toHaveLength(4);
    const emails = keys.map((key: { candidateEmail: string | null }) => key.candidateEmail).filter(Boolean);
    expect(emails.sort()).toEqual(DEMO_INVITED_CANDIDATES.map((c) => c.email).sort());
    expect(demo!.keys.map((key) => key.key).sort()).toEqual(keys.map((key: { key: string }) => key.key).sort());
    const outbox = await t.database.db.selectFrom('emails').select(['to_address', 'kind']).where('org_id', '=', demo!.orgId).where('kind', '=', 'invitation').execute();
    expect(outbox.map((row) => row.to_address).sort()).toEqual(emails.sort());
  });

  it('has five past candidates, scored by the real scoring: 24 question points and 20 task points', async () => {
    const headers = { authorization: `Bearer ${demo!.apiKey}` };
    const results = await t.request({ method: 'GET', url: `/results?exam_id=${demo!.assessmentId}`, headers });
    expect(results.statusCode).toBe(200);
    const candidates = await t.request({ method: 'GET', url: '/v1/candidates', headers });
    const nameOf = new Map(candidates.data.candidates.map((c: { sessionId: string; candidateName: string }) => [c.sessionId, c.candidateName]));
    // Hand-computed from DEMO_PAST_CANDIDATES: points of the right answers plus rubric points, of 44.
    expect(results.data.data.map((r: { id: string; score: number | null; status: string }) => [nameOf.get(r.id), r.score, r.status])).toEqual([
      ['Margaret Hamilton', null, 'pending'], // 18 question points; the tasks await grading
      ['Ken Thompson', 23, 'failed'], // (6 + 4) / 44
      ['Barbara Liskov', 48, 'failed'], // (11 + 10) / 44
      ['Edsger Dijkstra', 77, 'passed'], // (18 + 16) / 44
      ['Grace Hopper', 91, 'passed'], // (21 + 19) / 44
    ]);
    const statuses = new Map(candidates.data.candidates.map((c: { candidateName: string; status: string }) => [c.candidateName, c.status]));
    expect(statuses.get('Grace Hopper')).toBe('hired');

    const ken = results.data.data[1].id;
    const session = await t.request({ method: 'GET', url: `/v1/sessions/${ken}`, headers });
    expect(session.data.session).toMatchObject({
      correctCount: 4,
      violationCounts: { fullscreen_violations: 2, copy_paste_violations: 2 },
      focusLostCount: 1,
      redFlag: true,
      metrics: { durationMs: 52 * 60_000, promptCount: 31, commandCount: 3, commandFailRate: 1, manualEditRatio: 0.25 },
    });
    expect(session.data.session.metrics.testPassRate).toBeCloseTo((29 / 42) * 100, 1);
    const margaret = await t.request({ method: 'GET', url: `/v1/sessions/${results.data.data[0].id}`, headers });
    expect(margaret.data.session).toMatchObject({ scoreStatus: 'PENDING', score: 18, maxScore: 44 });
    for (const item of margaret.data.session.cases) expect(item.deliverable).toContain('diff --git');

    const cohort = await t.request({ method: 'GET', url: `/v1/assessments/${demo!.assessmentId}/cohort-stats`, headers });
    expect(cohort.data.cohortStats.sessionCount).toBe(5);
  });

  it('seeds nothing when the database already has an organization', async () => {
    const count = async () => (await t.database.db.selectFrom('organizations').select('id').execute()).length;
    const before = await count();
    expect(await seedDemoIfEmpty(t.deps)).toBeNull();
    expect(await count()).toBe(before);
  });

  it('its content is valid for the public API as well', async () => {
    const org = await t.createOrg();
    const rubric = await t.request({ method: 'POST', url: '/v1/rubrics', headers: org.headers, payload: DEMO_RUBRIC });
    expect(rubric.statusCode).toBe(201);
    const body = demoAssessment(rubric.data.rubric.id);
    const created = await t.request({ method: 'POST', url: '/v1/assessments', headers: org.headers, payload: body });
    expect(created.statusCode).toBe(201);
    expect(created.data.assessment.questions).toHaveLength(body.questions!.length);
  });

  it('prints the credentials and the URLs', () => {
    const banner = formatDemoBanner(demo!, 'http://localhost:3000');
    expect(banner).toContain(demo!.apiKey);
    expect(banner).toContain(`${DEMO_OWNER_EMAIL}  /  ${demo!.ownerPassword}`);
    for (const url of ['/', '/take', '/docs', '/openapi.json']) expect(banner).toContain(`http://localhost:3000${url}\n`);
    for (const key of demo!.keys) expect(banner).toContain(key.key);
    expect(banner).toContain('ASSAY_DEMO=0');
    expect(banner).toContain('5 finished attempts (1 awaiting grading)');
  });

  it.each([
    [null, 'http://0.0.0.0:3000', 'http://localhost:3000'],
    [null, 'http://[::]:8080', 'http://localhost:8080'],
    [null, 'http://127.0.0.1:3000', 'http://127.0.0.1:3000'],
    ['https://assay.example.com/', 'http://0.0.0.0:3000', 'https://assay.example.com'],
  ])('base URL from public URL %s and listen address %s is %s', (publicUrl, address, expected) => {
    expect(demoBaseUrl(publicUrl, address)).toBe(expected);
  });
});

// Two real processes are started at once in test/system/demo-concurrent-start.test.ts; here two
// connections of one process race (truly concurrent on PostgreSQL's pool).
describe('demo seed on two connections at once', () => {
  it('creates exactly one demo organization', async () => {
    const database = await createTestDatabase();
    const second = openDatabase({ databaseUrl: database.url, sqliteFile: database.file ?? ':memory:', poolSize: 2 });
    try {
      const config = loadConfig({ LOG_LEVEL: 'silent' });
      const clock = { now: () => new Date() };
      const results = await Promise.all([
        seedDemoIfEmpty({ db: database.db, dialect: database.dialect, clock, config }),
        seedDemoIfEmpty({ db: second.db, dialect: second.dialect, clock, config }),
      ]);
      expect(results.filter((result) => result !== null)).toHaveLength(1);
      const orgs = await database.db.selectFrom('organizations').select('name').execute();
      expect(orgs.map((org) => org.name)).toEqual(['Demo Company']);
      expect(await database.db.selectFrom('assessments').select('id').execute()).toHaveLength(1);
    } finally {
      await second.close();
      await database.drop();
    }
  });
});

describe('startServer and the demo', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    vi.restoreAllMocks();
    while (cleanups.length) await cleanups.pop()!();
  });

  async function emptyEnvironment(): Promise<Record<string, string>> {
    const empty = await createEmptyDatabase();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-demo-'));
    cleanups.push(async () => {
      await empty.remove();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });
    const env: Record<string, string> = { ASSAY_DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', ASSAY_WORKER: '0', LOG_LEVEL: 'silent' };
    if (empty.url) env.DATABASE_URL = empty.url;
    return env;
  }

  async function start(env: Record<string, string>): Promise<{ printed: string; url: string; close(): Promise<void> }> {
    let printed = '';
    const write = process.stdout.write.bind(process.stdout);
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: unknown[]) => {
      printed += chunk.toString();
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stdout.write);
    const server = await startServer(loadConfig(env));
    vi.restoreAllMocks();
    return { printed, url: server.url, close: server.close };
  }

  async function organizationNames(url: string, apiKey: string): Promise<string[]> {
    const response = await fetch(`${url}/v1/org`, { headers: { authorization: `Bearer ${apiKey}` } });
    expect(response.status).toBe(200);
    return [((await response.json()) as { org: { name: string } }).org.name];
  }

  it('seeds on the first start of an empty database, and not on the second', async () => {
    const env: Record<string, string> = { ...(await emptyEnvironment()), ASSAY_DEMO: '1' };
    const first = await start(env);
    expect(first.printed).toContain('Assay demo data created');
    const apiKey = /API key\s+(ct_live_\w+)/.exec(first.printed)![1]!;
    expect(first.printed).toContain(`${first.url}/docs`);
    expect(await organizationNames(first.url, apiKey)).toEqual(['Demo Company']);
    await first.close();

    const second = await start(env);
    try {
      expect(second.printed).not.toContain('Assay demo data created');
      const database = openDatabase({ databaseUrl: env.DATABASE_URL ?? null, sqliteFile: path.join(env.ASSAY_DATA_DIR!, 'assay.db') });
      try {
        expect(await database.db.selectFrom('organizations').select('id').execute()).toHaveLength(1);
      } finally {
        await database.close();
      }
    } finally {
      await second.close();
    }
  });

  it('seeds nothing with ASSAY_DEMO=0', async () => {
    const env: Record<string, string> = { ...(await emptyEnvironment()), ASSAY_DEMO: '0' };
    const server = await start(env);
    try {
      expect(server.printed).not.toContain('Assay demo data created');
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      const database = openDatabase({ databaseUrl: env.DATABASE_URL ?? null, sqliteFile: path.join(env.ASSAY_DATA_DIR!, 'assay.db') });
      try {
        expect(await database.db.selectFrom('organizations').select('id').execute()).toHaveLength(0);
      } finally {
        await database.close();
      }
    } finally {
      await server.close();
    }
  });
});
