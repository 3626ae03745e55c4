import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessment, createKeys } from '../../../test/helpers/assessment-fixtures.js';
import { byId, correctAnswer, redeem, wrongAnswer } from '../../../test/helpers/candidate-kit.js';
import { fixedClock } from '../../shared/clock.js';

/** Reference 002: generate and submit, field by field, with every documented error code. */

const TEN_QUESTIONS = Array.from({ length: 10 }, (_, index) => ({
  text: `Question ${index + 1}: which option is option ${(index % 4) + 1}?`,
  type: 'single',
  options: ['Option 1', 'Option 2', 'Option 3', 'Option 4'],
  answer: index % 4,
  category: index < 5 ? 'React' : 'TypeScript',
  difficulty: (['easy', 'medium', 'hard'] as const)[index % 3],
}));

describe('skill verification (reference 002)', () => {
  const clock = fixedClock('2026-04-09T10:00:00.000Z');
  let t: TestApp;
  let org: TestOrg;
  let assessment: any;
  const reviewer = () => byId<any>(assessment.questions);

  const generate = (headers: Record<string, string>, payload?: object) =>
    t.request({ method: 'POST', url: '/api/v1/assessment/generate', headers, ...(payload === undefined ? {} : { payload }) });
  const submit = (headers: Record<string, string>, payload: object) =>
    t.request({ method: 'POST', url: '/api/v1/assessment/submit', headers, payload });

  /** Answers for the generated questions: the first `right` correct, the rest wrong. */
  function answersFor(questions: any[], right: number) {
    const keyed = reviewer();
    return questions.map((question, index) => {
      const asCandidate = { id: question.questionId, type: question.type, options: question.options };
      const key = keyed.get(question.questionId);
      return {
        questionId: question.questionId,
        selectedAnswer: index < right ? correctAnswer(key, asCandidate) : wrongAnswer(key, asCandidate),
      };
    });
  }

  async function newCandidate(email = `c${Math.random().toString(36).slice(2)}@example.com`) {
    const [key] = await createKeys(t, org, assessment.id, { count: 1, candidateEmails: [email], candidateNames: ['Sam <Lee>'] });
    const redeemed = await redeem(t, key.key);
    // The document's header: the session token as x-api-key.
    return { key, headers: { 'x-api-key': redeemed.token }, recordVerificationId: redeemed.data.invitation.recordVerificationId as string };
  }

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await t.createOrg();
    assessment = await createAssessment(t, org, {
      questions: TEN_QUESTIONS,
      skills: ['React', 'TypeScript'],
      passingScore: 60,
      maxAttempts: 3,
      lockOnPass: true,
    });
  });
  afterAll(() => t.close());

  describe('generate', () => {
    it('answers 200 with the documented fields and never an answer key; the same questions until submitted', async () => {
      const { headers, recordVerificationId } = await newCandidate();
      const response = await generate(headers);
      expect(response.statusCode).toBe(200);
      expect(Object.keys(response.data).sort()).toEqual(['data', 'message', 'success']);
      expect(response.data.success).toBe(true);
      expect(response.data.message).toBe('Assessment generated successfully');
      expect(Object.keys(response.data.data).sort()).toEqual(['questions', 'recordVerificationId', 'totalQuestions']);
      expect(response.data.data.recordVerificationId).toBe(recordVerificationId);
      expect(response.data.data.totalQuestions).toBe(10);
      expect(response.data.data.questions).toHaveLength(10);
      for (const question of response.data.data.questions) {
        expect(Object.keys(question).sort()).toEqual(['category', 'difficulty', 'options', 'questionId', 'text', 'type']);
        expect(question.options).toHaveLength(4);
        expect(question.options.every((option: unknown) => typeof option === 'string')).toBe(true);
      }
      const again = await generate(headers);
      expect(again.data.data).toEqual(response.data.data);
    });

    it('accepts the token as Authorization: Bearer too, and answers 401 in the envelope without one', async () => {
      const { headers } = await newCandidate();
      const bearer = await generate({ authorization: `Bearer ${headers['x-api-key']}` });
      expect(bearer.statusCode).toBe(200);
      const none = await generate({});
      expect(none.statusCode).toBe(401);
      expect(none.data).toMatchObject({ success: false, error: { code: 'unauthorized' } });
      expect(typeof none.data.message).toBe('string');
    });
  });

  describe('submit', () => {
    it('a pass: the documented body field by field, skills verified, record locked, webhook and email queued', async () => {
      const { headers, recordVerificationId, key } = await newCandidate('pass@example.com');
      const generated = await generate(headers);
      clock.advance(5 * 60_000);
      const answers = answersFor(generated.data.data.questions, 8);
      const response = await submit(headers, { answers });
      expect(response.statusCode).toBe(200);
      const now = clock.now().toISOString();
      expect(response.data).toEqual({
        success: true,
        data: {
          recordVerificationId,
          result: {
            score: 80,
            passed: true,
            attemptNumber: 1,
            correctAnswers: 8,
            totalQuestions: 10,
            message: 'You have successfully passed the assessment and earned the Verified skill.',
          },
          verifiedSkills: [
            { skillId: expect.stringMatching(/^skill_/), name: 'React', verified: true, status: 'verified', verifiedAt: now, verifiedBy: 'assessment' },
            { skillId: expect.stringMatching(/^skill_/), name: 'TypeScript', verified: true, status: 'verified', verifiedAt: now, verifiedBy: 'assessment' },
          ],
          skillsUpdated: 2,
          webhook: { sent: true },
        },
        message: 'Assessment submitted successfully',
      });

      const invitation = await t.database.db.selectFrom('invitations').selectAll().where('id', '=', key.id).executeTakeFirstOrThrow();
      expect(invitation).toMatchObject({ locked: 1, status: 'completed', attempt_count: 1 });
      const skills = await t.database.db.selectFrom('skills').selectAll().where('candidate_id', '=', invitation.candidate_id!).orderBy('name').execute();
      expect(skills.map((skill) => [skill.name, skill.status, skill.verified_at, skill.verified_by])).toEqual([
        ['React', 'verified', now, 'assessment'],
        ['TypeScript', 'verified', now, 'assessment'],
      ]);
      const events = await t.database.db.selectFrom('domain_events').select('payload').where('type', '=', 'verification.completed').execute();
      const event = events.map((row) => JSON.parse(row.payload)).find((payload) => payload.data.recordVerificationId === recordVerificationId);
      expect(event.data).toMatchObject({ isLocked: true, result: response.data.data.result, verifiedSkills: response.data.data.verifiedSkills });
      const jobs = await t.database.db.selectFrom('jobs').select('type').where('type', '=', 'webhooks.fanout').execute();
      expect(jobs.length).toBeGreaterThan(0);
      const emails = await t.database.db.selectFrom('emails').selectAll().where('to_address', '=', 'pass@example.com').where('kind', '=', 'result').execute();
      expect(emails).toHaveLength(1);
      expect(emails[0]).toMatchObject({ kind: 'result', status: 'queued' });
      expect(emails[0]!.text_body).toContain('React: verified');
      expect(emails[0]!.html_body).toContain('Sam &lt;Lee&gt;');
      expect(emails[0]!.html_body).not.toContain('Sam <Lee>');

      // isLocked blocks every further attempt with a clear code…
      const regenerate = await generate(headers);
      expect(regenerate.statusCode).toBe(403);
      expect(regenerate.data).toMatchObject({ success: false, error: { code: 'ASSESSMENT_LOCKED' } });
      const other = await submit(headers, { answers: answersFor(generated.data.data.questions, 10) });
      expect(other.statusCode).toBe(403);
      expect(other.data.error.code).toBe('ASSESSMENT_LOCKED');
      const start = await t.request({ method: 'POST', url: '/v1/candidate/start', headers });
      expect(start.data.error.code).toBe('ASSESSMENT_LOCKED');
      // …while repeating the very submission that passed is idempotent: the same answer, nothing new written.
      const repeat = await submit(headers, { answers });
      expect(repeat.statusCode).toBe(200);
      expect(repeat.data).toEqual(response.data);
      expect(await t.database.db.selectFrom('emails').select('id').where('to_address', '=', 'pass@example.com').where('kind', '=', 'result').execute()).toHaveLength(1);
    });

    it('a fail: skills rejected, attemptNumber increments up to maxAttempts, then MAX_ATTEMPTS_REACHED', async () => {
      const { headers, key } = await newCandidate('fail@example.com');
      const expectedMessages = [
        'You scored 30% and did not reach the passing score of 60%. You have 2 attempts left.',
        'You scored 30% and did not reach the passing score of 60%. You have 1 attempt left.',
        'You scored 30% and did not reach the passing score of 60%. You have no attempts left.',
      ];
      for (const attempt of [1, 2, 3]) {
        const generated = await generate(headers);
        expect(generated.statusCode).toBe(200);
        const response = await submit(headers, { answers: answersFor(generated.data.data.questions, 3) });
        expect(response.statusCode).toBe(200);
        expect(response.data.data.result).toEqual({
          score: 30,
          passed: false,
          attemptNumber: attempt,
          correctAnswers: 3,
          totalQuestions: 10,
          message: expectedMessages[attempt - 1],
        });
        expect(response.data.data.verifiedSkills.map((skill: any) => [skill.name, skill.verified, skill.status, skill.verifiedBy])).toEqual([
          ['React', false, 'rejected', 'assessment'],
          ['TypeScript', false, 'rejected', 'assessment'],
        ]);
        expect(response.data.data.skillsUpdated).toBe(2);
        // Submitting again without a new generate: the questions are used up.
        const stale = await submit(headers, { answers: answersFor(generated.data.data.questions, 10) });
        expect(stale.statusCode).toBe(404);
        expect(stale.data.error.code).toBe('NO_QUESTIONS');
      }
      const fourth = await generate(headers);
      expect(fourth.statusCode).toBe(403);
      expect(fourth.data).toMatchObject({ success: false, error: { code: 'MAX_ATTEMPTS_REACHED' } });
      const sessions = await t.database.db.selectFrom('sessions').select('attempt_number').where('invitation_id', '=', key.id).orderBy('attempt_number').execute();
      expect(sessions.map((row) => row.attempt_number)).toEqual([1, 2, 3]);
    });

    it('a fail then a pass turns rejected skills into verified ones', async () => {
      const { headers, key } = await newCandidate();
      const first = await generate(headers);
      await submit(headers, { answers: answersFor(first.data.data.questions, 0) });
      const second = await generate(headers);
      const passed = await submit(headers, { answers: answersFor(second.data.data.questions, 6) });
      expect(passed.data.data.result).toMatchObject({ score: 60, passed: true, attemptNumber: 2 });
      const invitation = await t.database.db.selectFrom('invitations').select('candidate_id').where('id', '=', key.id).executeTakeFirstOrThrow();
      const skills = await t.database.db.selectFrom('skills').select('status').where('candidate_id', '=', invitation.candidate_id!).execute();
      expect(skills.map((skill) => skill.status)).toEqual(['verified', 'verified']);
    });
  });

  describe('documented error codes', () => {
    it('MISSING_VERIFICATION_ID (400): an org API key acting without naming a verification record', async () => {
      const response = await submit(org.headers, { answers: [{ questionId: 'q', selectedAnswer: 0 }] });
      expect(response.statusCode).toBe(400);
      expect(response.data).toEqual({
        success: false,
        error: { code: 'MISSING_VERIFICATION_ID', message: expect.any(String) },
        message: response.data.error.message,
        requestId: expect.stringMatching(/^req_/),
      });
      const generateWithout = await generate(org.headers, {});
      expect(generateWithout.data.error.code).toBe('MISSING_VERIFICATION_ID');
    });

    it('an org API key naming the record acts for it (and a foreign or unknown record is 404)', async () => {
      const { recordVerificationId } = await newCandidate();
      const generated = await generate(org.headers, { recordVerificationId });
      expect(generated.statusCode).toBe(200);
      const submitted = await submit(org.headers, { recordVerificationId, answers: answersFor(generated.data.data.questions, 10) });
      expect(submitted.data.data.result).toMatchObject({ score: 100, passed: true });
      const other = await t.createOrg();
      const foreign = await generate(other.headers, { recordVerificationId });
      expect(foreign.statusCode).toBe(404);
      expect(foreign.data.error.code).toBe('RECORD_NOT_FOUND');
    });

    it.each([
      ['no answers field', {}],
      ['an empty answers list', { answers: [] }],
    ])('MISSING_ANSWERS (400): %s', async (_name, body) => {
      const { headers } = await newCandidate();
      await generate(headers);
      const response = await submit(headers, body);
      expect(response.statusCode).toBe(400);
      expect(response.data).toMatchObject({ success: false, error: { code: 'MISSING_ANSWERS', message: 'answers is missing or empty' } });
    });

    it('NO_QUESTIONS (404): submit before generate', async () => {
      const { headers } = await newCandidate();
      const response = await submit(headers, { answers: [{ questionId: 'q_1', selectedAnswer: 1 }] });
      expect(response.statusCode).toBe(404);
      expect(response.data).toMatchObject({
        success: false,
        error: { code: 'NO_QUESTIONS', message: 'No questions found — generate must be called first' },
      });
    });

    it('INCOMPLETE_ANSWERS (400): fewer answers, a repeated question, or a question that was not generated', async () => {
      const { headers } = await newCandidate();
      const generated = await generate(headers);
      const answers = answersFor(generated.data.data.questions, 10);
      const fewer = await submit(headers, { answers: answers.slice(0, 9) });
      expect(fewer.statusCode).toBe(400);
      expect(fewer.data.error.code).toBe('INCOMPLETE_ANSWERS');
      const more = await submit(headers, { answers: [...answers, answers[0]] });
      expect(more.data.error.code).toBe('INCOMPLETE_ANSWERS');
      const repeated = await submit(headers, { answers: [...answers.slice(0, 9), answers[0]] });
      expect(repeated.statusCode).toBe(400);
      expect(repeated.data.error.code).toBe('INCOMPLETE_ANSWERS');
      const foreign = await submit(headers, { answers: [...answers.slice(0, 9), { questionId: 'q_not_generated', selectedAnswer: 0 }] });
      expect(foreign.data.error.code).toBe('INCOMPLETE_ANSWERS');
      const outOfRange = await submit(headers, { answers: [...answers.slice(0, 9), { ...answers[9], selectedAnswer: 7 }] });
      expect(outOfRange.statusCode).toBe(400);
      expect(outOfRange.data.error.code).toBe('INVALID_ANSWER');
      expect(outOfRange.data.error.message).toContain('answers.9.selectedAnswer');
      // Nothing was written by the refused submissions: the attempt is still open and takes a valid one.
      const ok = await submit(headers, { answers });
      expect(ok.data.data.result).toMatchObject({ score: 100, attemptNumber: 1 });
    });

    it('INTERNAL_ERROR (500): an unexpected failure answers the envelope, hides the cause, and writes nothing', async () => {
      const { headers, key } = await newCandidate('boom@example.com');
      const generated = await generate(headers);
      const answers = answersFor(generated.data.data.questions, 10);
      await sql`ALTER TABLE skills RENAME TO skills_unavailable`.execute(t.database.db);
      let response;
      try {
        response = await submit(headers, { answers });
      } finally {
        await sql`ALTER TABLE skills_unavailable RENAME TO skills`.execute(t.database.db);
      }
      expect(response.statusCode).toBe(500);
      expect(response.data).toEqual({
        success: false,
        error: { code: 'INTERNAL_ERROR', message: 'Unexpected server error' },
        message: 'Unexpected server error',
        requestId: expect.stringMatching(/^req_/),
      });
      expect(response.body).not.toContain('skills');
      const session = await t.database.db.selectFrom('sessions').selectAll().where('invitation_id', '=', key.id).executeTakeFirstOrThrow();
      expect(session.status).toBe('started');
      expect(await t.database.db.selectFrom('answers').select('id').where('session_id', '=', session.id).execute()).toEqual([]);
      expect(await t.database.db.selectFrom('emails').select('id').where('to_address', '=', 'boom@example.com').where('kind', '=', 'result').execute()).toEqual([]);
      const retry = await submit(headers, { answers });
      expect(retry.statusCode).toBe(200);
      expect(retry.data.data.result).toMatchObject({ score: 100, passed: true });
    });

    it('a malformed body is a 400 in the envelope naming the field', async () => {
      const { headers } = await newCandidate();
      const response = await submit(headers, { answers: [{ selectedAnswer: 1 }] });
      expect(response.statusCode).toBe(400);
      expect(response.data.success).toBe(false);
      expect(response.data.error.details[0].field).toBe('answers.0.questionId');
    });
  });
});
