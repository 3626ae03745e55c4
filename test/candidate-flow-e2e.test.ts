import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from './helpers/test-app.js';
import { createKeys } from './helpers/assessment-fixtures.js';
import { byId, correctAnswer, redeem, wrongAnswer } from './helpers/candidate-kit.js';
import { fixedClock } from '../src/shared/clock.js';

/**
 * The whole write path, end to end through the API: an operator creates an
 * org, the org an assessment (10 questions over 3 categories × 3 difficulties,
 * 2 cases), 3 keys; 3 candidates redeem, start, answer with different
 * correctness, send events, submit; reviewers grade. Every number below is
 * computed by hand from the rules in DESIGN §3 and the metric definitions.
 *
 * Question points: Algorithms 1+2+3+1 = 7, Databases 1+2+3 = 6, Networking
 * 1+2+3 = 6 (19 in all); easy 4, medium 6, hard 9. Cases: 20 (rubric 6 + 4
 * points) and 10 (no rubric). Maximum score 49.
 */

const QUESTIONS = [
  { ref: 'Q1', text: 'Big-O of binary search?', type: 'single', options: ['O(log n)', 'O(n)', 'O(1)', 'O(n²)'], answer: 0, category: 'Algorithms', difficulty: 'easy', points: 1 },
  { ref: 'Q2', text: 'Which sorts are stable?', type: 'multiple', options: ['Heapsort', 'Merge sort', 'Quickselect', 'Insertion sort'], answer: [1, 3], category: 'Algorithms', difficulty: 'medium', points: 2 },
  { ref: 'Q3', text: 'Name the divide-and-conquer sort with O(n log n) average and in-place partitioning.', type: 'text', answer: ['quicksort', 'quick sort'], category: 'Algorithms', difficulty: 'hard', points: 3 },
  { ref: 'Q4', text: 'Which clause filters groups?', type: 'single', options: ['WHERE', 'HAVING', 'ORDER BY'], answer: 1, category: 'Databases', difficulty: 'easy', points: 1 },
  { ref: 'Q5', text: 'Default isolation level of PostgreSQL?', type: 'single', options: ['Serializable', 'Read committed', 'Repeatable read'], answer: 1, category: 'Databases', difficulty: 'medium', points: 2 },
  { ref: 'Q6', text: 'Which can use a B-tree index?', type: 'multiple', options: ['=', 'LIKE \'%x\'', '<', 'BETWEEN'], answer: [0, 2, 3], category: 'Databases', difficulty: 'hard', points: 3 },
  { ref: 'Q7', text: 'Which transport does HTTP/1.1 use?', type: 'text', answer: 'TCP', category: 'Networking', difficulty: 'easy', points: 1 },
  { ref: 'Q8', text: 'Port of HTTPS?', type: 'single', options: ['80', '443', '8080'], answer: 1, category: 'Networking', difficulty: 'medium', points: 2 },
  { ref: 'Q9', text: 'Which layer does BGP belong to?', type: 'single', options: ['Link', 'Application', 'Transport'], answer: 1, category: 'Networking', difficulty: 'hard', points: 3 },
  { ref: 'Q10', text: 'Which is a linear-time algorithm?', type: 'single', options: ['Bubble sort', 'Counting sort', 'Heapsort', 'None of the above'], answer: 1, pinnedOptions: [3], category: 'Algorithms', difficulty: 'easy', points: 1 },
] as const;

type Ref = (typeof QUESTIONS)[number]['ref'];

describe('end to end: three candidates take an assessment and are scored exactly', () => {
  const START = '2026-06-01T08:00:00.000Z';
  const clock = fixedClock(START);
  let t: TestApp;
  let org: TestOrg;
  let assessment: any;
  const refOf = new Map<string, Ref>();
  const idOf = new Map<Ref, string>();
  const candidates: Record<'A' | 'B' | 'C', { headers: Record<string, string>; session: any; keyId: string }> = {} as any;

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Record<string, string>, payload?: object) =>
    t.request({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
  const at = (seconds: number) => new Date(Date.parse(START) + seconds * 1000).toISOString();

  async function answer(who: 'A' | 'B' | 'C', right: Ref[], wrong: Ref[], timeSpentMs?: number) {
    const { headers, session } = candidates[who];
    const reviewer = byId<any>(assessment.questions);
    for (const question of session.questions) {
      const ref = refOf.get(question.id)!;
      if (!right.includes(ref) && !wrong.includes(ref)) continue;
      const selected = right.includes(ref) ? correctAnswer(reviewer.get(question.id), question) : wrongAnswer(reviewer.get(question.id), question);
      const response = await call('PUT', `/v1/candidate/answers/${question.id}`, headers, {
        selectedAnswer: selected,
        ...(timeSpentMs === undefined ? {} : { timeSpentMs }),
      });
      expect(response.statusCode).toBe(200);
    }
  }

  async function sendEvents(who: 'A' | 'B' | 'C', events: { id: string; type: string; second: number; payload?: object }[]) {
    const response = await call('POST', '/v1/candidate/events', candidates[who].headers, {
      events: events.map((event) => ({ id: event.id, type: event.type, occurredAt: at(event.second), payload: event.payload ?? {} })),
    });
    expect(response.statusCode).toBe(200);
    return response.data;
  }

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await t.createOrg({ name: 'Acme Hiring' });
    const created = await t.request({
      method: 'POST',
      url: '/v1/assessments',
      headers: org.headers,
      payload: {
        title: 'Platform Engineer Screen',
        role: 'Platform Engineer',
        taskBrief: 'Answer the questions, then fix the bug and document it.',
        timeLimitMinutes: 60,
        passingScore: 60,
        lowPassBand: 10,
        redFlagThreshold: 3,
        showResult: true,
        lockOnPass: true,
        skills: ['SQL'],
        questions: QUESTIONS.map(({ ref: _ref, ...question }) => question),
        cases: [
          {
            title: 'Fix the failing import',
            maxScore: 20,
            rubric: { criteria: [{ name: 'Correctness', maxPoints: 6 }, { name: 'Tests', maxPoints: 4 }] },
          },
          { title: 'Document the fix', maxScore: 10 },
        ],
      },
    });
    expect(created.statusCode).toBe(201);
    assessment = created.data.assessment;
    assessment.questions.forEach((question: any, index: number) => {
      refOf.set(question.id, QUESTIONS[index]!.ref);
      idOf.set(QUESTIONS[index]!.ref, question.id);
    });
    const keys = await createKeys(t, org, assessment.id, {
      count: 3,
      candidateEmails: ['ada@example.com', 'bo@example.com', 'cy@example.com'],
      candidateNames: ['Ada', 'Bo', 'Cy'],
    });
    for (const [index, who] of (['A', 'B', 'C'] as const).entries()) {
      const { headers } = await redeem(t, keys[index].key);
      const started = await call('POST', '/v1/candidate/start', headers);
      expect(started.statusCode).toBe(201);
      candidates[who] = { headers, session: started.data.session, keyId: keys[index].id };
    }
  });
  afterAll(() => t.close());

  it('every candidate gets every question once, in their own stable order, with pinned options in place', () => {
    for (const who of ['A', 'B', 'C'] as const) {
      const { session } = candidates[who];
      expect(session.questions).toHaveLength(10);
      expect(new Set(session.questions.map((q: any) => q.id))).toEqual(new Set(idOf.values()));
      const q10 = session.questions.find((q: any) => q.id === idOf.get('Q10'));
      expect(q10.options[3]).toBe('None of the above');
    }
    const orders = (['A', 'B', 'C'] as const).map((who) => candidates[who].session.questions.map((q: any) => q.id).join());
    expect(new Set(orders).size).toBeGreaterThan(1);
  });

  it('candidates answer, send events (out of order, retried) and submit; scores wait for grading', async () => {
    clock.set(at(200));
    await answer('A', ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9', 'Q10'], [], 10_000);
    await answer('B', ['Q1', 'Q4', 'Q5', 'Q7', 'Q8'], ['Q2', 'Q3', 'Q6', 'Q10']);
    await answer('C', ['Q2', 'Q3', 'Q4', 'Q6', 'Q9'], ['Q1', 'Q5', 'Q7', 'Q8', 'Q10']);
    expect(
      (await call('PUT', '/v1/candidate/cases/' + assessment.cases[0].id, candidates.A.headers, { deliverable: 'diff --git a/x b/x', timeSpentSeconds: 120 }))
        .statusCode,
    ).toBe(200);

    clock.set(at(300));
    // A: later events first, then the earlier ones; the first batch is sent twice.
    const lateBatch = [
      { id: 'a-tr2', type: 'test_run', second: 120, payload: { passed: 8, total: 10 } },
      { id: 'a-ed2', type: 'edit', second: 90, payload: { source: 'ai' } },
      { id: 'a-ed3', type: 'edit', second: 100, payload: { source: 'manual' } },
      { id: 'a-fs3', type: 'fullscreen_exit', second: 40 },
      { id: 'a-c3', type: 'command', second: 95, payload: { exitCode: 0, isVerify: false } },
      { id: 'a-c4', type: 'command', second: 96, payload: { exitCode: 2, isVerify: false } },
    ];
    expect(await sendEvents('A', lateBatch)).toEqual({ accepted: 6, duplicates: 0 });
    expect(await sendEvents('A', lateBatch)).toEqual({ accepted: 0, duplicates: 6 });
    expect(
      await sendEvents('A', [
        { id: 'a-fs1', type: 'fullscreen_exit', second: 10 },
        { id: 'a-fs2', type: 'fullscreen_exit', second: 11 },
        { id: 'a-p1', type: 'paste', second: 50 },
        { id: 'a-fl1', type: 'focus_lost', second: 60 },
        { id: 'a-k1', type: 'keystrokes', second: 70, payload: { count: 300, durationMs: 60_000 } },
        { id: 'a-c1', type: 'command', second: 75, payload: { exitCode: 0, isVerify: true } },
        { id: 'a-c2', type: 'command', second: 76, payload: { exitCode: 1, isVerify: true } },
        { id: 'a-ed1', type: 'edit', second: 30, payload: { source: 'manual' } },
        { id: 'a-tr1', type: 'test_run', second: 80, payload: { passed: 2, total: 10 } },
        { id: 'a-pr1', type: 'prompt', second: 20 },
        { id: 'a-pr2', type: 'prompt', second: 21 },
        { id: 'a-pr3', type: 'prompt', second: 22 },
      ]),
    ).toEqual({ accepted: 12, duplicates: 0 });
    expect(
      await sendEvents('C', [
        { id: 'c-cp1', type: 'copy', second: 5 },
        { id: 'c-cp2', type: 'copy', second: 6 },
        { id: 'c-p1', type: 'paste', second: 6.5 },
        { id: 'c-k1', type: 'keystrokes', second: 30, payload: { count: 100, durationMs: 30_000 } },
        { id: 'c-k2', type: 'keystrokes', second: 20, payload: { count: 50, durationMs: 15_000 } },
        { id: 'c-cmd', type: 'command', second: 40, payload: { exitCode: 0, isVerify: true } },
        { id: 'c-pr', type: 'prompt', second: 45, payload: { text: 'hint please' } },
      ]),
    ).toEqual({ accepted: 7, duplicates: 0 });

    for (const who of ['A', 'C'] as const) await handInEveryPart(who);
    clock.set(at(600));
    await handInEveryPart('B');
  });

  /**
   * The questions first (the attempt stays open while a task is), then each
   * task: A's first task as saved, every other one with a diff sent along.
   * The last part handed in completes the attempt; scores wait for grading.
   */
  async function handInEveryPart(who: 'A' | 'B' | 'C') {
    const questions = await call('POST', '/v1/candidate/submit', candidates[who].headers);
    expect(questions.statusCode).toBe(200);
    expect(questions.data.session).toMatchObject({ status: 'started', result: null });
    expect(questions.data.session.parts.map((part: any) => [part.kind, part.state])).toEqual([
      ['questions', 'handed_in'],
      ['case', 'open'],
      ['case', 'open'],
    ]);
    const [first, second] = assessment.cases;
    const saved = who === 'A';
    const firstCase = await call('POST', `/v1/candidate/cases/${first.id}/submit`, candidates[who].headers, saved ? {} : { deliverable: `diff --git a/${who} b/${who}` });
    expect(firstCase.statusCode).toBe(200);
    expect(firstCase.data.session.status).toBe('started');
    const last = await call('POST', `/v1/candidate/cases/${second.id}/submit`, candidates[who].headers, { deliverable: `diff --git a/${who}2 b/${who}2` });
    expect(last.statusCode).toBe(200);
    expect(last.data.session.status).toBe('completed');
    expect(last.data.session.parts.every((part: any) => part.state === 'handed_in')).toBe(true);
    expect(last.data.session.result).toMatchObject({ scoreStatus: 'PENDING', percentage: null, passed: null });
  }

  const reviewerSession = async (who: 'A' | 'B' | 'C') => {
    const response = await call('GET', `/v1/sessions/${candidates[who].session.id}`, org.headers);
    expect(response.statusCode).toBe(200);
    return response.data.session;
  };

  it('stores the hand-computed scores, breakdowns, strengths and weaknesses (PENDING until graded)', async () => {
    const a = await reviewerSession('A');
    expect(a).toMatchObject({
      status: 'completed',
      closedReason: 'submitted',
      score: 19,
      maxScore: 49,
      percentage: null,
      passed: null,
      scoreStatus: 'PENDING',
      correctCount: 10,
      totalQuestions: 10,
      strengths: [],
      weaknesses: [],
    });
    expect(a.breakdown).toEqual({
      byCategory: [
        { category: 'Algorithms', score: 100, correct: 4, total: 4 },
        { category: 'Databases', score: 100, correct: 3, total: 3 },
        { category: 'Networking', score: 100, correct: 3, total: 3 },
      ],
      byDifficulty: [
        { difficulty: 'easy', score: 100, correct: 4, total: 4 },
        { difficulty: 'medium', score: 100, correct: 3, total: 3 },
        { difficulty: 'hard', score: 100, correct: 3, total: 3 },
      ],
    });
    expect(a.timeSpent.totalQuestionMs).toBe(100_000);
    expect(a.timeSpent.perQuestion).toHaveLength(10);
    expect(a.timeSpent.perQuestion.every((item: any) => item.timeSpentMs === 10_000)).toBe(true);
    expect(a.timeSpent.perCase).toEqual([
      { caseId: assessment.cases[0].id, timeSpentSeconds: 120 },
      { caseId: assessment.cases[1].id, timeSpentSeconds: null },
    ]);
    expect(a.cases[0]).toMatchObject({ status: 'pending', score: null, deliverable: 'diff --git a/x b/x' });

    const b = await reviewerSession('B');
    expect(b).toMatchObject({ score: 7, maxScore: 49, scoreStatus: 'PENDING', correctCount: 5, strengths: [], weaknesses: ['Algorithms'] });
    expect(b.breakdown).toEqual({
      byCategory: [
        { category: 'Algorithms', score: 14, correct: 1, total: 4 },
        { category: 'Databases', score: 50, correct: 2, total: 3 },
        { category: 'Networking', score: 50, correct: 2, total: 3 },
      ],
      byDifficulty: [
        { difficulty: 'easy', score: 75, correct: 3, total: 4 },
        { difficulty: 'medium', score: 67, correct: 2, total: 3 },
        { difficulty: 'hard', score: 0, correct: 0, total: 3 },
      ],
    });

    const c = await reviewerSession('C');
    expect(c).toMatchObject({ score: 12, maxScore: 49, scoreStatus: 'PENDING', correctCount: 5, strengths: [], weaknesses: [] });
    expect(c.breakdown).toEqual({
      byCategory: [
        { category: 'Algorithms', score: 71, correct: 2, total: 4 },
        { category: 'Databases', score: 67, correct: 2, total: 3 },
        { category: 'Networking', score: 50, correct: 1, total: 3 },
      ],
      byDifficulty: [
        { difficulty: 'easy', score: 25, correct: 1, total: 4 },
        { difficulty: 'medium', score: 33, correct: 1, total: 3 },
        { difficulty: 'hard', score: 100, correct: 3, total: 3 },
      ],
    });
  });

  it('stores the hand-computed metrics and violation counts', async () => {
    const a = await reviewerSession('A');
    expect(a.violationCounts).toEqual({ fullscreen_violations: 2, copy_paste_violations: 1 });
    expect(a.focusLostCount).toBe(1);
    expect(a.redFlag).toBe(true); // 2 + 1 + 1 = 4 ≥ 3
    expect(a.metrics).toEqual({
      durationMs: 300_000,
      promptCount: 3,
      commandCount: 4,
      commandFailRate: 0.5,
      verifyIntensity: 0.5,
      manualEditRatio: 0.6667,
      firstChangeLatencyMs: 30_000,
      testPassRate: 80, // the latest run (second 120), though it arrived first
      typingSpeedWpm: 60, // 300 keys = 60 words in one minute
    });

    const b = await reviewerSession('B');
    expect(b.violationCounts).toEqual({ fullscreen_violations: 0, copy_paste_violations: 0 });
    expect(b).toMatchObject({ focusLostCount: 0, redFlag: false });
    expect(b.metrics).toEqual({
      durationMs: 600_000,
      promptCount: 0,
      commandCount: 0,
      commandFailRate: null,
      verifyIntensity: null,
      manualEditRatio: null,
      firstChangeLatencyMs: null,
      testPassRate: null,
      typingSpeedWpm: null,
    });

    const c = await reviewerSession('C');
    expect(c.violationCounts).toEqual({ fullscreen_violations: 0, copy_paste_violations: 2 }); // copies at 5 and 6 are one
    expect(c).toMatchObject({ focusLostCount: 0, redFlag: false });
    expect(c.metrics).toEqual({
      durationMs: 300_000,
      promptCount: 1,
      commandCount: 1,
      commandFailRate: 0,
      verifyIntensity: 1,
      manualEditRatio: null,
      firstChangeLatencyMs: null,
      testPassRate: null,
      typingSpeedWpm: 40, // 150 keys = 30 words in 45 s
    });
  });

  it('grading moves the score status from PENDING to its final value', async () => {
    const grade = (who: 'A' | 'B' | 'C', grades: unknown[]) =>
      call('POST', `/v1/sessions/${candidates[who].session.id}/grades`, org.headers, { grades });
    const [rubricCase, plainCase] = assessment.cases;

    const partial = await grade('A', [{ caseId: rubricCase.id, criteria: [{ name: 'Correctness', points: 6 }, { name: 'Tests', points: 2 }] }]);
    expect(partial.statusCode).toBe(200);
    // 8 of 10 rubric points of a 20-point case = 16; the other case is still ungraded.
    expect(partial.data.session).toMatchObject({ scoreStatus: 'PENDING', score: 35, percentage: null, passed: null });
    expect(partial.data.session.cases[0]).toMatchObject({
      status: 'graded',
      score: 16,
      grades: [
        { name: 'Correctness', points: 6 },
        { name: 'Tests', points: 2 },
      ],
    });

    const a = await grade('A', [{ caseId: plainCase.id, score: 9, feedback: 'Clear <b>docs</b>' }]);
    // (19 + 16 + 9) / 49 = 89.8% → 90
    expect(a.data.session).toMatchObject({ scoreStatus: 'PASS', score: 44, maxScore: 49, percentage: 90, passed: true });

    const b = await grade('B', [
      { caseId: rubricCase.id, criteria: [{ name: 'Correctness', points: 3 }, { name: 'tests', points: 2 }] },
      { caseId: plainCase.id, score: 4 },
    ]);
    // (7 + 10 + 4) / 49 = 42.9% → 43
    expect(b.data.session).toMatchObject({ scoreStatus: 'FAIL', score: 21, percentage: 43, passed: false });

    const c = await grade('C', [
      { caseId: rubricCase.id, criteria: [{ name: 'Correctness', points: 4 }, { name: 'Tests', points: 4 }] },
      { caseId: plainCase.id, score: 5 },
    ]);
    // (12 + 16 + 5) / 49 = 67.3% → 67: at least 60, below 60 + 10
    expect(c.data.session).toMatchObject({ scoreStatus: 'LOW_PASS', score: 33, percentage: 67, passed: true });
  });

  it('final results verify or reject the skill, lock on pass, queue the webhooks and the result emails', async () => {
    const skills = await t.database.db.selectFrom('skills').selectAll().where('org_id', '=', org.org.id).execute();
    const byCandidate = new Map<string, string>();
    for (const who of ['A', 'B', 'C'] as const) {
      const session = await reviewerSession(who);
      byCandidate.set(who, skills.find((skill) => skill.candidate_id === session.candidateId)!.status);
    }
    expect(Object.fromEntries(byCandidate)).toEqual({ A: 'verified', B: 'rejected', C: 'verified' });
    expect(skills.every((skill) => skill.name === 'SQL' && skill.verified_by === 'assessment')).toBe(true);

    const keys = await call('GET', `/v1/assessments/${assessment.id}/keys`, org.headers);
    const statusOf = (who: 'A' | 'B' | 'C') => keys.data.keys.find((key: any) => key.id === candidates[who].keyId).status;
    expect(['A', 'B', 'C'].map((who) => statusOf(who as 'A'))).toEqual(['completed', 'completed', 'completed']);
    const locked = await t.database.db.selectFrom('invitations').select(['id', 'locked']).where('assessment_id', '=', assessment.id).execute();
    expect(Object.fromEntries(locked.map((row) => [row.id, row.locked]))).toEqual({
      [candidates.A.keyId]: 1,
      [candidates.B.keyId]: 0,
      [candidates.C.keyId]: 1,
    });

    const events = await t.database.db.selectFrom('domain_events').select('type').where('org_id', '=', org.org.id).execute();
    const count = (type: string) => events.filter((event) => event.type === type).length;
    expect(count('session.started')).toBe(3);
    expect(count('session.completed')).toBe(3);
    expect(count('result.graded')).toBe(4);
    expect(count('verification.completed')).toBe(3);

    const emails = await t.database.db.selectFrom('emails').selectAll().where('kind', '=', 'result').where('org_id', '=', org.org.id).execute();
    expect(emails.map((email) => email.to_address).sort()).toEqual(['ada@example.com', 'bo@example.com', 'cy@example.com']);
    const ada = emails.find((email) => email.to_address === 'ada@example.com')!;
    expect(ada.text_body).toContain('90%');
    expect(ada.text_body).toContain('SQL: verified');
    expect(ada.html_body).toContain('Hello Ada,');
  });

  it('a reviewer decision hires or rejects, and hiring can be taken back', async () => {
    const url = `/v1/sessions/${candidates.A.session.id}/decision`;
    const hired = await call('POST', url, org.headers, { decision: 'hired' });
    expect(hired.statusCode).toBe(200);
    expect(hired.data.session).toMatchObject({ status: 'hired', decision: 'hired', decidedAt: clock.now().toISOString() });
    const keys = await call('GET', `/v1/assessments/${assessment.id}/keys`, org.headers);
    expect(keys.data.keys.find((key: any) => key.id === candidates.A.keyId).status).toBe('hired');
    const rejected = await call('POST', url, org.headers, { decision: 'rejected' });
    expect(rejected.data.session).toMatchObject({ status: 'completed', decision: 'rejected' });
    const bad = await call('POST', url, org.headers, { decision: 'maybe' });
    expect(bad.statusCode).toBe(400);
  });
});
