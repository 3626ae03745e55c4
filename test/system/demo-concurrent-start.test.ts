import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { killAllServerProcesses, startServerProcess } from '../helpers/server-process.js';
import { createEmptyDatabase, testDialect } from '../helpers/test-db.js';

describe(`two instances starting at once on one empty ${testDialect()} database, demo on`, () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    killAllServerProcesses();
    for (const cleanup of cleanups) await cleanup();
  });

  it('both come up and exactly one of them seeds the demo', async () => {
    const empty = await createEmptyDatabase();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-demo-start-'));
    cleanups.push(async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await empty.remove();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });
    const env: Record<string, string> = { ASSAY_DATA_DIR: dataDir };
    if (empty.url) env.DATABASE_URL = empty.url;

    const demoOn = { ...env, ASSAY_DEMO: '1' };
    const servers = [startServerProcess(demoOn), startServerProcess(demoOn)];
    const urls = await Promise.all(servers.map((server) => server.url));
    for (const url of urls) expect((await fetch(`${url}/healthz`)).status).toBe(200);

    const banners = servers.filter((server) => server.output().includes('Assay demo data created'));
    expect(banners).toHaveLength(1);
    const apiKey = /API key\s+(ct_live_\w+)/.exec(banners[0]!.output())![1]!;
    for (const url of urls) {
      const org = await fetch(`${url}/v1/org`, { headers: { authorization: `Bearer ${apiKey}` } });
      expect(org.status).toBe(200);
    }

    const database = openDatabase({ databaseUrl: empty.url, sqliteFile: path.join(dataDir, 'assay.db') });
    try {
      expect(await database.db.selectFrom('organizations').select('name').execute()).toEqual([{ name: 'Demo Company' }]);
      expect(await database.db.selectFrom('users').select('email').execute()).toEqual([{ email: 'demo@assay.local' }]);
    } finally {
      await database.close();
    }
  }, 60_000);
});
