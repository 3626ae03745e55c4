import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accountMailbox, postJsonTo, signUpThroughEmail } from '../helpers/account-mail.js';
import { POLL, gotoSettled, launchChromium, screenshot, startE2EServer, type E2EServer, type PageProblems, newTrackedContext } from './e2e-harness.js';

/**
 * The reviewer's tools beyond the main walk: sign-in with a return path, API
 * keys, candidate keys (copy link, resend, revoke), rubric grading of a
 * hands-on task, result filters, and webhooks with their delivery log.
 */

describe('reviewer tools in the browser', { timeout: 90_000 }, () => {
  let server: E2EServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let apiKey = '';
  let assessmentId = '';
  const problems: PageProblems = { list: [], allowAborted: () => false };
  const EMAIL = 'lin@example.com';
  const PASSWORD = 'a long enough password';
  const DIFF = ['diff --git a/deploy.sh b/deploy.sh', '--- a/deploy.sh', '+++ b/deploy.sh', '@@ -1 +1,2 @@', '-sleep 5', '+until healthy; do sleep 1; done', ''].join('\n');

  async function api(method: string, url: string, body?: unknown, token = apiKey) {
    const response = await fetch(`${server.url}${url}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, data: (await response.json()) as any };
  }

  beforeAll(async () => {
    server = await startE2EServer({ ASSAY_WEBHOOK_ALLOW_PRIVATE: '1' });
    const signup = await signUpThroughEmail(postJsonTo(server.url), accountMailbox(server.deps), {
      name: 'Lin Reviewer',
      email: EMAIL,
      password: PASSWORD,
      orgName: 'Tooling Ltd',
    });
    expect(signup.status).toBe(201);
    browser = await launchChromium();
    context = await newTrackedContext(browser, server, problems, { width: 1280, height: 860, clipboard: true });
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a signed-out reviewer is sent to sign in and comes back to the page they asked for', async () => {
    // The dashboard asks who is signed in; the 401 is how it learns nobody is.
    problems.expected = [/HTTP 401: GET \S+\/v1\/auth\/me/, /status of 401/];
    await gotoSettled(page, '/app/candidates');
    await page.waitForURL('**/login?next=%2Fapp%2Fcandidates');
    await screenshot(page, '40-login');
    await page.getByLabel('Work email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/app/candidates');
    // Only now: the console message for that 401 can reach us after the client-side redirect.
    problems.expected = [];
    await page.getByRole('heading', { name: 'No candidates yet' }).waitFor();
  });

  it('creates an API key whose secret is shown once and works', async () => {
    await page.getByRole('link', { name: 'API keys' }).click();
    await page.getByLabel('Name', { exact: true }).fill('ATS sync');
    for (const scope of ['assessments:write', 'candidates:write']) await page.getByLabel(scope).check();
    await page.getByRole('button', { name: 'Create key' }).click();
    apiKey = (await page.getByTestId('new-api-key').textContent())!.trim();
    expect(apiKey).toMatch(/^ct_live_/);
    await page.getByRole('cell', { name: 'ATS sync live' }).waitFor();
    await screenshot(page, '41-api-key-created');
    const me = await api('GET', '/v1/assessments');
    expect(me.status).toBe(200);
  });

  it('sets up an assessment with a graded task and a submitted attempt (through the API)', async () => {
    const created = await api('POST', '/v1/assessments', {
      title: 'Platform Take-Home',
      role: 'Platform Engineer',
      taskBrief: 'Two warm-up questions and one hands-on task.',
      questions: [
        { text: 'Which port does HTTPS use by default?', type: 'single', options: ['80', '443'], answer: 1, category: 'Networking', difficulty: 'easy' },
        { text: 'Which file lists a container image build?', type: 'single', options: ['Dockerfile', 'Makefile'], answer: 0, category: 'Containers', difficulty: 'easy' },
      ],
      cases: [
        {
          title: 'Fix the flaky deploy',
          maxScore: 10,
          rubric: { criteria: [{ name: 'Correctness', maxPoints: 6 }, { name: 'Tests', maxPoints: 4, description: 'A regression test' }] },
        },
      ],
    });
    expect(created.status).toBe(201);
    assessmentId = created.data.assessment.id;
    const keys = await api('POST', `/v1/assessments/${assessmentId}/keys`, {
      count: 2,
      candidateEmails: ['ada@example.com', 'bob@example.com'],
      candidateNames: ['Ada', 'Bob'],
    });
    expect(keys.status).toBe(201);
    const redeemed = await api('POST', '/v1/candidate/sessions', { key: keys.data.keys[0].key }, '');
    expect(redeemed.status).toBe(201);
    const token = redeemed.data.token as string;
    const started = await api('POST', '/v1/candidate/start', {}, token);
    expect(started.status).toBe(201);
    for (const question of started.data.session.questions as Array<{ id: string; options: string[] }>) {
      const correct = question.options.findIndex((option) => option === '443' || option === 'Dockerfile');
      expect((await api('PUT', `/v1/candidate/answers/${question.id}`, { selectedAnswer: correct }, token)).status).toBe(200);
    }
    // The questions are handed in, then the task with its diff, as `assay submit` sends it: the attempt completes.
    expect((await api('POST', '/v1/candidate/submit', {}, token)).status).toBe(200);
    const caseId = started.data.session.cases[0].id as string;
    const handedIn = await api('POST', `/v1/candidate/cases/${caseId}/submit`, { deliverable: DIFF, timeSpentSeconds: 1500 }, token);
    expect(handedIn.status).toBe(200);
    expect(handedIn.data.session.status).toBe('completed');
  });

  it('copies an invitation link, resends an invitation and revokes a key', async () => {
    // The invitation emails were just queued; pretend they left a while ago so a resend is allowed.
    await server.database.db.updateTable('emails').set({ created_at: new Date(Date.now() - 120_000).toISOString() }).execute();
    await gotoSettled(page, `/app/assessments/${assessmentId}`);
    const table = page.getByTestId('keys-table');
    const bobRow = table.getByRole('row').filter({ hasText: 'bob@example.com' });
    await bobRow.waitFor();
    const bobKey = (await bobRow.locator('.key-chip').textContent())!.trim();
    await bobRow.getByRole('button', { name: `Copy the invitation link for ${bobKey}` }).click();
    await expect.poll(() => page.evaluate('navigator.clipboard.readText()'), POLL).toBe(`${server.url}/take/${bobKey}`);
    await bobRow.getByRole('button', { name: 'Resend' }).click();
    await page.getByText('Invitation sent again to bob@example.com').waitFor();
    await expect.poll(() => table.getByRole('row').filter({ hasText: 'ada@example.com' }).getByRole('link', { name: 'View result' }).count(), POLL).toBe(1);
    await screenshot(page, '42-keys');
    await bobRow.getByRole('button', { name: `Revoke ${bobKey}` }).click();
    await page.getByRole('dialog', { name: 'Revoke this key?' }).getByRole('button', { name: 'Revoke key' }).click();
    await page.getByText(`Key ${bobKey} revoked`).waitFor();
    await expect.poll(() => table.getByText('bob@example.com').count(), POLL).toBe(0);
    const mails = await api('GET', '/v1/emails?to=bob@example.com');
    expect(mails.data.emails.filter((m: { kind: string }) => m.kind === 'invitation')).toHaveLength(2);
  });

  it('grades the hands-on task by rubric, which turns the pending score into a final one', async () => {
    await page.getByTestId('keys-table').getByRole('link', { name: 'View result' }).click();
    await page.getByTestId('stat-score').getByText('Pending').waitFor();
    // The reviewer reads the submitted diff before grading.
    await page.getByText('Submitted work').click();
    await expect.poll(() => page.locator('details pre').textContent(), POLL).toBe(DIFF);
    await page.getByLabel('Correctness (max 6)').fill('5');
    await page.getByLabel('Tests (max 4)').fill('4');
    await page.getByLabel('Feedback').fill('Solid fix; the retry loop could back off.');
    await page.getByRole('button', { name: 'Save grades' }).click();
    await page.getByText('Graded: 9 / 10').waitFor();
    // 2 question points + 9 task points of 12: round(91.67) = 92 %.
    await page.getByTestId('stat-score').getByText('92%').waitFor();
    await screenshot(page, '43-graded');
  });

  it('filters the results table', async () => {
    await gotoSettled(page, `/app/results?exam_id=${assessmentId}`);
    const table = page.getByTestId('results-table');
    await table.getByRole('link', { name: 'Ada' }).waitFor();
    await page.getByLabel('Minimum score').fill('95');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('heading', { name: 'No results match' }).waitFor();
    await page.getByLabel('Minimum score').fill('90');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await table.getByRole('link', { name: 'Ada' }).waitFor();
    await page.getByRole('button', { name: /^Score/ }).click();
    await expect.poll(() => page.getByRole('columnheader', { name: /^Score/ }).getAttribute('aria-sort'), POLL).toMatch(/ascending|descending/);
  });

  it('adds a webhook endpoint, sends a test event and shows it in the delivery log', async () => {
    await gotoSettled(page, '/app/settings/webhooks');
    await page.getByLabel('Endpoint URL').fill('http://127.0.0.1:9/assay-hook');
    await page.getByLabel('Description').fill('ATS bridge');
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    await expect.poll(() => page.locator('.secret-box').textContent(), POLL).toMatch(/^whsec_/);
    await page.getByRole('button', { name: 'Send test' }).click();
    await page.getByText('Test event queued').waitFor();
    await page.getByRole('button', { name: 'Deliveries' }).click();
    await page.getByRole('cell', { name: /\./ }).first().waitFor();
    await screenshot(page, '44-webhook-deliveries');
  });

  it('had no console errors or failed requests', () => {
    expect(problems.list).toEqual([]);
  });
});
