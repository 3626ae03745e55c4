import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { migrateDatabase } from './migrations.js';
import { systemClock } from './shared/clock.js';
import type { AppDeps } from './app-deps.js';
import { startWorker } from './worker.js';
import { demoBaseUrl, formatDemoBanner, seedDemoIfEmpty } from './demo/demo-seed.js';

/** Opens the configured database (PostgreSQL when DATABASE_URL is set, else SQLite in the data dir). */
export function openConfiguredDatabase(config: Config): DatabaseHandle {
  return openDatabase({ databaseUrl: config.databaseUrl, sqliteFile: path.join(config.dataDir, 'assay.db') });
}

/** The one line a server prints when it is ready: where it listens, its database, its worker, its request logs. */
export function startupSummary(config: Config, address: string): string {
  const database = config.databaseUrl ? 'PostgreSQL' : `SQLite at ${path.join(config.dataDir, 'assay.db')}`;
  const worker = config.worker ? 'background jobs on' : 'background jobs off (ASSAY_WORKER=0)';
  const requests = config.logRequests ? 'request logs on' : 'request logs off (ASSAY_LOG_REQUESTS=1 shows them)';
  return `Assay listening on ${address} · database: ${database} · ${worker} · ${requests}`;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Migrates, builds the app, listens, and closes everything gracefully on SIGINT/SIGTERM. */
export async function startServer(config: Config): Promise<RunningServer> {
  const handle = openConfiguredDatabase(config);
  await migrateDatabase(handle);
  const deps: AppDeps = { config, db: handle.db, dialect: handle.dialect, clock: systemClock };
  const demo = config.demo ? await seedDemoIfEmpty(deps) : null;
  const app = await buildApp({ deps });
  // Fastify's own "listening" line becomes the one-line summary.
  const address = await app.listen({ host: config.host, port: config.port, listenTextResolver: (at) => startupSummary(config, at) });
  const worker = config.worker ? await startWorker(deps, app.log) : null;
  if (demo) process.stdout.write(formatDemoBanner(demo, demoBaseUrl(config.publicUrl, address)));

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      await worker?.stop();
      await app.close();
      await handle.close();
    })();
    return closing;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info(`${signal} received, shutting down`);
      void close().then(() => process.exit(0));
    });
  }
  return { url: address, close };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    await startServer(loadConfig());
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
