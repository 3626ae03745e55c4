import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killServerProcess, killAllServerProcesses, startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { createEmptyDatabase, testDialect } from '../helpers/test-db.js';

/**
 * What a person sees in the terminal and what a log collector gets: the
 * server's real output for its start and for a few requests, in both formats.
 */
const SECRET = 'ct_live_never-in-any-log-line-0123456789';

describe(`server logs (${testDialect()})`, () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    killAllServerProcesses();
    for (const cleanup of cleanups) await cleanup();
  });

  /** A port free right now on 127.0.0.1, for a server that will not print where it listens. */
  async function freePort(): Promise<number> {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as net.AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    return port;
  }

  async function start(env: Record<string, string>): Promise<{ server: ServerProcess; url: string }> {
    const empty = await createEmptyDatabase();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-logs-'));
    cleanups.push(async () => {
      await empty.remove();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });
    const server = startServerProcess({ ASSAY_DATA_DIR: dataDir, ...(empty.url ? { DATABASE_URL: empty.url } : {}), ...env });
    if (env.PORT === undefined) return { server, url: await server.url };
    const url = `http://127.0.0.1:${env.PORT}`;
    await expect.poll(() => fetch(`${url}/healthz`).then((response) => response.status, () => 0), { timeout: 30_000 }).toBe(200);
    return { server, url };
  }

  /** Asks a few things (one of them a 404) and stops the server, so that everything it wrote is in. */
  async function exercise({ server, url }: { server: ServerProcess; url: string }): Promise<string[]> {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/v1/assessments`, { headers: { authorization: `Bearer ${SECRET}` } })).status).toBe(401);
    expect((await fetch(`${url}/no-such-page.json`)).status).toBe(404);
    server.child.kill('SIGTERM');
    await server.exited;
    return server.output().split('\n').filter((line) => line.trim() !== '');
  }

  it('at a terminal: one readable start-up line and no line per request', async () => {
    const lines = await exercise(await start({ LOG_FORMAT: 'pretty', NODE_ENV: 'development' }));
    const startup = lines.filter((line) => line.includes('Assay listening on'));
    expect(startup).toHaveLength(1);
    expect(startup[0]).toMatch(/INFO.*Assay listening on http:\/\/127\.0\.0\.1:\d+ · database: (SQLite at .*assay\.db|PostgreSQL) · background jobs off/);
    expect(startup[0]).toContain('request logs off (ASSAY_LOG_REQUESTS=1 shows them)');
    for (const line of lines) {
      expect(line.startsWith('{'), `not a JSON line: ${line}`).toBe(false);
      expect(line).not.toMatch(/incoming request|request completed|\/healthz/);
    }
  }, 60_000);

  it('for machines: JSON lines, one pair per request, credentials redacted', async () => {
    const running = await start({ LOG_FORMAT: 'json' });
    const lines = await exercise(running);
    const entries = lines.map((line) => JSON.parse(line) as { msg?: string; req?: { url?: string }; res?: { statusCode?: number } });
    expect(entries.filter((entry) => entry.msg?.startsWith('Assay listening on'))).toHaveLength(1);
    const completed = entries.filter((entry) => entry.msg === 'request completed');
    expect(completed.map((entry) => entry.res?.statusCode).sort()).toEqual([200, 401, 404]);
    expect(entries.filter((entry) => entry.msg === 'incoming request').map((entry) => entry.req?.url)).toEqual([
      '/healthz',
      '/v1/assessments',
      '/no-such-page.json',
    ]);
    expect(lines.join('\n')).not.toContain(SECRET);
    await killServerProcess(running.server);
  }, 60_000);

  it('LOG_LEVEL keeps its meaning: warn hides the start-up line and the requests', async () => {
    const lines = await exercise(await start({ LOG_FORMAT: 'json', LOG_LEVEL: 'warn', PORT: String(await freePort()) }));
    expect(lines.filter((line) => line.includes('Assay listening on') || line.includes('request completed'))).toEqual([]);
  }, 60_000);
});
