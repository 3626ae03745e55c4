import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../shared/clock.js';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessmentFixture, createResultFixture } from '../../../test/helpers/result-fixtures.js';
import { newId } from '../../ids.js';
import { auditWriterFor, recordAudit, type AuditContext } from './audit-service.js';

/**
 * Audited reads commit their audit entries together (group commit) on a real
 * database, and a 2xx is sent only after the commit that holds its entry.
 */
describe('audit entries of concurrent reads are committed together', () => {
  const clock = fixedClock('2026-03-02T10:00:00.000Z');
  let t: TestApp;
  let org: TestOrg;
  let sessionId: string;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await t.createOrg();
    const exam = await createAssessmentFixture(t.database.db, clock, org.org.id, { title: 'Group Commit' });
    sessionId = (await createResultFixture(t.database.db, clock, exam)).sessionId;
  });
  afterAll(() => t.close());

  async function auditRows(): Promise<number> {
    const row = await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  it('40 concurrent result reads: 40 entries, in fewer commits than reads, each committed before its 200', async () => {
    const writer = auditWriterFor(t.database.db);
    const before = { rows: await auditRows(), commits: writer.stats.commits };
    const responses = await Promise.all(
      Array.from({ length: 40 }, () => t.request({ method: 'GET', url: `/results/${sessionId}`, headers: org.headers })),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(Array(40).fill(200));
    // Every acknowledged read's entry is already committed: counted right after the last response.
    expect(await auditRows()).toBe(before.rows + 40);
    const commits = writer.stats.commits - before.commits;
    expect(commits).toBeGreaterThan(0);
    expect(commits).toBeLessThan(40);
  });

  it('a batch whose insert fails is rolled back whole and every write in it gets the error', async () => {
    const context: AuditContext = { orgId: org.org.id, actor: { type: 'api_key', id: null, name: 'test' }, ip: null, userAgent: null, requestId: null };
    const taken = await recordAudit(t.database.db, clock, context, { action: 'result.read', resourceType: 'result', resourceId: sessionId });
    const before = await auditRows();
    const writer = auditWriterFor(t.database.db);
    const row = (id: string) => ({
      id,
      org_id: org.org.id,
      actor_type: 'api_key',
      actor_id: null,
      actor_name: 'test',
      action: 'result.read',
      resource_type: 'result',
      resource_id: sessionId,
      resource_title: null,
      ip: null,
      user_agent: null,
      request_id: null,
      details: null,
      changes: null,
      created_at: clock.now().toISOString(),
    });
    // One write of the batch reuses an id that is already taken: the insert fails.
    const writes = Array.from({ length: 10 }, (_, index) => writer.add(row(index === 4 ? taken : newId('aud'))));
    const outcomes = await Promise.allSettled(writes);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(Array(10).fill('rejected'));
    expect(await auditRows()).toBe(before);
  });
});
