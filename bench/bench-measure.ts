import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { cpuSecondsBetween, cpuSecondsByPid, cpuSecondsOf } from './bench-cpu.js';
import type { ServerUnderTest } from './bench-processes.js';

/**
 * One measurement of one route: autocannon (closed loop, keep-alive, one
 * request in flight per connection) for a bounded time, and the server's own
 * CPU over it. The CPU per request is the CPU the server process (and, on
 * PostgreSQL, its backends) used from before the run until it was idle again,
 * divided by the requests it received in that time: requests still in flight
 * when the load stopped are counted in both, so slow routes are not flattered.
 */

export interface Target {
  server: ServerUnderTest;
  /** The PostgreSQL backends serving the server (their CPU is part of each request's cost), or null on SQLite. */
  databasePids: (() => Promise<number[]>) | null;
}

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

export interface Measurement {
  /** Units (requests, or flows) completed within the timed window, and its length in seconds. */
  requests: number;
  seconds: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** Server CPU per request, in milliseconds: the server process, and its database backends (null on SQLite). */
  appCpuMs: number;
  dbCpuMs: number | null;
  /** Share of one core the server process used during the timed window (1 = one core saturated). */
  appBusy: number;
  /** Cores the database backends used during the window (PostgreSQL), or null. */
  dbBusy: number | null;
  /** Share of a core the load generator (this process) used: near 1 with a server below 1 would mean the client limits the rate. */
  clientBusy: number;
}

const IDLE_POLL_MS = 100;
const IDLE_TIMEOUT_MS = 120_000;
/** Seconds a request may take before autocannon counts it as a timeout (a full scan at 100k can take long on a busy machine). */
const REQUEST_TIMEOUT_SECONDS = 60;

/** Only loopback: the bench never sends load anywhere else. */
export function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1') throw new Error(`the bench only targets 127.0.0.1, not ${host}`);
}

/** Runs autocannon and fails on any error, timeout or non-2xx answer. */
export function runAutocannon(
  options: autocannon.Options,
  onInstance: (instance: autocannon.Instance) => void = () => {},
): Promise<autocannon.Result> {
  assertLoopback(String(options.url));
  return new Promise((resolve, reject) => {
    const instance = autocannon({ timeout: REQUEST_TIMEOUT_SECONDS, sampleInt: 100, ...options }, (error, result) => {
      if (error) return reject(error instanceof Error ? error : new Error(String(error)));
      const statuses = Object.entries(result.statusCodeStats ?? {})
        .map(([status, { count }]) => `${status}×${count}`)
        .join(' ');
      if (result.errors > 0 || result.timeouts > 0 || result.non2xx > 0) {
        return reject(
          new Error(`${String(options.url)}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx answers (${statuses})`),
        );
      }
      resolve(result);
    });
    onInstance(instance);
  });
}

interface CpuReading {
  app: number;
  db: Map<number, number> | null;
}

function readCpu(target: Target, pids: readonly number[]): CpuReading {
  const app = cpuSecondsOf(target.server.pid);
  if (app === null) throw new Error(`${target.server.name} (pid ${target.server.pid}) is gone`);
  return { app, db: target.databasePids ? cpuSecondsByPid(pids) : null };
}

/**
 * Waits until the server has answered every request it received and no more
 * arrive: the work queued by the load is done. The server says so itself (a
 * CPU reading cannot: on a crowded machine a busy server gets few ticks).
 */
export async function waitUntilIdle(target: Target): Promise<void> {
  const deadline = Date.now() + IDLE_TIMEOUT_MS;
  let previous = await target.server.status();
  while (Date.now() < deadline) {
    await sleep(IDLE_POLL_MS);
    const now = await target.server.status();
    if (now.inFlight === 0 && now.received === previous.received) return;
    previous = now;
  }
  throw new Error(`${target.server.name} still busy ${IDLE_TIMEOUT_MS / 1000} s after the load stopped`);
}

function percentile(sorted: Float64Array, q: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/**
 * Measures `timed` (one autocannon run of a route, or of candidate flows of
 * several requests each) against `target`, after `warmup`, which is not
 * counted; `unitsServed` turns the requests the server received into units
 * (requests, flows) for the CPU per unit.
 */
export async function measureLoad(
  target: Target,
  warmup: () => Promise<unknown>,
  timed: () => Promise<{ units: number; seconds: number; latenciesMs: Float64Array }>,
  unitsServed: (requestsReceived: number) => number,
): Promise<Measurement> {
  await warmup();
  await waitUntilIdle(target);
  const pidsBefore = target.databasePids ? await target.databasePids() : [];
  const before = readCpu(target, pidsBefore);
  const receivedBefore = (await target.server.status()).received;
  const client = process.cpuUsage();
  const run = await timed();
  const atEnd = readCpu(target, pidsBefore);
  const clientUsage = process.cpuUsage(client);
  await waitUntilIdle(target);
  const pidsAfter = target.databasePids ? [...new Set([...pidsBefore, ...(await target.databasePids())])] : [];
  const after = readCpu(target, pidsAfter);
  const served = unitsServed((await target.server.status()).received - receivedBefore);
  const sorted = run.latenciesMs.slice().sort();
  const dbSeconds = before.db && after.db ? cpuSecondsBetween(before.db, after.db) : null;
  return {
    requests: run.units,
    seconds: run.seconds,
    rps: run.units / run.seconds,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    appCpuMs: ((after.app - before.app) * 1000) / Math.max(1, served),
    dbCpuMs: dbSeconds === null ? null : (dbSeconds * 1000) / Math.max(1, served),
    appBusy: (atEnd.app - before.app) / run.seconds,
    dbBusy: before.db && atEnd.db ? cpuSecondsBetween(before.db, atEnd.db) / run.seconds : null,
    clientBusy: (clientUsage.user + clientUsage.system) / 1e6 / run.seconds,
  };
}

/** The requests left in flight when the load stops must drain within this share of the window. */
const DRAIN_SHARE = 0.25;
const PROBE_CONNECTIONS = 2;

export interface RouteMeasurement extends Measurement {
  /** The connections it was measured with (fewer than asked for a slow route, see measureRoute). */
  connections: number;
}

/**
 * A GET route under load for `seconds`. A probe at two connections first
 * (which also warms the route up) tells the server's time per request; the
 * route is then loaded with as many connections as asked, but no more than
 * the server answers in a quarter of the window: a slow route (a full scan)
 * is saturated by two already, and 32 of them in flight would take longer to
 * drain than the measurement itself.
 */
export async function measureRoute(target: Target, options: LoadOptions): Promise<RouteMeasurement> {
  const base = { url: options.url, headers: options.headers ?? {} };
  let connections = options.connections;
  const measurement = await measureLoad(
    target,
    async () => {
      const probe = await runAutocannon({ ...base, connections: PROBE_CONNECTIONS, duration: options.warmupSeconds });
      const answeredPerSecond = probe.requests.total / probe.duration;
      connections = Math.min(options.connections, Math.max(PROBE_CONNECTIONS, Math.floor(answeredPerSecond * options.seconds * DRAIN_SHARE)));
      if (connections > PROBE_CONNECTIONS) {
        await waitUntilIdle(target);
        await runAutocannon({ ...base, connections, duration: options.warmupSeconds / 2 });
      }
    },
    async () => {
      const latencies: number[] = [];
      const result = await runAutocannon({ ...base, connections, duration: options.seconds }, (instance) =>
        instance.on('response', (_client, statusCode, _bytes, responseTime) => {
          if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
        }),
      );
      return { units: result.requests.total, seconds: result.duration, latenciesMs: Float64Array.from(latencies) };
    },
    (received) => received,
  );
  return { ...measurement, connections };
}
