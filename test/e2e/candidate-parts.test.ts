import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accountMailbox, signUpThroughEmail } from '../helpers/account-mail.js';
import {
  POLL,
  gotoSettled,
  inPage,
  launchChromium,
  runAxe,
  screenshot,
  seriousViolations,
  startE2EServer,
  trackContext,
  type E2EServer,
  type PageProblems, newTrackedContext, requestJson } from './e2e-harness.js';

/**
 * The candidate page with an attempt handed in part by part (decision 0006):
 * the questions are handed in in the browser and the tasks from the CLI (here
 * through the candidate API with a token of its own, as `assay` does), and the
 * page follows; Finish with a task open says what will not be handed in; a
 * key revoked while the test is open shows the withdrawn page; the reviewer
 * sees the revoked attempt as Revoked and each result's parts.
 */

interface CandidateCaseBody {
  id: string;
  order: number;
  title: string;
}
interface CandidateSessionBody {
  status: string;
  cases: CandidateCaseBody[];
  parts: Array<{ id: string; kind: string; state: string }>;
}
interface CreatedKey {
  id: string;
  key: string;
}

const TITLE = 'Parser Platform Screen';

describe('candidate page: an attempt handed in part by part', { timeout: 90_000 }, () => {
  let server: E2EServer;
  let browser: Browser;
  let reviewer: BrowserContext;
  let apiKey = '';
  let assessmentId = '';
  let keys: CreatedKey[] = [];
  const problems: PageProblems = { list: [], allowAborted: () => false };

  const api = <T>(method: string, url: string, body?: unknown, token = apiKey) => requestJson<T>(server.url, method, url, body, token);

  /** What `assay login` does: redeem the key for a candidate token of its own. */
  async function cliLogin(key: string): Promise<string> {
    const redeemed = await api<{ token: string }>('POST', '/v1/candidate/sessions', { key }, '');
    expect(redeemed.status).toBe(201);
    return redeemed.data.token;
  }

  async function cliSession(token: string): Promise<CandidateSessionBody> {
    const response = await api<{ session: CandidateSessionBody }>('GET', '/v1/candidate/session', undefined, token);
    expect(response.status).toBe(200);
    return response.data.session;
  }

  /** The page re-reads the attempt when it regains focus (and every 20 s). */
  async function refocus(page: Page): Promise<void> {
    await page.evaluate("window.dispatchEvent(new Event('focus'))");
  }

  async function expectAxeClean(page: Page): Promise<void> {
    const violations = seriousViolations(await runAxe(page));
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  }

  const part = (page: Page, title: string) => page.getByTestId('parts').locator('li', { hasText: title });

  async function startInBrowser(key: string): Promise<Page> {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1200, height: 860 } });
    trackContext(context, problems);
    const page = await context.newPage();
    await page.goto(`/take/${key}`);
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByLabel('I have read the rules and I am ready to start').check();
    await page.getByRole('button', { name: 'Start the test' }).click();
    await page.getByRole('navigation', { name: 'Questions' }).waitFor();
    return page;
  }

  /** Answers every question with its first option and waits until the answers are saved. */
  async function answerAll(page: Page): Promise<void> {
    for (let number = 1; number <= 2; number++) {
      await page.getByRole('button', { name: new RegExp(`^Question ${number}, `) }).click();
      await page.getByTestId('question').locator('input[type=radio]').first().check();
    }
    await page.getByTestId('save-state').filter({ hasText: 'All answers saved' }).waitFor();
  }

  async function handInQuestions(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Hand in questions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hand in the questions?' });
    await dialog.getByText('The test stays open for your hands-on tasks').waitFor();
    await expect.poll(() => dialog.getByText('assay submit --case 2').count(), POLL).toBe(1);
    await dialog.getByRole('button', { name: 'Hand in questions' }).click();
    await page.getByTestId('questions-handed-in').waitFor();
  }

  beforeAll(async () => {
    server = await startE2EServer();
    browser = await launchChromium();
    reviewer = await newTrackedContext(browser, server, problems, { width: 1280, height: 860 });
    // The reviewer signs up (the context keeps the session cookie) and makes the organization's API key.
    const signup = await signUpThroughEmail((url, data) => reviewer.request.post(url, { data }), accountMailbox(server.deps), {
      name: 'Rita Reviewer',
      email: 'rita@example.com',
      password: 'a long enough password',
      orgName: 'Parsers Ltd',
    });
    expect(signup.status()).toBe(201);
    const { csrfToken } = (await signup.json()) as { csrfToken: string };
    const created = await reviewer.request.post('/v1/api-keys', { data: { name: 'e2e' }, headers: { 'x-csrf-token': csrfToken } });
    expect(created.status()).toBe(201);
    apiKey = ((await created.json()) as { key: string }).key;

    const assessment = await api<{ assessment: { id: string } }>('POST', '/v1/assessments', {
      title: TITLE,
      role: 'Backend Engineer',
      taskBrief: 'Two warm-up questions, then two fixes in the repository.',
      timeLimitMinutes: 30,
      showResult: true,
      questions: [
        { text: 'Which status means Created?', type: 'single', options: ['201', '200'], answer: 0, category: 'HTTP', difficulty: 'easy' },
        { text: 'Which port does PostgreSQL use by default?', type: 'single', options: ['5432', '3306'], answer: 0, category: 'Databases', difficulty: 'easy' },
      ],
      cases: [
        { title: 'Fix the parser', maxScore: 10 },
        { title: 'Add caching', maxScore: 10 },
      ],
    });
    expect(assessment.status).toBe(201);
    assessmentId = assessment.data.assessment.id;
    const created3 = await api<{ keys: CreatedKey[] }>('POST', `/v1/assessments/${assessmentId}/keys`, {
      count: 3,
      candidateEmails: ['ann@example.com', 'bea@example.com', 'cal@example.com'],
      candidateNames: ['Ann Parts', 'Bea Finisher', 'Cal Revoked'],
    });
    expect(created3.status).toBe(201);
    keys = created3.data.keys;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the brief says how the parts are handed in', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    trackContext(context, problems);
    const page = await context.newPage();
    await page.goto(`/take/${keys[0]!.key}`);
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByText('each hands-on task from your terminal with "assay submit --case N"', { exact: false }).waitFor();
    expect(await page.getByText('you can submit only once').count()).toBe(0);
    await page.waitForLoadState('networkidle');
    await context.close();
  });

  it('hands in the questions; the page then follows the tasks handed in from the CLI until the attempt is complete', async () => {
    const page = await startInBrowser(keys[0]!.key);
    await expect.poll(() => part(page, 'Fix the parser').getAttribute('data-state'), POLL).toBe('open');
    await expect.poll(() => part(page, 'Fix the parser').getByText('assay submit --case 1').count(), POLL).toBe(1);
    await answerAll(page);
    await expectAxeClean(page);

    await handInQuestions(page);
    await expect.poll(() => part(page, 'Questions').getAttribute('data-state'), POLL).toBe('handed_in');
    // The answers stay readable but can no longer change.
    await expect.poll(() => page.getByTestId('question').locator('input[type=radio]').first().isDisabled(), POLL).toBe(true);
    await expect.poll(() => page.getByTestId('questions-handed-in').textContent(), POLL).toContain('Still open: Task 1: Fix the parser, Task 2: Add caching');
    await page.getByRole('button', { name: 'Finish' }).waitFor();
    await screenshot(page, '50-candidate-questions-handed-in');
    await expectAxeClean(page);

    // The CLI hands in task 1 while the page is open.
    const cli = await cliLogin(keys[0]!.key);
    const [first, second] = (await cliSession(cli)).cases.sort((a, b) => a.order - b.order);
    const submitted = await api<{ session: CandidateSessionBody }>('POST', `/v1/candidate/cases/${first!.id}/submit`, { deliverable: 'diff --git a/parser b/parser' }, cli);
    expect(submitted.status).toBe(200);
    expect(submitted.data.session.status).toBe('started');
    await refocus(page);
    await expect.poll(() => part(page, 'Fix the parser').getAttribute('data-state'), POLL).toBe('handed_in');
    await expect.poll(() => part(page, 'Add caching').getAttribute('data-state'), POLL).toBe('open');
    await expect.poll(() => page.getByTestId('questions-handed-in').textContent(), POLL).toContain('Still open: Task 2: Add caching.');

    // The last task completes the attempt: the page shows the finished page with every part handed in.
    const last = await api<{ session: CandidateSessionBody }>('POST', `/v1/candidate/cases/${second!.id}/submit`, { deliverable: 'diff --git a/cache b/cache' }, cli);
    expect(last.data.session.status).toBe('completed');
    await refocus(page);
    const finished = page.getByTestId('finished');
    await finished.waitFor();
    await expect.poll(() => finished.getByRole('heading', { level: 1 }).textContent(), POLL).toBe('Thank you, everything was handed in');
    await expect.poll(() => finished.locator('[data-testid=parts] li[data-state=handed_in]').count(), POLL).toBe(3);
    await expect.poll(() => finished.textContent(), POLL).toContain('The tasks you handed in will be graded by the hiring team');
    await expect.poll(() => page.evaluate(inPage.isFullscreen), POLL).toBe(false);
    await screenshot(page, '51-candidate-all-handed-in');
    await expectAxeClean(page);
    await page.waitForLoadState('networkidle');
    await page.context().close();
  });

  it('Finish with tasks open lists them, and the finished page says which were not handed in', async () => {
    const page = await startInBrowser(keys[1]!.key);
    // An older CLI saves task 1 without handing it in; task 2 has nothing saved.
    const cli = await cliLogin(keys[1]!.key);
    const [first] = (await cliSession(cli)).cases.sort((a, b) => a.order - b.order);
    expect((await api('PUT', `/v1/candidate/cases/${first!.id}`, { deliverable: 'diff --git a/parser b/parser' }, cli)).status).toBe(200);
    await answerAll(page);
    await handInQuestions(page);

    await refocus(page);
    await page.getByRole('button', { name: 'Finish' }).click();
    const dialog = page.getByRole('dialog', { name: 'Finish the test?' });
    const listed = dialog.getByTestId('finish-not-handed-in').locator('li');
    await expect.poll(() => listed.count(), POLL).toBe(2);
    await expect.poll(() => listed.nth(0).textContent(), POLL).toBe('Task 1: Fix the parser: the work last saved for it is handed in.');
    await expect.poll(() => listed.nth(1).textContent(), POLL).toBe('Task 2: Add caching: nothing is saved for it, so it is not handed in and scores 0.');
    await screenshot(page, '52-candidate-finish-confirm');
    await expectAxeClean(page);
    await dialog.getByRole('button', { name: 'Finish test' }).click();

    const finished = page.getByTestId('finished');
    await finished.waitFor();
    await expect.poll(() => finished.getByRole('heading', { level: 1 }).textContent(), POLL).toBe('Thank you, your test is finished');
    await expect.poll(() => part(page, 'Fix the parser').getAttribute('data-state'), POLL).toBe('handed_in');
    await expect.poll(() => part(page, 'Add caching').getAttribute('data-state'), POLL).toBe('open');
    await expect.poll(() => part(page, 'Add caching').textContent(), POLL).toContain('Not handed in');
    await expect.poll(() => part(page, 'Add caching').textContent(), POLL).toContain('Nothing was saved for this task, so it scores 0.');
    await expect.poll(() => finished.textContent(), POLL).toContain('The task you handed in will be graded by the hiring team');
    await screenshot(page, '53-candidate-finished-task-missing');
    await expectAxeClean(page);
    await page.waitForLoadState('networkidle');
    await page.context().close();
  });

  it('a key revoked while the test is open shows the withdrawn page at the next action, and after a reload', async () => {
    const page = await startInBrowser(keys[2]!.key);
    await page.getByRole('button', { name: /^Question 1, / }).click();
    const revoked = await api('DELETE', `/v1/assessments/${assessmentId}/keys/${keys[2]!.id}`);
    expect(revoked.status).toBe(200);

    // From here every call with the candidate's token answers 410: that is the point of this test.
    problems.expected = [/HTTP 410: /, /status of 410/];
    await page.getByTestId('question').locator('input[type=radio]').first().click();
    const withdrawn = page.getByTestId('withdrawn');
    await withdrawn.waitFor();
    await expect.poll(() => withdrawn.getByRole('heading', { level: 1 }).textContent(), POLL).toBe('This invitation was withdrawn by the hiring team');
    expect(await page.getByText('An answer could not be saved').count()).toBe(0);
    await expect.poll(() => page.evaluate(inPage.isFullscreen), POLL).toBe(false);
    await screenshot(page, '54-candidate-withdrawn');
    await expectAxeClean(page);

    await page.reload();
    await page.getByTestId('withdrawn').waitFor();
    await page.waitForLoadState('networkidle');
    problems.expected = [];
    await page.context().close();
  });

  it('the reviewer sees the revoked attempt as Revoked, and each result with its parts', async () => {
    const page = await reviewer.newPage();
    await gotoSettled(page, `/app/results?exam_id=${assessmentId}`);
    const table = page.getByTestId('results-table');
    await table.waitFor();
    await expect.poll(() => table.locator('tbody tr').count(), POLL).toBe(3);
    const revokedRow = table.locator('tbody tr', { hasText: 'Revoked' });
    await expect.poll(() => revokedRow.count(), POLL).toBe(1);
    await expect.poll(() => table.locator('tbody tr', { hasText: 'Bea Finisher' }).getByText('Revoked').count(), POLL).toBe(0);
    await screenshot(page, '55-results-revoked');
    await expectAxeClean(page);

    await revokedRow.getByRole('link').click();
    await page.waitForURL(/\/app\/results\/[^/?]+$/);
    await page.getByTestId('revoked-notice').waitFor();
    await expect.poll(() => page.getByTestId('parts-table').locator('tbody tr[data-state=open]').count(), POLL).toBe(3);
    expect(await page.getByRole('button', { name: 'Hire' }).count()).toBe(0);
    await expect.poll(() => page.evaluate(inPage.doneLoading), POLL).toBe(true);
    await screenshot(page, '56-result-revoked');
    await expectAxeClean(page);

    await gotoSettled(page, `/app/results?exam_id=${assessmentId}`);
    await table.getByRole('link', { name: 'Bea Finisher' }).click();
    await page.waitForURL(/\/app\/results\/[^/?]+$/);
    const parts = page.getByTestId('parts-table');
    await expect.poll(() => parts.locator('tr', { hasText: 'Task 1: Fix the parser' }).getAttribute('data-state'), POLL).toBe('handed_in');
    await expect.poll(() => parts.locator('tr', { hasText: 'Task 2: Add caching' }).textContent(), POLL).toContain('Not handed in');
    await expect.poll(() => page.evaluate(inPage.doneLoading), POLL).toBe(true);
    await screenshot(page, '57-result-parts');
  });

  it('had no unexpected console errors or failed requests', () => {
    expect(problems.list).toEqual([]);
  });
});
