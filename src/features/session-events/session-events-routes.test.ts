import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessment, createKeys, sampleQuestions } from '../../../test/helpers/assessment-fixtures.js';
import { redeem } from '../../../test/helpers/candidate-kit.js';
import { fixedClock } from '../../shared/clock.js';
import { clampEventsLimit, decodeEventsCursor, encodeEventsCursor } from './session-events-service.js';

describe('GET /v1/sessions/:id/events', () => {
  const clock = fixedClock('2026-05-04T09:00:00.000Z');
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let sessionId: string;

  const at = (seconds: number) => new Date(Date.parse('2026-05-04T09:00:00.000Z') + seconds * 1000).toISOString();

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await t.createOrg();
    other = await t.createOrg();
    const assessment = await createAssessment(t, org, { timeLimitMinutes: 30, questions: sampleQuestions });
    const [key] = await createKeys(t, org, assessment.id, { count: 1 });
    const candidate = await redeem(t, key.key);
    const started = await t.request({ method: 'POST', url: '/v1/candidate/start', headers: candidate.headers, payload: {} });
    expect(started.statusCode).toBe(201);
    sessionId = started.data.session.id;
    clock.advance(60_000);
    // Sent out of order and in two batches, with one retried id: the timeline is chronological and has each event once.
    const batches = [
      [
        { id: 'e3', type: 'paste', occurredAt: at(40), payload: { questionId: 'q1' } },
        { id: 'e1', type: 'fullscreen_exit', occurredAt: at(10) },
      ],
      [
        { id: 'e2', type: 'keystrokes', occurredAt: at(20), payload: { count: 42, durationMs: 9000 } },
        { id: 'e1', type: 'fullscreen_exit', occurredAt: at(10) },
        { id: 'e4', type: 'focus_lost', occurredAt: at(50) },
      ],
    ];
    for (const events of batches) {
      const response = await t.request({ method: 'POST', url: '/v1/candidate/events', headers: candidate.headers, payload: { events } });
      expect(response.statusCode).toBe(200);
    }
  });
  afterAll(() => t.close());

  it('lists the events in the order they happened, once each, with their payloads', async () => {
    const response = await t.request({ method: 'GET', url: `/v1/sessions/${sessionId}/events`, headers: org.headers });
    expect(response.statusCode).toBe(200);
    expect(response.data.events.map((e: any) => [e.type, e.occurredAt])).toEqual([
      ['fullscreen_exit', at(10)],
      ['keystrokes', at(20)],
      ['paste', at(40)],
      ['focus_lost', at(50)],
    ]);
    expect(response.data.events[1].payload).toEqual({ count: 42, durationMs: 9000 });
    expect(response.data.events[2].payload).toEqual({ questionId: 'q1' });
    expect(response.data.nextCursor).toBeNull();
  });

  it('filters by type', async () => {
    const response = await t.request({ method: 'GET', url: `/v1/sessions/${sessionId}/events?type=paste`, headers: org.headers });
    expect(response.statusCode).toBe(200);
    expect(response.data.events.map((e: any) => e.type)).toEqual(['paste']);
  });

  it('pages with a cursor and returns every event exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=1&cursor=${encodeURIComponent(cursor)}` : '?limit=1';
      const response = await t.request({ method: 'GET', url: `/v1/sessions/${sessionId}/events${query}`, headers: org.headers });
      expect(response.statusCode).toBe(200);
      expect(response.data.events).toHaveLength(1);
      seen.push(response.data.events[0].type);
      cursor = response.data.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen).toEqual(['fullscreen_exit', 'keystrokes', 'paste', 'focus_lost']);
  });

  it('writes an audit entry for the read', async () => {
    const rows = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'resource_type', 'resource_id', 'actor_type'])
      .where('org_id', '=', org.org.id)
      .where('action', '=', 'result.events.read')
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ resource_type: 'result', resource_id: sessionId, actor_type: 'api_key' });
  });

  it('answers 404 for another organization and for an unknown session, 401 without a key', async () => {
    const foreign = await t.request({ method: 'GET', url: `/v1/sessions/${sessionId}/events`, headers: other.headers });
    expect(foreign.statusCode).toBe(404);
    const unknown = await t.request({ method: 'GET', url: '/v1/sessions/res_unknown/events', headers: org.headers });
    expect(unknown.statusCode).toBe(404);
    const anonymous = await t.request({ method: 'GET', url: `/v1/sessions/${sessionId}/events` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('answers 400 naming the field for a bad cursor or type', async () => {
    const cursor = await t.request({ method: 'GET', url: `/v1/sessions/${sessionId}/events?cursor=not-a-cursor`, headers: org.headers });
    expect(cursor.statusCode).toBe(400);
    expect(cursor.data.error.details[0].field).toBe('cursor');
    const type = await t.request({ method: 'GET', url: `/v1/sessions/${sessionId}/events?type=teleport`, headers: org.headers });
    expect(type.statusCode).toBe(400);
    expect(type.data.error.message).toContain('type');
  });

  it('refuses a key without results:read', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/v1/api-keys',
      headers: org.headers,
      payload: { name: 'assessments only', scopes: ['assessments:read'] },
    });
    expect(created.statusCode).toBe(201);
    const response = await t.request({
      method: 'GET',
      url: `/v1/sessions/${sessionId}/events`,
      headers: { authorization: `Bearer ${created.data.key}` },
    });
    expect(response.statusCode).toBe(403);
    expect(response.data.error.code).toBe('insufficient_scope');
  });
});

describe('events cursor and limit', () => {
  it.each([
    [undefined, 100],
    [0, 1],
    [-5, 1],
    [1, 1],
    [250, 250],
    [500, 500],
    [501, 500],
    [10_000, 500],
  ])('clamps limit %s to %s', (input, expected) => {
    expect(clampEventsLimit(input)).toBe(expected);
  });

  it('round-trips a position', () => {
    const position = { occurredAt: '2026-05-04T09:00:10.000Z', id: 'evt_01' };
    expect(decodeEventsCursor(encodeEventsCursor(position))).toEqual(position);
  });

  const cursorOf = (position: unknown) => Buffer.from(JSON.stringify(position)).toString('base64url');
  it.each([
    '',
    'x',
    cursorOf({ a: 1 }),
    cursorOf([1, 2]),
    // Positions that would reach SQL and fail there (PostgreSQL refuses year 0000 and NUL), or sort wrongly.
    cursorOf(['0000-01-01T00:00:00Z', 'evt_01']),
    cursorOf(['2026-12-31T23:59:60Z', 'evt_01']),
    cursorOf(['2026-05-04T09:00:10.000Z', 'evt_\u0000']),
    cursorOf(['2026-05-04T09:00:10.000Z', 'not-an-event-id']),
  ])(
    'refuses the malformed cursor %j',
    (cursor) => {
      expect(() => decodeEventsCursor(cursor)).toThrow(/cursor/);
    },
  );
});

describe('GET /v1/sessions/:id/integrity', () => {
  const clock = fixedClock('2026-05-04T09:00:00.000Z');
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let sessionId: string;
  let candidateHeaders: Record<string, string>;
  const at = (seconds: number) => new Date(Date.parse('2026-05-04T09:00:00.000Z') + seconds * 1000).toISOString();
  const integrity = async (headers = org.headers) => t.request({ method: 'GET', url: `/v1/sessions/${sessionId}/integrity`, headers });

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await t.createOrg();
    other = await t.createOrg();
    const assessment = await createAssessment(t, org, { timeLimitMinutes: 30, questions: sampleQuestions, redFlagThreshold: 4 });
    const [key] = await createKeys(t, org, assessment.id, { count: 1 });
    const candidate = await redeem(t, key.key);
    candidateHeaders = candidate.headers;
    const started = await t.request({ method: 'POST', url: '/v1/candidate/start', headers: candidate.headers });
    sessionId = started.data.session.id;
    clock.advance(120_000);
    // Five copy/paste events that make three violations (three pastes within 2 s are one), two exits a second apart (one), a focus loss.
    const events = [
      { id: 'p1', type: 'paste', occurredAt: at(10), payload: { questionId: 'q1' } },
      { id: 'p2', type: 'paste', occurredAt: at(10.5), payload: { questionId: 'q1' } },
      { id: 'p3', type: 'paste', occurredAt: at(11.5), payload: { questionId: 'q1' } },
      { id: 'c1', type: 'copy', occurredAt: at(20) },
      { id: 'p4', type: 'paste', occurredAt: at(60) },
      { id: 'f1', type: 'fullscreen_exit', occurredAt: at(30) },
      { id: 'f2', type: 'fullscreen_exit', occurredAt: at(31), payload: { reason: 'reload' } },
      { id: 'l1', type: 'focus_lost', occurredAt: at(45) },
      { id: 'k1', type: 'keystrokes', occurredAt: at(50), payload: { count: 10, durationMs: 2000 } },
    ];
    const sent = await t.request({ method: 'POST', url: '/v1/candidate/events', headers: candidate.headers, payload: { events } });
    expect(sent.statusCode).toBe(200);
  });
  afterAll(() => t.close());

  it('counts as the timeline shows: one entry per violation, saying how many events each merged', async () => {
    const response = await integrity();
    expect(response.statusCode).toBe(200);
    expect(response.data.integrity).toEqual({
      mergeWindowSeconds: 2,
      fullscreenExits: { events: 2, violations: 1 },
      copyPaste: { events: 5, violations: 3 },
      focusLost: { events: 1, violations: 1 },
      totalViolations: 5,
      bursts: [
        { type: 'paste', firstAt: at(10), lastAt: at(11.5), events: 3, questionIds: ['q1'] },
        { type: 'copy', firstAt: at(20), lastAt: at(20), events: 1, questionIds: [] },
        { type: 'fullscreen_exit', firstAt: at(30), lastAt: at(31), events: 2, questionIds: [] },
        { type: 'focus_lost', firstAt: at(45), lastAt: at(45), events: 1, questionIds: [] },
        { type: 'paste', firstAt: at(60), lastAt: at(60), events: 1, questionIds: [] },
      ],
    });
  });

  it('agrees with the counts and the red flag stored when the attempt closes', async () => {
    const finished = await t.request({ method: 'POST', url: '/v1/candidate/finish', headers: candidateHeaders });
    expect(finished.statusCode).toBe(200);
    const session = (await t.request({ method: 'GET', url: `/v1/sessions/${sessionId}`, headers: org.headers })).data.session;
    const card = (await integrity()).data.integrity;
    expect(session.violationCounts).toEqual({ fullscreen_violations: card.fullscreenExits.violations, copy_paste_violations: card.copyPaste.violations });
    expect(session.focusLostCount).toBe(card.focusLost.violations);
    // Threshold 4, five violations.
    expect(session.redFlag).toBe(true);
  });

  it('writes an audit entry for the read', async () => {
    const rows = await t.database.db
      .selectFrom('audit_log')
      .select(['resource_id'])
      .where('org_id', '=', org.org.id)
      .where('action', '=', 'result.integrity.read')
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]!.resource_id).toBe(sessionId);
  });

  it('answers 404 for another organization and an unknown session, 401 without a key', async () => {
    expect((await integrity(other.headers)).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/v1/sessions/res_unknown/integrity', headers: org.headers })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/v1/sessions/${sessionId}/integrity` })).statusCode).toBe(401);
  });
});
