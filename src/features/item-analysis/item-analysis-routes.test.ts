import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../shared/clock.js';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessmentFixture, createResultFixture, type FixtureAssessment } from '../../../test/helpers/result-fixtures.js';

const clock = fixedClock('2026-06-01T10:00:00.000Z');

describe('GET /v1/assessments/:id/item-analysis', () => {
  let t: TestApp;
  let orgA: TestOrg;
  let orgB: TestOrg;
  let quiz: FixtureAssessment;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    orgA = await t.createOrg();
    orgB = await t.createOrg();
    quiz = await createAssessmentFixture(t.database.db, clock, orgA.org.id, {
      questions: ['SQL', 'HTTP', 'Git'].map((category, index) => ({
        text: `Question ${index + 1}`,
        type: 'single' as const,
        options: ['Right', 'Wrong', 'Other'],
        answer: 0,
        category,
        difficulty: 'medium' as const,
        points: 1,
      })),
    });
    // A Guttman pattern: 3, 2, 1 and 0 right answers.
    const patterns = [
      [true, true, true],
      [true, true, false],
      [true, false, false],
      [false, false, false],
    ];
    let last = '';
    for (const correct of patterns) last = (await createResultFixture(t.database.db, clock, quiz, { correct })).invitationId;
    // A second attempt of the weakest candidate, and a session still in progress: neither is a first, submitted attempt.
    await createResultFixture(t.database.db, clock, quiz, { invitationId: last, correct: [true, true, true] });
    await createResultFixture(t.database.db, clock, quiz, { status: 'started', correct: [true, null, null] });
  });
  afterAll(() => t.close());

  it('analyses first attempts: facility, discrimination, options and the test statistics', async () => {
    const response = await t.request({ method: 'GET', url: `/v1/assessments/${quiz.id}/item-analysis`, headers: orgA.headers });
    expect(response.statusCode).toBe(200);
    const analysis = response.data.itemAnalysis;
    expect(analysis).toMatchObject({ assessmentId: quiz.id, attempts: 'first', sessionCount: 4 });
    expect(analysis.test).toEqual({
      itemCount: 3,
      mean: 50,
      median: 50,
      standardDeviation: 43.033,
      skewness: 0,
      kurtosis: -1.2,
      reliability: 0.75,
      reliabilityMethod: 'KR-20',
      standardError: 21.517,
    });
    expect(analysis.items.map((item: { facilityIndex: number }) => item.facilityIndex)).toEqual([0.75, 0.5, 0.25]);
    expect(analysis.items[0]).toEqual({
      questionId: quiz.questions[0]!.id,
      position: 0,
      text: 'Question 1',
      type: 'single',
      category: 'SQL',
      difficulty: 'medium',
      maxPoints: 1,
      responses: 4,
      unanswered: 0,
      facilityIndex: 0.75,
      standardDeviation: 0.5,
      discriminationIndex: 1,
      itemRestCorrelation: 0.522,
      discriminativeEfficiency: 1,
      optionCounts: [
        { option: 0, text: 'Right', count: 3, correct: true },
        { option: 1, text: 'Wrong', count: 1, correct: false },
        { option: 2, text: 'Other', count: 0, correct: false },
      ],
    });
    expect(analysis.items[1]).toMatchObject({ itemRestCorrelation: 0.707, standardDeviation: 0.577, discriminationIndex: 1 });
  });

  it('includes every submitted attempt with attempts=all', async () => {
    const response = await t.request({ method: 'GET', url: `/v1/assessments/${quiz.id}/item-analysis?attempts=all`, headers: orgA.headers });
    expect(response.data.itemAnalysis).toMatchObject({ attempts: 'all', sessionCount: 5 });
    expect(response.data.itemAnalysis.test).toMatchObject({ mean: 60, standardDeviation: 43.461 });
    expect(response.data.itemAnalysis.items[0].optionCounts[0].count).toBe(4);
  });

  it('answers an assessment without results with empty statistics', async () => {
    const empty = await createAssessmentFixture(t.database.db, clock, orgA.org.id);
    const response = await t.request({ method: 'GET', url: `/v1/assessments/${empty.id}/item-analysis`, headers: orgA.headers });
    expect(response.data.itemAnalysis).toEqual({
      assessmentId: empty.id,
      attempts: 'first',
      sessionCount: 0,
      test: { itemCount: 0, mean: null, median: null, standardDeviation: null, skewness: null, kurtosis: null, reliability: null, reliabilityMethod: null, standardError: null },
      items: [],
    });
  });

  it('answers 404 across orgs, 400 for an unknown attempts value and 403 without results:read', async () => {
    expect((await t.request({ method: 'GET', url: `/v1/assessments/${quiz.id}/item-analysis`, headers: orgB.headers })).statusCode).toBe(404);
    const bad = await t.request({ method: 'GET', url: `/v1/assessments/${quiz.id}/item-analysis?attempts=last`, headers: orgA.headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.data.error.message).toContain('attempts');
    const key = await t.request({ method: 'POST', url: '/v1/api-keys', headers: orgA.headers, payload: { name: 'x', scopes: ['assessments:read'] } });
    expect((await t.request({ method: 'GET', url: `/v1/assessments/${quiz.id}/item-analysis`, headers: { authorization: `Bearer ${key.data.key}` } })).statusCode).toBe(403);
  });
});
