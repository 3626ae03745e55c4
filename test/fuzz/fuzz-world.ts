import { OPERATOR_KEY, type TestApp, type TestOrg } from '../helpers/test-app.js';
import { sampleQuestions } from '../helpers/assessment-fixtures.js';
import { byId, correctAnswer, nextIp, type ReviewerQuestion } from '../helpers/candidate-kit.js';
import { acceptInviteThroughEmail, accountMailbox } from '../helpers/account-mail.js';

/**
 * The data the fuzzer aims at, made through the API as a client would: two
 * organizations, reviewers (who joined through emailed team invites), open
 * team invites and signups with their emailed links, API keys, a rubric, bank
 * questions, assessments with questions and a case, candidate keys in every
 * state (unredeemed, started, completed, verification), a webhook with a
 * delivery, emails, jobs, a public invite. Operations that destroy or use up
 * something get one of their own.
 */

export type Credential = { kind: 'apiKey' | 'user' | 'candidate' | 'operator' | 'none'; headers: Record<string, string> };

export interface FuzzWorld {
  orgA: TestOrg;
  orgB: TestOrg;
  ids: Record<string, string>;
  /** Values of path parameters, by `METHOD /path` or `/path`, then parameter name. */
  pathParams(method: string, path: string): Record<string, string>;
  credentials: {
    apiKey: Credential;
    foreignApiKey: Credential;
    operator: Credential;
    candidate: Credential;
    verificationCandidate: Credential;
    submittingCandidate: Credential;
    user(): Promise<Credential>;
    /** A logout ended the cookie session: log in again before the next cookie request. */
    sessionEnded(): void;
  };
  /** Valid request parts for operations whose body a schema walk cannot invent. */
  seeds: Record<string, { body?: unknown; query?: Record<string, string>; headers?: Record<string, string> }>;
}

const PASSWORD = 'correct horse battery staple';

/** The request's JSON answer; throws unless it is a 2xx. */
async function must(t: TestApp, options: Parameters<TestApp['request']>[0] & { url: string }) {
  const response = await t.request(options);
  if (response.statusCode < 200 || response.statusCode > 299) {
    throw new Error(`fuzz setup: ${options.method ?? 'GET'} ${options.url} answered ${response.statusCode}: ${response.body.slice(0, 500)}`);
  }
  return response.data;
}

interface Identified {
  id: string;
}

function cookieOf(setCookie: string | string[] | undefined, name: string): string | undefined {
  const cookies = ([] as string[]).concat(setCookie ?? []);
  const found = cookies.find((cookie) => cookie.startsWith(`${name}=`));
  return found?.split(';')[0];
}

export interface FuzzWorldOptions {
  /**
   * Moves the app's clock forward. Every fuzzed logout ends the reviewer's
   * session and the next cookie request signs in again: past the owner's
   * per-account login limit (10 a minute), the world waits out its Retry-After.
   */
  skipTime?: (ms: number) => void;
}

export async function createFuzzWorld(t: TestApp, options: FuzzWorldOptions = {}): Promise<FuzzWorld> {
  const orgA = await t.createOrg({ name: 'Fuzz Org A' });
  const orgB = await t.createOrg({ name: 'Fuzz Org B' });
  const api = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers = orgA.headers) =>
    must(t, { method, url, headers, ...(payload === undefined ? {} : { payload }) });
  const operator = { authorization: `Bearer ${OPERATOR_KEY}` };

  // Reviewers join as people do: invited by email, they follow the link and choose their password.
  const mailbox = accountMailbox(t.deps);
  const postAnonymously = (url: string, payload: object) => t.request({ method: 'POST', url, payload, remoteAddress: nextIp() });
  const join = async (email: string, name: string, role: string) => {
    await api('POST', '/v1/users/invites', { email, role });
    return acceptInviteThroughEmail(postAnonymously, mailbox, email, { name, password: PASSWORD });
  };
  const owner = await join('owner@fuzz.test', 'Owner', 'owner');
  const spareUser = await join('spare@fuzz.test', 'Spare', 'viewer');
  // Fuzzed logins aim at an account of their own: they spend its per-account limit, not the owner's, whose sessions the fuzzer uses.
  await join('login@fuzz.test', 'Login', 'viewer');
  // Open invites: one to revoke, one to resend, and links for the accept page's lookup and form.
  const { invite: spareInvite } = await api('POST', '/v1/users/invites', { email: 'spare-invite@fuzz.test', role: 'viewer' });
  const { invite: resendInvite } = await api('POST', '/v1/users/invites', { email: 'resend-invite@fuzz.test', role: 'viewer' });
  await api('POST', '/v1/users/invites', { email: 'lookup-invite@fuzz.test', role: 'reviewer' });
  await api('POST', '/v1/users/invites', { email: 'accept-invite@fuzz.test', role: 'reviewer' });
  const inviteLookupToken = await mailbox.tokenFor('lookup-invite@fuzz.test', 'invite');
  const inviteAcceptToken = await mailbox.tokenFor('accept-invite@fuzz.test', 'invite');
  // Signups waiting for their emailed link: one to look up, one to complete.
  for (const email of ['signup-lookup@fuzz.test', 'signup-complete@fuzz.test']) {
    await must(t, { method: 'POST', url: '/v1/auth/signup', payload: { email, password: PASSWORD, name: 'Signing Up', orgName: `Org of ${email}` }, remoteAddress: nextIp() });
  }
  const signupLookupToken = await mailbox.tokenFor('signup-lookup@fuzz.test', 'signup');
  const signupCompleteToken = await mailbox.tokenFor('signup-complete@fuzz.test', 'signup');
  const spareKey = await api('POST', '/v1/api-keys', { name: 'spare' });
  const rubric = await api('POST', '/v1/rubrics', { name: 'Quality', criteria: [{ name: 'Tests', maxPoints: 6 }, { name: 'Design', maxPoints: 4 }] });
  const bank = await api('POST', '/v1/question-bank/questions', {
    questions: [
      { text: 'Bank question?', type: 'single', options: ['a', 'b'], answer: 0, category: 'bank', difficulty: 'easy' },
      { text: 'Spare bank question?', type: 'single', options: ['a', 'b'], answer: 1, category: 'bank', difficulty: 'easy' },
      { text: 'Edited bank question?', type: 'single', options: ['a', 'b'], answer: 0, category: 'bank', difficulty: 'medium' },
    ],
  });
  const issues = await api('GET', '/v1/issues');
  const assessmentBody = {
    title: 'Fuzz Exam',
    role: 'Engineer',
    slug: 'fuzz-exam',
    taskBrief: 'Do the thing.',
    timeLimitMinutes: 600,
    maxAttempts: 3,
    skills: ['React'],
    questions: sampleQuestions,
    cases: [{ title: 'Build it', maxScore: 10, rubric: { criteria: [{ name: 'Tests', maxPoints: 6 }, { name: 'Design', maxPoints: 4 }] } }],
  };
  const { assessment } = await api('POST', '/v1/assessments', assessmentBody);
  const { assessment: spareAssessment } = await api('POST', '/v1/assessments', { ...assessmentBody, slug: 'fuzz-spare', title: 'Spare' });
  const { assessment: patchedAssessment } = await api('POST', '/v1/assessments', { ...assessmentBody, slug: 'fuzz-patched', title: 'Patched' });
  const { assessment: foreignAssessment } = await api('POST', '/v1/assessments', { ...assessmentBody, slug: 'fuzz-foreign' }, orgB.headers);
  const { keys } = await api('POST', `/v1/assessments/${assessment.id}/keys`, {
    count: 7,
    candidateEmails: Array.from({ length: 7 }, (_, index) => `candidate${index}@fuzz.test`),
    candidateNames: Array.from({ length: 7 }, (_, index) => `Candidate ${index}`),
  });
  const [completedKey, startedKey, verificationKey, resendKey, spareKeyToDelete, redeemKey, submitKey] = keys;

  const redeem = async (key: string) => {
    const data = await must(t, { method: 'POST', url: '/v1/candidate/sessions', payload: { key }, remoteAddress: nextIp() });
    return { kind: 'candidate' as const, headers: { authorization: `Bearer ${data.token}` } };
  };

  // A completed attempt: every question answered right, the case handed in, submitted.
  const completed = await redeem(completedKey.key);
  const { session: completedSession } = await api('POST', '/v1/candidate/start', undefined, completed.headers);
  const reviewerQuestions = byId<ReviewerQuestion>(assessment.questions);
  for (const question of completedSession.questions) {
    const reviewer = reviewerQuestions.get(question.id);
    if (!reviewer) throw new Error(`fuzz setup: question ${question.id} is not in the assessment`);
    await api('PUT', `/v1/candidate/answers/${question.id}`, { selectedAnswer: correctAnswer(reviewer, question) }, completed.headers);
  }
  const caseId = assessment.cases[0].id;
  await api('PUT', `/v1/candidate/cases/${caseId}`, { deliverable: 'diff --git a/x b/x' }, completed.headers);
  const submitted = await api('POST', '/v1/candidate/submit', undefined, completed.headers);
  // Handing in the questions leaves the case open: finishing hands in the rest.
  if (!submitted.session.completedAt) await api('POST', '/v1/candidate/finish', undefined, completed.headers);

  const started = await redeem(startedKey.key);
  const { session: startedSession } = await api('POST', '/v1/candidate/start', undefined, started.headers);
  const submitting = await redeem(submitKey.key);
  await api('POST', '/v1/candidate/start', undefined, submitting.headers);
  const verification = await redeem(verificationKey.key);
  const generated = await api('POST', '/api/v1/assessment/generate', {}, verification.headers);

  const { webhook } = await api('POST', '/v1/webhooks', { url: 'http://127.0.0.1:9/hook', eventTypes: ['session.completed'] });
  const { webhook: spareWebhook } = await api('POST', '/v1/webhooks', { url: 'http://127.0.0.1:9/spare', eventTypes: ['session.completed'] });
  const { webhook: patchedWebhook } = await api('POST', '/v1/webhooks', { url: 'http://127.0.0.1:9/patched', eventTypes: ['session.completed'] });
  const { delivery } = await api('POST', `/v1/webhooks/${webhook.id}/test`, undefined, orgA.headers);
  const { emails } = await api('GET', '/v1/emails');
  const { jobs } = await api('GET', '/v1/admin/jobs', undefined, operator);
  // No worker runs, so no job dies on its own: one that gave up, for the retry operation.
  await t.database.db.updateTable('jobs').set({ status: 'dead', last_error: 'fuzz' }).where('id', '=', jobs[0].id).execute();
  const invite = await api('POST', `/api/v1/public/assessments/${assessment.slug}/invites/`, { candidate_email: 'public@fuzz.test' });
  const { data: results } = await api('GET', '/results');
  if (!results.some((result: Identified) => result.id === completedSession.id)) throw new Error(`fuzz setup: the completed attempt is not a result: ${JSON.stringify(results)}`);
  const candidate = await t.database.db.selectFrom('candidates').select('id').where('org_id', '=', orgA.org.id).executeTakeFirstOrThrow();
  const greenhouseSendTest = (email: string) => ({
    partner_test_id: assessment.id,
    candidate: { first_name: 'Green', last_name: 'House', email, greenhouse_profile_url: 'https://app.greenhouse.io/people/1' },
    url: 'http://127.0.0.1:9/greenhouse',
  });
  const greenhouse = await api('POST', '/integrations/greenhouse/send_test', greenhouseSendTest('greenhouse@fuzz.test'));

  // The reviewer's cookie session, renewed after a fuzzed logout ended it.
  let userCredential: Credential | null = null;
  async function user(): Promise<Credential> {
    if (userCredential) return userCredential;
    const signIn = () => t.request({ method: 'POST', url: '/v1/auth/login', payload: { email: 'owner@fuzz.test', password: PASSWORD }, remoteAddress: nextIp() });
    let login = await signIn();
    if (login.statusCode === 429 && options.skipTime) {
      options.skipTime(Number(login.headers['retry-after']) * 1000);
      login = await signIn();
    }
    if (login.statusCode !== 200) throw new Error(`fuzz setup: login answered ${login.statusCode}: ${login.body}`);
    const session = cookieOf(login.headers['set-cookie'], 'assay_session');
    const csrf = await t.request({ method: 'GET', url: '/v1/auth/csrf', headers: { cookie: session! } });
    const csrfCookie = cookieOf(csrf.headers['set-cookie'], '_csrf');
    userCredential = {
      kind: 'user',
      headers: { cookie: [session, csrfCookie].filter(Boolean).join('; '), 'x-csrf-token': csrf.data.csrfToken },
    };
    return userCredential;
  }

  const ids = {
    orgA: orgA.org.id,
    orgB: orgB.org.id,
    owner: owner.data.user.id,
    spareUser: spareUser.data.user.id,
    spareInvite: spareInvite.id,
    resendInvite: resendInvite.id,
    spareApiKey: spareKey.apiKey.id,
    rubric: rubric.rubric.id,
    bankQuestion: bank.questions[0].id,
    spareBankQuestion: bank.questions[1].id,
    editedBankQuestion: bank.questions[2].id,
    issue: issues.issues[0].id,
    assessment: assessment.id,
    spareAssessment: spareAssessment.id,
    patchedAssessment: patchedAssessment.id,
    foreignAssessment: foreignAssessment.id,
    slug: assessment.slug,
    resendKey: resendKey.id,
    spareKeyToDelete: spareKeyToDelete.id,
    completedSession: completedSession.id,
    startedQuestion: startedSession.questions[0].id,
    case: caseId,
    webhook: webhook.id,
    spareWebhook: spareWebhook.id,
    patchedWebhook: patchedWebhook.id,
    delivery: delivery.id,
    email: emails[0].id,
    job: jobs[0].id,
    inviteToken: invite.invite_token,
    candidate: candidate.id,
    redeemKey: redeemKey.key,
    recordVerificationId: generated.data.recordVerificationId,
    greenhouseInterview: greenhouse.partner_interview_id,
  };

  const byPath: Record<string, Record<string, string>> = {
    '/v1/admin/orgs/{id}': { id: ids.orgB },
    '/v1/api-keys/{id}': { id: ids.spareApiKey },
    '/v1/users/{id}': { id: ids.spareUser },
    'DELETE /v1/users/invites/{id}': { id: ids.spareInvite },
    '/v1/users/invites/{id}/resend': { id: ids.resendInvite },
    'DELETE /v1/assessments/{id}': { id: ids.spareAssessment },
    'PATCH /v1/assessments/{id}': { id: ids.patchedAssessment },
    '/v1/assessments/{id}': { id: ids.assessment },
    '/v1/assessments/{id}/keys': { id: ids.assessment },
    '/v1/assessments/{id}/keys/{keyId}': { id: ids.assessment, keyId: ids.spareKeyToDelete },
    '/v1/assessments/{id}/keys/{keyId}/resend': { id: ids.assessment, keyId: ids.resendKey },
    '/v1/assessments/{id}/cohort-stats': { id: ids.assessment },
    '/v1/assessments/{id}/item-analysis': { id: ids.assessment },
    '/v1/rubrics/{id}': { id: ids.rubric },
    // An edit replaces the question by a new version: later edits of the same id answer 409.
    'PATCH /v1/question-bank/questions/{id}': { id: ids.editedBankQuestion },
    '/v1/question-bank/questions/{id}': { id: ids.spareBankQuestion },
    '/v1/question-bank/questions/{id}/restore': { id: ids.spareBankQuestion },
    '/v1/issues/{id}': { id: ids.issue },
    '/v1/candidate/answers/{questionId}': { questionId: ids.startedQuestion },
    '/v1/candidate/cases/{caseId}': { caseId: ids.case },
    '/v1/sessions/{id}': { id: ids.completedSession },
    '/v1/sessions/{id}/grades': { id: ids.completedSession },
    '/v1/sessions/{id}/decision': { id: ids.completedSession },
    '/v1/sessions/{id}/decision-email': { id: ids.completedSession },
    '/v1/sessions/{id}/events': { id: ids.completedSession },
    '/v1/sessions/{id}/integrity': { id: ids.completedSession },
    'DELETE /v1/webhooks/{id}': { id: ids.spareWebhook },
    'PATCH /v1/webhooks/{id}': { id: ids.patchedWebhook },
    '/v1/webhooks/{id}': { id: ids.webhook },
    '/v1/webhooks/{id}/rotate-secret': { id: ids.webhook },
    '/v1/webhooks/{id}/test': { id: ids.webhook },
    '/v1/webhooks/{id}/deliveries': { id: ids.webhook },
    '/v1/webhooks/{id}/deliveries/{deliveryId}': { id: ids.webhook, deliveryId: ids.delivery },
    '/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver': { id: ids.webhook, deliveryId: ids.delivery },
    '/v1/emails/{id}': { id: ids.email },
    '/v1/admin/jobs/{id}/retry': { id: ids.job },
    '/results/{id}': { id: ids.completedSession },
    '/results/{id}/answers': { id: ids.completedSession },
    '/results/{id}/export': { id: ids.completedSession },
    '/reports/sessions/{id}': { id: ids.completedSession },
    '/api/v1/public/assessments/{slug}/results/': { slug: ids.slug },
    '/api/v1/public/assessments/{slug}/invites/': { slug: ids.slug },
    '/api/v1/public/invites/{token}/result/': { token: ids.inviteToken },
  };

  /** For paths not listed above (new routes): the parameter's usual meaning. */
  const byName: Record<string, string> = {
    caseId: ids.case,
    questionId: ids.startedQuestion,
    deliveryId: ids.delivery,
    keyId: ids.resendKey,
    slug: ids.slug,
    token: ids.inviteToken,
    decision: 'rejected',
  };

  const selectionFor = (type: string) => (type === 'text' ? 'an answer' : type === 'multiple' ? [0] : 0);

  const seeds: FuzzWorld['seeds'] = {
    'POST /v1/admin/orgs': { body: { name: 'Seeded Org' } },
    'POST /v1/assessments': { body: { ...assessmentBody, slug: undefined, title: 'Seeded' } },
    'PATCH /v1/assessments/{id}': { body: { title: 'Renamed', passingScore: 70 } },
    'POST /v1/assessments/{id}/keys': { body: { count: 1 } },
    'POST /v1/question-bank/questions': {
      body: { questions: [{ text: 'Seeded?', type: 'single', options: ['x', 'y'], answer: 0, category: 'seeded', difficulty: 'easy' }] },
    },
    'PATCH /v1/question-bank/questions/{id}': { body: { text: 'Edited once?', difficulty: 'hard' } },
    'POST /v1/candidate/sessions': { body: { key: ids.redeemKey } },
    'PUT /v1/candidate/answers/{questionId}': { body: { selectedAnswer: selectionFor(startedSession.questions[0].type), timeSpentMs: 1000 } },
    'POST /v1/candidate/start': { body: { name: 'Seeded Candidate', email: 'seeded-candidate@fuzz.test' } },
    'POST /v1/candidate/events': { body: { events: [{ id: 'evt-seed-1', type: 'copy', occurredAt: new Date().toISOString(), payload: { length: 3 } }] } },
    'PUT /v1/candidate/cases/{caseId}': { body: { deliverable: 'diff --git a/y b/y', timeSpentSeconds: 60 } },
    'POST /v1/sessions/{id}/grades': { body: { grades: [{ caseId, criteria: [{ name: 'Tests', points: 5 }, { name: 'Design', points: 3 }], feedback: 'Good' }] } },
    'POST /v1/sessions/{id}/decision': { body: { decision: 'hired' } },
    'GET /v1/sessions/{id}/decision-email': { query: { decision: 'rejected' } },
    'POST /v1/sessions/decisions': { body: { sessionIds: [ids.completedSession], decision: 'rejected' } },
    'PUT /v1/decision-emails/{decision}': { body: { enabled: true, subject: 'About {{role}}', body: 'Dear {{candidateName}},\n\nThank you.' } },
    'POST /v1/decision-emails/preview': { body: { sessionId: ids.completedSession, subject: 'About {{role}}', body: 'Dear {{candidateName}}' } },
    'POST /api/v1/assessment/generate': { body: {} },
    'POST /api/v1/assessment/submit': {
      body: { answers: generated.data.questions.map((question: { questionId: string; type: string }) => ({ questionId: question.questionId, selectedAnswer: selectionFor(question.type) })) },
    },
    'POST /v1/webhooks': { body: { url: 'http://127.0.0.1:9/seeded', eventTypes: ['result.scored'] } },
    'PATCH /v1/webhooks/{id}': { body: { description: 'patched' } },
    'POST /v1/auth/login': { body: { email: 'login@fuzz.test', password: PASSWORD } },
    'POST /v1/users/invites': { body: { email: 'seeded-invite@fuzz.test', role: 'viewer' } },
    'POST /v1/users/invites/lookup': { body: { token: inviteLookupToken } },
    'POST /v1/users/invites/accept': { body: { token: inviteAcceptToken, name: 'Accepted Invitee', password: PASSWORD } },
    'POST /v1/auth/signup/lookup': { body: { token: signupLookupToken } },
    'POST /v1/auth/signup/complete': { body: { token: signupCompleteToken } },
    'GET /v1/score': { query: { candidateIds: ids.candidate, assessmentIds: ids.assessment }, headers: { instance: orgA.org.slug } },
    'GET /v1/assessments/{id}/cohort-stats': { query: { sessionId: ids.completedSession } },
    'GET /results': { query: { exam_id: ids.assessment } },
    'POST /integrations/greenhouse/send_test': { body: greenhouseSendTest('seeded-greenhouse@fuzz.test') },
    'GET /integrations/greenhouse/test_status': { query: { partner_interview_id: ids.greenhouseInterview } },
    'GET /v1/audit-log': { query: { from: '2020-01-01T00:00:00Z', resourceType: 'result' } },
  };

  return {
    orgA,
    orgB,
    ids,
    pathParams: (method, path) => ({ ...byName, ...(byPath[`${method} ${path}`] ?? byPath[path]) }),
    credentials: {
      apiKey: { kind: 'apiKey', headers: orgA.headers },
      foreignApiKey: { kind: 'apiKey', headers: orgB.headers },
      operator: { kind: 'operator', headers: operator },
      candidate: started,
      verificationCandidate: verification,
      submittingCandidate: submitting,
      user,
      sessionEnded: () => {
        userCredential = null;
      },
    },
    seeds,
  };
}
