/**
 * `npm run bench`: read time of one result's percentile and of cohort
 * statistics, from maintained aggregates, against the naive full-scan queries,
 * for cohorts of 1k, 10k and 100k sessions — all in one run, next to a bare
 * Fastify route that sets the ceiling. Everything listens on 127.0.0.1 only.
 *
 * SQLite by default (a temporary file); PostgreSQL when DATABASE_URL is set (a
 * temporary database on that server, dropped at the end).
 * BENCH_SIZES=1000,10000 and BENCH_SECONDS=2 adjust the run.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../src/app.js';
import type { AppDeps } from '../src/app-deps.js';
import { loadConfig } from '../src/config.js';
import { inTransaction, type Db } from '../src/db/database.js';
import type { SessionsTable, InvitationsTable } from '../src/db/schema.js';
import { newId, newUuid } from '../src/ids.js';
import { systemClock } from '../src/shared/clock.js';
import { cohortStatsOf, scorePercentiles } from '../src/features/cohort/cohort-read.js';
import { selectSessionFacts } from '../src/features/cohort/cohort-aggregates-store.js';
import { rebuildAssessmentAggregates } from '../src/features/cohort/cohort-aggregates.js';
import { createTestDatabase } from '../test/helpers/test-db.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 1.5);
const CONCURRENCY = 16;
const OPERATOR_KEY = 'bench-operator-key-0123456789';
const COHORT = ['completed', 'expired', 'hired'];

function prng(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** Inserts an assessment and `size` sessions (with their invitations) in bulk, then builds its aggregates. */
export async function seedCohort(db: Db, orgId: string, size: number, seed: number): Promise<{ assessmentId: string; sessionId: string }> {
  const random = prng(seed);
  const now = new Date().toISOString();
  const assessmentId = newId('asmt');
  await db
    .insertInto('assessments')
    .values({
      id: assessmentId,
      org_id: orgId,
      slug: `bench-${size}-${seed}`,
      title: `Bench cohort of ${size}`,
      role: 'Engineer',
      task_brief: 'Bench',
      repo_url: null,
      issue_id: null,
      time_limit_minutes: 90,
      expires_in_days: 7,
      rubric_id: null,
      passing_score: 60,
      low_pass_band: 10,
      max_attempts: 1,
      lock_on_pass: 0,
      show_result: 0,
      red_flag_threshold: 3,
      require_candidate_details: 1,
      skills: '[]',
      blueprint: null,
      created_at: now,
      updated_at: now,
      deleted_at: null,
      result_email: 'immediately',
    })
    .execute();
  const statuses = ['completed', 'completed', 'completed', 'completed', 'completed', 'completed', 'expired', 'hired', 'rejected', 'started'];
  const batch = 400;
  let probe = '';
  for (let start = 0; start < size; start += batch) {
    const invitations: InvitationsTable[] = [];
    const sessions: SessionsTable[] = [];
    for (let index = start; index < Math.min(size, start + batch); index++) {
      const invitationId = newId('key');
      const sessionId = newId('res');
      const status = statuses[Math.floor(random() * statuses.length)]!;
      const started = new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 360 * 86_400_000));
      const durationMs = Math.round(600 + random() * 6000) * 1000;
      const finished = status === 'started' ? null : new Date(started.getTime() + durationMs).toISOString();
      const commands = Math.floor(random() * 40);
      const percentage = Math.round(random() * 100);
      invitations.push({
        id: invitationId,
        org_id: orgId,
        assessment_id: assessmentId,
        candidate_id: null,
        candidate_email: null,
        candidate_name: null,
        key: `PST-${invitationId.slice(-8, -4)}-${invitationId.slice(-4)}`,
        invite_token: newUuid(),
        record_verification_id: `ver_${invitationId}`,
        status: status === 'started' ? 'started' : 'completed',
        time_multiplier: 1,
        attempt_count: 1,
        locked: 0,
        current_session_id: sessionId,
        expires_at: now,
        redeemed_at: started.toISOString(),
        completed_at: finished,
        reminder_sent_at: null,
        created_at: started.toISOString(),
        revoked_at: null,
      });
      sessions.push({
        id: sessionId,
        org_id: orgId,
        assessment_id: assessmentId,
        invitation_id: invitationId,
        candidate_id: null,
        attempt_number: 1,
        status,
        seed: 'bench',
        question_order: '[]',
        started_at: started.toISOString(),
        deadline_at: null,
        completed_at: finished,
        score: finished ? percentage : null,
        max_score: finished ? 100 : null,
        percentage: finished ? percentage : null,
        passed: finished ? (percentage >= 60 ? 1 : 0) : null,
        score_status: finished ? (percentage >= 70 ? 'PASS' : percentage >= 60 ? 'LOW_PASS' : 'FAIL') : 'PENDING',
        correct_count: null,
        total_questions: 0,
        breakdown: null,
        fullscreen_violations: 0,
        copy_paste_violations: 0,
        focus_lost_count: 0,
        red_flag: 0,
        duration_ms: finished ? durationMs : null,
        prompt_count: Math.floor(random() * 80),
        command_count: commands,
        command_fail_rate: commands ? Number((Math.floor(random() * commands) / commands).toFixed(4)) : null,
        verify_intensity: commands ? Number((Math.floor(random() * commands) / commands).toFixed(4)) : null,
        manual_edit_ratio: Number(random().toFixed(4)),
        first_change_latency_ms: Math.round(random() * 900_000),
        test_pass_rate: Number((random() * 100).toFixed(1)),
        typing_speed_wpm: null,
        decision: null,
        decided_at: null,
        decided_by: null,
        created_at: started.toISOString(),
        updated_at: now,
      } as SessionsTable);
      if (!probe && status === 'completed') probe = sessionId;
    }
    await inTransaction(db, async (trx) => {
      await trx.insertInto('invitations').values(invitations).execute();
      await trx.insertInto('sessions').values(sessions).execute();
    });
  }
  await inTransaction(db, (trx) => rebuildAssessmentAggregates(trx, systemClock, assessmentId));
  return { assessmentId, sessionId: probe };
}

/** The naive way: scan the cohort for the means and the ranks of one session. */
async function naiveCohortStats(db: Db, assessmentId: string, sessionId: string) {
  const session = await db.selectFrom('sessions').selectAll().where('id', '=', sessionId).executeTakeFirstOrThrow();
  const below = (column: string, value: number | null) =>
    value === null ? sql`0` : sql`sum(case when ${sql.ref(column)} < ${value} then 1 else 0 end)`;
  const { rows } = await sql<Record<string, number>>`
    select count(*) as n,
      avg(duration_ms) as avg_duration, avg(prompt_count) as avg_prompts, avg(command_fail_rate) as avg_fail,
      avg(verify_intensity) as avg_verify, avg(manual_edit_ratio) as avg_manual, avg(first_change_latency_ms) as avg_latency,
      avg(test_pass_rate) as avg_tests,
      ${below('duration_ms', session.duration_ms)} as below_duration, count(duration_ms) as n_duration,
      ${below('prompt_count', session.prompt_count)} as below_prompts,
      sum(case when command_fail_rate > ${session.command_fail_rate ?? -1} then 1 else 0 end) as above_fail, count(command_fail_rate) as n_fail,
      ${below('verify_intensity', session.verify_intensity)} as below_verify, count(verify_intensity) as n_verify,
      ${below('manual_edit_ratio', session.manual_edit_ratio)} as below_manual, count(manual_edit_ratio) as n_manual,
      ${below('first_change_latency_ms', session.first_change_latency_ms)} as below_latency, count(first_change_latency_ms) as n_latency
    from sessions where assessment_id = ${assessmentId} and status in (${sql.join(COHORT)})`.execute(db);
  return rows[0]!;
}

async function naivePercentile(db: Db, assessmentId: string, sessionId: string) {
  const session = await db.selectFrom('sessions').select(['percentage']).where('id', '=', sessionId).executeTakeFirstOrThrow();
  const { rows } = await sql<{ below: number; n: number }>`
    select sum(case when percentage < ${session.percentage} then 1 else 0 end) as below, count(*) as n
    from sessions where assessment_id = ${assessmentId} and status in (${sql.join(COHORT)})
      and percentage is not null and score_status <> 'PENDING' and id <> ${sessionId}`.execute(db);
  const row = rows[0]!;
  return Number(row.n) > 0 ? Math.round((100 * Number(row.below)) / Number(row.n)) : null;
}

/**
 * Milliseconds per call of fn, in process (no HTTP): the median of seven
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

interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
}

function load(urls: string[], headers: Record<string, string>): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(HERE, 'load-client.ts'), JSON.stringify({ urls, headers, concurrency: CONCURRENCY, durationMs: SECONDS * 1000, warmupMs: 300 })],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`load client exited ${code}`))));
  });
}

const fmt = (value: number, digits = 0) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const pad = (value: string, width: number) => value.padStart(width);

async function main() {
  const database = await createTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-'));
  const config = loadConfig({
    ASSAY_DATA_DIR: dataDir,
    ASSAY_OPERATOR_KEY: OPERATOR_KEY,
    ASSAY_DEMO: '0',
    ASSAY_WORKER: '0',
    ASSAY_SECURE_COOKIES: '0',
    LOG_LEVEL: 'silent',
  });
  const deps: AppDeps = { config, db: database.db, dialect: database.dialect, clock: systemClock };
  const app = await buildApp({ deps, logger: false });
  const db = database.db;

  // The naive full-scan versions of the same two reads, as routes of the same app.
  app.get('/bench/naive/cohort-stats/:assessmentId/:sessionId', { schema: { hide: true } }, async (request) => {
    const { assessmentId, sessionId } = request.params as { assessmentId: string; sessionId: string };
    return naiveCohortStats(db, assessmentId, sessionId);
  });
  app.get('/bench/naive/percentile/:assessmentId/:sessionId', { schema: { hide: true } }, async (request) => {
    const { assessmentId, sessionId } = request.params as { assessmentId: string; sessionId: string };
    return { percentile: await naivePercentile(db, assessmentId, sessionId) };
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });

  const bare = Fastify({ logger: false });
  bare.get('/bare', async () => ({ ok: true }));
  const bareAddress = await bare.listen({ host: '127.0.0.1', port: 0 });

  const org = await app.inject({ method: 'POST', url: '/v1/admin/orgs', headers: { authorization: `Bearer ${OPERATOR_KEY}` }, payload: { name: 'Bench' } });
  const { org: created, apiKey } = org.json() as { org: { id: string }; apiKey: string };
  const headers = { authorization: `Bearer ${apiKey}` };

  console.log(`Assay bench — ${database.dialect}, ${os.cpus().length} cores, ${CONCURRENCY} connections, ${SECONDS}s per measurement, 127.0.0.1 only\n`);

  const rows: string[][] = [];
  const flat: Record<string, number[]> = { agg: [], naive: [] };
  for (const [index, size] of SIZES.entries()) {
    const seedStart = performance.now();
    const { assessmentId, sessionId } = await seedCohort(db, created.id, size, index + 1);
    const seeded = (performance.now() - seedStart) / 1000;

    // Same answers both ways (a sanity check of the aggregates at this size).
    const [facts] = await selectSessionFacts(db, created.id, [sessionId]);
    const stats = await cohortStatsOf(db, assessmentId, facts!);
    const naive = await naiveCohortStats(db, assessmentId, sessionId);
    const percentile = (await scorePercentiles(db, [{ id: sessionId, assessment_id: assessmentId, percentage: facts!.percentage, score_status: facts!.score_status }])).get(sessionId);
    const agrees =
      stats?.sessionCount === Number(naive.n) &&
      stats.percentiles?.durationMs === Math.round((Number(naive.below_duration) / (Number(naive.n_duration) - 1)) * 1000) / 1000 &&
      percentile === (await naivePercentile(db, assessmentId, sessionId));

    const fnAgg = await timeIt(() => cohortStatsOf(db, assessmentId, facts!));
    const fnNaive = await timeIt(() => naiveCohortStats(db, assessmentId, sessionId));
    const urls = {
      stats: `${address}/v1/assessments/${assessmentId}/cohort-stats?sessionId=${sessionId}`,
      naiveStats: `${address}/bench/naive/cohort-stats/${assessmentId}/${sessionId}`,
      result: `${address}/results/${sessionId}`,
      naivePercentile: `${address}/bench/naive/percentile/${assessmentId}/${sessionId}`,
    };
    // The first size also warms the JIT of the server and of the routes; that pass is not counted.
    if (index === 0) await load([`${bareAddress}/bare`, urls.stats, urls.naiveStats, urls.result, urls.naivePercentile], headers);
    // The ceiling, measured again next to each size: a busy machine moves it.
    const bareResult = await load([`${bareAddress}/bare`], {});
    const httpStats = await load([urls.stats], headers);
    const httpNaiveStats = await load([urls.naiveStats], headers);
    const httpResult = await load([urls.result], headers);
    const httpNaivePct = await load([urls.naivePercentile], headers);
    for (const result of [httpStats, httpNaiveStats, httpResult, httpNaivePct]) {
      if (result.errors > 0) throw new Error(`${result.errors} failed requests`);
    }
    flat.agg!.push(fnAgg);
    flat.naive!.push(fnNaive);
    const ratio = (result: LoadResult) => `${fmt(result.rps)} (${fmt((result.rps / bareResult.rps) * 100, 1)}%)`;
    rows.push([
      fmt(size),
      `${fmt(seeded, 1)}s`,
      agrees ? 'yes' : 'NO',
      fmt(bareResult.rps),
      `${fmt(fnAgg, 3)} / ${fmt(fnNaive, 3)}`,
      ratio(httpStats),
      ratio(httpNaiveStats),
      ratio(httpResult),
      ratio(httpNaivePct),
    ]);
  }

  const header = ['sessions', 'seed', 'agree', 'bare req/s', 'cohort fn ms agg/naive', 'cohort-stats req/s', 'naive scan req/s', 'GET /results/:id req/s', 'naive percentile req/s'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  console.log(header.map((title, column) => pad(title, widths[column]!)).join('  '));
  for (const row of rows) console.log(row.map((cell, column) => pad(cell, widths[column]!)).join('  '));
  console.log('\n(req/s, in brackets the share of the bare Fastify route measured just before; the aggregate routes also write an audit entry per read)');
  if (SIZES.length > 1) {
    const growth = (series: number[]) => series[series.length - 1]! / series[0]!;
    console.log(
      `cohort read time from ${fmt(SIZES[0]!)} to ${fmt(SIZES[SIZES.length - 1]!)} sessions: aggregates ×${fmt(growth(flat.agg!), 2)}, naive scan ×${fmt(growth(flat.naive!), 1)}`,
    );
  }

  await bare.close();
  await app.close();
  await database.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
