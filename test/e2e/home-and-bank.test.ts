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
} from './e2e-harness.js';

/**
 * The reviewer's home page (what needs doing: an attempt to grade, a new
 * result, a key about to expire, the latest changes; each links on) and the
 * question-bank page (browse by category and difficulty, add, edit, retire,
 * restore, and draw a category in a new assessment's blueprint).
 */

const OPERATOR_KEY = 'e2e-operator-key-0123456789';
const EMAIL = 'hana@example.com';
const PASSWORD = 'a long enough password';

describe('home page and question bank in the browser', { timeout: 120_000 }, () => {
  let server: E2EServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let apiKey = '';
  const problems: PageProblems = { list: [], allowAborted: () => false };
  const made: Record<string, string> = {};
  // Leaving a view or changing a filter cancels the requests still under way (a failed request here):
  // the test waits until the page has none before it does either.
  let requestsUnderWay = 0;
  const settled = () => expect.poll(() => requestsUnderWay, POLL).toBe(0);

  /** The JSON answer of a 2xx, read as `T` (the caller names the fields it uses); anything else throws. */
  async function api<T>(method: string, url: string, body?: unknown, token = apiKey): Promise<T> {
    const response = await fetch(`${server.url}${url}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data: unknown = await response.json();
    if (response.status >= 300) throw new Error(`${method} ${url} answered ${response.status}: ${JSON.stringify(data)}`);
    return data as T;
  }
  type Created = { assessment: { id: string } };
  type Keys = { keys: Array<{ id: string; key: string }> };
  const QUESTION = { text: 'Default HTTPS port?', type: 'single', options: ['80', '443'], answer: 1, category: 'Networking', difficulty: 'easy' };

  /** A candidate takes the assessment through the API: every question answered with its first option, every task handed in. */
  async function takeAndSubmit(key: string) {
    const { token } = await api<{ token: string }>('POST', '/v1/candidate/sessions', { key }, '');
    type Session = { id: string; questions: Array<{ id: string; options: string[] }>; cases: Array<{ id: string }> };
    const { session } = await api<{ session: Session }>('POST', '/v1/candidate/start', {}, token);
    for (const question of session.questions) {
      await api('PUT', `/v1/candidate/answers/${question.id}`, { selectedAnswer: question.options.indexOf('443') }, token);
    }
    await api('POST', '/v1/candidate/submit', {}, token);
    for (const task of session.cases) {
      await api('POST', `/v1/candidate/cases/${task.id}/submit`, { deliverable: 'diff --git a/x b/x', timeSpentSeconds: 600 }, token);
    }
    return session.id;
  }

  beforeAll(async () => {
    server = await startE2EServer({ ASSAY_OPERATOR_KEY: OPERATOR_KEY });
    const created = await api<{ apiKey: string }>('POST', '/v1/admin/orgs', { name: 'Harbour Hiring' }, OPERATOR_KEY);
    apiKey = created.apiKey;
    // The organization's first owner joins through an emailed invite, as on a real server.
    await api('POST', '/v1/users/invites', { email: EMAIL, role: 'owner' });
    await acceptInviteThroughEmail(postJsonTo(server.url), accountMailbox(server.deps), EMAIL, { name: 'Hana Owner', password: PASSWORD });
    browser = await launchChromium();
    context = await newTrackedContext(browser, server, problems, { width: 1280, height: 900 });
    page = await context.newPage();
    page.on('request', () => (requestsUnderWay += 1));
    page.on('requestfinished', () => (requestsUnderWay -= 1));
    page.on('requestfailed', () => (requestsUnderWay -= 1));
    await gotoSettled(page, '/login');
    await page.getByLabel('Work email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/app$/);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('greets a new team with what to do first', async () => {
    await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
    const start = page.locator('section.card', { hasText: 'Get started' });
    await start.getByRole('link', { name: 'Create an assessment' }).waitFor();
    await page.getByTestId('home-awaiting').getByText('Nothing to grade').waitFor();
    await page.getByTestId('home-expiring').getByText('Invite a candidate from an assessment to send a key.').waitFor();
    await screenshot(page, '60-home-new-team');
  });

  it('lists an attempt awaiting grading, a new result, an expiring key and recent activity, each linking on', async () => {
    const task = await api<Created>('POST', '/v1/assessments', {
      title: 'Platform Take-Home',
      role: 'Platform Engineer',
      taskBrief: 'One question and a hands-on task.',
      questions: [QUESTION],
      cases: [{ title: 'Fix the flaky deploy', maxScore: 10, rubric: { criteria: [{ name: 'Correctness', maxPoints: 10 }] } }],
    });
    const quiz = await api<Created>('POST', '/v1/assessments', { title: 'Networking Quiz', role: 'Platform Engineer', taskBrief: 'One question.', questions: [QUESTION] });
    // Its keys expire two days after they are made: within the home page's three days.
    const shortLived = await api<Created>('POST', '/v1/assessments', { title: 'Same-Week Screen', role: 'SRE', taskBrief: 'Short.', expiresInDays: 2, questions: [QUESTION] });
    const invite = async (assessment: Created, email: string, name: string) =>
      (await api<Keys>('POST', `/v1/assessments/${assessment.assessment.id}/keys`, { count: 1, candidateEmails: [email], candidateNames: [name] })).keys[0]!;
    const adaKey = await invite(task, 'ada@example.com', 'Ada Lovelace');
    const bobKey = await invite(quiz, 'bob@example.com', 'Bob Martin');
    await invite(shortLived, 'cy@example.com', 'Cy Young');
    made.awaiting = await takeAndSubmit(adaKey.key);
    made.completed = await takeAndSubmit(bobKey.key);
    // A change the audit trail records by name: a bank question edited.
    const { questions } = await api<{ questions: Array<{ id: string }> }>('POST', '/v1/question-bank/questions', {
      questions: [{ text: 'Which layer does TCP live on?', type: 'single', options: ['Transport', 'Network'], answer: 0, category: 'Networking', difficulty: 'medium' }],
    });
    await api('PATCH', `/v1/question-bank/questions/${questions[0]!.id}`, { text: 'Which OSI layer does TCP live on?' });
    // The invitations were just emailed; pretend it was a while ago so that a resend is allowed.
    await server.database.db.updateTable('emails').set({ created_at: new Date(Date.now() - 120_000).toISOString() }).execute();

    await gotoSettled(page, '/app');
    const awaiting = page.getByTestId('home-awaiting');
    await awaiting.getByText('Ada Lovelace').waitFor();
    await awaiting.getByText(/Platform Take-Home · 1 task to grade · waiting (just now|\d+ min)/).waitFor();
    const completed = page.getByTestId('home-completed');
    await completed.getByText('Bob Martin').waitFor();
    await completed.getByText('100%').waitFor();
    const expiring = page.getByTestId('home-expiring');
    await expiring.getByText('Cy Young').waitFor();
    await expiring.getByText(/Same-Week Screen · expires in (1|2) days?|Same-Week Screen · expires in \d+ h/).waitFor();
    const activity = page.getByTestId('home-activity');
    await expect.poll(() => activity.locator('li').first().textContent(), POLL).toMatch(/edited question Which OSI layer does TCP live on\?/);
    await screenshot(page, '61-home');
    expect(seriousViolations(await runAxe(page))).toEqual([]);

    await expiring.getByRole('button', { name: 'Resend the invitation to cy@example.com' }).click();
    await page.getByText('Invitation sent again to cy@example.com').waitFor();

    await settled();
    await awaiting.getByRole('link', { name: 'Grade Ada Lovelace' }).click();
    await page.waitForURL(`**/app/results/${made.awaiting}`);
    await page.getByTestId('stat-score').getByText('Pending').waitFor();
    await settled();
    await page.goBack();
    await page.getByTestId('home-completed').getByRole('link', { name: /Bob Martin/ }).click();
    await page.waitForURL(`**/app/results/${made.completed}`);
    await page.getByTestId('stat-score').getByText('100%').waitFor();
    await settled();
    await page.goBack();
    await page.getByTestId('home-activity').getByRole('link', { name: 'Which OSI layer does TCP live on?' }).click();
    await page.waitForURL('**/app/question-bank');
    await page.getByRole('heading', { level: 1, name: 'Question bank' }).waitFor();
  });

  it('browses the bank by category and difficulty, adds, edits, retires and restores a question', async () => {
    await api('POST', '/v1/question-bank/questions', {
      questions: [
        { text: 'Which clause filters groups?', type: 'single', options: ['WHERE', 'HAVING'], answer: 1, category: 'SQL', difficulty: 'medium' },
        { text: 'Which join keeps unmatched left rows?', type: 'single', options: ['INNER', 'LEFT'], answer: 1, category: 'SQL', difficulty: 'medium' },
        { text: 'What does ACID stand for?', type: 'text', answer: ['atomicity consistency isolation durability'], category: 'SQL', difficulty: 'hard' },
      ],
    });
    await gotoSettled(page, '/app');
    await settled();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Question bank' }).click();
    await page.waitForURL('**/app/question-bank');
    const categories = page.getByTestId('bank-categories');
    const sqlRow = categories.getByRole('row').filter({ hasText: 'SQL' });
    await sqlRow.waitFor();
    await expect.poll(() => sqlRow.locator('td.num').allTextContents(), POLL).toEqual(['0', '2', '1', '0']);

    // Add a question through the editor.
    await page.getByRole('button', { name: 'Add question' }).first().click();
    const editor = page.getByTestId('question-editor');
    await editor.getByLabel('Question text').fill('Which index type suits equality lookups?');
    await editor.getByLabel('Category').fill('SQL');
    await editor.getByLabel('Difficulty').selectOption('medium');
    await editor.getByLabel('Option A of question 1').fill('Hash');
    await editor.getByLabel('Option B of question 1').fill('GiST');
    await editor.getByLabel('Option A is correct').check();
    await page.getByRole('button', { name: 'Add to the bank' }).click();
    await page.getByText('Question added to the bank').waitFor();
    await expect.poll(() => sqlRow.locator('td.num').allTextContents(), POLL).toEqual(['0', '3', '1', '0']);

    // Browse: the medium SQL questions only.
    await settled();
    await sqlRow.getByRole('button', { name: 'Show the 3 medium questions in SQL' }).click();
    const list = page.getByTestId('bank-questions');
    await expect
      .poll(() => list.locator('tbody tr td:first-child > div:first-child').allTextContents(), POLL)
      .toEqual(['Which clause filters groups?', 'Which join keeps unmatched left rows?', 'Which index type suits equality lookups?']);
    const filters = page.getByRole('form', { name: 'Filter the questions' });
    await settled();
    await filters.getByLabel('Difficulty').selectOption('hard');
    await list.getByText('What does ACID stand for?').waitFor();
    await expect.poll(() => list.locator('tbody tr').count(), POLL).toBe(1);
    await settled();
    await filters.getByLabel('Difficulty').selectOption('medium');
    await screenshot(page, '62-question-bank');
    expect(seriousViolations(await runAxe(page))).toEqual([]);

    // Edit: a new version replaces the old one in the bank.
    await list.getByRole('button', { name: 'Edit “Which join keeps unmatched left rows?”' }).click();
    await page.getByTestId('question-editor').getByLabel('Question text').fill('Which join keeps every row of the left table?');
    await page.getByRole('button', { name: 'Save question' }).click();
    await page.getByText('Question saved; attempts that drew it keep the earlier version').waitFor();
    await list.getByText('Which join keeps every row of the left table?').waitFor();
    await expect.poll(() => list.getByText('Which join keeps unmatched left rows?').count(), POLL).toBe(0);

    // Retire, find it among the retired questions, restore it.
    await list.getByRole('button', { name: 'Retire “Which clause filters groups?”' }).click();
    await page.getByRole('dialog', { name: 'Retire this question?' }).getByRole('button', { name: 'Retire question' }).click();
    await page.getByText('Question retired: blueprints no longer draw it').waitFor();
    await expect.poll(() => list.getByText('Which clause filters groups?').count(), POLL).toBe(0);
    await expect.poll(() => sqlRow.locator('td.num').allTextContents(), POLL).toEqual(['0', '2', '1', '1']);
    await settled();
    await filters.getByLabel('Show').selectOption('retired');
    await list.getByText('Which clause filters groups?').waitFor();
    await screenshot(page, '63-question-bank-retired');
    await list.getByRole('button', { name: 'Restore “Which clause filters groups?”' }).click();
    await page.getByText('Question restored: blueprints draw it again').waitFor();
    await page.getByRole('heading', { name: 'No retired questions' }).waitFor();
    await expect.poll(() => sqlRow.locator('td.num').allTextContents(), POLL).toEqual(['0', '3', '1', '0']);
  });

  it('uses a category in a new assessment’s blueprint, then another in the same assessment', async () => {
    await page.getByTestId('bank-categories').getByRole('button', { name: 'Use in a blueprint: SQL' }).click();
    const dialog = page.getByRole('dialog', { name: 'Use “SQL” in a blueprint' });
    await dialog.getByLabel('Difficulty').selectOption('medium');
    await dialog.getByLabel('Questions per candidate').fill('2');
    await dialog.getByLabel('Assessment').selectOption({ label: 'A new assessment' });
    await settled();
    await dialog.getByRole('button', { name: 'Open in the assessment editor' }).click();
    await page.waitForURL('**/app/assessments/new?draw=SQL&difficulty=medium&count=2');
    const draw = page.getByTestId('blueprint-editor').getByRole('group', { name: 'Draw 1' });
    await expect.poll(() => draw.getByLabel('Category').inputValue(), POLL).toBe('SQL');
    await expect.poll(() => draw.getByLabel('Difficulty').inputValue(), POLL).toBe('medium');
    await expect.poll(() => draw.getByLabel('Questions').inputValue(), POLL).toBe('2');
    await draw.getByText('3 available').waitFor();
    await page.getByLabel('Title', { exact: true }).fill('SQL Screen');
    await page.getByLabel('Role', { exact: true }).fill('Data Engineer');
    await page.getByLabel('Brief for the candidate').fill('Two SQL questions, different for each candidate.');
    await screenshot(page, '64-blueprint-from-bank');
    await settled();
    await page.getByRole('button', { name: 'Create assessment' }).first().click();
    await page.waitForURL(/\/app\/assessments\/asmt_[^/]+$/);
    await page.getByRole('heading', { name: 'SQL Screen' }).waitFor();
    await page.getByText('drawn per candidate').waitFor();
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const { assessment } = await api<{ assessment: { blueprint: unknown; questionCount: number } }>('GET', `/v1/assessments/${id}`);
    expect(assessment.blueprint).toEqual([{ category: 'SQL', difficulty: 'medium', count: 2 }]);
    expect(assessment.questionCount).toBe(2);

    // Another category added to that assessment's draw: its editor opens with both.
    await gotoSettled(page, '/app/question-bank');
    await page.getByTestId('bank-categories').getByRole('button', { name: 'Use in a blueprint: Networking' }).click();
    const second = page.getByRole('dialog', { name: 'Use “Networking” in a blueprint' });
    await expect.poll(() => second.getByLabel('Questions per candidate').inputValue(), POLL).toBe('1');
    await second.getByLabel('Assessment').selectOption({ label: 'SQL Screen' });
    await settled();
    await second.getByRole('button', { name: 'Open in the assessment editor' }).click();
    await page.waitForURL(`**/app/assessments/${id}/edit?draw=Networking&difficulty=medium&count=1`);
    const added = page.getByTestId('blueprint-editor').getByRole('group', { name: 'Draw 2' });
    await expect.poll(() => added.getByLabel('Category').inputValue(), POLL).toBe('Networking');
    await expect.poll(() => page.getByTestId('blueprint-editor').getByRole('group', { name: 'Draw 1' }).getByLabel('Category').inputValue(), POLL).toBe('SQL');
    await settled();
    await page.getByRole('button', { name: 'Save changes' }).first().click();
    await page.waitForURL(`**/app/assessments/${id}`);
    await expect
      .poll(async () => (await api<{ assessment: { blueprint: unknown } }>('GET', `/v1/assessments/${id}`)).assessment.blueprint, POLL)
      .toEqual([
        { category: 'SQL', difficulty: 'medium', count: 2 },
        { category: 'Networking', difficulty: 'medium', count: 1 },
      ]);
  });

  it('had no console errors, uncaught errors or failed requests', () => {
    expect(problems.list).toEqual([]);
  });
});
