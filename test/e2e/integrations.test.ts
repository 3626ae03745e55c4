import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accountMailbox, postJsonTo, signUpThroughEmail } from '../helpers/account-mail.js';
import {
  POLL,
  gotoSettled,
  launchChromium,
  runAxe,
  screenshot,
  seriousViolations,
  startE2EServer,
  type E2EServer,
  type PageProblems,
  newTrackedContext,
} from './e2e-harness.js';

/**
 * Settings → Integrations in Chromium: the Greenhouse URLs, a key created
 * there with only the Greenhouse scope (and working as Greenhouse sends it),
 * the PATCH credential, then the calls and errors Greenhouse made, and the
 * "from Greenhouse" link on the candidate's key. No console errors, no
 * serious axe violations.
 */

describe('the Integrations page in the browser', { timeout: 90_000 }, () => {
  let server: E2EServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let greenhouseKey = '';
  let assessmentId = '';
  const problems: PageProblems = { list: [], allowAborted: () => false };
  const EMAIL = 'gia@example.com';
  const PASSWORD = 'a long enough password';

  async function partner(method: string, url: string, body?: unknown) {
    const response = await fetch(`${server.url}${url}`, {
      method,
      headers: {
        authorization: `Basic ${Buffer.from(`${greenhouseKey}:`).toString('base64')}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, data: (await response.json()) as ReturnType<typeof JSON.parse> };
  }

  beforeAll(async () => {
    server = await startE2EServer({ ASSAY_WEBHOOK_ALLOW_PRIVATE: '1' });
    const signup = await signUpThroughEmail(postJsonTo(server.url), accountMailbox(server.deps), {
      name: 'Gia Owner',
      email: EMAIL,
      password: PASSWORD,
      orgName: 'Greenhouse Users Ltd',
    });
    expect(signup.status).toBe(201);
    browser = await launchChromium();
    context = await newTrackedContext(browser, server, problems, { width: 1280, height: 900, clipboard: true });
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the URLs to give Greenhouse and creates a key that works as Greenhouse sends it', async () => {
    problems.expected = [/HTTP 401: GET \S+\/v1\/auth\/me/, /status of 401/];
    await gotoSettled(page, '/app/settings/integrations');
    await page.waitForURL('**/login?next=**');
    await page.getByLabel('Work email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/app/settings/integrations');
    problems.expected = [];
    await page.getByRole('heading', { name: 'Greenhouse', exact: true }).waitFor();
    await expect
      .poll(() => page.getByTestId('greenhouse-url').allTextContents(), POLL)
      .toEqual([
        expect.stringMatching(/\/integrations\/greenhouse\/list_tests$/),
        expect.stringMatching(/\/integrations\/greenhouse\/send_test$/),
        expect.stringMatching(/\/integrations\/greenhouse\/test_status$/),
        expect.stringMatching(/\/integrations\/greenhouse\/response_error$/),
      ]);
    expect(await page.getByText('Not set').count()).toBe(1);

    await page.getByRole('button', { name: 'Create Greenhouse key' }).click();
    greenhouseKey = (await page.getByTestId('greenhouse-key').textContent())!.trim();
    expect(greenhouseKey).toMatch(/^ct_live_/);
    const tests = await partner('GET', '/integrations/greenhouse/list_tests');
    expect(tests).toEqual({ status: 200, data: [] });

    await page.getByLabel('Greenhouse credential').fill('credential-from-greenhouse');
    await page.getByRole('button', { name: 'Save credential' }).click();
    await page.getByText('Greenhouse credential saved').waitFor();
    await expect.poll(() => page.getByText('Set', { exact: true }).count(), POLL).toBe(1);
    await screenshot(page, '60-integrations');
  });

  it('lists Greenhouse’s calls and errors, and marks the key it sent', async () => {
    // The assessment, through the API as the signed-in owner would: here with the browser's cookie and CSRF token.
    assessmentId = await page.evaluate(async () => {
      const csrf = (await (await fetch('/v1/auth/csrf')).json()) as { csrfToken: string };
      const response = await fetch('/v1/assessments', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf.csrfToken },
        body: JSON.stringify({ title: 'Greenhouse Screen', role: 'Engineer', taskBrief: 'Do the task.' }),
      });
      return ((await response.json()) as { assessment: { id: string } }).assessment.id;
    });
    const sent = await partner('POST', '/integrations/greenhouse/send_test', {
      partner_test_id: assessmentId,
      candidate: { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', greenhouse_profile_url: 'https://app.greenhouse.io/people/77' },
      url: 'http://127.0.0.1:9/greenhouse',
    });
    expect(sent.status).toBe(200);
    expect((await partner('POST', '/integrations/greenhouse/response_error', { api_call: 'send_test', errors: ['Candidate already invited'] })).status).toBe(200);

    await gotoSettled(page, '/app/settings/integrations');
    const calls = page.getByRole('table', { name: 'Recent calls' });
    await calls.waitFor();
    await expect.poll(() => calls.getByRole('row').count(), POLL).toBe(4); // a header and three calls
    await page.getByText('Candidate already invited').waitFor();
    const violations = seriousViolations(await runAxe(page));
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    await gotoSettled(page, `/app/assessments/${assessmentId}`);
    const origin = page.getByTestId('from-greenhouse');
    await origin.waitFor();
    expect(await origin.getByRole('link', { name: 'Greenhouse profile' }).getAttribute('href')).toBe('https://app.greenhouse.io/people/77');
    await screenshot(page, '61-key-from-greenhouse');
    expect(problems.list).toEqual([]);
  });
});
