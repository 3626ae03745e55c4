import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accountMailbox, signUpThroughEmail } from '../helpers/account-mail.js';
import {
  POLL,
  inPage,
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
 * Before and around the start (issue 16): a key issued without a name asks
 * for the candidate's name and email, and the reviewer then sees that name;
 * the brief of a hands-on test shows the CLI's install and login commands
 * with this server's URL and each task's own description; a reload leaves
 * full screen, which is recorded once and offered back; the integrity card
 * counts what its timeline shows and says what it merged.
 */

interface CreatedKey {
  id: string;
  key: string;
}

const HANDS_ON = 'Parser Screen';
const QUIZ = 'Quick Quiz';
const DESCRIPTION = 'The tokenizer drops the last token.\nFix it and add a test.';

describe('the candidate page before and around the start', { timeout: 120_000 }, () => {
  let server: E2EServer;
  let browser: Browser;
  let reviewer: BrowserContext;
  let candidate: BrowserContext;
  let apiKey = '';
  let handsOnKey: CreatedKey;
  let quizKey: CreatedKey;
  let quizSession = '';
  const problems: PageProblems = { list: [], allowAborted: () => false };

  const api = <T>(method: string, url: string, body?: unknown, token = apiKey) => requestJson<T>(server.url, method, url, body, token);

  /** A candidate token of its own for a key (what `assay login` does). */
  async function tokenFor(key: string): Promise<string> {
    const redeemed = await api<{ token: string }>('POST', '/v1/candidate/sessions', { key }, '');
    expect(redeemed.status).toBe(201);
    return redeemed.data.token;
  }

  async function keyOf(assessmentId: string, keyId: string) {
    const { data } = await api<{ keys: Array<{ id: string; status: string; candidateName: string | null; candidateEmail: string | null; sessionId: string | null }> }>(
      'GET',
      `/v1/assessments/${assessmentId}/keys`,
    );
    return data.keys.find((item) => item.id === keyId)!;
  }

  async function fullscreenExits(sessionId: string): Promise<Array<{ payload: Record<string, unknown> }>> {
    const { data } = await api<{ events: Array<{ payload: Record<string, unknown> }> }>('GET', `/v1/sessions/${sessionId}/events?type=fullscreen_exit`);
    return data.events;
  }

  /** Every event the page queued has been sent. */
  async function eventsDelivered(page: Page): Promise<void> {
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-pending-events'), POLL).toBe('0');
  }

  let handsOnAssessment = '';
  let quizAssessment = '';

  beforeAll(async () => {
    server = await startE2EServer();
    browser = await launchChromium();
    reviewer = await newTrackedContext(browser, server, problems, { width: 1280, height: 900 });
    // Signs up through the emailed link; the context keeps the session cookie.
    const signup = await signUpThroughEmail((url, data) => reviewer.request.post(url, { data }), accountMailbox(server.deps), {
      name: 'Rita Reviewer',
      email: 'rita@example.com',
      password: 'a long enough password',
      orgName: 'Parsers Ltd',
    });
    const { csrfToken } = (await signup.json()) as { csrfToken: string };
    const created = await reviewer.request.post('/v1/api-keys', { data: { name: 'e2e' }, headers: { 'x-csrf-token': csrfToken } });
    apiKey = ((await created.json()) as { key: string }).key;

    // Neither sets requireCandidateDetails: asking is the default.
    const handsOn = await api<{ assessment: { id: string } }>('POST', '/v1/assessments', {
      title: HANDS_ON,
      role: 'Backend Engineer',
      taskBrief: 'One question, then a fix in the repository.',
      timeLimitMinutes: 30,
      questions: [{ text: 'Which status means Created?', type: 'single', options: ['201', '200'], answer: 0, category: 'HTTP', difficulty: 'easy' }],
      cases: [{ title: 'Fix the tokenizer', maxScore: 10, description: DESCRIPTION, rubric: { criteria: [{ name: 'SECRET-RUBRIC', maxPoints: 10 }] } }],
    });
    expect(handsOn.status).toBe(201);
    handsOnAssessment = handsOn.data.assessment.id;
    [handsOnKey] = (await api<{ keys: CreatedKey[] }>('POST', `/v1/assessments/${handsOnAssessment}/keys`, { count: 1 })).data.keys as [CreatedKey];

    const quiz = await api<{ assessment: { id: string } }>('POST', '/v1/assessments', {
      title: QUIZ,
      role: 'Backend Engineer',
      taskBrief: 'Two questions in full screen.',
      timeLimitMinutes: 30,
      questions: [
        { text: 'Which port does PostgreSQL use?', type: 'single', options: ['5432', '3306'], answer: 0, category: 'Databases', difficulty: 'easy' },
        { text: 'Which method is idempotent?', type: 'single', options: ['PUT', 'POST'], answer: 0, category: 'HTTP', difficulty: 'easy' },
      ],
    });
    quizAssessment = quiz.data.assessment.id;
    [quizKey] = (
      await api<{ keys: CreatedKey[] }>('POST', `/v1/assessments/${quizAssessment}/keys`, { count: 1, candidateEmails: ['lin@example.com'], candidateNames: ['Lin Named'] })
    ).data.keys as [CreatedKey];

    candidate = await newTrackedContext(browser, server, problems, { width: 1200, height: 860, clipboard: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the brief of a hands-on test shows the install and login commands with this server and the key, and each task with its description', async () => {
    const page = await candidate.newPage();
    await page.goto(`/take/${handsOnKey.key}`);
    await page.getByRole('heading', { name: HANDS_ON }).waitFor();
    const brief = page.getByTestId('hands-on-brief');
    await expect.poll(() => brief.getByTestId('cli-install').textContent(), POLL).toBe(`npm install -g ${server.url}/cli/assay-cli.tgz`);
    await expect.poll(() => brief.getByTestId('cli-login').textContent(), POLL).toBe(`assay login ${handsOnKey.key} --server ${server.url}`);
    await expect.poll(() => brief.getByTestId('task-description').textContent(), POLL).toBe(DESCRIPTION);
    await expect.poll(() => page.getByText('SECRET-RUBRIC').count(), POLL).toBe(0);
    await brief.getByRole('button', { name: 'Copy the install command' }).click();
    await expect.poll(() => page.evaluate('navigator.clipboard.readText()'), POLL).toBe(`npm install -g ${server.url}/cli/assay-cli.tgz`);
    // What the command installs is there.
    const tarball = await fetch(`${server.url}/cli/assay-cli.tgz`);
    expect(tarball.status).toBe(200);
    expect(tarball.headers.get('content-type')).toBe('application/gzip');
    await screenshot(page, '50-candidate-cli-brief');
    await page.close();
  });

  it('a nameless key asks for name and email before starting, checks them, and the reviewer then sees the name', async () => {
    const page = await candidate.newPage();
    await page.goto(`/take/${handsOnKey.key}`);
    await page.getByRole('heading', { name: 'About you' }).waitFor();
    const violations = seriousViolations(await runAxe(page));
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.getByLabel('I have read the rules and I am ready to start').check();

    await page.getByRole('button', { name: 'Start the test' }).click();
    await page.getByText('Enter your name.').waitFor();
    await page.getByText('Enter your email address.').waitFor();
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.getAttribute("autocomplete")'), POLL).toBe('name');
    await page.getByLabel('Your full name').fill('Grace Hopper');
    await page.getByLabel('Your email').fill('grace@');
    await page.getByRole('button', { name: 'Start the test' }).click();
    await page.getByText('Enter an email address like name@example.com.').waitFor();
    await expect.poll(() => page.getByText('Enter your name.').count(), POLL).toBe(0);
    await screenshot(page, '51-candidate-details');
    // Nothing started while the details were missing.
    expect((await keyOf(handsOnAssessment, handsOnKey.id)).status).toBe('pending');

    await page.getByLabel('Your email').fill('grace@example.com');
    await page.getByRole('button', { name: 'Start the test' }).click();
    await page.getByRole('navigation', { name: 'Questions' }).waitFor();
    const key = await keyOf(handsOnAssessment, handsOnKey.id);
    expect(key).toMatchObject({ status: 'started', candidateName: 'Grace Hopper', candidateEmail: 'grace@example.com' });

    // The hands-on part of the running test says how to set up the CLI and what the task is.
    const parts = page.locator('.parts-card');
    await expect.poll(() => parts.getByTestId('cli-login').textContent(), POLL).toBe(`assay login ${handsOnKey.key} --server ${server.url}`);
    await expect.poll(() => parts.getByTestId('task-description').textContent(), POLL).toBe(DESCRIPTION);
    await screenshot(page, '52-candidate-hands-on-part');

    // Finished from "the CLI" (a token of its own), so there is a result to read.
    const finished = await api<{ session: { status: string } }>('POST', '/v1/candidate/finish', undefined, await tokenFor(handsOnKey.key));
    expect(finished.data.session.status).toBe('completed');
    await page.close();

    const desk = await reviewer.newPage();
    await desk.goto('/app/results');
    const row = desk.getByTestId('results-table').getByRole('link', { name: 'Grace Hopper' });
    await row.waitFor();
    await expect.poll(() => desk.getByTestId('results-table').getByText('Anonymous').count(), POLL).toBe(0);
    await row.click();
    await desk.getByRole('heading', { name: 'Grace Hopper' }).waitFor();
    await desk.close();
  });

  it('a reload leaves full screen: recorded once, with a prompt that returns to full screen', async () => {
    const page = await candidate.newPage();
    await page.goto(`/take/${quizKey.key}`);
    await page.getByRole('heading', { name: QUIZ }).waitFor();
    // A key with a name asks nothing.
    await expect.poll(() => page.getByTestId('candidate-details').count(), POLL).toBe(0);
    await page.getByLabel('I have read the rules and I am ready to start').check();
    await page.getByRole('button', { name: 'Start the test' }).click();
    await page.getByRole('navigation', { name: 'Questions' }).waitFor();
    await expect.poll(() => page.evaluate(inPage.isFullscreen), POLL).toBe(true);
    await expect.poll(() => page.getByTestId('fullscreen-prompt').count(), POLL).toBe(0);
    quizSession = (await keyOf(quizAssessment, quizKey.id)).sessionId!;

    await page.reload();
    await page.getByRole('navigation', { name: 'Questions' }).waitFor();
    expect(await page.evaluate(inPage.isFullscreen)).toBe(false);
    const prompt = page.getByTestId('fullscreen-prompt');
    await prompt.getByText('You left full screen').waitFor();
    await eventsDelivered(page);
    await expect.poll(async () => (await fullscreenExits(quizSession)).map((event) => event.payload.reason), POLL).toEqual(['reload']);
    await screenshot(page, '53-candidate-fullscreen-prompt');

    // Reloading again while out of full screen is no new exit; the page still offers to return.
    await page.reload();
    await page.getByTestId('fullscreen-prompt').getByRole('button', { name: 'Return to full screen' }).waitFor();
    await eventsDelivered(page);
    expect(await fullscreenExits(quizSession)).toHaveLength(1);

    await page.getByTestId('fullscreen-prompt').getByRole('button', { name: 'Return to full screen' }).click();
    await expect.poll(() => page.evaluate(inPage.isFullscreen), POLL).toBe(true);
    await expect.poll(() => page.getByTestId('fullscreen-prompt').count(), POLL).toBe(0);

    // Back in full screen, the next reload is a new exit.
    await page.reload();
    await page.getByTestId('fullscreen-prompt').getByText('You left full screen').waitFor();
    await eventsDelivered(page);
    await expect.poll(async () => (await fullscreenExits(quizSession)).length, POLL).toBe(2);
    await page.close();
  });

  it('the integrity card counts what its timeline shows, and says which entries merged events', async () => {
    // Three pastes and a copy at one instant (times before the start are kept at the start): one paste burst, one copy.
    const token = await tokenFor(quizKey.key);
    const at = '2000-01-01T00:00:00.000Z';
    const sent = await api('POST', '/v1/candidate/events', {
      events: [
        { id: 'merge-p1', type: 'paste', occurredAt: at },
        { id: 'merge-p2', type: 'paste', occurredAt: at },
        { id: 'merge-p3', type: 'paste', occurredAt: at },
        { id: 'merge-c1', type: 'copy', occurredAt: at },
      ],
    }, token);
    expect(sent.status).toBe(200);
    await api('POST', '/v1/candidate/finish', undefined, token);

    const desk = await reviewer.newPage();
    await desk.goto(`/app/results/${quizSession}`);
    const timeline = desk.getByTestId('integrity-timeline');
    await timeline.waitFor();
    const copyPaste = desk.getByTestId('stat-copy-paste');
    await expect.poll(() => copyPaste.locator('.value').textContent(), POLL).toBe('2');
    await expect.poll(() => copyPaste.locator('.hint').textContent(), POLL).toBe('4 copy/paste events, shown as 2 bursts (events within 2 s merged)');
    await expect.poll(() => timeline.locator('li.violation', { hasText: /Pasted text|Copied text/ }).count(), POLL).toBe(2);
    await expect.poll(() => timeline.locator('li', { hasText: 'Pasted text' }).textContent(), POLL).toContain('3 events within 2 s, counted once');

    // The reloads' exits: however they fell into bursts, the card's number is the timeline's entries.
    const exits = (await fullscreenExits(quizSession)).length;
    const entries = await timeline.locator('li', { hasText: 'Left full screen' }).count();
    expect(entries).toBeGreaterThan(0);
    await expect.poll(() => desk.getByTestId('stat-fullscreen').locator('.value').textContent(), POLL).toBe(String(entries));
    await expect.poll(() => desk.getByTestId('stat-fullscreen').locator('.hint').count(), POLL).toBe(exits > entries ? 1 : 0);
    await desk.getByTestId('merge-note').getByText('merged into one entry and count once').waitFor();
    await screenshot(desk, '54-result-integrity-merged');
    await desk.close();
  });

  it('had no unexpected console errors or failed requests', () => {
    expect(problems.list).toEqual([]);
  });
});
