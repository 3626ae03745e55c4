import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/test-db.js';
import { resultRowsQuery } from './results-store.js';

/**
 * A deep page of GET /results must cost what the first page costs: the keyset
 * position has to bound the index scan itself, not filter rows the scan has
 * already walked. The plan of the page query shows which: the row-value bound
 * `(completed_at, id) < (…)` appears in the index search / index condition.
 */
describe('results keyset paging is bounded by the index', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  const after = { completedAt: '2026-03-01T10:00:00.000Z', id: 'res_01JZZZZZZZZZZZZZZZZZZZZZZZ' };

  async function plan(filters: { examId?: string }): Promise<string> {
    const compiled = resultRowsQuery(database.db, 'org_1', filters, after, 20).compile();
    if (database.dialect === 'sqlite') {
      const rows = await database.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]));
      return rows.rows.map((row) => row.detail).join('\n');
    }
    return database.db.connection().execute(async (connection) => {
      // An empty table would be read whole whatever the query; ask for the plan an index allows.
      await connection.executeQuery(CompiledQuery.raw('set enable_seqscan = off'));
      const rows = await connection.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain ${compiled.sql}`, [...compiled.parameters]));
      await connection.executeQuery(CompiledQuery.raw('reset enable_seqscan'));
      return rows.rows.map((row) => row['QUERY PLAN']).join('\n');
    });
  }

  it.each([
    ['one assessment', { examId: 'asmt_1' }],
    ['the whole organization', {}],
  ])('%s: the page position bounds the index scan of sessions', async (_label, filters) => {
    const text = await plan(filters);
    if (database.dialect === 'sqlite') expect(text).toMatch(/SEARCH s USING INDEX sessions_\w+_completed_idx \(.*\(completed_at,id\)<\(\?,\?\)\)/);
    else expect(text).toMatch(/Index Scan Backward using sessions_\w+_completed_idx on sessions s[^\n]*\n\s+Index Cond: [^\n]*ROW\(completed_at, id\) < ROW\(/);
  });
});
