import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { accountMailbox, signUpThroughEmail } from '../helpers/account-mail.js';
import { POLL, launchChromium, runAxe, screenshot, seriousViolations, startE2EServer, type E2EServer, type PageProblems, newTrackedContext } from './e2e-harness.js';

/**
 * Errors people can act on, in the browser: the assessment editor shows every
 * problem of a refused save beside its field and in a summary at the top that
 * links to each, in plain words; once fixed, it saves. The candidate sees the
 * answer length limit as they type, and an answer over it is held, not lost,
 * with the limit stated.
 */

const TITLE = 'Validation Screen';

describe('errors people can act on, in the browser', { timeout: 120_000 }, () => {
  let server: E2EServer;
  let browser: Browser;
  let reviewer: BrowserContext;
  let page: Page;
  let apiKey = '';
  const problems: PageProblems = { list: [], allowAborted: () => false };
  /** Refusals the tests provoke: the browser logs each refused request. */
  const refused = (path: string, method = 'POST') => [new RegExp(`HTTP 400: ${method} \\S+${path}`), /status of 400/];

  async function api<T>(method: string, url: string, body?: unknown, token = apiKey): Promise<{ status: number; data: T }> {
    const response = await fetch(`${server.url}${url}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, data: (await response.json()) as T };
  }

  /** The text of what an input is described by (its hint and its problem). */
  async function descriptionOf(input: Locator): Promise<string> {
    const ids = (await input.getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(ids.split(' ').filter(Boolean).map((id) => page.locator(`[id="${id}"]`).textContent()));
    return texts.join(' ');
  }

  async function expectProblemBeside(input: Locator, message: string): Promise<void> {
    await expect.poll(() => input.getAttribute('aria-invalid'), POLL).toBe('true');
    expect(await descriptionOf(input)).toContain(message);
  }

  async function expectFine(input: Locator): Promise<void> {
    await expect.poll(() => input.getAttribute('aria-invalid'), POLL).toBeNull();
  }

  const summary = () => page.getByTestId('error-summary');
  const task = () => page.getByRole('group', { name: 'Task 1', exact: true });
  const question = () => page.getByRole('group', { name: 'Question 1', exact: true });

  beforeAll(async () => {
    server = await startE2EServer();
    browser = await launchChromium();
    reviewer = await newTrackedContext(browser, server, problems, { width: 1280, height: 900 });
    // Signs up through the emailed link; the context keeps the session cookie.
    const signup = await signUpThroughEmail((url, data) => reviewer.request.post(url, { data }), accountMailbox(server.deps), {
      name: 'Vera Reviewer',
      email: 'vera@example.com',
      password: 'a long enough password',
      orgName: 'Valid Ltd',
    });
    const { csrfToken } = (await signup.json()) as { csrfToken: string };
    const created = await reviewer.request.post('/v1/api-keys', { data: { name: 'e2e' }, headers: { 'x-csrf-token': csrfToken } });
    expect(created.status()).toBe(201);
    apiKey = ((await created.json()) as { key: string }).key;
    page = await reviewer.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows every problem of a refused assessment beside its field and in a summary that links to it', async () => {
    await page.goto('/app/assessments/new');
    await page.getByRole('heading', { name: 'New assessment' }).waitFor();
    // Blank: the editor trims it, so the server finds it empty.
    await page.getByLabel('Title', { exact: true }).fill('   ');
    await page.getByLabel('Brief for the candidate').fill('One question and one task.');
    await page.getByRole('button', { name: 'Add question', exact: true }).click();
    await question().getByLabel('Option A of question 1').fill('Yes');
    await page.getByRole('button', { name: 'Add task' }).click();
    await task().getByLabel('Maximum score').fill('0');

    problems.expected = refused('/v1/assessments');
    await page.getByRole('button', { name: 'Create assessment' }).first().click();

    await summary().waitFor();
    await expect.poll(() => summary().getByRole('listitem').allTextContents(), POLL).toEqual([
      'Title is required',
      'Role is required',
      'Question 1: Text is required',
      'Question 1: Option 2 cannot be empty',
      'Question 1: Category is required',
      'Task 1: Title is required',
      'Task 1: Maximum score must be more than 0 and at most 10,000',
    ]);
    expect(await summary().locator('strong').textContent()).toBe('The assessment was not saved: fix these 7 problems');
    // The summary takes focus so that a keyboard or screen-reader user hears it first.
    await expect.poll(() => page.evaluate('document.activeElement?.dataset?.testid ?? null'), POLL).toBe('error-summary');

    await expectProblemBeside(page.getByLabel('Title', { exact: true }), 'Title is required');
    await expectProblemBeside(page.getByLabel('Role', { exact: true }), 'Role is required');
    await expectProblemBeside(question().getByLabel('Question text'), 'Text is required');
    await expectProblemBeside(question().getByLabel('Option B of question 1'), 'Option 2 cannot be empty');
    await expectProblemBeside(question().getByLabel('Category'), 'Category is required');
    await expectProblemBeside(task().getByLabel('Task title'), 'Title is required');
    await expectProblemBeside(task().getByLabel('Maximum score'), 'Maximum score must be more than 0 and at most 10,000');
    await expectFine(page.getByLabel('Brief for the candidate'));
    await screenshot(page, '70-editor-every-problem');
    const violations = seriousViolations(await runAxe(page));
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    // A link of the summary takes the reviewer to its field.
    await summary().getByRole('link', { name: 'Task 1: Maximum score must be more than 0 and at most 10,000' }).click();
    const maxScoreId = await task().getByLabel('Maximum score').getAttribute('id');
    await expect.poll(() => page.evaluate('document.activeElement?.id ?? null'), POLL).toBe(maxScoreId);
  });

  it("then refuses a rubric worth more than its task, beside the task's rubric", async () => {
    await page.getByLabel('Title', { exact: true }).fill(TITLE);
    await page.getByLabel('Role', { exact: true }).fill('Backend Engineer');
    await question().getByLabel('Question text').fill('Is this valid?');
    await question().getByLabel('Option B of question 1').fill('No');
    await question().getByLabel('Category').fill('Basics');
    await task().getByLabel('Task title').fill('Fix the bug');
    await task().getByLabel('Maximum score').fill('10');
    await task().getByRole('button', { name: 'Add criterion' }).click();
    await task().getByLabel('Criterion 1', { exact: true }).fill('Works');
    await task().getByLabel('Points', { exact: true }).fill('16');

    await page.getByRole('button', { name: 'Create assessment' }).first().click();
    await expect.poll(() => summary().getByRole('listitem').allTextContents(), POLL).toEqual([
      "Task 1: The criteria add up to 16 points, more than the task's maximum score of 10",
    ]);
    await expectFine(page.getByLabel('Title', { exact: true }));
    const rubric = task().getByRole('group', { name: 'Rubric of task 1' });
    expect(await descriptionOf(rubric)).toBe("The criteria add up to 16 points, more than the task's maximum score of 10");
    await screenshot(page, '71-editor-rubric-over-maximum');
  });

  it('saves once every problem is fixed', async () => {
    await task().getByLabel('Points', { exact: true }).fill('10');
    await page.getByRole('button', { name: 'Create assessment' }).first().click();
    await page.waitForURL(/\/app\/assessments\/asmt_[^/]+$/);
    await page.getByRole('heading', { name: TITLE }).waitFor();
    problems.expected = [];
    const list = await api<{ assessments: Array<{ title: string; caseCount: number; questionCount: number }> }>('GET', '/v1/assessments');
    expect(list.data.assessments).toEqual([expect.objectContaining({ title: TITLE, caseCount: 1, questionCount: 1 })]);
  });

  it('the candidate sees the answer length limit as they type; an answer over it is held, not lost, with the limit stated', async () => {
    const assessment = await api<{ assessment: { id: string } }>('POST', '/v1/assessments', {
      title: 'Essay Screen',
      role: 'Writer',
      taskBrief: 'One free-text question and one hands-on task.',
      questions: [{ text: 'Describe your last project', type: 'text', answer: 'anything', category: 'Writing', difficulty: 'easy' }],
      cases: [{ title: 'Edit the docs', maxScore: 10 }],
    });
    expect(assessment.status).toBe(201);
    // A key issued to a named candidate: the page does not ask for a name before the start.
    const keys = await api<{ keys: Array<{ key: string }> }>('POST', `/v1/assessments/${assessment.data.assessment.id}/keys`, {
      count: 1,
      candidateEmails: ['ed@example.com'],
      candidateNames: ['Ed Essayist'],
    });
    const context = await newTrackedContext(browser, server, problems, { width: 1200, height: 900 });
    const candidate = await context.newPage();
    const answerSaves: number[] = [];
    candidate.on('request', (request) => {
      if (request.method() === 'PUT' && request.url().includes('/v1/candidate/answers/')) answerSaves.push(request.postData()?.length ?? 0);
    });
    await candidate.goto(`/take/${keys.data.keys[0]!.key}`);
    await candidate.getByRole('heading', { name: 'Essay Screen' }).waitFor();
    expect(await candidate.getByTestId('deliverable-limit').textContent()).toContain('up to 2,000,000 characters');
    await candidate.getByLabel('I have read the rules and I am ready to start').check();
    await candidate.getByRole('button', { name: 'Start the test' }).click();

    const answer = candidate.getByLabel('Your answer');
    const count = candidate.getByTestId('answer-count');
    await expect.poll(() => count.textContent(), POLL).toBe('0 / 10,000 characters');
    await answer.fill('A short first draft.');
    await expect.poll(() => count.textContent(), POLL).toBe('20 / 10,000 characters');
    await candidate.getByTestId('save-state').filter({ hasText: 'All answers saved' }).waitFor();
    const savesBefore = answerSaves.length;

    await answer.fill('x'.repeat(10_001));
    await expect.poll(() => count.textContent(), POLL).toBe('10,001 / 10,000 characters');
    await expect.poll(() => answer.getAttribute('aria-invalid'), POLL).toBe('true');
    await expect.poll(() => candidate.getByRole('alert').filter({ hasText: 'Answers can be at most 10,000 characters; this one has 10,001' }).count(), POLL).toBe(1);
    await expect.poll(() => candidate.getByTestId('save-state').textContent(), POLL).toContain('Not saved: Answers can be at most 10,000 characters; this one has 10,001');
    expect(await candidate.getByText('An answer could not be saved').count()).toBe(0);
    await screenshot(candidate, '72-candidate-answer-over-limit');

    // Handing in now would lose the long answer: the page says what to do instead.
    await candidate.getByRole('button', { name: 'Hand in questions' }).click();
    await candidate.getByRole('dialog', { name: 'Hand in the questions?' }).getByRole('button', { name: 'Hand in questions' }).click();
    await candidate.getByText('An answer is not saved: Answers can be at most 10,000 characters; this one has 10,001. Shorten it, then hand them in again.').waitFor();

    await answer.fill('x'.repeat(10_000));
    await expect.poll(() => count.textContent(), POLL).toBe('10,000 / 10,000 characters');
    await candidate.getByTestId('save-state').filter({ hasText: 'All answers saved' }).waitFor();
    expect(await answer.getAttribute('aria-invalid')).toBeNull();
    // Only answers within the limit ever left the page.
    expect(answerSaves.length).toBeGreaterThan(savesBefore);
    expect(answerSaves.every((length) => length < 10_100)).toBe(true);
    await candidate.waitForLoadState('networkidle');
    await context.close();
  });

  it('had no unexpected console errors or failed requests', () => {
    expect(problems.list).toEqual([]);
  });
});
