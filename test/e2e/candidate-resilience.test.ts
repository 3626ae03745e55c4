import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { POLL, inPage, launchChromium, runAxe, screenshot, seriousViolations, startE2EServer, type E2EServer, type PageProblems, newTrackedContext } from './e2e-harness.js';

/**
 * The candidate page when things go wrong: a lost connection (answers and
 * events wait in the browser and arrive once, when it comes back), a reload
 * in the middle of the test, a mistyped key; and the timer's accessibility
 * controls.
 */

const OPERATOR_KEY = 'e2e-operator-key-0123456789';

describe('candidate page resilience', { timeout: 90_000 }, () => {
  let server: E2EServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let apiKey = '';
  let key = '';
  const problems: PageProblems = { list: [], allowAborted: () => false };

  async function api(method: string, url: string, body?: unknown, token = apiKey) {
    const response = await fetch(`${server.url}${url}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = response.headers.get('content-type')?.includes('json') ? await response.json() : null;
    return { status: response.status, data: data as any };
  }

  beforeAll(async () => {
    server = await startE2EServer({ ASSAY_OPERATOR_KEY: OPERATOR_KEY });
    const org = await api('POST', '/v1/admin/orgs', { name: 'Resilient Co' }, OPERATOR_KEY);
    expect(org.status).toBe(201);
    apiKey = org.data.apiKey;
    const assessment = await api('POST', '/v1/assessments', {
      title: 'Offline Drill',
      role: 'Site Reliability Engineer',
      taskBrief: 'Three questions; the network will drop halfway.',
      timeLimitMinutes: 20,
      // A drill of the network, not of the candidate's name: the nameless key starts as it is.
      requireCandidateDetails: false,
      questions: [
        { text: 'Which signal asks a process to stop gracefully?', type: 'single', options: ['SIGTERM', 'SIGKILL'], answer: 0, category: 'Linux', difficulty: 'easy' },
        { text: 'Name the command that lists open files.', type: 'text', answer: 'lsof', category: 'Linux', difficulty: 'medium' },
        { text: 'Which are layer 4 protocols?', type: 'multiple', options: ['TCP', 'UDP', 'HTTP'], answer: [0, 1], category: 'Networking', difficulty: 'medium' },
      ],
    });
    expect(assessment.status).toBe(201);
    const keys = await api('POST', `/v1/assessments/${assessment.data.assessment.id}/keys`, { count: 1 });
    expect(keys.status).toBe(201);
    key = keys.data.keys[0].key;
    browser = await launchChromium();
    context = await newTrackedContext(browser, server, problems, { width: 1100, height: 800 });
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('refuses a mistyped key with a clear message, then accepts the real one typed by hand', async () => {
    await page.goto('/take');
    await screenshot(page, '30-candidate-key-entry');
    const entry = seriousViolations(await runAxe(page));
    expect(entry, JSON.stringify(entry, null, 2)).toEqual([]);
    await page.getByLabel('Assessment key').fill('PST-AAAA-0000');
    // The refusal is an expected 401 (the browser logs it), not a problem of the page.
    problems.expected = [/HTTP 401: POST \S+\/v1\/candidate\/sessions/, /status of 401/];
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('This key is not valid').waitFor();
    await page.waitForTimeout(200);
    problems.expected = [];
    await page.getByLabel('Assessment key').fill(key.toLowerCase().replace(/-/g, ' '));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Offline Drill' }).waitFor();
    expect(page.url()).toContain(`/take/${key}`);
  });

  it('keeps answers and events while offline and delivers each exactly once when the connection returns', async () => {
    await page.getByLabel('I have read the rules and I am ready to start').check();
    await page.getByRole('button', { name: 'Start the test' }).click();
    await page.getByRole('navigation', { name: 'Questions' }).waitFor();

    // Question order is shuffled per candidate: find the text question.
    const order: string[] = [];
    for (let n = 1; n <= 3; n++) {
      await page.getByRole('button', { name: new RegExp(`^Question ${n}, `) }).click();
      order.push((await page.getByTestId('question').locator('h2').textContent())!.trim());
    }
    const textNumber = order.indexOf('Name the command that lists open files.') + 1;
    await page.getByRole('button', { name: new RegExp(`^Question ${textNumber}, `) }).click();

    // Failed requests while offline are the point of this part.
    problems.expected = [/ERR_INTERNET_DISCONNECTED/];
    await context.setOffline(true);
    const answer = page.getByLabel('Your answer');
    await answer.click();
    await page.keyboard.type('lsof', { delay: 30 });
    await answer.selectText();
    await page.keyboard.press('Control+C');
    await page.getByTestId('save-state').filter({ hasText: /Offline|retrying/ }).waitFor({ timeout: 10_000 });
    await screenshot(page, '31-candidate-offline');
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-pending-events'), POLL).not.toBe('0');
    await context.setOffline(false);
    await page.evaluate("window.dispatchEvent(new Event('online'))");
    await page.getByTestId('save-state').filter({ hasText: 'All answers saved' }).waitFor({ timeout: 15_000 });
    await expect.poll(() => page.evaluate("document.querySelector('[data-testid=save-state]').dataset.pendingEvents === '0'"), { ...POLL, timeout: 15_000 }).toBe(true);
    problems.expected = [];

    const session = await api('GET', '/v1/candidates?limit=10');
    const sessionId = session.data.candidates[0].sessionId as string;
    const events = await api('GET', `/v1/sessions/${sessionId}/events`);
    const types = (events.data.events as Array<{ type: string }>).map((e) => e.type);
    expect(types.filter((t) => t === 'copy')).toHaveLength(1);
    expect(types.filter((t) => t === 'keystrokes').length).toBeLessThanOrEqual(1);
  });

  it('survives a reload in the middle of the test: same questions, same order, answers restored', async () => {
    const before: string[] = [];
    for (let n = 1; n <= 3; n++) {
      await page.getByRole('button', { name: new RegExp(`^Question ${n}, `) }).click();
      before.push((await page.getByTestId('question').locator('h2').textContent())!.trim());
    }
    await page.reload();
    await page.getByRole('navigation', { name: 'Questions' }).waitFor();
    const after: string[] = [];
    for (let n = 1; n <= 3; n++) {
      await page.getByRole('button', { name: new RegExp(`^Question ${n}, `) }).click();
      after.push((await page.getByTestId('question').locator('h2').textContent())!.trim());
      if (after[n - 1] === 'Name the command that lists open files.') {
        await expect.poll(() => page.getByLabel('Your answer').inputValue(), POLL).toBe('lsof');
      }
    }
    expect(after).toEqual(before);
    await expect.poll(() => page.getByRole('button', { name: /, answered$/ }).count(), POLL).toBe(1);
  });

  it('lets the candidate hide the timer, which never announces itself unless asked', async () => {
    const timer = page.getByTestId('countdown');
    await expect.poll(() => timer.getAttribute('role'), POLL).toBe('timer');
    await expect.poll(() => timer.getAttribute('aria-live'), POLL).toBeNull();
    await page.getByRole('button', { name: 'Hide timer' }).click();
    await expect.poll(() => timer.count(), POLL).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: 'Show timer' }).getAttribute('aria-pressed'), POLL).toBe('true');
    await page.getByRole('button', { name: 'Show timer' }).click();
    await timer.waitFor();
    await page.getByText('Accessibility options').click();
    await page.getByLabel('Announce when 10, 5 and 1 minutes are left').check();
    await expect.poll(() => page.getByLabel('Announce when 10, 5 and 1 minutes are left').isChecked(), POLL).toBe(true);
  });

  it('is operable with the keyboard alone: Tab reaches an option and Space selects it, then hand in', async () => {
    const order: string[] = [];
    for (let n = 1; n <= 3; n++) {
      await page.getByRole('button', { name: new RegExp(`^Question ${n}, `) }).click();
      order.push((await page.getByTestId('question').locator('h2').textContent())!.trim());
    }
    const single = order.indexOf('Which signal asks a process to stop gracefully?') + 1;
    await page.getByRole('button', { name: new RegExp(`^Question ${single}, `) }).focus();
    await page.keyboard.press('Enter');
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await page.evaluate("document.activeElement && document.activeElement.type === 'radio'")) as boolean;
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('button', { name: new RegExp(`^Question ${single}, answered`) }).count(), POLL).toBe(1);
    await page.getByRole('button', { name: 'Hand in questions' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Hand in the questions?' });
    await dialog.getByText('1 question is not answered yet.').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible(), POLL).toBe(false);
    await page.getByRole('button', { name: 'Hand in questions' }).click();
    await dialog.getByRole('button', { name: 'Hand in questions' }).click();
    await page.getByTestId('finished').waitFor();
    await expect.poll(() => page.evaluate(inPage.isFullscreen), POLL).toBe(false);
  });

  it('had no unexpected console errors or failed requests', () => {
    expect(problems.list).toEqual([]);
  });
});
