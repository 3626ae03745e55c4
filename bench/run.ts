/**
 * `npm run bench`: what the server costs per request, measured so that the
 * figures can be trusted on a shared machine.
 *
 * - The servers under test run in their own processes (bench-server.ts):
 *   Assay (buildApp, logging and the worker off) and a bare Fastify route.
 *   The load comes from autocannon in this process, with enough connections
 *   that the server, not the client, is the bottleneck (the `busy` column:
 *   the share of a core the server used).
 * - Every route is reported with its rate, p50/p99 latency, and the server's
 *   CPU per request (from /proc/<pid>/stat; on PostgreSQL its backends' CPU
 *   too), each next to GET /healthz and the bare route measured in the same
 *   run: CPU per request is the steady figure when neighbours take the cores.
 * - Reads on a 100k cohort, the aggregate-vs-scan comparison at each size,
 *   and the full candidate flow (redeem → generate → submit) at concurrency
 *   1, 4 and 16.
 *
 * SQLite by default (a temporary file); PostgreSQL when DATABASE_URL is set (a
 * temporary database on that server, dropped at the end). Only 127.0.0.1.
 * BENCH_SIZES=1000,10000,100000 (cohort sizes), BENCH_SECONDS=3 (each
 * measurement), BENCH_CONNECTIONS=32 (autocannon connections for the reads).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Db } from '../src/db/database.js';
import { cohortStatsOf, scorePercentiles } from '../src/features/cohort/cohort-read.js';
import { selectSessionFacts } from '../src/features/cohort/cohort-aggregates-store.js';
import { encodeCursor } from '../src/features/results/results-fns.js';
import { createTestDatabase, type TestDatabase } from '../test/helpers/test-db.js';
import { cpuSecondsOf } from './bench-cpu.js';
import { createFlowAssessment, measureFlows } from './bench-flows.js';
import { measureRoute, type RouteMeasurement, type Target } from './bench-measure.js';
import { naiveCohortStats, naivePercentile } from './bench-naive-scans.js';
import { killAllServers, startServerUnderTest, type ServerUnderTest } from './bench-processes.js';
import { fmt, printAggregates, printFlows, printReads, type AggregateRow, type ReadsReport } from './bench-report.js';
import { seedCohort, type SeededCohort } from './bench-seed.js';

function readNumbers(name: string, fallback: string): number[] {
  const values = (process.env[name] || fallback).split(',').map(Number);
  if (values.some((value) => !Number.isFinite(value) || value <= 0)) throw new Error(`${name} must be positive numbers, got "${process.env[name]}"`);
  return values;
}

const SIZES = readNumbers('BENCH_SIZES', '1000,10000,100000').map(Math.round);
const [SECONDS] = readNumbers('BENCH_SECONDS', '3') as [number];
const [CONNECTIONS] = readNumbers('BENCH_CONNECTIONS', '32').map(Math.round) as [number];
const WARMUP_SECONDS = Math.min(1, Math.max(0.3, SECONDS / 4));
const FLOW_CONCURRENCY = [1, 4, 16];
const OPERATOR_KEY = 'bench-operator-key-0123456789';
/** The filter of the 20-row list: about half the cohort matches, so its exact total is a real count. */
const MIN_SCORE = 50;
const PAGE = 20;
/** How the server's PostgreSQL connections name themselves, so that the bench finds their backends. */
const APPLICATION_NAME = 'assay-bench-server';

/**
 * Milliseconds per call of fn, in this process (no HTTP): the median of seven
 * rounds, so that a busy neighbour on the machine does not decide the result.
 */
async function timeIt(fn: () => Promise<unknown>, roundMs = 120): Promise<number> {
  for (let warm = 0; warm < 5; warm++) await fn();
  const rounds: number[] = [];
  for (let round = 0; round < 7; round++) {
    let calls = 0;
    const start = performance.now();
    while (performance.now() - start < roundMs || calls < 5) {
      await fn();
      calls += 1;
    }
    rounds.push((performance.now() - start) / calls);
  }
  return rounds.sort((a, b) => a - b)[3]!;
}

/** The parts of the answers the bench checks. */
interface ResultPage {
  data: { id: string }[];
  pagination: { total: number; has_more: boolean };
}

async function getJson<T>(url: string, headers: Record<string, string> = {}, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, { ...init, headers: { ...headers, ...(init.body ? { 'content-type': 'application/json' } : {}) } });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`bench check failed: ${message}`);
}

interface Bench {
  database: TestDatabase;
  db: Db;
  app: ServerUnderTest;
  bare: ServerUnderTest;
  appTarget: Target;
  bareTarget: Target;
  headers: Record<string, string>;
  orgId: string;
}

/** The server processes on the bench database, and an organization with an API key made through the API. */
async function startBench(database: TestDatabase, dataDir: string): Promise<Bench> {
  const env: Record<string, string> = {
    ASSAY_DATA_DIR: dataDir,
    ASSAY_OPERATOR_KEY: OPERATOR_KEY,
    ASSAY_DEMO: '0',
    ASSAY_WORKER: '0',
    ASSAY_SECURE_COOKIES: '0',
    // The flows send each candidate's address in X-Forwarded-For (see bench-flows.ts).
    ASSAY_TRUST_PROXY: '127.0.0.1',
    LOG_LEVEL: 'silent',
    ASSAY_LOG_REQUESTS: '0',
  };
  if (database.url) {
    const url = new URL(database.url);
    url.searchParams.set('application_name', APPLICATION_NAME);
    env.DATABASE_URL = url.toString();
  }
  const [app, bare] = await Promise.all([startServerUnderTest('Assay', 'app', env), startServerUnderTest('bare Fastify', 'bare', {})]);
  const db = database.db;
  const backends = async () => {
    const { rows } = await sql<{ pid: number }>`
      select pid from pg_stat_activity where datname = current_database() and application_name = ${APPLICATION_NAME}`.execute(db);
    return rows.map((row) => Number(row.pid));
  };
  const created = await getJson<{ org: { id: string }; apiKey: string }>(`${app.url}/v1/admin/orgs`, { authorization: `Bearer ${OPERATOR_KEY}` }, { method: 'POST', body: JSON.stringify({ name: 'Bench' }) });
  return {
    database,
    db,
    app,
    bare,
    appTarget: { server: app, databasePids: database.url ? backends : null },
    bareTarget: { server: bare, databasePids: null },
    headers: { authorization: `Bearer ${created.apiKey}` },
    orgId: created.org.id,
  };
}

/** PostgreSQL backends are only counted when this machine can see them (a local server). */
async function checkBackendsVisible(bench: Bench): Promise<string | null> {
  if (!bench.appTarget.databasePids) return null;
  await getJson<unknown>(`${bench.app.url}/healthz`);
  const pids = await bench.appTarget.databasePids();
  if (pids.length > 0 && pids.every((pid) => cpuSecondsOf(pid) !== null)) return null;
  bench.appTarget = { ...bench.appTarget, databasePids: null };
  return 'the PostgreSQL backends are not visible from here (a remote server?): their CPU is not counted';
}

interface Cohort extends SeededCohort {
  size: number;
  agrees: boolean;
}

async function factsOf(db: Db, orgId: string, sessionId: string) {
  const [facts] = await selectSessionFacts(db, orgId, [sessionId]);
  if (!facts) throw new Error(`no session ${sessionId}`);
  return facts;
}

/** The maintained aggregates against the naive scans, for one result of the cohort. */
async function aggregatesAgree(db: Db, orgId: string, cohort: SeededCohort): Promise<boolean> {
  const { assessmentId, sessionId } = cohort;
  const facts = await factsOf(db, orgId, sessionId);
  const stats = await cohortStatsOf(db, assessmentId, facts);
  const naive = await naiveCohortStats(db, assessmentId, sessionId);
  const percentile = (await scorePercentiles(db, [{ id: sessionId, assessment_id: assessmentId, percentage: facts.percentage, score_status: facts.score_status }])).get(
    sessionId,
  );
  return (
    stats?.sessionCount === Number(naive.n) &&
    stats.percentiles?.durationMs === Math.round((Number(naive.below_duration) / (Number(naive.n_duration) - 1)) * 1000) / 1000 &&
    percentile === (await naivePercentile(db, assessmentId, sessionId))
  );
}

async function seedCohorts(bench: Bench): Promise<Cohort[]> {
  const cohorts: Cohort[] = [];
  for (const [index, size] of SIZES.entries()) {
    const seeded = await seedCohort(bench.db, bench.database.dialect, bench.orgId, size, index + 1);
    cohorts.push({ ...seeded, size, agrees: await aggregatesAgree(bench.db, bench.orgId, seeded) });
  }
  // What a database that grew over time has: SQLite's log folded into the file, PostgreSQL's planner
  // statistics and visibility map (autovacuum would make them in the middle of a measurement).
  if (bench.database.dialect === 'sqlite') await sql`pragma wal_checkpoint(truncate)`.execute(bench.db);
  else await sql`vacuum analyze`.execute(bench.db);
  return cohorts;
}

interface RouteRow {
  label: string;
  measurement: RouteMeasurement;
}

function measure(bench: Bench, url: string, options: { bare?: boolean } = {}): Promise<RouteMeasurement> {
  return measureRoute(options.bare ? bench.bareTarget : bench.appTarget, {
    url,
    headers: options.bare ? {} : bench.headers,
    connections: CONNECTIONS,
    seconds: SECONDS,
    warmupSeconds: WARMUP_SECONDS,
  });
}

/** Reads on the largest cohort, between two measurements of the bare route and GET /healthz. */
async function measureReads(bench: Bench, cohort: Cohort): Promise<ReadsReport> {
  const { app, db, headers } = bench;
  const { assessmentId, sessionId, size } = cohort;
  const results = await db
    .selectFrom('sessions')
    .select((eb) => [eb.fn.countAll<number>().as('all'), eb.fn.sum<number>(eb.case().when('percentage', '>=', MIN_SCORE).then(1).else(0).end()).as('matching')])
    .where('assessment_id', '=', assessmentId)
    .where('completed_at', 'is not', null)
    .executeTakeFirstOrThrow();
  const resultCount = Number(results.all);
  const matching = Number(results.matching);
  const urls = {
    bare: `${bench.bare.url}/bare`,
    healthz: `${app.url}/healthz`,
    result: `${app.url}/results/${sessionId}`,
    list: `${app.url}/results?exam_id=${assessmentId}&min_score=${MIN_SCORE}&limit=${PAGE}`,
    stats: `${app.url}/v1/assessments/${assessmentId}/cohort-stats?sessionId=${sessionId}`,
    first: `${app.url}/results?exam_id=${assessmentId}&limit=${PAGE}`,
    deep: '',
  };
  // The cursor of the last full page: the position of the row just before the last PAGE results.
  const ordered = (offset: number) =>
    db
      .selectFrom('sessions')
      .select(['id', 'completed_at'])
      .where('assessment_id', '=', assessmentId)
      .where('completed_at', 'is not', null)
      .orderBy('completed_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .offset(offset)
      .executeTakeFirstOrThrow();
  const before = await ordered(resultCount - PAGE - 1);
  const lastPageFirst = await ordered(resultCount - PAGE);
  urls.deep = `${urls.first}&cursor=${encodeCursor({ completedAt: before.completed_at!, id: before.id })}`;

  // Every route answers what it should before it is measured.
  check((await getJson<{ ok: boolean }>(urls.healthz)).ok, 'GET /healthz');
  check((await getJson<{ id: string }>(urls.result, headers)).id === sessionId, 'GET /results/:id answers the result');
  const list = await getJson<ResultPage>(urls.list, headers);
  check(list.data.length === PAGE && list.pagination.total === matching, `the min_score list's total is ${list.pagination.total}, the cohort has ${matching}`);
  const first = await getJson<ResultPage>(urls.first, headers);
  check(first.data.length === PAGE && first.pagination.total === resultCount, `the first page's total is ${first.pagination.total}, the cohort has ${resultCount}`);
  const deep = await getJson<ResultPage>(urls.deep, headers);
  check(
    deep.data.length === PAGE && !deep.pagination.has_more && deep.data[0]!.id === lastPageFirst.id,
    'the deep cursor answers the last page of the cohort',
  );
  const stats = await getJson<{ cohortStats: { sessionCount: number } | null }>(urls.stats, headers);
  check((stats.cohortStats?.sessionCount ?? 0) > 0, 'cohort-stats answers the cohort');

  const bareBefore = await measure(bench, urls.bare, { bare: true });
  const healthzBefore = await measure(bench, urls.healthz);
  const rows: RouteRow[] = [
    { label: 'GET /results/:id', measurement: await measure(bench, urls.result) },
    { label: `GET /results?exam_id&min_score (${PAGE} of ${fmt(matching)}, total exact)`, measurement: await measure(bench, urls.list) },
    { label: 'GET /v1/assessments/:id/cohort-stats', measurement: await measure(bench, urls.stats) },
    { label: `GET /results?exam_id, first page`, measurement: await measure(bench, urls.first) },
    { label: `GET /results?exam_id, page at row ${fmt(resultCount - PAGE + 1)}`, measurement: await measure(bench, urls.deep) },
  ];
  const healthzAfter = await measure(bench, urls.healthz);
  const bareAfter = await measure(bench, urls.bare, { bare: true });
  return { size, bareBefore, bareAfter, healthzBefore, healthzAfter, rows };
}

/** The cohort reads from the maintained aggregates next to the same reads done by scanning, at each size. */
async function measureAggregates(bench: Bench, cohorts: Cohort[]): Promise<AggregateRow[]> {
  const { app, db } = bench;
  const rows: AggregateRow[] = [];
  for (const cohort of cohorts) {
    const { assessmentId, sessionId } = cohort;
    const facts = await factsOf(db, bench.orgId, sessionId);
    rows.push({
      cohort,
      fnAgg: await timeIt(() => cohortStatsOf(db, assessmentId, facts)),
      fnNaive: await timeIt(() => naiveCohortStats(db, assessmentId, sessionId)),
      stats: await measure(bench, `${app.url}/v1/assessments/${assessmentId}/cohort-stats?sessionId=${sessionId}`),
      naiveStats: await measure(bench, `${app.url}/bench/naive/cohort-stats/${assessmentId}/${sessionId}`),
      result: await measure(bench, `${app.url}/results/${sessionId}`),
      naivePercentile: await measure(bench, `${app.url}/bench/naive/percentile/${assessmentId}/${sessionId}`),
    });
  }
  return rows;
}

async function main(): Promise<void> {
  const started = performance.now();
  const cleanups: (() => Promise<void>)[] = [];
  // One clean-up, whoever asks first (an interrupt, or the end of main): the other waits for the same.
  let cleaning: Promise<void> | null = null;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error('bench clean-up:', error));
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\nbench: stopped by ${signal}; cleaning up`);
      killAllServers();
      void cleanUp().finally(() => process.exit(130));
    });
  }
  try {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    // SQLite: the server opens <data dir>/assay.db, the file createTestDatabase made; PostgreSQL: a data dir of its own.
    const dataDir = database.file ? path.dirname(database.file) : fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-'));
    if (database.file && path.basename(database.file) !== 'assay.db') throw new Error(`unexpected SQLite file ${database.file}`);
    if (!database.file) cleanups.push(() => Promise.resolve(fs.rmSync(dataDir, { recursive: true, force: true })));

    const bench = await startBench(database, dataDir);
    cleanups.push(() => bench.bare.stop(), () => bench.app.stop());
    const postgres = database.dialect === 'postgres';
    const version = postgres ? (await sql<{ server_version: string }>`show server_version`.execute(bench.db)).rows[0]?.server_version : undefined;
    const load = os.loadavg()[0]!;
    console.log(
      `Assay bench — ${postgres ? `PostgreSQL ${String(version ?? '').split(' ')[0]}` : 'SQLite'}, node ${process.version}, ${os.cpus().length} cores, ` +
        `load average ${fmt(load, 1)}, ${SECONDS} s per measurement, 127.0.0.1 only` +
        (postgres ? '\n(VACUUM ANALYZE after seeding: the planner statistics autovacuum gives a database that grew)' : '') +
        '\n',
    );
    const invisible = await checkBackendsVisible(bench);
    if (invisible) console.log(`note: ${invisible}\n`);

    const cohorts = await seedCohorts(bench);
    const reads = await measureReads(bench, cohorts[cohorts.length - 1]!);
    console.log([...printReads(reads, postgres), ''].join('\n'));

    console.log([...printAggregates(await measureAggregates(bench, cohorts), CONNECTIONS), ''].join('\n'));

    const assessment = await createFlowAssessment(bench.app.url, bench.headers);
    const flows = await measureFlows({ baseUrl: bench.app.url, headers: bench.headers, assessment, target: bench.appTarget, seconds: SECONDS }, FLOW_CONCURRENCY);
    console.log([...printFlows(flows, postgres), ''].join('\n'));

    // The streaming cohort export (GET /results/export, issue 14) gets its own section here once it
    // exists: rows/s and the server's peak RSS for 100k and 1M rows.

    console.log(`(whole run ${fmt((performance.now() - started) / 1000)} s; load average ${fmt(load, 1)} at the start, ${fmt(os.loadavg()[0]!, 1)} at the end)`);
  } finally {
    await cleanUp();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
