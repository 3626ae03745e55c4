import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessment } from '../../../test/helpers/assessment-fixtures.js';
import type { Clock } from '../../shared/clock.js';
import { auditContextOutsideRequest } from '../audit/audit-context.js';
import { createInvitationsService } from './invitations-service.js';

/** A clock that fails on its nth reading: a stand-in for any failure half-way through a request's writes. */
function failingClock(failOnCall: number): Clock & { calls: number } {
  const clock = {
    calls: 0,
    now() {
      clock.calls += 1;
      if (clock.calls === failOnCall) throw new Error('simulated failure mid-transaction');
      return new Date('2026-04-01T09:00:00.000Z');
    },
  };
  return clock;
}

describe('key generation is all or nothing', () => {
  let t: TestApp;
  let org: TestOrg;
  let assessmentId: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg();
    assessmentId = (await createAssessment(t, org)).id;
  });
  afterAll(() => t.close());
  const audit = () => auditContextOutsideRequest(org.org.id, { type: 'system', id: null, name: 'Atomicity test' });

  async function counts() {
    const db = t.database.db;
    const tables = ['invitations', 'candidates', 'emails', 'domain_events', 'jobs', 'audit_log'] as const;
    const values = await Promise.all(
      tables.map(async (table) => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)),
    );
    return Object.fromEntries(tables.map((table, index) => [table, values[index]!])) as Record<(typeof tables)[number], number>;
  }

  // Readings: 1 = generation start; then per key the domain event (and its job),
  // the email (and its job) and the audit entry: 2–6, 7–11, 12–16. Failing late leaves
  // keys, candidates, events, emails and audit entries already inserted in the
  // transaction; all of them must roll back.
  it.each([2, 4, 6, 9, 16])('writes nothing when the clock fails on reading %d', async (failOn) => {
    const before = await counts();
    const clock = failingClock(failOn);
    const service = createInvitationsService({ db: t.database.db, clock, config: { publicUrl: null, port: 3000 } });
    await expect(
      service.generate(audit(), assessmentId, {
        count: 3,
        candidateEmails: ['a@example.com', 'b@example.com', 'c@example.com'],
        candidateNames: ['A', 'B', 'C'],
      }),
    ).rejects.toThrow('simulated failure');
    expect(clock.calls).toBe(failOn);
    expect(await counts()).toEqual(before);
  });

  it('writes everything when nothing fails', async () => {
    const before = await counts();
    const service = createInvitationsService({ db: t.database.db, clock: failingClock(Infinity), config: { publicUrl: null, port: 3000 } });
    const keys = await service.generate(audit(), assessmentId, { count: 2, candidateEmails: ['d@example.com', 'e@example.com'] });
    expect(keys).toHaveLength(2);
    const after = await counts();
    expect(after).toEqual({
      invitations: before.invitations + 2,
      candidates: before.candidates + 2,
      emails: before.emails + 2,
      domain_events: before.domain_events + 2,
      jobs: before.jobs + 4,
      audit_log: before.audit_log + 2,
    });
    const mail = await t.database.db.selectFrom('emails').select('text_body').where('related_id', '=', keys[0]!.id).executeTakeFirstOrThrow();
    expect(mail.text_body).toContain(`http://localhost:3000/take/${keys[0]!.key}`);
  });
});
