import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../db/database.js';
import { MIGRATIONS_DIR, SqlFileMigrationProvider } from '../../db/migrator.js';
import { CODE_MIGRATIONS, migrateDatabase } from '../../migrations.js';
import { COHORT_STATUSES, METRIC_SPECS, keyOf, metricValues, type RankedMetric } from './cohort-aggregates-fns.js';
import { countRanks } from './cohort-aggregates-store.js';
import { createEmptyDatabase, testDialect } from '../../../test/helpers/test-db.js';

/**
 * A database written by the code at commit 49e4c09 (24 candidates played
 * through its API, 20 graded), when the cohort rank tree had five 8-bit
 * levels. Migration 0006 rebuilds it in the current layout; afterwards every
 * rank read from the aggregates agrees with a full scan of the sessions.
 */

const FIXTURE = path.resolve(import.meta.dirname, '../../../test/fixtures/cohort-aggregates-49e4c09.db.gz');
const OLD_SCHEMA = '0004_candidate_flow';

interface Disagreement {
  session: string;
  metric: RankedMetric;
  aggregates: { below: number; equal: number };
  scan: { below: number; equal: number };
}

/** Every cohort session's rank on every ranked metric: from the aggregates, and by counting the sessions. */
async function rankDisagreements(handle: DatabaseHandle): Promise<{ checked: number; disagreements: Disagreement[] }> {
  const sessions = await handle.db.selectFrom('sessions').selectAll().where('status', 'in', [...COHORT_STATUSES]).execute();
  const ranked = METRIC_SPECS.filter((spec) => spec.ranked).map((spec) => spec.name as RankedMetric);
  const probes = sessions.flatMap((session) =>
    ranked.flatMap((metric) => {
      const key = keyOf(metric, metricValues(session)[metric]);
      return key === null ? [] : [{ session, metric, key }];
    }),
  );
  const counts = await countRanks(
    handle.db,
    probes.map(({ session, metric, key }) => ({ assessmentId: session.assessment_id, metric, key })),
  );
  const disagreements: Disagreement[] = [];
  probes.forEach((probe, index) => {
    const keys = sessions
      .filter((other) => other.assessment_id === probe.session.assessment_id)
      .map((other) => keyOf(probe.metric, metricValues(other)[probe.metric]))
      .filter((key): key is number => key !== null);
    const scan = { below: keys.filter((key) => key < probe.key).length, equal: keys.filter((key) => key === probe.key).length };
    const aggregates = counts[index]!;
    if (aggregates.below !== scan.below || aggregates.equal !== scan.equal) {
      disagreements.push({ session: probe.session.id, metric: probe.metric, aggregates, scan });
    }
  });
  return { checked: probes.length, disagreements };
}

/** The fixture as this test's database: the file itself on SQLite; on PostgreSQL, its rows copied into the old schema. */
async function openFixture(target: { url: string | null; file: string | null }, scratch: string): Promise<DatabaseHandle> {
  const sqliteCopy = path.join(scratch, 'fixture.db');
  fs.writeFileSync(sqliteCopy, zlib.gunzipSync(fs.readFileSync(FIXTURE)));
  if (!target.url) {
    fs.copyFileSync(sqliteCopy, target.file!);
    return openDatabase({ databaseUrl: null, sqliteFile: target.file! });
  }
  const handle = openDatabase({ databaseUrl: target.url, sqliteFile: ':memory:' });
  const migrated = await new Migrator({ db: handle.db, provider: new SqlFileMigrationProvider(MIGRATIONS_DIR, CODE_MIGRATIONS) }).migrateTo(OLD_SCHEMA);
  if (migrated.error instanceof Error) throw migrated.error;
  if (migrated.error) throw new Error('migrating the fixture to the old schema failed');
  const source = new Database(sqliteCopy, { readonly: true });
  try {
    // Tables in the order they were created, so every row's references exist before it.
    const tables = source
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by rowid")
      .all() as Array<{ name: string }>;
    for (const { name } of tables) {
      const rows = source.prepare(`select * from "${name}"`).all() as Array<Record<string, unknown>>;
      for (let start = 0; start < rows.length; start += 200) {
        await handle.db.insertInto(name as never).values(rows.slice(start, start + 200)).execute();
      }
    }
  } finally {
    source.close();
  }
  return handle;
}

describe(`migration 0006 on a database with the old rank-tree layout (${testDialect()})`, () => {
  let handle: DatabaseHandle;
  let remove: () => Promise<void>;
  let scratch: string;
  let before: { checked: number; disagreements: Disagreement[] };

  beforeAll(async () => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-fixture-'));
    const target = await createEmptyDatabase();
    remove = () => target.remove();
    handle = await openFixture(target, scratch);
    before = await rankDisagreements(handle);
    await migrateDatabase(handle);
  });
  afterAll(async () => {
    await handle.close();
    await remove();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('starts from aggregates that the current code misreads', () => {
    expect(before.checked).toBeGreaterThan(100);
    expect(before.disagreements.length).toBeGreaterThan(0);
  });

  it('leaves every rank read from the aggregates equal to a full scan', async () => {
    const after = await rankDisagreements(handle);
    expect(after.checked).toBe(before.checked);
    expect(after.disagreements).toEqual([]);
  });

  it('keeps one contribution per session and the cohort totals of a full scan', async () => {
    const sessions = await handle.db.selectFrom('sessions').select(['id', 'status', 'duration_ms']).execute();
    const contributions = await handle.db.selectFrom('cohort_contributions').select('session_id').execute();
    expect(contributions.map((row) => row.session_id).sort()).toEqual(sessions.map((row) => row.id).sort());
    const totals = await handle.db.selectFrom('cohort_totals').select(['metric', 'value_count', 'key_sum']).execute();
    const cohort = sessions.filter((row) => COHORT_STATUSES.includes(row.status));
    const durations = cohort.map((row) => row.duration_ms).filter((value): value is number => value !== null);
    const duration = totals.find((row) => row.metric === 'durationMs')!;
    expect({ count: Number(duration.value_count), sum: Number(duration.key_sum) }).toEqual({
      count: durations.length,
      sum: durations.reduce((sum, value) => sum + value, 0),
    });
    expect(Number(totals.find((row) => row.metric === 'sessions')!.value_count)).toBe(cohort.length);
  });
});
