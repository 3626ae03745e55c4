import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killAllServerProcesses, startServerProcess } from '../helpers/server-process.js';
import { createEmptyDatabase, testDialect } from '../helpers/test-db.js';

describe(`two instances starting at once on one empty ${testDialect()} database`, () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    killAllServerProcesses();
    for (const cleanup of cleanups) await cleanup();
  });

  it('both come up and serve, with no failed migration', async () => {
    const empty = await createEmptyDatabase();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-start-'));
    cleanups.push(async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await empty.remove();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });
    const env: Record<string, string> = { ASSAY_DATA_DIR: dataDir };
    if (empty.url) env.DATABASE_URL = empty.url;

    const servers = [startServerProcess(env), startServerProcess(env)];
    const urls = await Promise.all(servers.map((server) => server.url));

    for (const url of urls) {
      const response = await fetch(`${url}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true, database: testDialect() });
    }
    for (const server of servers) expect(server.output()).not.toMatch(/Migration .* failed/);
  }, 60_000);
});
