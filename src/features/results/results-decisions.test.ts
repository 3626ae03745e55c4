import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../shared/clock.js';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessmentFixture, createResultFixture, type FixtureAssessment, type ResultFixture } from '../../../test/helpers/result-fixtures.js';

/** Reference 000's /results with the hiring decision and the red flag: fields on each result, and filters in 000's style. */
describe('GET /results: decision and red_flag', () => {
  const clock = fixedClock('2026-03-02T09:00:00.000Z');
  const tick = () => clock.advance(60_000);
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let exam: FixtureAssessment;
  let hired: ResultFixture;
  let rejectedFlagged: ResultFixture;
  let undecided: ResultFixture;
  let undecidedFlagged: ResultFixture;
  let elsewhere: ResultFixture;

  const list = (query: string, headers = org.headers) => t.request({ method: 'GET', url: `/results${query}`, headers });
  const idsOf = (response: { data: { data: Array<{ id: string }> } }) => response.data.data.map((item) => item.id).sort();
  const sorted = (...results: ResultFixture[]) => results.map((result) => result.sessionId).sort();

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await t.createOrg();
    other = await t.createOrg();
    const db = t.database.db;
    exam = await createAssessmentFixture(db, clock, org.org.id, { title: 'Screen' });
    const otherExam = await createAssessmentFixture(db, clock, org.org.id, { title: 'Other screen' });
    const foreignExam = await createAssessmentFixture(db, clock, other.org.id, { title: 'Foreign' });
    tick();
    hired = await createResultFixture(db, clock, exam, { status: 'hired' });
    tick();
    // Three paste violations reach the fixture assessment's red-flag threshold (3).
    rejectedFlagged = await createResultFixture(db, clock, exam, { status: 'rejected', violations: { copyPaste: 3 } });
    tick();
    undecided = await createResultFixture(db, clock, exam, { violations: { copyPaste: 2 } });
    tick();
    undecidedFlagged = await createResultFixture(db, clock, otherExam, { violations: { fullscreen: 2, focusLost: 1 } });
    tick();
    elsewhere = await createResultFixture(db, clock, foreignExam, { status: 'hired', violations: { copyPaste: 4 } });
  });
  afterAll(() => t.close());

  it('each result carries its decision (null until decided) and whether its red flag is raised', async () => {
    const response = await list('');
    expect(response.statusCode).toBe(200);
    const byId = new Map(response.data.data.map((item: { id: string }) => [item.id, item]));
    expect(byId.get(hired.sessionId)).toMatchObject({ decision: 'hired', red_flag: false, status: 'passed' });
    expect(byId.get(rejectedFlagged.sessionId)).toMatchObject({ decision: 'rejected', red_flag: true });
    expect(byId.get(undecided.sessionId)).toMatchObject({ decision: null, red_flag: false });
    expect(byId.get(undecidedFlagged.sessionId)).toMatchObject({ decision: null, red_flag: true });
    expect(byId.has(elsewhere.sessionId)).toBe(false);
  });

  it.each([
    ['decision=hired', () => [hired]],
    ['decision=rejected', () => [rejectedFlagged]],
    ['decision=none', () => [undecided, undecidedFlagged]],
    ['red_flag=true', () => [rejectedFlagged, undecidedFlagged]],
    ['red_flag=false', () => [hired, undecided]],
    ['decision=none&red_flag=true', () => [undecidedFlagged]],
    ['decision=rejected&red_flag=false', () => []],
  ])('?%s lists only those results, and counts them', async (query, expected) => {
    const response = await list(`?${query}`);
    expect(response.statusCode).toBe(200);
    expect(idsOf(response)).toEqual(sorted(...expected()));
    expect(response.data.pagination.total).toBe(expected().length);
  });

  it('combines with exam_id, and pages with the cursor under a filter', async () => {
    const byExam = await list(`?exam_id=${exam.id}&decision=none`);
    expect(idsOf(byExam)).toEqual(sorted(undecided));
    expect(byExam.data.pagination.total).toBe(1);
    const first = await list('?red_flag=true&limit=1');
    expect(first.data.pagination).toMatchObject({ total: 2, has_more: true });
    const second = await list(`?red_flag=true&limit=1&cursor=${first.data.pagination.next_cursor}`);
    expect([...idsOf(first), ...idsOf(second)].sort()).toEqual(sorted(rejectedFlagged, undecidedFlagged));
    expect(second.data.pagination.has_more).toBe(false);
  });

  it.each([['decision=maybe'], ['decision=HIRED'], ['red_flag=yes'], ['redFlag=true']])('?%s is 400 naming the problem', async (query) => {
    const response = await list(`?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.data.error.code).toBeTruthy();
  });

  it('the result detail carries them too', async () => {
    const response = await t.request({ method: 'GET', url: `/results/${rejectedFlagged.sessionId}`, headers: org.headers });
    expect(response.statusCode).toBe(200);
    expect(response.data).toMatchObject({ id: rejectedFlagged.sessionId, decision: 'rejected', red_flag: true });
    const plain = await t.request({ method: 'GET', url: `/results/${undecided.sessionId}`, headers: org.headers });
    expect(plain.data).toMatchObject({ decision: null, red_flag: false });
  });
});
