import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../shared/clock.js';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessmentFixture, createResultFixture, type FixtureAssessment, type ResultFixture } from '../../../test/helpers/result-fixtures.js';
import { NEVER } from './scores-fns.js';

const clock = fixedClock('2025-01-17T20:00:00.000Z');

/** ScoreResponseDto of reference 003, transcribed from its OpenAPI document. */
const DTO = {
  required: ['assessmentId', 'assessmentName', 'assessmentStatus', 'candidateId', 'categoryScores', 'completion', 'finished', 'redFlag', 'scoreStatus', 'started', 'totalScore', 'typingSpeed'],
  strings: ['candidateId', 'assessmentId', 'assessmentName', 'completion', 'totalScore', 'typingSpeed', 'started', 'finished'],
  assessmentStatus: ['INVITED', 'IN_PROGRESS', 'COMPLETED'],
  scoreStatus: ['PENDING', 'LOW_PASS', 'PASS', 'FAIL'],
};
const DOTNET_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}\+00:00$/;
const NUMERIC = /^\d+$/;

function expectDto(item: Record<string, unknown>) {
  // additionalProperties: false — exactly the documented properties, all of them required.
  expect(Object.keys(item).sort()).toEqual([...DTO.required].sort());
  for (const field of DTO.strings) {
    expect(typeof item[field], field).toBe('string');
    expect((item[field] as string).length, field).toBeGreaterThanOrEqual(1);
  }
  for (const field of ['completion', 'totalScore', 'typingSpeed']) expect(item[field], field).toMatch(NUMERIC);
  expect(item.started).toMatch(DOTNET_TIME);
  expect(item.finished).toMatch(DOTNET_TIME);
  expect(DTO.assessmentStatus).toContain(item.assessmentStatus);
  expect(DTO.scoreStatus).toContain(item.scoreStatus);
  expect(typeof item.redFlag).toBe('boolean');
  expect(Array.isArray(item.categoryScores)).toBe(true);
  for (const category of item.categoryScores as Array<Record<string, unknown>>) {
    expect(Object.keys(category).sort()).toEqual(['name', 'score']);
    expect(category.name).toEqual(expect.any(String));
    expect(category.score).toMatch(NUMERIC);
  }
}

describe('GET /v1/score (reference 003)', () => {
  let t: TestApp;
  let orgA: TestOrg;
  let orgB: TestOrg;
  let quiz: FixtureAssessment;
  let project: FixtureAssessment;
  let passed: ResultFixture;
  let inProgress: ResultFixture;
  let lowPass: ResultFixture;
  let failed: ResultFixture;
  let pendingGrade: ResultFixture;
  let invitedCandidateId: string;

  const get = (query: string, headers: Record<string, string> = orgA.headers) => t.request({ method: 'GET', url: `/v1/score?${query}`, headers });
  const pick = (rows: Array<{ candidateId: string; assessmentId: string }>, candidateId: string | null, assessmentId: string) =>
    rows.find((row) => row.candidateId === candidateId && row.assessmentId === assessmentId);

  beforeAll(async () => {
    t = await createTestApp({ clock });
    orgA = await t.createOrg();
    orgB = await t.createOrg();
    const db = t.database.db;
    quiz = await createAssessmentFixture(db, clock, orgA.org.id, { title: 'Support Language Check', passingScore: 60, lowPassBand: 10 });
    project = await createAssessmentFixture(db, clock, orgA.org.id, { title: 'Take-home', questions: [], cases: [{ title: 'API', maxScore: 10 }] });
    passed = await createResultFixture(db, clock, quiz, {
      correct: [true, true, true, true, false, false, false, true, true, true],
      startedAt: '2025-01-17T19:39:25.581Z',
      // Three violations reach the assessment's red-flag threshold; 427 keys in a minute of typing are 85.4 words per minute.
      violations: { fullscreen: 1, copyPaste: 1, focusLost: 1 },
      events: [{ type: 'keystrokes', afterMs: 60_000, payload: { count: 427, durationMs: 60_000 } }],
    });
    inProgress = await createResultFixture(db, clock, quiz, { status: 'started', correct: [true, false, true, null, null, null, null, null, null, null] });
    lowPass = await createResultFixture(db, clock, quiz, { correct: [true, true, true, true, true, true, false, false, false, false] });
    failed = await createResultFixture(db, clock, quiz, { correct: [true, true, true, false, false, false, false, false, false, false] });
    pendingGrade = await createResultFixture(db, clock, project, { invitationId: undefined, candidate: { email: 'pending@example.com' }, caseScores: [null] });
    // The passing candidate was also invited to the take-home, still ungraded.
    await t.database.db
      .updateTable('invitations')
      .set({ candidate_id: passed.candidateId })
      .where('id', '=', pendingGrade.invitationId)
      .execute();
    await t.database.db.updateTable('sessions').set({ candidate_id: passed.candidateId }).where('id', '=', pendingGrade.sessionId).execute();
    const invite = await t.request({
      method: 'POST',
      url: `/api/v1/public/assessments/${quiz.slug}/invites/`,
      headers: orgA.headers,
      payload: { candidate_email: 'new@example.com', candidate_name: 'New Person' },
    });
    invitedCandidateId = (await db.selectFrom('candidates').select('id').where('email', '=', 'new@example.com').executeTakeFirstOrThrow()).id;
    expect(invite.statusCode).toBe(201);
  });
  afterAll(() => t.close());

  it('returns a ScoreResponseDto per candidate and assessment, with every required field typed as documented', async () => {
    const response = await get(`assessmentIds=${quiz.id},${project.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.data).toHaveLength(6);
    for (const item of response.data) expectDto(item);

    expect(pick(response.data, passed.candidateId, quiz.id)).toEqual({
      candidateId: passed.candidateId,
      assessmentId: quiz.id,
      assessmentName: 'Support Language Check',
      assessmentStatus: 'COMPLETED',
      scoreStatus: 'PASS',
      completion: '100',
      totalScore: '70',
      typingSpeed: '85',
      categoryScores: [
        { name: 'Algorithms', score: '100' },
        { name: 'Databases', score: '100' },
        { name: 'System Design', score: '0' },
      ],
      redFlag: true,
      started: '2025-01-17T19:39:25.5810000+00:00',
      finished: '2025-01-17T20:00:00.0000000+00:00',
    });
    expect(pick(response.data, inProgress.candidateId, quiz.id)).toMatchObject({
      assessmentStatus: 'IN_PROGRESS',
      scoreStatus: 'PENDING',
      completion: '30',
      totalScore: '0',
      categoryScores: [],
      finished: NEVER,
    });
    expect(pick(response.data, lowPass.candidateId, quiz.id)).toMatchObject({ scoreStatus: 'LOW_PASS', totalScore: '60' });
    expect(pick(response.data, failed.candidateId, quiz.id)).toMatchObject({ scoreStatus: 'FAIL', totalScore: '30' });
    expect(pick(response.data, passed.candidateId, project.id)).toMatchObject({
      assessmentName: 'Take-home',
      assessmentStatus: 'COMPLETED',
      scoreStatus: 'PENDING',
      totalScore: '0',
      completion: '100',
    });
    expect(pick(response.data, invitedCandidateId, quiz.id)).toEqual({
      candidateId: invitedCandidateId,
      assessmentId: quiz.id,
      assessmentName: 'Support Language Check',
      assessmentStatus: 'INVITED',
      scoreStatus: 'PENDING',
      completion: '0',
      totalScore: '0',
      typingSpeed: '0',
      categoryScores: [],
      redFlag: false,
      started: NEVER,
      finished: NEVER,
    });
  });

  it('filters by candidateIds, by both lists, and ignores unknown ids', async () => {
    const one = await get(`candidateIds=${passed.candidateId}`);
    expect(one.data.map((row: { assessmentId: string }) => row.assessmentId).sort()).toEqual([quiz.id, project.id].sort());
    const both = await get(`candidateIds=${passed.candidateId},${failed.candidateId}&assessmentIds=${project.id}`);
    expect(both.data.map((row: { candidateId: string; assessmentId: string }) => [row.candidateId, row.assessmentId])).toEqual([[passed.candidateId, project.id]]);
    const unknown = await get('candidateIds=cand_nobody,cand_ghost');
    expect(unknown.statusCode).toBe(200);
    expect(unknown.data).toEqual([]);
  });

  it('accepts the org slug as instance and refuses any other instance with 400', async () => {
    const ok = await get(`candidateIds=${failed.candidateId}`, { ...orgA.headers, instance: orgA.org.slug });
    expect(ok.statusCode).toBe(200);
    expect(ok.data).toHaveLength(1);
    const wrong = await get(`candidateIds=${failed.candidateId}`, { ...orgA.headers, instance: orgB.org.slug });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.data.error.code).toBe('instance_mismatch');
  });

  it.each([
    ['no list at all', '', 'candidateIds'],
    ['an empty list', 'candidateIds=', 'candidateIds'],
    ['an empty item', 'assessmentIds=a,,b', 'assessmentIds'],
    ['an invalid id', 'candidateIds=cand_1,drop%20table', 'candidateIds'],
    ['101 ids', `candidateIds=${Array.from({ length: 101 }, (_, index) => `cand_${index}`).join(',')}`, 'candidateIds'],
    ['an unknown parameter', 'candidateId=cand_1', 'candidateId'],
  ])('answers 400 for %s, naming the field', async (_name, query, field) => {
    const response = await get(query);
    expect(response.statusCode).toBe(400);
    expect(response.data.error.code).toBe('validation_failed');
    expect(response.data.error.details[0].field).toBe(field);
  });

  it('accepts exactly 100 ids', async () => {
    const ids = Array.from({ length: 99 }, (_, index) => `cand_${index}`).concat(failed.candidateId!);
    const response = await get(`candidateIds=${ids.join(',')}`);
    expect(response.statusCode).toBe(200);
    expect(response.data).toHaveLength(1);
  });

  it("never returns another org's scores, and records every read", async () => {
    const foreign = await get(`assessmentIds=${quiz.id}`, orgB.headers);
    expect(foreign.data).toEqual([]);
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('org_id', '=', orgA.org.id).where('action', '=', 'score.read').execute();
    expect(audit.length).toBeGreaterThanOrEqual(5);
    const first = audit.sort((a, b) => (a.id < b.id ? -1 : 1))[0]!;
    expect(JSON.parse(first.details!).resultIds).toContain(passed.sessionId);
    const denied = await t.request({ method: 'POST', url: '/v1/api-keys', headers: orgA.headers, payload: { name: 'c', scopes: ['candidates:read'] } });
    expect((await get(`assessmentIds=${quiz.id}`, { authorization: `Bearer ${denied.data.key}` })).statusCode).toBe(403);
  });
});
