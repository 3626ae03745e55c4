import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessment, createKeys } from '../../../test/helpers/assessment-fixtures.js';
import { byId, correctAnswer, redeem, wrongAnswer, type ReviewerQuestion } from '../../../test/helpers/candidate-kit.js';
import { fixedClock } from '../../shared/clock.js';
import { sendKeyReminders } from '../emails/emails-delivery.js';

/**
 * The emails a candidate gets about a result, as the team set them: when the
 * result email goes (resultEmail), what it may say (showResult), the one email
 * a decision sends, and reference 002's verification email, which does not change.
 */

interface CreatedAssessment {
  id: string;
  questions: ReviewerQuestion[];
  cases: Array<{ id: string }>;
}

interface ShownQuestion {
  id: string;
  type: ReviewerQuestion['type'];
  options: string[];
}

const QUESTIONS = [
  { text: 'Pick A', type: 'single', options: ['A', 'B', 'C'], answer: 0, category: 'basics', difficulty: 'easy' },
  { text: 'Pick B', type: 'single', options: ['A', 'B', 'C'], answer: 1, category: 'basics', difficulty: 'easy' },
];

describe('result and decision emails', () => {
  const clock = fixedClock('2026-06-01T09:00:00.000Z');
  let t: TestApp;
  let counter = 0;

  beforeAll(async () => {
    t = await createTestApp({ clock });
  });
  afterAll(() => t.close());

  const emailsTo = (address: string) =>
    t.database.db.selectFrom('emails').selectAll().where('to_address', '=', address).orderBy('created_at').orderBy('id').execute();
  const kindsTo = async (address: string) => (await emailsTo(address)).map((email) => email.kind);

  async function template(org: TestOrg, decision: 'hired' | 'rejected', body: { enabled: boolean; subject?: string; body?: string }) {
    const current = (await t.request({ method: 'GET', url: '/v1/decision-emails', headers: org.headers })).data.templates.find(
      (item: { decision: string }) => item.decision === decision,
    );
    const response = await t.request({
      method: 'PUT',
      url: `/v1/decision-emails/${decision}`,
      headers: org.headers,
      payload: { enabled: body.enabled, subject: body.subject ?? current.subject, body: body.body ?? current.body },
    });
    expect(response.statusCode).toBe(200);
  }

  /** Takes the assessment in the browser flow: the first `right` questions right, the others wrong, every task handed in. */
  async function take(org: TestOrg, assessment: CreatedAssessment, right: number, name = 'Ada Lovelace') {
    counter += 1;
    const email = `candidate${counter}@example.com`;
    const [key] = await createKeys(t, org, assessment.id, { count: 1, candidateEmails: [email], candidateNames: [name] });
    const candidate = await redeem(t, key.key);
    const started = await t.request({ method: 'POST', url: '/v1/candidate/start', headers: candidate.headers });
    expect(started.statusCode).toBe(201);
    const keyed = byId<ReviewerQuestion>(assessment.questions);
    for (const [index, question] of (started.data.session.questions as ShownQuestion[]).entries()) {
      const reviewer = keyed.get(question.id)!;
      const selectedAnswer = index < right ? correctAnswer(reviewer, question) : wrongAnswer(reviewer, question);
      expect((await t.request({ method: 'PUT', url: `/v1/candidate/answers/${question.id}`, headers: candidate.headers, payload: { selectedAnswer } })).statusCode).toBe(200);
    }
    for (const item of started.data.session.cases as Array<{ id: string }>) {
      await t.request({ method: 'POST', url: `/v1/candidate/cases/${item.id}/submit`, headers: candidate.headers, payload: { deliverable: 'diff --git a/x b/x' } });
    }
    const submitted = await t.request({ method: 'POST', url: '/v1/candidate/submit', headers: candidate.headers });
    expect(submitted.data.session.status).toBe('completed');
    return { sessionId: started.data.session.id as string, email, keyId: key.id as string };
  }

  const decide = (org: TestOrg, sessionId: string, decision: string, extra: object = {}) =>
    t.request({ method: 'POST', url: `/v1/sessions/${sessionId}/decision`, headers: org.headers, payload: { decision, ...extra } });
  const preview = (org: TestOrg, sessionId: string, decision: string) =>
    t.request({ method: 'GET', url: `/v1/sessions/${sessionId}/decision-email?decision=${decision}`, headers: org.headers });

  it('after_decision: nothing goes out at submit or when grading makes the result final; the decision sends the result email, once', async () => {
    const org = await t.createOrg({ name: 'Later Ltd' });
    const assessment = await createAssessment(t, org, {
      title: 'Screen',
      questions: QUESTIONS,
      cases: [{ title: 'Fix it', maxScore: 8 }],
      showResult: true,
      resultEmail: 'after_decision',
    });
    expect(assessment.resultEmail).toBe('after_decision');
    const ada = await take(org, assessment, 2);
    expect(await kindsTo(ada.email)).toEqual(['invitation']);
    const graded = await t.request({
      method: 'POST',
      url: `/v1/sessions/${ada.sessionId}/grades`,
      headers: org.headers,
      payload: { grades: [{ caseId: assessment.cases[0].id, score: 8 }] },
    });
    expect(graded.data.session).toMatchObject({ scoreStatus: 'PASS', percentage: 100 });
    expect(await kindsTo(ada.email)).toEqual(['invitation']);

    const planned = await preview(org, ada.sessionId, 'rejected');
    expect(planned.statusCode).toBe(200);
    expect(planned.data.email).toMatchObject({ kind: 'result', to: ada.email });
    expect(planned.data.reason).toMatch(/result email with the decision/);
    const decided = await decide(org, ada.sessionId, 'rejected');
    expect(decided.statusCode).toBe(200);
    expect(decided.data.email).toMatchObject({ kind: 'result', to: ada.email, subject: planned.data.email.subject });
    const sent = await emailsTo(ada.email);
    expect(sent.map((email) => email.kind)).toEqual(['invitation', 'result']);
    // What the reviewer saw is what went; the score shows, since this assessment shows it.
    expect(sent[1]).toMatchObject({ subject: planned.data.email.subject, text_body: planned.data.email.text, html_body: planned.data.email.html });
    expect(sent[1]!.text_body).toContain('you scored 100%');

    await decide(org, ada.sessionId, 'rejected');
    expect((await decide(org, ada.sessionId, 'hired')).data.email).toBeNull();
    expect(await kindsTo(ada.email)).toEqual(['invitation', 'result']);
    expect((await preview(org, ada.sessionId, 'rejected')).data).toMatchObject({ email: null, reason: expect.stringMatching(/already been sent/) });
  });

  it("after_decision with the team's email for the decision: that one goes instead of the result email, filled in", async () => {
    const org = await t.createOrg({ name: 'Acme & Co' });
    await template(org, 'rejected', {
      enabled: true,
      subject: '{{organizationName}}: about {{assessmentTitle}}',
      body: 'Dear {{candidateName}},\n\nWe will not continue for the {{role}} role.\n\n{{organizationName}}',
    });
    const assessment = await createAssessment(t, org, { title: 'Data <Quiz>', role: 'Analyst', questions: QUESTIONS, resultEmail: 'after_decision' });
    const bo = await take(org, assessment, 0, 'Bo <Kim>');
    expect(await kindsTo(bo.email)).toEqual(['invitation']);
    const decided = await decide(org, bo.sessionId, 'rejected');
    expect(decided.data.email).toMatchObject({ kind: 'decision', subject: 'Acme & Co: about Data <Quiz>' });
    const sent = await emailsTo(bo.email);
    expect(sent.map((email) => email.kind)).toEqual(['invitation', 'decision']);
    expect(sent[1]!.text_body).toBe('Dear Bo <Kim>,\n\nWe will not continue for the Analyst role.\n\nAcme & Co\n');
    expect(sent[1]!.html_body).toContain('Dear Bo &lt;Kim&gt;,');
    expect(sent[1]!.related_id).toBe(bo.sessionId);
    // The decision email took the result email's place: a changed decision (its email off) sends nothing more.
    expect((await decide(org, bo.sessionId, 'hired')).data.email).toBeNull();
    expect(await kindsTo(bo.email)).toEqual(['invitation', 'decision']);
  });

  it("immediately: the result email at submit; a decision sends only the team's email, when it is on", async () => {
    const org = await t.createOrg({ name: 'Now Inc' });
    const assessment = await createAssessment(t, org, { questions: QUESTIONS, showResult: true });
    expect(assessment.resultEmail).toBe('immediately');
    const cy = await take(org, assessment, 1);
    expect(await kindsTo(cy.email)).toEqual(['invitation', 'result']);
    expect((await preview(org, cy.sessionId, 'hired')).data).toMatchObject({ email: null, reason: expect.stringMatching(/when the result is final/) });
    expect((await decide(org, cy.sessionId, 'hired')).data.email).toBeNull();
    await template(org, 'rejected', { enabled: true });
    expect((await decide(org, cy.sessionId, 'rejected')).data.email).toMatchObject({ kind: 'decision' });
    expect(await kindsTo(cy.email)).toEqual(['invitation', 'result', 'decision']);
  });

  it('never: no result email at all; a decision still sends the team’s email when it is on', async () => {
    const org = await t.createOrg({ name: 'Quiet Co' });
    const assessment = await createAssessment(t, org, { questions: QUESTIONS, cases: [{ title: 'Task', maxScore: 2 }], resultEmail: 'never' });
    const dee = await take(org, assessment, 2);
    await t.request({ method: 'POST', url: `/v1/sessions/${dee.sessionId}/grades`, headers: org.headers, payload: { grades: [{ caseId: assessment.cases[0].id, score: 1 }] } });
    expect(await kindsTo(dee.email)).toEqual(['invitation']);
    expect((await preview(org, dee.sessionId, 'hired')).data).toMatchObject({ email: null, reason: expect.stringMatching(/sends no result email/) });
    expect((await decide(org, dee.sessionId, 'hired')).data.email).toBeNull();
    await template(org, 'rejected', { enabled: true });
    expect((await decide(org, dee.sessionId, 'rejected')).data.email).toMatchObject({ kind: 'decision' });
    expect(await kindsTo(dee.email)).toEqual(['invitation', 'decision']);
  });

  it('skipping the email sends nothing; a result email still owed goes with a later decision', async () => {
    const org = await t.createOrg({ name: 'Skip Ltd' });
    const assessment = await createAssessment(t, org, { questions: QUESTIONS, resultEmail: 'after_decision' });
    const eve = await take(org, assessment, 2);
    const skipped = await decide(org, eve.sessionId, 'hired', { sendEmail: false });
    expect(skipped.data).toMatchObject({ email: null, session: { decision: 'hired' } });
    expect(await kindsTo(eve.email)).toEqual(['invitation']);
    const entries = await t.database.db.selectFrom('audit_log').select('details').where('action', '=', 'result.decide').where('resource_id', '=', eve.sessionId).execute();
    expect(JSON.parse(entries[0]!.details!)).toMatchObject({ email: null, emailSkipped: true });
    expect((await decide(org, eve.sessionId, 'rejected')).data.email).toMatchObject({ kind: 'result' });
    expect(await kindsTo(eve.email)).toEqual(['invitation', 'result']);
  });

  it('a result still awaiting a grade sends no result email with the decision, and says why', async () => {
    const org = await t.createOrg({ name: 'Pending Ltd' });
    const assessment = await createAssessment(t, org, { questions: QUESTIONS, cases: [{ title: 'Task', maxScore: 2 }], resultEmail: 'after_decision' });
    const fay = await take(org, assessment, 2);
    expect((await preview(org, fay.sessionId, 'rejected')).data).toMatchObject({ email: null, reason: expect.stringMatching(/awaits its grade/) });
    expect((await decide(org, fay.sessionId, 'rejected')).data.email).toBeNull();
    expect(await kindsTo(fay.email)).toEqual(['invitation']);
  });

  it('with "candidate sees score" off, no candidate email of any kind shows a score, a percentage or the outcome', async () => {
    const org = await t.createOrg({ name: 'Discreet GmbH' });
    await template(org, 'hired', { enabled: true });
    await template(org, 'rejected', { enabled: true });
    const base = { questions: QUESTIONS, showResult: false, skills: ['SQL'], expiresInDays: 2, maxAttempts: 2, lockOnPass: false };
    const now = await createAssessment(t, org, { ...base, title: 'Now' });
    const later = await createAssessment(t, org, { ...base, title: 'Later', resultEmail: 'after_decision' });
    const [unused] = await createKeys(t, org, now.id, { count: 1, candidateEmails: ['unused@example.com'], candidateNames: ['Gus'] });
    const passed = await take(org, now, 2, 'Hal');
    const failed = await take(org, now, 0, 'Ida');
    const waiting = await take(org, later, 1, 'Jo');
    clock.advance(30 * 3_600_000);
    expect(await sendKeyReminders(t.database.db, clock, t.config)).toBeGreaterThanOrEqual(1);
    const resent = await t.request({ method: 'POST', url: `/v1/assessments/${now.id}/keys/${unused.id}/resend`, headers: org.headers, payload: {} });
    expect(resent.statusCode).toBeLessThan(300);
    await decide(org, passed.sessionId, 'hired');
    await decide(org, failed.sessionId, 'rejected');
    // No template for this one: the (withheld) result email goes with the decision.
    await template(org, 'rejected', { enabled: false });
    expect((await decide(org, waiting.sessionId, 'rejected')).data.email).toMatchObject({ kind: 'result' });

    const emails = await t.database.db.selectFrom('emails').selectAll().where('org_id', '=', org.org.id).execute();
    expect(new Set(emails.map((email) => email.kind))).toEqual(new Set(['invitation', 'reminder', 'result', 'decision']));
    const scores = await t.database.db.selectFrom('sessions').select(['percentage', 'score']).where('org_id', '=', org.org.id).execute();
    expect(scores.map((row) => row.percentage).sort()).toEqual([0, 100, 50]);
    for (const email of emails) {
      // What a reader sees (the HTML's markup has widths in percent).
      const visible = email.html_body.replace(/<[^>]*>/g, ' ');
      for (const part of [email.subject, email.text_body, visible]) {
        expect(part, `${email.kind} to ${email.to_address}`).not.toMatch(/%|\bpass(ed)?\b|did not pass|\bverified\b|you scored|try again/i);
      }
    }
    const results = emails.filter((email) => email.kind === 'result');
    expect(results.map((email) => email.to_address).sort()).toEqual([passed.email, failed.email, waiting.email].sort());
    for (const email of results) expect(email.text_body).toContain('The hiring team has your result and will be in touch.');
  });

  describe('reference 002 (skill verification)', () => {
    const FOUR = Array.from({ length: 4 }, (_, index) => ({
      text: `Skill question ${index + 1}`,
      type: 'single',
      options: ['One', 'Two', 'Three'],
      answer: index % 3,
      category: 'React',
      difficulty: 'easy',
    }));
    let org: TestOrg;
    let assessment: CreatedAssessment;

    beforeAll(async () => {
      org = await t.createOrg({ name: 'Pinned Org' });
      // Everything that changes the candidate flow's emails is set against the email here: it must not change.
      await template(org, 'hired', { enabled: true });
      assessment = await createAssessment(t, org, {
        title: 'Skill "check"',
        questions: FOUR,
        skills: ['React', 'SQL'],
        showResult: false,
        resultEmail: 'never',
        maxAttempts: 2,
        lockOnPass: true,
      });
    });

    async function verify(email: string, right: number) {
      const [key] = await createKeys(t, org, assessment.id, { count: 1, candidateEmails: [email], candidateNames: ['Sam <Lee>'] });
      // The document's header: the candidate's session token as x-api-key.
      const headers = { 'x-api-key': (await redeem(t, key.key)).token };
      const generated = await t.request({ method: 'POST', url: '/api/v1/assessment/generate', headers });
      expect(generated.statusCode).toBe(200);
      const keyed = byId<ReviewerQuestion>(assessment.questions);
      const answers = (generated.data.data.questions as Array<{ questionId: string; type: ReviewerQuestion['type']; options: string[] }>).map((question, index) => {
        const asCandidate = { id: question.questionId, type: question.type, options: question.options };
        const reviewer = keyed.get(question.questionId)!;
        return { questionId: question.questionId, selectedAnswer: index < right ? correctAnswer(reviewer, asCandidate) : wrongAnswer(reviewer, asCandidate) };
      });
      const submitted = await t.request({ method: 'POST', url: '/api/v1/assessment/submit', headers, payload: { answers } });
      expect(submitted.statusCode).toBe(200);
      const session = await t.database.db.selectFrom('sessions').select('id').where('invitation_id', '=', key.id).executeTakeFirstOrThrow();
      return { sessionId: session.id };
    }

    const frame = (content: string[]) =>
      [
        '<!doctype html>',
        '<html lang="en">',
        '<head><meta charset="utf-8"><title>Pinned Org: your result for Skill &quot;check&quot;</title></head>',
        '<body style="margin:0;padding:24px;background:#f5f6f8;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1f2933;">',
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px;">',
        '<tr><td>',
        ...content,
        '<p style="margin:0;font-size:13px;color:#52606d;"><a href="http://assay.test/take">http://assay.test/take</a></p>',
        '</td></tr>',
        '</table>',
        '<p style="text-align:center;font-size:12px;color:#7b8794;">Pinned Org, via Assay</p>',
        '</body>',
        '</html>',
        '',
      ].join('\n');

    it('sends its documented result email at submit, byte for byte as before, whatever resultEmail and showResult say', async () => {
      await verify('sam.pass@example.com', 3);
      const [passEmail] = (await emailsTo('sam.pass@example.com')).filter((email) => email.kind === 'result');
      expect(passEmail!.subject).toBe('Pinned Org: your result for Skill "check"');
      expect(passEmail!.text_body).toBe(
        [
          'Hello Sam <Lee>,',
          '',
          'Your attempt 1 at "Skill "check"" has been scored.',
          'You passed.',
          '',
          'Skills:',
          '- React: verified',
          '- SQL: verified',
          '',
          'This assessment is now complete and locked.',
          '',
          'http://assay.test/take',
          '',
          '— Pinned Org, via Assay',
          '',
        ].join('\n'),
      );
      expect(passEmail!.html_body).toBe(
        frame([
          '<p style="margin:0 0 16px;">Hello Sam &lt;Lee&gt;,</p>',
          '<p style="margin:0 0 16px;">Your attempt 1 at &quot;Skill &quot;check&quot;&quot; has been scored.</p>',
          '<p style="margin:0 0 16px;">You passed.</p>',
          '<p style="margin:0 0 4px;">Skills:</p><ul style="margin:0 0 16px;"><li>React: verified</li><li>SQL: verified</li></ul>',
          '<p style="margin:0 0 16px;">This assessment is now complete and locked.</p>',
        ]),
      );

      await verify('sam.fail@example.com', 1);
      const [failEmail] = (await emailsTo('sam.fail@example.com')).filter((email) => email.kind === 'result');
      expect(failEmail!.text_body).toBe(
        [
          'Hello Sam <Lee>,',
          '',
          'Your attempt 1 at "Skill "check"" has been scored.',
          'You did not pass.',
          '',
          'Skills:',
          '- React: not verified',
          '- SQL: not verified',
          '',
          'You can try again: 1 attempt left.',
          '',
          'http://assay.test/take',
          '',
          '— Pinned Org, via Assay',
          '',
        ].join('\n'),
      );
      expect(failEmail!.html_body).toBe(
        frame([
          '<p style="margin:0 0 16px;">Hello Sam &lt;Lee&gt;,</p>',
          '<p style="margin:0 0 16px;">Your attempt 1 at &quot;Skill &quot;check&quot;&quot; has been scored.</p>',
          '<p style="margin:0 0 16px;">You did not pass.</p>',
          '<p style="margin:0 0 4px;">Skills:</p><ul style="margin:0 0 16px;"><li>React: not verified</li><li>SQL: not verified</li></ul>',
          '<p style="margin:0 0 16px;">You can try again: 1 attempt left.</p>',
        ]),
      );
    });

    it('a decision on a verified attempt never sends the result email a second time', async () => {
      await t.request({ method: 'PATCH', url: `/v1/assessments/${assessment.id}`, headers: org.headers, payload: { resultEmail: 'after_decision' } });
      const { sessionId } = await verify('sam.decided@example.com', 4);
      expect(await kindsTo('sam.decided@example.com')).toEqual(['invitation', 'result']);
      await template(org, 'rejected', { enabled: false });
      expect((await decide(org, sessionId, 'rejected')).data.email).toBeNull();
      expect(await kindsTo('sam.decided@example.com')).toEqual(['invitation', 'result']);
    });

    it('the same assessment taken in the browser keeps the outcome out of its email (showResult is off)', async () => {
      await t.request({ method: 'PATCH', url: `/v1/assessments/${assessment.id}`, headers: org.headers, payload: { resultEmail: 'immediately' } });
      const browser = await take(org, assessment, 4, 'Sam <Lee>');
      const [email] = (await emailsTo(browser.email)).filter((item) => item.kind === 'result');
      expect(email!.text_body).toContain('The hiring team has your result and will be in touch.');
      expect(email!.text_body).not.toMatch(/passed|verified|locked/);
    });
  });
});
