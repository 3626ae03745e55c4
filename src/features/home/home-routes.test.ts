import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { nextIp } from '../../../test/helpers/candidate-kit.js';
import { createAssessmentFixture, createResultFixture, type FixtureAssessment } from '../../../test/helpers/result-fixtures.js';
import { inTransaction } from '../../db/database.js';
import { addDays, fixedClock } from '../../shared/clock.js';
import { recordAudit, type AuditContext } from '../audit/audit-service.js';
import type { AuditAction } from '../audit/audit-actions.js';
import { addTeammateOnTestApp } from '../../../test/helpers/account-mail.js';
import { recentChangesQuery } from './home-store.js';

interface Item {
  id: string;
}

const ids = (list: { items: Item[] } | null) => list?.items.map((item) => item.id);

/** GET /v1/home: each list, its window and order, tenancy and scopes, on a clock the test moves. */
describe('GET /v1/home', () => {
  const NOW = new Date('2026-03-10T12:00:00.000Z');
  const clock = fixedClock(NOW);
  const at = (days: number) => clock.set(addDays(NOW, days));
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let screen: FixtureAssessment;
  let foreignScreen: FixtureAssessment;
  const made: Record<string, string> = {};

  const home = (headers: Record<string, string> = org.headers) => t.request({ method: 'GET', url: '/v1/home', headers });
  const keys = async (target: TestOrg, assessmentId: string, payload: Record<string, unknown>) => {
    const response = await t.request({ method: 'POST', url: `/v1/assessments/${assessmentId}/keys`, headers: target.headers, payload });
    expect(response.statusCode).toBe(201);
    return response.data.keys as Array<{ id: string; key: string }>;
  };
  const keyWith = async (scopes: string[]) => {
    const response = await t.request({ method: 'POST', url: '/v1/api-keys', headers: org.headers, payload: { name: `only ${scopes.join(' ')}`, scopes } });
    expect(response.statusCode).toBe(201);
    return { authorization: `Bearer ${response.data.key}` };
  };
  const audit = (target: TestOrg, action: AuditAction, title: string) => {
    const context: AuditContext = { orgId: target.org.id, actor: { type: 'user', id: 'usr_test', name: 'Rita Reviewer' }, ip: null, userAgent: null, requestId: null };
    return recordAudit(t.database.db, clock, context, { action, resourceType: 'assessment', resourceId: 'asmt_x', resourceTitle: title });
  };

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await t.createOrg({ name: 'Home Org' });
    other = await t.createOrg({ name: 'Other Org' });
    const withTasks = { cases: [{ title: 'Fix the deploy', maxScore: 10 }, { title: 'Write the runbook', maxScore: 5 }] };
    screen = await createAssessmentFixture(t.database.db, clock, org.org.id, { title: 'Platform screen', ...withTasks });
    foreignScreen = await createAssessmentFixture(t.database.db, clock, other.org.id, { title: 'Foreign screen', ...withTasks });
    const gone = await createAssessmentFixture(t.database.db, clock, org.org.id, { title: 'Deleted screen', ...withTasks });
    const db = t.database.db;

    // Attempts, each completed at the moment the clock shows.
    at(-5);
    made.oldGraded = (await createResultFixture(db, clock, screen, { candidate: { name: 'Old Graded' }, caseScores: [7, 4] })).sessionId;
    made.oldAwaiting = (await createResultFixture(db, clock, screen, { candidate: { name: 'Olga Waiting', email: 'olga@example.com' }, caseScores: [null, 3] })).sessionId;
    at(-2);
    made.awaiting = (await createResultFixture(db, clock, screen, { candidate: { name: 'Ada Waiting' }, caseScores: [null, null] })).sessionId;
    made.foreignAwaiting = (await createResultFixture(db, clock, foreignScreen, { candidate: { name: 'Foreign Waiting' }, caseScores: [null, null] })).sessionId;
    made.deletedAwaiting = (await createResultFixture(db, clock, gone, { caseScores: [null, null] })).sessionId;
    made.rejectedUngraded = (await createResultFixture(db, clock, screen, { status: 'rejected', caseScores: [null, null] })).sessionId;
    at(-1);
    made.graded = (await createResultFixture(db, clock, screen, { candidate: { name: 'Grace Graded' }, caseScores: [9, 5] })).sessionId;
    made.open = (await createResultFixture(db, clock, screen, { status: 'started' })).sessionId;
    made.revoked = (await createResultFixture(db, clock, screen, { status: 'revoked' })).sessionId;
    await db.updateTable('assessments').set({ deleted_at: clock.now().toISOString() }).where('id', '=', gone.id).execute();

    // Keys made through the API expire after the assessment's 7 days.
    at(-8);
    const [expired] = await keys(org, screen.id, { count: 1, candidateEmails: ['late@example.com'] });
    made.expiredKey = expired!.id;
    at(-5);
    const [soonest, anonymous, started, revoked] = [
      ...(await keys(org, screen.id, { count: 1, candidateEmails: ['soon@example.com'], candidateNames: ['Sam Soon'] })),
      ...(await keys(org, screen.id, { count: 1 })),
      ...(await keys(org, screen.id, { count: 2, candidateEmails: ['began@example.com', 'revoked@example.com'] })),
    ];
    made.soonKey = soonest!.id;
    made.anonymousKey = anonymous!.id;
    made.foreignKey = (await keys(other, foreignScreen.id, { count: 1, candidateEmails: ['foreign@example.com'] }))[0]!.id;
    await db.updateTable('invitations').set({ status: 'started' }).where('id', '=', started!.id).execute();
    const revokedResponse = await t.request({ method: 'DELETE', url: `/v1/assessments/${screen.id}/keys/${revoked!.id}`, headers: org.headers });
    expect(revokedResponse.statusCode).toBe(200);
    at(-1);
    made.laterKey = (await keys(org, screen.id, { count: 1, candidateEmails: ['later@example.com'] }))[0]!.id;

    // Audit entries: changes and reads, in both organizations.
    at(-3);
    await audit(org, 'assessment.update', 'Platform screen v1');
    at(-2);
    await audit(org, 'result.read', 'A result');
    await audit(org, 'result.export', 'An export');
    await audit(org, 'result.report.view', 'A report');
    await audit(other, 'assessment.delete', 'Foreign change');
    at(0);
    await audit(org, 'assessment.create', 'Platform screen v2');
  });
  afterAll(() => t.close());

  it('lists attempts awaiting a grade, longest waiting first, with how long and how many tasks', async () => {
    const response = await home();
    expect(response.statusCode).toBe(200);
    const awaiting = response.data.awaitingGrading;
    expect(awaiting.total).toBe(2);
    expect(awaiting.items).toEqual([
      {
        id: made.oldAwaiting,
        assessment: { id: screen.id, title: 'Platform screen' },
        candidate: { name: 'Olga Waiting', email: 'olga@example.com' },
        attemptNumber: 1,
        completedAt: addDays(NOW, -5).toISOString(),
        waitingMinutes: 5 * 24 * 60,
        casesToGrade: 1,
      },
      expect.objectContaining({ id: made.awaiting, waitingMinutes: 2 * 24 * 60, casesToGrade: 2, candidate: expect.objectContaining({ name: 'Ada Waiting' }) }),
    ]);
  });

  it('lists attempts completed in the last three days, newest first, with their outcome', async () => {
    const recent = (await home()).data.recentlyCompleted;
    expect(recent.since).toBe(addDays(NOW, -3).toISOString());
    expect(ids(recent)).toEqual([made.graded, made.rejectedUngraded, made.awaiting]);
    expect(recent.total).toBe(3);
    expect(recent.items[0]).toMatchObject({ status: 'completed', scoreStatus: expect.stringMatching(/PASS|FAIL/), passed: expect.any(Boolean), decision: null, redFlag: false });
    expect(recent.items[0].percentage).toEqual(expect.any(Number));
    expect(recent.items[1]).toMatchObject({ decision: 'rejected', scoreStatus: 'PENDING', percentage: null, passed: null });
  });

  it('lists unused keys expiring within three days, soonest first, and which can be emailed again', async () => {
    const expiring = (await home()).data.expiringKeys;
    expect(expiring.before).toBe(addDays(NOW, 3).toISOString());
    expect(ids(expiring)).toEqual([made.soonKey, made.anonymousKey]);
    expect(expiring.total).toBe(2);
    expect(expiring.items[0]).toMatchObject({
      assessment: { id: screen.id, title: 'Platform screen' },
      candidate: { name: 'Sam Soon', email: 'soon@example.com' },
      expiresAt: addDays(NOW, 2).toISOString(),
      canResend: true,
      key: expect.stringMatching(/^PST-/),
    });
    expect(expiring.items[1]).toMatchObject({ candidate: { name: null, email: null }, canResend: false });
  });

  it('shows the latest changes, by name, without the reads, views and exports', async () => {
    const activity = (await home()).data.recentActivity;
    const actions = activity.items.map((item: { action: string }) => item.action) as string[];
    // The changes made through the API above (keys created and revoked) are activity too.
    expect(actions.filter((action) => action.startsWith('assessment.'))).toEqual(['assessment.create', 'assessment.update']);
    expect(actions).toContain('key.revoke');
    expect(actions.filter((action) => /\.(read|list|view|export)$/.test(action))).toEqual([]);
    expect(activity.items[0]).toMatchObject({
      actor: { type: 'user', id: 'usr_test', name: 'Rita Reviewer' },
      resourceType: 'assessment',
      resourceId: 'asmt_x',
      resourceTitle: 'Platform screen v2',
      createdAt: NOW.toISOString(),
    });
  });

  it('keeps at most ten items in a list, with the whole count beside them', async () => {
    const crowded = await t.createOrg();
    const exam = await createAssessmentFixture(t.database.db, clock, crowded.org.id, { cases: [{ title: 'Task', maxScore: 1 }] });
    for (let index = 0; index < 12; index += 1) {
      await createResultFixture(t.database.db, clock, exam, { caseScores: [null] });
      await audit(crowded, 'assessment.update', `Change ${index}`);
    }
    const data = (await home(crowded.headers)).data;
    expect(data.awaitingGrading.total).toBe(12);
    expect(data.awaitingGrading.items).toHaveLength(10);
    expect(data.recentlyCompleted.total).toBe(12);
    expect(data.recentlyCompleted.items).toHaveLength(10);
    expect(data.recentActivity.items.map((item: { resourceTitle: string }) => item.resourceTitle)).toEqual(
      Array.from({ length: 10 }, (_, index) => `Change ${11 - index}`),
    );
  });

  it("never shows another organization's attempts, keys or activity", async () => {
    const mine = JSON.stringify((await home()).data);
    for (const foreign of [made.foreignAwaiting, made.foreignKey, foreignScreen.id, 'Foreign change', 'Foreign Waiting', 'foreign@example.com']) {
      expect(mine).not.toContain(foreign);
    }
    const theirs = (await home(other.headers)).data;
    expect(ids(theirs.awaitingGrading)).toEqual([made.foreignAwaiting]);
    expect(ids(theirs.expiringKeys)).toEqual([made.foreignKey]);
    const theirTitles = theirs.recentActivity.items.map((item: { resourceTitle: string }) => item.resourceTitle) as string[];
    expect(theirTitles[0]).toBe('Foreign change');
    expect(theirTitles).toContain('foreign@example.com');
    for (const title of ['Platform screen v1', 'Platform screen v2', 'later@example.com']) expect(theirTitles).not.toContain(title);
    // Deleted assessments, open, revoked and old attempts, and used, revoked or expired keys stay out of every list.
    // (The activity list may name them: creating or revoking such a key is a change.)
    const { awaitingGrading, recentlyCompleted, expiringKeys } = (await home()).data;
    const lists = { awaitingGrading, recentlyCompleted, expiringKeys };
    for (const left of [made.deletedAwaiting, made.open, made.revoked, made.oldGraded, made.expiredKey, made.laterKey, 'Deleted screen']) {
      expect(JSON.stringify(lists)).not.toContain(left);
    }
  });

  it('leaves out each part the caller may not read', async () => {
    const assessmentsOnly = (await home(await keyWith(['assessments:read']))).data;
    expect(assessmentsOnly).toMatchObject({ awaitingGrading: null, recentlyCompleted: null, expiringKeys: null, recentActivity: null });
    expect(assessmentsOnly.setup).toEqual({ hasAssessment: true, hasKey: true, latestAssessment: expect.objectContaining({ id: expect.any(String) }) });

    const resultsOnly = (await home(await keyWith(['results:read']))).data;
    expect(ids(resultsOnly.awaitingGrading)).toEqual([made.oldAwaiting, made.awaiting]);
    expect(resultsOnly).toMatchObject({ expiringKeys: null, recentActivity: null, setup: { latestAssessment: null } });

    const candidatesOnly = (await home(await keyWith(['candidates:read']))).data;
    expect(ids(candidatesOnly.expiringKeys)).toEqual([made.soonKey, made.anonymousKey]);
    expect(candidatesOnly).toMatchObject({ awaitingGrading: null, recentlyCompleted: null, recentActivity: null });

    // A viewer signed in on the dashboard reads results and keys, not the audit log.
    await addTeammateOnTestApp(t, org.headers, { email: 'vera@example.com', name: 'Vera Viewer', password: 'a long enough password', role: 'viewer' });
    const login = await t.request({ method: 'POST', url: '/v1/auth/login', payload: { email: 'vera@example.com', password: 'a long enough password' }, remoteAddress: nextIp() });
    expect(login.statusCode).toBe(200);
    const session = (login.cookies as Array<{ name: string; value: string }>).find((cookie) => cookie.name === 'assay_session')!;
    const viewer = (await t.request({ method: 'GET', url: '/v1/home', cookies: { assay_session: session.value } })).data;
    expect(viewer.recentActivity).toBeNull();
    expect(viewer.awaitingGrading.total).toBe(2);
    expect(viewer.expiringKeys.total).toBe(2);

    expect((await t.request({ method: 'GET', url: '/v1/home' })).statusCode).toBe(401);
  });

  it('records the results it showed as one read in the audit log, which is not activity', async () => {
    const before = await t.database.db.selectFrom('audit_log').select('id').where('org_id', '=', org.org.id).where('action', '=', 'result.list').execute();
    const data = (await home()).data;
    const reads = await t.database.db.selectFrom('audit_log').selectAll().where('org_id', '=', org.org.id).where('action', '=', 'result.list').orderBy('id').execute();
    expect(reads).toHaveLength(before.length + 1);
    expect(JSON.parse(reads[reads.length - 1]!.details!)).toEqual({ view: 'home', resultIds: [made.oldAwaiting, made.awaiting, made.graded, made.rejectedUngraded] });
    expect(data.recentActivity.items.some((item: { action: string }) => item.action === 'result.list')).toBe(false);
  });

  it('tells a new team where it stands', async () => {
    const fresh = await t.createOrg();
    const empty = (await home(fresh.headers)).data;
    expect(empty).toMatchObject({
      awaitingGrading: { total: 0, items: [] },
      recentlyCompleted: { total: 0, items: [] },
      expiringKeys: { total: 0, items: [] },
      // The operator created the organization: its one change so far.
      recentActivity: { items: [expect.objectContaining({ action: 'org.create' })] },
      setup: { hasAssessment: false, hasKey: false, latestAssessment: null },
    });
    const exam = await createAssessmentFixture(t.database.db, clock, fresh.org.id, { title: 'First exam' });
    expect((await home(fresh.headers)).data.setup).toEqual({ hasAssessment: true, hasKey: false, latestAssessment: { id: exam.id, title: 'First exam' } });
    await keys(fresh, exam.id, { count: 1 });
    expect((await home(fresh.headers)).data.setup.hasKey).toBe(true);
  });

  it('reads recent activity through the partial index of changes', async () => {
    const compiled = recentChangesQuery(t.database.db, org.org.id, 10).compile();
    const explain = (prefix: string) => CompiledQuery.raw(`${prefix} ${compiled.sql}`, [...compiled.parameters]);
    const plan =
      t.database.dialect === 'sqlite'
        ? await t.database.db.executeQuery(explain('EXPLAIN QUERY PLAN'))
        : await inTransaction(t.database.db, async (trx) => {
            // The table is tiny here: forbid the sequential scan PostgreSQL would rightly prefer, to see whether the index qualifies.
            await sql`SET LOCAL enable_seqscan = off`.execute(trx);
            return trx.executeQuery(explain('EXPLAIN'));
          });
    expect(JSON.stringify(plan.rows)).toContain('audit_log_changes_idx');
  });
});
