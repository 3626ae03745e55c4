import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { createEmptyDatabase, testDialect } from '../helpers/test-db.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Starts `src/server.ts` as a real process with the demo on; resolves its URL once it listens. */
function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ASSAY_DEMO: '1', ASSAY_WORKER: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Assay listening on (http:\/\/[^\s"]+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { child, url, output: () => output };
}

describe(`two instances starting at once on one empty ${testDialect()} database, demo on`, () => {
  const children: ChildProcess[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
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

    const servers = [startServer(env), startServer(env)];
    children.push(...servers.map((server) => server.child));
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
