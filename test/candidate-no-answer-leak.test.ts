import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from './helpers/test-app.js';
import { createAssessment, createKeys } from './helpers/assessment-fixtures.js';
import { byId, nextIp, wrongAnswer } from './helpers/candidate-kit.js';

/**
 * Scans every response a candidate can receive before submitting, success and
 * error alike, for anything that gives an answer away: the text of an
 * accepted answer, a rubric, or a field that could carry an answer key.
 */

const SECRET_TEXT_ANSWERS = ['zebra-kappa-42', 'Marmalade Seventy Seven', 'bank-answer-quokka-93'];
const SECRET_RUBRIC = ['Hidden criterion: uses a transaction', 'Hidden criterion: adds a regression test'];
const SECRET_RUBRIC_GUIDANCE = 'Hidden guidance: full marks only with a rollback test';
/** A case's own description is for the candidate: it must reach them (and the rubric next to it must not). */
const CASE_DESCRIPTION = 'The pager skips the last page; fix it.';
const FORBIDDEN_KEYS = /^(answer|answerkey|answer_key|correct|correctanswer|correctanswers|correctoption|iscorrect|is_correct|pointsawarded|points_awarded|solution|acceptedanswers|rubric|criteria|grades|rubricid)$/i;

/** The candidate's own saved answer (`{ answer: { questionId, selectedAnswer } }` of the autosave) is theirs to see. */
function isOwnSavedAnswer(key: string, value: unknown): boolean {
  return key === 'answer' && (value === null || (typeof value === 'object' && value !== null && 'selectedAnswer' in value));
}

function forbiddenKeys(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => forbiddenKeys(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => [
      ...(FORBIDDEN_KEYS.test(key) && !isOwnSavedAnswer(key, inner) ? [`${path}.${key}`] : []),
      ...forbiddenKeys(inner, `${path}.${key}`),
    ]);
  }
  return [];
}

describe('no candidate response reveals an answer before submission', () => {
  let t: TestApp;
  let org: TestOrg;
  const seen: { label: string; status: number; body: string; data: unknown }[] = [];

  async function record(label: string, request: Parameters<TestApp['request']>[0]) {
    const response = await t.request(request);
    seen.push({ label, status: response.statusCode, body: response.body, data: response.data });
    return response;
  }

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg();
    const bank = await t.request({
      method: 'POST',
      url: '/v1/question-bank/questions',
      headers: org.headers,
      payload: {
        questions: [
          { text: 'Bank: the quokka password?', type: 'text', answer: SECRET_TEXT_ANSWERS[2], category: 'Trivia', difficulty: 'easy' },
          { text: 'Bank: pick B', type: 'single', options: ['A', 'B', 'C', 'None of these'], pinnedOptions: [3], answer: 1, category: 'Trivia', difficulty: 'easy' },
        ],
      },
    });
    expect(bank.statusCode).toBe(201);
  });
  afterAll(() => t.close());

  it('walks the whole candidate surface of a fixed-list and a blueprint assessment', async () => {
    const fixed = await createAssessment(t, org, {
      questions: [
        { text: 'Say the magic words', type: 'text', answer: [SECRET_TEXT_ANSWERS[0], SECRET_TEXT_ANSWERS[1]], category: 'Magic', difficulty: 'hard' },
        { text: 'Which are even?', type: 'multiple', options: ['1', '2', '3', '4'], answer: [1, 3], category: 'Math', difficulty: 'easy' },
        { text: 'Capital of France?', type: 'single', options: ['Lyon', 'Paris', 'Nice'], answer: 1, category: 'Geo', difficulty: 'medium', points: 3 },
      ],
      cases: [
        {
          title: 'Fix the bug',
          maxScore: 10,
          description: CASE_DESCRIPTION,
          rubric: { criteria: SECRET_RUBRIC.map((name) => ({ name, maxPoints: 5, description: SECRET_RUBRIC_GUIDANCE })) },
        },
      ],
      skills: ['Magic'],
      showResult: true,
      // The key is issued without a name: the first start is refused until the candidate gives it.
      requireCandidateDetails: true,
    });
    const blueprint = await createAssessment(t, org, {
      title: 'Bank draw',
      blueprint: [{ category: 'Trivia', difficulty: 'easy', count: 2 }],
      requireCandidateDetails: true,
    });

    for (const assessment of [fixed, blueprint]) {
      const [key] = await createKeys(t, org, assessment.id);
      const redeemed = await record('redeem', { method: 'POST', url: '/v1/candidate/sessions', payload: { key: key.key }, remoteAddress: nextIp() });
      expect(redeemed.statusCode).toBe(201);
      await record('redeem: unknown key', { method: 'POST', url: '/v1/candidate/sessions', payload: { key: 'PST-NOPE-NOPE' }, remoteAddress: nextIp() });
      const headers = { authorization: `Bearer ${redeemed.data.token}` };

      await record('assessment overview', { method: 'GET', url: '/v1/candidate/assessment', headers });
      await record('assessment via the 004 endpoint', { method: 'GET', url: `/v1/assessments/${assessment.id}`, headers });
      await record('session before start', { method: 'GET', url: '/v1/candidate/session', headers });
      await record('answer before start', { method: 'PUT', url: '/v1/candidate/answers/q_x', headers, payload: { selectedAnswer: 0 } });
      await record('start without name and email', { method: 'POST', url: '/v1/candidate/start', headers });
      const started = await record('start', { method: 'POST', url: '/v1/candidate/start', headers, payload: { name: 'Cand Idate', email: 'cand@example.com' } });
      expect(started.statusCode).toBe(201);
      await record('start again', { method: 'POST', url: '/v1/candidate/start', headers });
      await record('generate (002)', { method: 'POST', url: '/api/v1/assessment/generate', headers });

      const reviewer = byId<any>(
        assessment.questions.length > 0
          ? assessment.questions
          : (await t.request({ method: 'GET', url: '/v1/question-bank/questions', headers: org.headers })).data.questions,
      );
      for (const question of started.data.session.questions) {
        const key = reviewer.get(question.id);
        expect([...question.options].sort()).toEqual([...key.options].sort());
        await record('save a wrong answer', {
          method: 'PUT',
          url: `/v1/candidate/answers/${question.id}`,
          headers,
          payload: { selectedAnswer: wrongAnswer(key, question), timeSpentMs: 0 },
        });
        await record('save an invalid answer', {
          method: 'PUT',
          url: `/v1/candidate/answers/${question.id}`,
          headers,
          payload: { selectedAnswer: question.type === 'text' ? 42 : 'zzz' },
        });
      }
      for (const item of started.data.session.cases) {
        await record('hand in a case', { method: 'PUT', url: `/v1/candidate/cases/${item.id}`, headers, payload: { deliverable: 'diff', timeSpentSeconds: 60 } });
      }
      await record('events', {
        method: 'POST',
        url: '/v1/candidate/events',
        headers,
        payload: { events: [{ id: 'x1', type: 'paste', occurredAt: new Date().toISOString() }] },
      });
      await record('bad event', {
        method: 'POST',
        url: '/v1/candidate/events',
        headers,
        payload: { events: [{ id: 'x2', type: 'test_run', occurredAt: new Date().toISOString(), payload: { passed: 3 } }] },
      });
      await record('session (resume)', { method: 'GET', url: '/v1/candidate/session', headers });
      await record('incomplete 002 submit', { method: 'POST', url: '/api/v1/assessment/submit', headers, payload: { answers: [{ questionId: 'q', selectedAnswer: 0 }] } });
      for (const url of [`/v1/sessions/${started.data.session.id}`, `/v1/assessments/${assessment.id}/keys`, '/v1/question-bank/questions']) {
        const refused = await record(`reviewer route ${url}`, { method: 'GET', url, headers });
        expect(refused.statusCode).toBe(401);
      }
    }

    expect(seen.length).toBeGreaterThan(30);
    expect(seen.filter((response) => response.label === 'start without name and email').map((response) => response.status)).toEqual([400, 400]);
    expect(seen.filter((response) => response.body.includes(CASE_DESCRIPTION)).map((response) => response.label)).toEqual(
      expect.arrayContaining(['redeem', 'assessment overview', 'assessment via the 004 endpoint', 'start']),
    );
    const problems: string[] = [];
    for (const response of seen) {
      const lower = response.body.toLowerCase();
      for (const secret of [...SECRET_TEXT_ANSWERS, ...SECRET_RUBRIC, SECRET_RUBRIC_GUIDANCE]) {
        if (lower.includes(secret.toLowerCase())) problems.push(`${response.label} (${response.status}) contains "${secret}"`);
      }
      for (const path of forbiddenKeys(response.data)) problems.push(`${response.label} (${response.status}) has field ${path}`);
    }
    expect(problems).toEqual([]);
  });

  it('the scan itself catches a leak (it is not vacuous)', () => {
    expect(forbiddenKeys({ questions: [{ id: 'q', answer: 1 }] })).toEqual(['.questions[0].answer']);
    expect(forbiddenKeys({ a: { isCorrect: true, ok: [{ rubric: {} }] } })).toEqual(['.a.isCorrect', '.a.ok[0].rubric']);
    expect(forbiddenKeys({ answers: [{ questionId: 'q', selectedAnswer: 1 }] })).toEqual([]);
    expect(forbiddenKeys({ answer: { questionId: 'q', selectedAnswer: 1 } })).toEqual([]);
    expect(forbiddenKeys({ answer: 2 })).toEqual(['.answer']);
  });
});
