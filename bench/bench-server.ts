/**
 * The server under test, in its own process (started by bench/run.ts; not
 * meant to be run by hand):
 *
 *   node --import tsx bench/bench-server.ts app    Assay, built by buildApp with logging and the worker off,
 *                                                  on the bench database (DATABASE_URL, or the SQLite file
 *                                                  in ASSAY_DATA_DIR), plus the naive full-scan routes
 *   node --import tsx bench/bench-server.ts bare   a bare Fastify route: the ceiling of any route
 *
 * It listens on 127.0.0.1 only (a free port) and prints one JSON line,
 * {"url": …}. It counts the HTTP requests it receives and those still in
 * flight, and answers the bench process's { type: 'status' } messages on the
 * IPC channel with both.
 * It exits when the channel closes: the bench process ended, however it ended.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import type { AppDeps } from '../src/app-deps.js';
import { loadConfig } from '../src/config.js';
import type { DatabaseHandle } from '../src/db/database.js';
import { openConfiguredDatabase } from '../src/server.js';
import { systemClock } from '../src/shared/clock.js';
import { naiveCohortStats, naivePercentile } from './bench-naive-scans.js';

const HOST = '127.0.0.1';

async function appServer(): Promise<{ app: FastifyInstance; handle: DatabaseHandle }> {
  const config = loadConfig(process.env, { interactive: false });
  const handle = openConfiguredDatabase(config);
  const deps: AppDeps = { config, db: handle.db, dialect: handle.dialect, clock: systemClock };
  const app = await buildApp({ deps, logger: false });
  const db = handle.db;
  // The naive way of the two cohort reads: a scan of the cohort per request (the comparison in the README).
  app.get('/bench/naive/cohort-stats/:assessmentId/:sessionId', { schema: { hide: true } }, (request) => {
    const { assessmentId, sessionId } = request.params as { assessmentId: string; sessionId: string };
    return naiveCohortStats(db, assessmentId, sessionId);
  });
  app.get('/bench/naive/percentile/:assessmentId/:sessionId', { schema: { hide: true } }, async (request) => {
    const { assessmentId, sessionId } = request.params as { assessmentId: string; sessionId: string };
    return { percentile: await naivePercentile(db, assessmentId, sessionId) };
  });
  return { app, handle };
}

function bareServer(): { app: FastifyInstance; handle: null } {
  const app = Fastify({ logger: false });
  app.get('/bare', () => Promise.resolve({ ok: true }));
  return { app, handle: null };
}

const mode = process.argv[2];
if (mode !== 'app' && mode !== 'bare') throw new Error(`bench-server: mode must be app or bare, got ${mode}`);
if (!process.send) throw new Error('bench-server: run by bench/run.ts, with an IPC channel');

const { app, handle } = mode === 'app' ? await appServer() : bareServer();
let received = 0;
let inFlight = 0;
app.server.on('request', (_request, response) => {
  received += 1;
  inFlight += 1;
  // 'close': answered, or its connection went away first; either way the server is done with it.
  response.once('close', () => (inFlight -= 1));
});
const url = await app.listen({ host: HOST, port: 0 });

let closing = false;
async function shutdown(): Promise<never> {
  if (!closing) {
    closing = true;
    await app.close().catch(() => {});
    await handle?.close().catch(() => {});
  }
  process.exit(0);
}
process.on('message', (message: { type?: string }) => {
  if (message.type === 'status') process.send!({ type: 'status', received, inFlight });
});
process.on('disconnect', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
process.stdout.write(`${JSON.stringify({ url })}\n`);
