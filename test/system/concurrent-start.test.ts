import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, testDialect } from '../helpers/test-db.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Started {
  child: ChildProcess;
  url: Promise<string>;
  output: () => string;
}

/** Starts `src/server.ts` as a real process on a free port; resolves its URL from the log. */
function startServer(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ASSAY_DEMO: '0', ASSAY_WORKER: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Assay listening on (http:\/\/[^\s"]+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { child, url, output: () => output };
}

describe(`two instances starting at once on one empty ${testDialect()} database`, () => {
  const children: ChildProcess[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
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

    const servers = [startServer(env), startServer(env)];
    children.push(...servers.map((server) => server.child));
    const urls = await Promise.all(servers.map((server) => server.url));

    for (const url of urls) {
      const response = await fetch(`${url}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true, database: testDialect() });
    }
    for (const server of servers) expect(server.output()).not.toMatch(/Migration .* failed/);
  }, 60_000);
});
