import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { acceptInviteThroughEmail, accountMailbox, postJsonTo } from '../helpers/account-mail.js';
import {
  POLL,
  gotoSettled,
  launchChromium,
  newTrackedContext,
  runAxe,
  screenshot,
  seriousViolations,
  startE2EServer,
  type E2EServer,
  type PageProblems,
  requestJson,
} from './e2e-harness.js';

/**
 * Decisions in the dashboard: the results list with its decision and red-flag
 * columns and filters, a bulk rejection from a row selection (confirmed, with
 * the warning for an ungraded attempt), the organization's rejection email
 * turned on in Settings, and a single hire whose dialog shows the email.
 */

const OPERATOR_KEY = 'e2e-operator-key-decisions-0123456789';

interface CreatedAssessment {
  id: string;
  questions: Array<{ id: string; options: string[]; answer: number }>;
  cases: Array<{ id: string }>;
}
interface StartedAttempt {
  session: { id: string; status: string; questions: Array<{ id: string; options: string[] }>; cases: Array<{ id: string }> };
}
const EMAIL = 'rita@example.com';
const PASSWORD = 'a long enough password';

describe('decisions in the browser', { timeout: 120_000 }, () => {
  let server: E2EServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let apiKey = '';
  const sessions: Record<string, string> = {};
  const problems: PageProblems = { list: [], allowAborted: () => false };

  /** A call to the API; `T` is the part of the answer the test reads. */
  const api = <T = unknown>(method: string, url: string, body?: unknown, token: string | null = apiKey) => requestJson<T>(server.url, method, url, body, token);

  /** A candidate takes the assessment through the candidate API: every question right, the task handed in. */
  async function take(assessment: CreatedAssessment, key: string, options: { paste?: boolean } = {}) {
    const redeemed = await api<{ token: string }>('POST', '/v1/candidate/sessions', { key }, null);
    expect(redeemed.status).toBe(201);
    const token = redeemed.data.token;
    const started = await api<StartedAttempt>('POST', '/v1/candidate/start', {}, token);
    expect(started.status).toBe(201);
    const keyed = new Map(assessment.questions.map((question) => [question.id, question]));
    for (const question of started.data.session.questions) {
      const right = keyed.get(question.id)!;
      const selectedAnswer = question.options.indexOf(right.options[right.answer]!);
      expect((await api('PUT', `/v1/candidate/answers/${question.id}`, { selectedAnswer }, token)).status).toBe(200);
    }
    if (options.paste) {
      const events = await api('POST', '/v1/candidate/events', { events: [{ id: 'paste-1', type: 'paste', occurredAt: new Date().toISOString(), payload: { length: 40 } }] }, token);
      expect(events.status).toBeLessThan(300);
    }
    expect((await api('POST', '/v1/candidate/submit', {}, token)).status).toBe(200);
    const caseId = started.data.session.cases[0]!.id;
    const handedIn = await api<StartedAttempt>('POST', `/v1/candidate/cases/${caseId}/submit`, { deliverable: 'diff --git a/a b/a', timeSpentSeconds: 600 }, token);
    expect(handedIn.data.session.status).toBe('completed');
    return started.data.session.id;
  }

  const row = (name: string) => page.getByTestId('results-table').getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });

  beforeAll(async () => {
    server = await startE2EServer({ ASSAY_OPERATOR_KEY: OPERATOR_KEY });
    const org = await api<{ apiKey: string }>('POST', '/v1/admin/orgs', { name: 'Decisive Ltd' }, OPERATOR_KEY);
    expect(org.status).toBe(201);
    apiKey = org.data.apiKey;
    // The reviewer joins through an emailed invite, as on a real server.
    expect((await api('POST', '/v1/users/invites', { email: EMAIL, role: 'reviewer' })).status).toBe(202);
    await acceptInviteThroughEmail(postJsonTo(server.url), accountMailbox(server.deps), EMAIL, { name: 'Rita Reviewer', password: PASSWORD });

    const created = await api<{ assessment: CreatedAssessment }>('POST', '/v1/assessments', {
      title: 'Support Engineer Screen',
      role: 'Support Engineer',
      taskBrief: 'Two questions and a ticket to resolve.',
      // One paste raises the red flag.
      redFlagThreshold: 1,
      questions: [
        { text: 'Which port does HTTPS use?', type: 'single', options: ['80', '443'], answer: 1, category: 'Networking', difficulty: 'easy' },
        { text: 'Which command lists files?', type: 'single', options: ['ls', 'cd'], answer: 0, category: 'Shell', difficulty: 'easy' },
      ],
      cases: [{ title: 'Resolve the ticket', maxScore: 10 }],
    });
    expect(created.status).toBe(201);
    const assessment = created.data.assessment;
    const names = ['Ada Byron', 'Bob Stone', 'Cy Young', 'Dee Lane'];
    const keys = await api<{ keys: Array<{ key: string }> }>('POST', `/v1/assessments/${assessment.id}/keys`, {
      count: names.length,
      candidateNames: names,
      candidateEmails: names.map((name) => `${name.split(' ')[0]!.toLowerCase()}@example.com`),
    });
    expect(keys.status).toBe(201);
    for (const [index, name] of names.entries()) sessions[name] = await take(assessment, keys.data.keys[index]!.key, { paste: name === 'Ada Byron' });
    // Ada, Cy and Dee are graded; Bob's task waits for a grade. Cy is already hired.
    for (const name of ['Ada Byron', 'Cy Young', 'Dee Lane']) {
      const graded = await api('POST', `/v1/sessions/${sessions[name]}/grades`, { grades: [{ caseId: assessment.cases[0]!.id, score: 9 }] });
      expect(graded.status).toBe(200);
    }
    expect((await api('POST', `/v1/sessions/${sessions['Cy Young']}/decision`, { decision: 'hired' })).status).toBe(200);

    browser = await launchChromium();
    context = await newTrackedContext(browser, server, problems, { width: 1360, height: 900 });
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs in and lists results with their decision and red flag', async () => {
    await gotoSettled(page, '/login');
    await page.getByLabel('Work email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/app(\/|$)/);
    await gotoSettled(page, '/app/results');
    const table = page.getByTestId('results-table');
    await table.waitFor();
    await expect.poll(() => table.getByRole('columnheader').allTextContents(), POLL).toEqual(
      expect.arrayContaining(['Decision', 'Red flag']),
    );
    await expect.poll(() => row('Cy Young').getByTestId('decision-cell').textContent(), POLL).toBe('hired');
    await expect.poll(() => row('Ada Byron').getByTestId('decision-cell').textContent(), POLL).toBe('Not decided');
    await expect.poll(() => row('Ada Byron').getByTestId('red-flag-cell').textContent(), POLL).toBe('Raised');
    await expect.poll(() => row('Bob Stone').getByTestId('red-flag-cell').textContent(), POLL).toBe('None');
    await expect.poll(() => row('Bob Stone').getByRole('cell', { name: 'pending' }).count(), POLL).toBe(1);
    await screenshot(page, '60-results-decisions');
  });

  it('filters by red flag and by decision', async () => {
    await page.getByLabel('Red flag', { exact: true }).selectOption('true');
    await expect.poll(() => page.getByTestId('results-table').getByRole('link').allTextContents(), POLL).toEqual(['Ada Byron']);
    await page.getByLabel('Red flag', { exact: true }).selectOption('');
    await page.getByLabel('Decision', { exact: true }).selectOption('hired');
    await expect.poll(() => page.getByTestId('results-table').getByRole('link').allTextContents(), POLL).toEqual(['Cy Young']);
    await page.getByLabel('Decision', { exact: true }).selectOption('none');
    await expect.poll(async () => (await page.getByTestId('results-table').getByRole('link').allTextContents()).sort(), POLL).toEqual([
      'Ada Byron',
      'Bob Stone',
      'Dee Lane',
    ]);
    await page.getByLabel('Decision', { exact: true }).selectOption('');
    await expect.poll(() => page.getByTestId('results-table').getByRole('link').count(), POLL).toBe(4);
  });

  it("turns on the organization's rejection email in Settings and previews it for a candidate", async () => {
    await gotoSettled(page, '/app/settings/decision-emails');
    const form = page.getByRole('form', { name: 'Rejected email' });
    await form.getByLabel('Offer this email when a reviewer marks a candidate rejected').check();
    await form.getByLabel('Subject').fill('{{organizationName}}: your {{role}} application');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Rejected email saved').waitFor();
    await form.getByRole('button', { name: 'Preview' }).click();
    const preview = form.getByTestId('decision-email-preview');
    await expect.poll(() => preview.textContent(), POLL).toContain('Decisive Ltd: your Support Engineer application');
    const templates = await api<{ templates: Array<{ decision: string }> }>('GET', '/v1/decision-emails');
    expect(templates.data.templates.find((item) => item.decision === 'rejected')).toMatchObject({
      enabled: true,
      subject: '{{organizationName}}: your {{role}} application',
      updatedBy: 'Rita Reviewer',
    });
  });

  it('rejects two selected candidates at once, after confirming (one of them is not graded yet)', async () => {
    await gotoSettled(page, '/app/results');
    await row('Ada Byron').getByRole('checkbox').check();
    await row('Bob Stone').getByRole('checkbox').check();
    const bar = page.getByTestId('bulk-bar');
    await expect.poll(() => bar.textContent(), POLL).toContain('2 selected');
    const violations = seriousViolations(await runAxe(page));
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await bar.getByRole('button', { name: 'Reject selected' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Not fully graded').waitFor();
    expect(await dialog.textContent()).toContain('Bob Stone');
    await screenshot(page, '61-bulk-reject-confirm');
    // Cancelling decides nothing.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect((await api<{ data: unknown[] }>('GET', `/results?decision=rejected`)).data.data).toEqual([]);

    await bar.getByRole('button', { name: 'Reject selected' }).click();
    await dialog.getByRole('button', { name: 'Reject anyway' }).click();
    await page.getByText('2 candidates marked rejected · 2 emails queued').waitFor();
    await expect.poll(() => row('Ada Byron').getByTestId('decision-cell').textContent(), POLL).toBe('rejected');
    await expect.poll(() => row('Bob Stone').getByTestId('decision-cell').textContent(), POLL).toBe('rejected');
    await expect.poll(() => page.getByTestId('bulk-bar').count(), POLL).toBe(0);

    const rejected = await api<{ data: Array<{ id: string }> }>('GET', '/results?decision=rejected');
    expect(rejected.data.data.map((item) => item.id).sort()).toEqual([sessions['Ada Byron'], sessions['Bob Stone']].sort());
    const candidates = await api<{ candidates: Array<{ status: string; candidateName: string | null }> }>('GET', '/v1/candidates');
    expect(candidates.data.candidates.filter((item) => item.status === 'rejected').map((item) => item.candidateName).sort()).toEqual([
      'Ada Byron',
      'Bob Stone',
    ]);
    const emails = await api<{ emails: Array<{ kind: string; to: string }> }>('GET', '/v1/emails');
    expect(emails.data.emails.filter((email) => email.kind === 'decision').map((email) => email.to).sort()).toEqual(['ada@example.com', 'bob@example.com']);
    await screenshot(page, '62-bulk-rejected');
  });

  it('the candidates page shows them rejected', async () => {
    await gotoSettled(page, '/app/candidates');
    const adaRow = page.getByRole('row').filter({ hasText: 'Ada Byron' });
    await expect.poll(() => adaRow.getByText('rejected', { exact: true }).count(), POLL).toBe(1);
  });

  it('hiring one candidate from the result page shows that no email goes (the hired email is off)', async () => {
    await gotoSettled(page, `/app/results/${sessions['Dee Lane']}`);
    await page.getByRole('button', { name: 'Hire', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByTestId('decision-no-email').textContent(), POLL).toContain('"hired" email is off');
    await dialog.getByRole('button', { name: 'Mark as hired' }).click();
    await page.locator('.alert').getByText('Marked as').waitFor();
    await expect.poll(() => page.locator('.alert').filter({ hasText: 'Marked as' }).textContent(), POLL).toContain('by Rita Reviewer');
    expect(problems.list).toEqual([]);
  });
});
