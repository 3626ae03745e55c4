import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.js';
import { systemClock } from '../../src/shared/clock.js';
import { recordDomainEvent } from '../../src/features/outbox/outbox-publish.js';
import { createWorker, type Worker } from '../../src/worker.js';
import { killAllServerProcesses, killServerProcess, startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { createEmptyDatabase, testDialect, TEST_DATABASE_URL } from '../helpers/test-db.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver.js';

/**
 * Durability of webhook delivery with real server processes (`src/server.ts`
 * compiled, from dist/): a SIGKILLed instance loses nothing, and two instances on one
 * PostgreSQL deliver each event exactly once while both are healthy.
 */

const OPERATOR_KEY = 'durability-operator-key-0123456789';
const SECRET_KEY = 'durability-secret-key-0123456789-abcdef';

/** A real app instance with its worker on, able to deliver to the local receiver. */
function startServer(env: Record<string, string>): ServerProcess {
  return startServerProcess({
    ASSAY_WORKER: '1',
    ASSAY_OPERATOR_KEY: OPERATOR_KEY,
    ASSAY_SECRET_KEY: SECRET_KEY,
    ASSAY_WEBHOOK_ALLOW_PRIVATE: '1',
    ASSAY_SECURE_COOKIES: '0',
    ...env,
  });
}


async function waitUntil(predicate: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function json(url: string, init: RequestInit & { body?: string }): Promise<any> {
  const response = await fetch(url, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
  const body = await response.json();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/** Creates an org and a webhook endpoint on the receiver through a running server's API. */
async function setUpOrg(baseUrl: string, receiver: WebhookReceiver, pathName: string): Promise<{ orgId: string; webhookId: string }> {
  const created = await json(`${baseUrl}/v1/admin/orgs`, {
    method: 'POST',
    headers: { authorization: `Bearer ${OPERATOR_KEY}` },
    body: JSON.stringify({ name: 'Durable Org' }),
  });
  const hook = await json(`${baseUrl}/v1/webhooks`, {
    method: 'POST',
    headers: { authorization: `Bearer ${created.apiKey}` },
    body: JSON.stringify({ url: `${receiver.origin}${pathName}`, eventTypes: ['result.scored'] }),
  });
  return { orgId: created.org.id, webhookId: hook.webhook.id };
}

async function queueEvents(db: DatabaseHandle['db'], orgId: string, count: number): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const ids: string[] = [];
    for (let n = 0; n < count; n++) {
      ids.push(await recordDomainEvent(trx, systemClock, { orgId, type: 'result.scored', data: { id: `res_${n}`, percentage: n % 101 } }));
    }
    return ids;
  });
}

interface Fixture {
  env: Record<string, string>;
  db: DatabaseHandle;
  cleanup(): Promise<void>;
}

/** A fresh database and data dir for server processes, plus the test's own connection to it. */
async function freshDatabase(): Promise<Fixture> {
  const empty = await createEmptyDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-durable-'));
  const env: Record<string, string> = { ASSAY_DATA_DIR: dataDir };
  if (empty.url) env.DATABASE_URL = empty.url;
  let db: DatabaseHandle | null = null;
  return {
    env,
    get db() {
      // Opened after a server has migrated the database.
      db ??= openDatabase({ databaseUrl: empty.url, sqliteFile: path.join(dataDir, 'assay.db'), poolSize: 3 });
      return db;
    },
    async cleanup() {
      await db?.close();
      await empty.remove();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe(`webhook delivery survives SIGKILL (${testDialect()})`, () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(killAllServerProcesses);
  afterAll(async () => {
    killAllServerProcesses();
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('an API-only instance runs no jobs; an app killed with SIGKILL while jobs are pending, then restarted, delivers every event', async () => {
    const receiver = await startWebhookReceiver();
    cleanups.push(() => receiver.close());
    const fixture = await freshDatabase();
    cleanups.push(() => fixture.cleanup());
    // Slow answers keep jobs in flight and queued when the kill comes.
    receiver.respond = () => ({ status: 200, body: 'ok', delayMs: 40 });
    const env = { ...fixture.env, ASSAY_JOB_LEASE_SECONDS: '3' };

    // ASSAY_WORKER=0: the API takes the change (and its outbox rows), nothing is delivered.
    const apiOnly = startServer({ ...env, ASSAY_WORKER: '0' });
    const { orgId } = await setUpOrg(await apiOnly.url, receiver, '/crash');
    const total = 150;
    const eventIds = await queueEvents(fixture.db.db, orgId, total);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(receiver.received).toHaveLength(0);
    expect(apiOnly.output()).not.toContain('job worker started');
    apiOnly.child.kill('SIGTERM');
    expect(await apiOnly.exited).toBe(0);

    // A worker starts delivering and is killed mid-queue.
    const first = startServer(env);
    await first.url;
    await receiver.waitFor(() => receiver.received.length >= 10, 30_000);
    await killServerProcess(first);
    const deliveredBeforeKill = receiver.countsById().size;
    expect(deliveredBeforeKill).toBeLessThan(total);
    const unfinished = await fixture.db.db
      .selectFrom('jobs')
      .select(['status'])
      .where('type', 'in', ['webhooks.fanout', 'webhooks.deliver'])
      .execute();
    expect(unfinished.length).toBeGreaterThan(0);

    // Restarted, it takes over the dead worker's claims once their lease expires, and finishes.
    const second = startServer(env);
    await second.url;
    await receiver.waitFor(() => eventIds.every((id) => receiver.countsById().has(id)), 60_000);
    // Every event arrived (at least once), identified by its webhook-id.
    expect(new Set(receiver.countsById().keys())).toEqual(new Set(eventIds));
    await waitUntil(
      async () =>
        (await fixture.db.db.selectFrom('webhook_deliveries').select('id').where('status', '=', 'succeeded').execute()).length === total,
      20_000,
      'every delivery to be recorded as succeeded',
    );
    // A graceful stop exits cleanly and leaves nothing claimed.
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(second.output()).toContain('job worker stopped');
    expect(await fixture.db.db.selectFrom('jobs').select('id').where('status', '=', 'running').execute()).toEqual([]);
  }, 150_000);
});

describe(`two workers on one ${testDialect()} database deliver each of 500 events exactly once`, () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(killAllServerProcesses);
  afterAll(async () => {
    killAllServerProcesses();
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  async function assertExactlyOnce(receiver: WebhookReceiver, eventIds: string[], db: DatabaseHandle['db']) {
    await receiver.waitFor(() => eventIds.every((id) => receiver.countsById().has(id)), 90_000);
    // Give a duplicate every chance to show up before counting.
    await waitUntil(
      async () => (await db.selectFrom('jobs').select('id').where('type', 'in', ['webhooks.fanout', 'webhooks.deliver']).execute()).length === 0,
      20_000,
      'the queue to drain',
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const counts = receiver.countsById();
    expect(counts.size).toBe(eventIds.length);
    expect([...counts.entries()].filter(([, count]) => count !== 1)).toEqual([]);
    const deliveries = await db.selectFrom('webhook_deliveries').select(['status', 'attempts']).execute();
    expect(deliveries).toHaveLength(eventIds.length);
    expect(deliveries.every((delivery) => delivery.status === 'succeeded' && delivery.attempts === 1)).toBe(true);
  }

  if (TEST_DATABASE_URL) {
    it('two app processes on one PostgreSQL (skip-locked claims)', async () => {
      const receiver = await startWebhookReceiver();
      cleanups.push(() => receiver.close());
      const fixture = await freshDatabase();
      cleanups.push(() => fixture.cleanup());
      const servers = [startServer({ ...fixture.env, LOG_LEVEL: 'debug' }), startServer({ ...fixture.env, LOG_LEVEL: 'debug' })];
      const urls = await Promise.all(servers.map((server) => server.url));
      const { orgId } = await setUpOrg(urls[0]!, receiver, '/twice');
      const eventIds = await queueEvents(fixture.db.db, orgId, 500);
      await assertExactlyOnce(receiver, eventIds, fixture.db.db);
      // Both instances took part: each logged deliveries it completed, together at least one per event.
      const delivered = servers.map((server) => server.output().split('\n').filter((line) => line.includes('"type":"webhooks.deliver"') && line.includes('job done')).length);
      expect(delivered.every((count) => count > 0)).toBe(true);
      expect(delivered[0]! + delivered[1]!).toBe(500);
      await Promise.all(servers.map(killServerProcess));
    }, 150_000);
  } else {
    // SQLite has one writer: the equivalent is two workers with their own ids
    // competing for the same queue in one process.
    it('two workers in one process on one SQLite database', async () => {
      const receiver = await startWebhookReceiver();
      cleanups.push(() => receiver.close());
      const t: TestApp = await createTestApp({ env: { ASSAY_WEBHOOK_ALLOW_PRIVATE: '1', ASSAY_SECRET_KEY: SECRET_KEY } });
      cleanups.push(() => t.close());
      const org = await t.createOrg();
      const hook = await t.request({
        method: 'POST',
        url: '/v1/webhooks',
        headers: org.headers,
        payload: { url: `${receiver.origin}/twice`, eventTypes: ['result.scored'] },
      });
      expect(hook.statusCode).toBe(201);
      const deliveredBy: string[] = [];
      const log = {
        info() {},
        warn() {},
        error() {},
        debug(entry: object, message?: string) {
          const { type, workerId } = entry as { type?: string; workerId?: string };
          if (message === 'job done' && type === 'webhooks.deliver') deliveredBy.push(workerId!);
        },
      };
      const workers: Worker[] = [createWorker(t.deps, { log, pollIntervalMs: 20 }), createWorker(t.deps, { log, pollIntervalMs: 20 })];
      cleanups.push(async () => {
        for (const worker of workers) await worker.stop();
      });
      expect(workers[0]!.runner.workerId).not.toBe(workers[1]!.runner.workerId);
      for (const worker of workers) await worker.start();
      const eventIds = await queueEvents(t.database.db, org.org.id, 500);
      await assertExactlyOnce(receiver, eventIds, t.database.db);
      // Both workers took part.
      expect(deliveredBy).toHaveLength(500);
      expect(new Set(deliveredBy)).toEqual(new Set(workers.map((worker) => worker.runner.workerId)));
    }, 150_000);
  }
});

