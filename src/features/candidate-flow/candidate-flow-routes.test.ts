import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessment, createKeys, sampleQuestions } from '../../../test/helpers/assessment-fixtures.js';
import { byId, correctAnswer, nextIp, redeem, wrongAnswer } from '../../../test/helpers/candidate-kit.js';
import { fixedClock } from '../../shared/clock.js';
import { expirePendingKeys } from '../invitations/invitations-lifecycle.js';
import { closeOverdueSessions } from '../sessions/sessions-completion.js';

describe('candidate flow', () => {
  const clock = fixedClock('2026-05-04T09:00:00.000Z');
  let t: TestApp;
  let org: TestOrg;
  let assessment: any;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await t.createOrg();
    assessment = await createAssessment(t, org, {
      questions: [
        ...sampleQuestions,
        {
          text: 'Which is a prime?',
          type: 'single',
          options: ['4', '6', '7', '9', 'None of the above'],
          pinnedOptions: [4],
          answer: 2,
          category: 'math',
          difficulty: 'hard',
        },
      ],
      timeLimitMinutes: 30,
      showResult: true,
      maxAttempts: 2,
      lockOnPass: true,
    });
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string>) => t.request({ method: 'GET', url, headers });
  const post = (url: string, headers: Record<string, string>, payload?: object) =>
    t.request({ method: 'POST', url, headers, ...(payload === undefined ? {} : { payload }) });
  const put = (url: string, headers: Record<string, string>, payload: object) => t.request({ method: 'PUT', url, headers, payload });

  describe('redeeming a key', () => {
    it('answers 201 with a candidate token, the assessment and the key, and the token works as Bearer and X-API-Key', async () => {
      const [key] = await createKeys(t, org, assessment.id, { count: 1, candidateEmails: ['ada@example.com'], candidateNames: ['Ada'] });
      const response = await t.request({ method: 'POST', url: '/v1/candidate/sessions', payload: { key: key.key }, remoteAddress: nextIp() });
      expect(response.statusCode).toBe(201);
      expect(response.data.token).toMatch(/^cst_/);
      expect(response.data.assessment).toMatchObject({
        id: assessment.id,
        title: assessment.title,
        taskBrief: assessment.taskBrief,
        timeLimitMinutes: 30,
        questionCount: 4,
        maxAttempts: 2,
        attemptsLeft: 2,
        passingScore: 60,
        showResult: true,
      });
      expect(response.data.assessment.rules.length).toBeGreaterThan(2);
      expect(response.data.invitation).toMatchObject({
        id: key.id,
        status: 'pending',
        candidateName: 'Ada',
        candidateEmail: 'ada@example.com',
        attemptsUsed: 0,
        isLocked: false,
        sessionId: null,
      });
      expect(response.data.invitation.redeemedAt).toBe(clock.now().toISOString());

      const bearer = await get('/v1/candidate/assessment', { authorization: `Bearer ${response.data.token}` });
      expect(bearer.statusCode).toBe(200);
      expect(bearer.data.assessment.id).toBe(assessment.id);
      const header = await get('/v1/candidate/assessment', { 'x-api-key': response.data.token });
      expect(header.statusCode).toBe(200);

      const stored = await t.database.db.selectFrom('candidate_tokens').select('token_hash').execute();
      expect(JSON.stringify(stored)).not.toContain(response.data.token);
      const redeemed = await t.database.db.selectFrom('domain_events').select(['type', 'payload']).where('type', '=', 'invitation.redeemed').execute();
      expect(redeemed.some((row) => JSON.parse(row.payload).data.invitation.id === key.id)).toBe(true);
    });

    it('accepts a lowercase key with spaces around it', async () => {
      const [key] = await createKeys(t, org, assessment.id);
      const response = await t.request({
        method: 'POST',
        url: '/v1/candidate/sessions',
        payload: { key: `  ${key.key.toLowerCase()} ` },
        remoteAddress: nextIp(),
      });
      expect(response.statusCode).toBe(201);
    });

    it('attaches the name and email a candidate gives to a key issued without them', async () => {
      const [key] = await createKeys(t, org, assessment.id);
      const { data } = await redeem(t, key.key, { name: 'Grace', email: 'Grace@Example.com' });
      expect(data.invitation).toMatchObject({ candidateName: 'Grace', candidateEmail: 'grace@example.com' });
      const row = await t.database.db.selectFrom('invitations').select('candidate_id').where('id', '=', key.id).executeTakeFirstOrThrow();
      expect(row.candidate_id).toMatch(/^cand_/);
    });

    it.each([
      ['an unknown key', 'PST-ZZZZ-ZZZZ'],
      ['garbage', 'hello'],
    ])('answers 401 invalid_key for %s', async (_name, key) => {
      const response = await t.request({ method: 'POST', url: '/v1/candidate/sessions', payload: { key }, remoteAddress: nextIp() });
      expect(response.statusCode).toBe(401);
      expect(response.data.error.code).toBe('invalid_key');
    });

    it('answers 401 for a revoked key, and its token answers 410 invitation_revoked', async () => {
      const [key] = await createKeys(t, org, assessment.id);
      const { headers } = await redeem(t, key.key);
      const revoke = await t.request({ method: 'DELETE', url: `/v1/assessments/${assessment.id}/keys/${key.id}`, headers: org.headers });
      expect(revoke.statusCode).toBe(200);
      const again = await t.request({ method: 'POST', url: '/v1/candidate/sessions', payload: { key: key.key }, remoteAddress: nextIp() });
      expect(again.statusCode).toBe(401);
      const withToken = await get('/v1/candidate/assessment', headers);
      expect(withToken.statusCode).toBe(410);
      expect(withToken.data.error.code).toBe('invitation_revoked');
    });

    it('answers 410 for an expired key and marks it expired', async () => {
      const [key] = await createKeys(t, org, assessment.id);
      clock.advance(8 * 86_400_000);
      try {
        const response = await t.request({ method: 'POST', url: '/v1/candidate/sessions', payload: { key: key.key }, remoteAddress: nextIp() });
        expect(response.statusCode).toBe(410);
        expect(response.data.error.code).toBe('key_expired');
        const row = await t.database.db.selectFrom('invitations').select('status').where('id', '=', key.id).executeTakeFirstOrThrow();
        expect(row.status).toBe('expired');
        const list = await get(`/v1/assessments/${assessment.id}/keys`, org.headers);
        expect(list.data.keys.find((k: any) => k.id === key.id).status).toBe('expired');
      } finally {
        clock.advance(-8 * 86_400_000);
      }
    });

    it('400 names the field for a bad body', async () => {
      const response = await t.request({ method: 'POST', url: '/v1/candidate/sessions', payload: {}, remoteAddress: nextIp() });
      expect(response.statusCode).toBe(400);
      expect(response.data.error.details[0].field).toBe('key');
    });
  });

  describe('rate limits on redemption', () => {
    it('never limits guesses sharing a real key\'s prefix: only the key itself is counted, per invitation', async () => {
      const [key] = await createKeys(t, org, assessment.id, { count: 1 });
      const prefix = key.key.slice(0, 9);
      for (let i = 0; i < 25; i++) {
        const response = await t.request({ method: 'POST', url: '/v1/candidate/sessions', payload: { key: `${prefix}${String(2000 + i)}` }, remoteAddress: nextIp() });
        expect(response.statusCode).toBe(401);
      }
      expect((await t.request({ method: 'POST', url: '/v1/candidate/sessions', payload: { key: key.key }, remoteAddress: nextIp() })).statusCode).toBe(201);
    });

    it('refuses the 21st redemption of one key within 10 minutes, from any address, with Retry-After', async () => {
      const [key] = await createKeys(t, org, assessment.id, { count: 1 });
      for (let i = 0; i < 20; i++) {
        const response = await t.request({ method: 'POST', url: '/v1/candidate/sessions', payload: { key: key.key }, remoteAddress: nextIp() });
        expect(response.statusCode).toBe(201);
      }
      const limited = await t.request({ method: 'POST', url: '/v1/candidate/sessions', payload: { key: key.key.toLowerCase() }, remoteAddress: nextIp() });
      expect(limited.statusCode).toBe(429);
      expect(limited.data).toMatchObject({ error: { code: 'rate_limited' }, requestId: expect.stringMatching(/^req_/) });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(600);
      clock.advance(10 * 60_000);
      expect((await t.request({ method: 'POST', url: '/v1/candidate/sessions', payload: { key: key.key }, remoteAddress: nextIp() })).statusCode).toBe(201);
    });

    it('refuses the 31st try from one address within a minute', async () => {
      const ip = nextIp();
      const statuses: number[] = [];
      for (let i = 0; i < 31; i++) {
        const response = await t.request({
          method: 'POST',
          url: '/v1/candidate/sessions',
          payload: { key: `PST-R${String(100 + i)}-AAAA` },
          remoteAddress: ip,
        });
        statuses.push(response.statusCode);
      }
      expect(statuses.filter((status) => status === 429)).toEqual([429]);
      expect(statuses[30]).toBe(429);
      const last = await t.request({ method: 'POST', url: '/v1/candidate/sessions', payload: { key: 'PST-XXXX-XXXX' }, remoteAddress: ip });
      expect(last.statusCode).toBe(429);
      expect(last.data.error.code).toBe('rate_limited');
    });
  });

  describe('taking the assessment', () => {
    let key: any;
    let headers: Record<string, string>;
    let session: any;

    beforeAll(async () => {
      [key] = await createKeys(t, org, assessment.id, { count: 1, candidateEmails: ['lin@example.com'], candidateNames: ['Lin'] });
      ({ headers } = await redeem(t, key.key));
    });

    it('GET /v1/candidate/session is 404 before the start', async () => {
      const response = await get('/v1/candidate/session', headers);
      expect(response.statusCode).toBe(404);
    });

    it('refuses answers, events and submit before the start with 409 session_not_started', async () => {
      const answer = await put(`/v1/candidate/answers/${assessment.questions[0].id}`, headers, { selectedAnswer: 0 });
      expect(answer.statusCode).toBe(409);
      expect(answer.data.error.code).toBe('session_not_started');
      const submit = await post('/v1/candidate/submit', headers);
      expect(submit.statusCode).toBe(409);
    });

    it('starts an attempt (201) with a deadline and every question without an answer key; starting again returns it (200)', async () => {
      const started = await post('/v1/candidate/start', headers);
      expect(started.statusCode).toBe(201);
      session = started.data.session;
      expect(session).toMatchObject({ attemptNumber: 1, status: 'started', startedAt: clock.now().toISOString(), remainingSeconds: 1800 });
      expect(session.deadlineAt).toBe(new Date(clock.now().getTime() + 30 * 60_000).toISOString());
      expect(session.questions.map((q: any) => q.id).sort()).toEqual(assessment.questions.map((q: any) => q.id).sort());
      for (const question of session.questions) {
        expect(Object.keys(question).sort()).toEqual(['category', 'difficulty', 'id', 'options', 'points', 'position', 'text', 'type']);
      }
      const prime = session.questions.find((q: any) => q.text === 'Which is a prime?');
      expect(prime.options[4]).toBe('None of the above');
      expect([...prime.options].sort()).toEqual(['4', '6', '7', '9', 'None of the above'].sort());

      const again = await post('/v1/candidate/start', headers);
      expect(again.statusCode).toBe(200);
      expect(again.data.session.id).toBe(session.id);
      expect(again.data.session.questions).toEqual(session.questions);

      const keys = await get(`/v1/assessments/${assessment.id}/keys`, org.headers);
      expect(keys.data.keys.find((k: any) => k.id === key.id)).toMatchObject({ status: 'started', sessionId: session.id });
    });

    it('keeps the order across reloads (GET /v1/candidate/session) and across a new token', async () => {
      const reload = await get('/v1/candidate/session', headers);
      expect(reload.statusCode).toBe(200);
      expect(reload.data.session.questions).toEqual(session.questions);
      const second = await redeem(t, key.key);
      const other = await get('/v1/candidate/session', second.headers);
      expect(other.data.session.questions).toEqual(session.questions);
    });

    it('autosaves answers: last write wins, null clears, saved answers come back in the displayed order', async () => {
      const reviewer = byId<any>(assessment.questions);
      const single = session.questions.find((q: any) => q.type === 'single' && q.text.startsWith('Which status'));
      const wrong = wrongAnswer(reviewer.get(single.id), single);
      const right = correctAnswer(reviewer.get(single.id), single);
      clock.advance(5_000);
      const first = await put(`/v1/candidate/answers/${single.id}`, headers, { selectedAnswer: wrong, timeSpentMs: 4000 });
      expect(first.statusCode).toBe(200);
      expect(first.data.answer).toMatchObject({ questionId: single.id, selectedAnswer: wrong, timeSpentMs: 4000 });
      clock.advance(10_000);
      const second = await put(`/v1/candidate/answers/${single.id}`, headers, { selectedAnswer: right, timeSpentMs: 9000 });
      expect(second.data.answer).toMatchObject({ selectedAnswer: right, timeSpentMs: 9000 });
      // Time spent cannot exceed the time since the start (15 s).
      const capped = await put(`/v1/candidate/answers/${single.id}`, headers, { selectedAnswer: right, timeSpentMs: 60_000 });
      expect(capped.data.answer.timeSpentMs).toBe(15_000);

      const multiple = session.questions.find((q: any) => q.type === 'multiple');
      await put(`/v1/candidate/answers/${multiple.id}`, headers, { selectedAnswer: correctAnswer(reviewer.get(multiple.id), multiple) });
      const text = session.questions.find((q: any) => q.type === 'text');
      await put(`/v1/candidate/answers/${text.id}`, headers, { selectedAnswer: 'something' });
      // Digits stay text: not coerced into an option index on the way in or out.
      const digits = await put(`/v1/candidate/answers/${text.id}`, headers, { selectedAnswer: '5432' });
      expect(digits.data.answer.selectedAnswer).toBe('5432');
      const digitsBack = await get('/v1/candidate/session', headers);
      expect(digitsBack.data.session.answers.find((a: any) => a.questionId === text.id).selectedAnswer).toBe('5432');
      const cleared = await put(`/v1/candidate/answers/${text.id}`, headers, { selectedAnswer: null });
      expect(cleared.data.answer).toBeNull();

      const state = await get('/v1/candidate/session', headers);
      const saved = byId<any>(state.data.session.answers.map((a: any) => ({ ...a, id: a.questionId })));
      expect(saved.get(single.id).selectedAnswer).toEqual(right);
      expect(saved.get(multiple.id).selectedAnswer).toEqual(correctAnswer(reviewer.get(multiple.id), multiple));
      expect(saved.has(text.id)).toBe(false);
    });

    it.each([
      ['an index out of range', (q: any) => q.type === 'single', 99],
      ['a list for a single-choice question', (q: any) => q.type === 'single', [0]],
      ['text for a choice question', (q: any) => q.type === 'multiple', 'GET'],
      ['a repeated index', (q: any) => q.type === 'multiple', [0, 0]],
      ['an index for a text question', (q: any) => q.type === 'text', 2],
    ])('400 naming selectedAnswer for %s', async (_name, pick, selectedAnswer) => {
      const question = session.questions.find(pick);
      const response = await put(`/v1/candidate/answers/${question.id}`, headers, { selectedAnswer });
      expect(response.statusCode).toBe(400);
      expect(response.data.error.details[0].field).toBe('selectedAnswer');
    });

    it('400 naming selectedAnswer when it is missing', async () => {
      const response = await put(`/v1/candidate/answers/${session.questions[0].id}`, headers, { timeSpentMs: 5 });
      expect(response.statusCode).toBe(400);
      expect(response.data.error.details[0].field).toBe('selectedAnswer');
    });

    it('404 for a question that is not in the session', async () => {
      const response = await put('/v1/candidate/answers/q_unknown', headers, { selectedAnswer: 0 });
      expect(response.statusCode).toBe(404);
    });

    it('stores events once per client id, and validates payloads naming the field', async () => {
      const at = clock.now().toISOString();
      const batch = {
        events: [
          { id: 'e1', type: 'fullscreen_exit', occurredAt: at },
          { id: 'e2', type: 'paste', occurredAt: at, payload: { questionId: 'x' } },
          { id: 'e3', type: 'keystrokes', occurredAt: at, payload: { count: 50, durationMs: 20_000 } },
        ],
      };
      const first = await post('/v1/candidate/events', headers, batch);
      expect(first.statusCode).toBe(200);
      expect(first.data).toEqual({ accepted: 3, duplicates: 0 });
      const retry = await post('/v1/candidate/events', headers, batch);
      expect(retry.data).toEqual({ accepted: 0, duplicates: 3 });

      const bad = await post('/v1/candidate/events', headers, {
        events: [{ id: 'e9', type: 'command', occurredAt: at, payload: { exitCode: 1 } }],
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.data.error.details[0].field).toBe('events.0.payload.isVerify');
      const unknownType = await post('/v1/candidate/events', headers, { events: [{ id: 'e8', type: 'teleport', occurredAt: at }] });
      expect(unknownType.statusCode).toBe(400);
      const count = await t.database.db.selectFrom('events').select('id').where('session_id', '=', session.id).execute();
      expect(count).toHaveLength(3);
    });

    it('submits once: the result (shown, as the assessment allows), and repeating it returns the same', async () => {
      clock.advance(60_000);
      const submit = await post('/v1/candidate/submit', headers);
      expect(submit.statusCode).toBe(200);
      const done = submit.data.session;
      // Correct: "Which status" (1 point) and the multiple question (2 points) of 1 + 2 + 1 + 1 = 5 points.
      expect(done).toMatchObject({ status: 'completed', completedAt: clock.now().toISOString(), remainingSeconds: null });
      expect(done.result).toMatchObject({
        scoreStatus: 'LOW_PASS',
        score: 3,
        maxScore: 5,
        percentage: 60,
        passed: true,
        correctAnswers: 2,
        totalQuestions: 4,
      });
      const again = await post('/v1/candidate/submit', headers);
      expect(again.statusCode).toBe(200);
      expect(again.data).toEqual(submit.data);
    });

    it('refuses answers and new events after submit with 409, but accepts a replay of stored events', async () => {
      const answer = await put(`/v1/candidate/answers/${session.questions[0].id}`, headers, { selectedAnswer: 0 });
      expect(answer.statusCode).toBe(409);
      expect(answer.data.error.code).toBe('session_closed');
      const replay = await post('/v1/candidate/events', headers, {
        events: [{ id: 'e1', type: 'fullscreen_exit', occurredAt: clock.now().toISOString() }],
      });
      expect(replay.statusCode).toBe(200);
      expect(replay.data).toEqual({ accepted: 0, duplicates: 1 });
      const fresh = await post('/v1/candidate/events', headers, {
        events: [{ id: 'late', type: 'paste', occurredAt: clock.now().toISOString() }],
      });
      expect(fresh.statusCode).toBe(409);
    });

    it('locks the key after a pass: no further attempt', async () => {
      const overview = await get('/v1/candidate/assessment', headers);
      expect(overview.data.invitation).toMatchObject({ isLocked: true, attemptsLeft: 0, attemptsUsed: 1, status: 'completed' });
      const start = await post('/v1/candidate/start', headers);
      expect(start.statusCode).toBe(403);
      expect(start.data.error.code).toBe('ASSESSMENT_LOCKED');
    });
  });

  describe('attempts, deadlines and expiry', () => {
    it('a failed attempt leaves attempts; after maxAttempts a new start is refused with MAX_ATTEMPTS_REACHED', async () => {
      const [key] = await createKeys(t, org, assessment.id);
      const { headers } = await redeem(t, key.key);
      for (const attempt of [1, 2]) {
        const started = await post('/v1/candidate/start', headers);
        expect(started.statusCode).toBe(201);
        expect(started.data.session.attemptNumber).toBe(attempt);
        const submitted = await post('/v1/candidate/submit', headers);
        expect(submitted.data.session.result).toMatchObject({ scoreStatus: 'FAIL', percentage: 0, passed: false });
      }
      const third = await post('/v1/candidate/start', headers);
      expect(third.statusCode).toBe(403);
      expect(third.data.error.code).toBe('MAX_ATTEMPTS_REACHED');
    });

    it('closes an attempt past its deadline on the next request and scores what was saved', async () => {
      const [key] = await createKeys(t, org, assessment.id, { count: 1, timeMultiplier: 1.5 });
      const { headers } = await redeem(t, key.key);
      const started = await post('/v1/candidate/start', headers);
      const session = started.data.session;
      expect(session.deadlineAt).toBe(new Date(clock.now().getTime() + 45 * 60_000).toISOString());
      const reviewer = byId<any>(assessment.questions);
      for (const question of session.questions) {
        await put(`/v1/candidate/answers/${question.id}`, headers, { selectedAnswer: correctAnswer(reviewer.get(question.id), question) });
      }
      clock.advance(45 * 60_000);
      const late = await put(`/v1/candidate/answers/${session.questions[0].id}`, headers, { selectedAnswer: 0 });
      expect(late.statusCode).toBe(409);
      const state = await get('/v1/candidate/session', headers);
      expect(state.data.session).toMatchObject({ status: 'expired', completedAt: session.deadlineAt });
      expect(state.data.session.result).toMatchObject({ scoreStatus: 'PASS', percentage: 100 });
      const submit = await post('/v1/candidate/submit', headers);
      expect(submit.statusCode).toBe(200);
      expect(submit.data.session.status).toBe('expired');
      const reviewerView = await get(`/v1/sessions/${session.id}`, org.headers);
      expect(reviewerView.data.session).toMatchObject({ status: 'expired', closedReason: 'deadline', metrics: { durationMs: 45 * 60_000 } });
    });

    it('the sweep closes overdue attempts nobody touches, exactly once', async () => {
      const [key] = await createKeys(t, org, assessment.id);
      const { headers } = await redeem(t, key.key);
      const started = await post('/v1/candidate/start', headers);
      clock.advance(31 * 60_000);
      expect(await closeOverdueSessions(t.database.db, clock)).toBeGreaterThanOrEqual(1);
      expect(await closeOverdueSessions(t.database.db, clock)).toBe(0);
      const row = await t.database.db.selectFrom('sessions').selectAll().where('id', '=', started.data.session.id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'expired', closed_reason: 'deadline', score_status: 'FAIL', percentage: 0 });
      const expiredEvents = await t.database.db.selectFrom('domain_events').select('payload').where('type', '=', 'session.expired').execute();
      expect(expiredEvents.filter((e) => JSON.parse(e.payload).data.session.id === row.id)).toHaveLength(1);
    });

    it('the key sweep expires pending keys past expiresAt, and only those', async () => {
      const [pending] = await createKeys(t, org, assessment.id);
      const [started] = await createKeys(t, org, assessment.id);
      const { headers } = await redeem(t, started.key);
      await post('/v1/candidate/start', headers);
      clock.advance(8 * 86_400_000);
      expect(await expirePendingKeys(t.database.db, clock.now())).toBeGreaterThanOrEqual(1);
      expect((await get('/v1/candidate/assessment', headers)).statusCode).toBe(401); // the token lived 7 days
      const rows = await t.database.db.selectFrom('invitations').select(['id', 'status']).where('id', 'in', [pending.id, started.id]).execute();
      expect(Object.fromEntries(rows.map((row) => [row.id, row.status]))).toEqual({ [pending.id]: 'expired', [started.id]: 'started' });
      // A started key can still be redeemed; its attempt is past its own deadline by now, so it
      // closes, and the expired key allows no new one.
      const again = await redeem(t, started.key);
      const start = await post('/v1/candidate/start', again.headers);
      expect(start.statusCode).toBe(410);
      expect(start.data.error.code).toBe('key_expired');
    });
  });
});
