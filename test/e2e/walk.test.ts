import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  RESULTS_DIR,
  gotoSettled,
  inPage,
  POLL,
  launchChromium,
  runAxe,
  screenshot,
  seriousViolations,
  startE2EServer,
  type E2EServer,
  type PageProblems,
  newTrackedContext,
} from './e2e-harness.js';
import { accountMailbox } from '../helpers/account-mail.js';

/**
 * The whole product in a real browser: a reviewer signs up (through the
 * emailed link), writes an assessment, invites a candidate; the candidate
 * opens the invitation link in
 * a second browser context, takes the test (leaving full screen once and
 * pasting once) and submits; the reviewer sees the score and both violations,
 * and downloads the PDF report.
 */

const QUESTIONS = [
  { text: 'Which HTTP status means Created?', type: 'single', options: ['200', '201', '204'], correct: [1], category: 'HTTP', difficulty: 'easy', points: 1 },
  { text: 'Which methods are idempotent?', type: 'multiple', options: ['GET', 'POST', 'PUT'], correct: [0, 2], category: 'HTTP', difficulty: 'medium', points: 2 },
  { text: 'What is the default PostgreSQL port?', type: 'text', accepted: '5432', category: 'Databases', difficulty: 'easy', points: 1 },
  { text: 'Which index type suits equality lookups?', type: 'single', options: ['Hash', 'GIN', 'BRIN'], correct: [0], category: 'Databases', difficulty: 'hard', points: 1 },
] as const;

/**
 * The candidate answers Q1, Q2 and Q3 right and Q4 wrong:
 * (1 + 2 + 1) of 5 points = 80 %.
 */
const EXPECTED_PERCENT = 80;

describe('browser walk: signup → assessment → invite → take → result → PDF', { timeout: 90_000 }, () => {
  let server: E2EServer;
  let browser: Browser;
  let reviewer: BrowserContext;
  let candidate: BrowserContext;
  const problems: PageProblems = {
    list: [],
    allowAborted: (url) => url.includes('/export?format='),
  };

  beforeAll(async () => {
    fs.rmSync(RESULTS_DIR, { recursive: true, force: true });
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    server = await startE2EServer();
    browser = await launchChromium();
    reviewer = await newTrackedContext(browser, server, problems, { width: 1280, height: 860, acceptDownloads: true });
    candidate = await newTrackedContext(browser, server, problems, { width: 1280, height: 860, clipboard: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  let reviewerPage: Page;
  let candidatePage: Page;
  let inviteKey = '';
  let resultId = '';

  it('a reviewer signs up and lands on the empty assessments list', async () => {
    reviewerPage = await reviewer.newPage();
    await gotoSettled(reviewerPage, '/');
    await screenshot(reviewerPage, '01-home');
    await reviewerPage.getByRole('link', { name: 'Create an organization' }).click();
    await reviewerPage.getByLabel('Your name').fill('Grace Hopper');
    await reviewerPage.getByLabel('Work email').fill('grace@example.com');
    await reviewerPage.getByLabel('Company name').fill('Compilers Inc');
    await reviewerPage.getByLabel('Password').fill('correct horse battery');
    await screenshot(reviewerPage, '02-signup');
    await reviewerPage.getByRole('button', { name: 'Create organization' }).click();
    await reviewerPage.getByRole('heading', { name: 'Check your email' }).waitFor();
    await expect.poll(() => reviewerPage.evaluate('document.activeElement && document.activeElement.tagName'), POLL).toBe('H1');
    await reviewerPage.getByText('We sent an email to grace@example.com').waitFor();
    await screenshot(reviewerPage, '02b-check-email');
    // The emailed link, opened as the reader of that mailbox would (on this test server's address).
    const link = new URL(await accountMailbox(server.deps).linkFor('grace@example.com', 'signup'));
    await reviewerPage.goto(`${link.pathname}${link.hash}`);
    await reviewerPage.getByRole('heading', { name: 'Create Compilers Inc' }).waitFor();
    await reviewerPage.getByText('You will be its owner, signed in as Grace Hopper (grace@example.com)').waitFor();
    await screenshot(reviewerPage, '02c-complete-signup');
    await reviewerPage.getByRole('button', { name: 'Create Compilers Inc' }).click();
    await reviewerPage.waitForURL('**/app/assessments');
    await reviewerPage.getByRole('heading', { name: 'No assessments yet' }).waitFor();
    await screenshot(reviewerPage, '03-assessments-empty');
  });

  it('creates an assessment with questions in the question editor', async () => {
    const page = reviewerPage;
    await page.getByRole('link', { name: 'New assessment' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Backend Engineer Screen');
    await page.getByLabel('Role', { exact: true }).fill('Backend Engineer');
    await page.getByLabel('Brief for the candidate').fill('Answer four short questions about HTTP and databases.');
    await page.getByLabel('Time limit (minutes)').fill('30');
    await page.getByLabel('Show candidates their score when they finish').check();

    for (const [index, question] of QUESTIONS.entries()) {
      await page.getByRole('button', { name: index === 0 ? 'Add question' : 'Add another question' }).first().click();
      const editor = page.getByTestId('question-editor').nth(index);
      await editor.getByLabel('Question text').fill(question.text);
      await editor.getByLabel('Type').selectOption(question.type);
      await editor.getByLabel('Category').fill(question.category);
      await editor.getByLabel('Difficulty').selectOption(question.difficulty);
      await editor.getByLabel('Points').fill(String(question.points));
      if (question.type === 'text') {
        await editor.getByLabel('Accepted answers').fill(question.accepted);
        continue;
      }
      for (const [optionIndex, option] of question.options.entries()) {
        const letter = String.fromCharCode(65 + optionIndex);
        if (optionIndex >= 2) await editor.getByRole('button', { name: 'Add option' }).click();
        await editor.getByLabel(`Option ${letter} of question ${index + 1}`).fill(option);
      }
      for (const correct of question.correct) {
        await editor.getByLabel(`Option ${String.fromCharCode(65 + correct)} is correct`).check();
      }
      if (question.type === 'multiple') {
        // The first option of a new multiple-choice question starts ticked; keep only the correct ones.
        for (const [optionIndex] of question.options.entries()) {
          const box = editor.getByLabel(`Option ${String.fromCharCode(65 + optionIndex)} is correct`);
          if (!(question.correct as readonly number[]).includes(optionIndex) && (await box.isChecked())) await box.uncheck();
        }
      }
    }
    await screenshot(page, '04-assessment-editor');
    await page.getByRole('button', { name: 'Create assessment' }).first().click();
    await page.waitForURL(/\/app\/assessments\/asmt_[^/]+$/);
    await page.getByRole('heading', { name: 'Backend Engineer Screen' }).waitFor();
    await expect.poll(() => page.getByRole('cell', { name: 'Which methods are idempotent?' }).isVisible(), POLL).toBe(true);
    await screenshot(page, '05-assessment-detail');
  });

  it('invites a candidate by email and gets a key with its link', async () => {
    const page = reviewerPage;
    await page.getByLabel('Candidates').fill('Ada Lovelace <ada@example.com>');
    await page.getByRole('button', { name: 'Send invitations' }).click();
    const chip = page.getByTestId('created-keys').locator('.key-chip').first();
    await chip.waitFor();
    inviteKey = (await chip.textContent())!.trim();
    expect(inviteKey).toMatch(/^PST-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await page.getByTestId('keys-table').getByText('ada@example.com').waitFor();
    await screenshot(page, '06-invited');
  });

  it('the candidate follows the invitation link in a second browser and reads the brief', async () => {
    candidatePage = await candidate.newPage();
    await candidatePage.goto(`/take/${inviteKey}`);
    await candidatePage.getByRole('heading', { name: 'Backend Engineer Screen' }).waitFor();
    await expect.poll(() => candidatePage.getByText('Welcome, Ada Lovelace').isVisible(), POLL).toBe(true);
    await screenshot(candidatePage, '07-candidate-brief');
    const violations = seriousViolations(await runAxe(candidatePage));
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });

  it('starts in full screen, answers every question with autosave, leaves full screen once and pastes once', async () => {
    const page = candidatePage;
    await page.getByLabel('I have read the rules and I am ready to start').check();
    await page.getByRole('button', { name: 'Start the test' }).click();
    await page.getByRole('navigation', { name: 'Questions' }).waitFor();
    await expect.poll(() => page.evaluate(inPage.isFullscreen), POLL).toBe(true);
    await expect.poll(() => page.getByTestId('countdown').textContent(), POLL).toMatch(/^(30:00|29:5\d)$/);
    const running = seriousViolations(await runAxe(page));
    expect(running, JSON.stringify(running, null, 2)).toEqual([]);

    for (let number = 1; number <= QUESTIONS.length; number++) {
      await page.getByRole('button', { name: new RegExp(`^Question ${number}, `) }).click();
      const heading = (await page.getByTestId('question').locator('h2').textContent())!.trim();
      const question = QUESTIONS.find((q) => q.text === heading)!;
      expect(question, heading).toBeTruthy();
      const body = page.getByTestId('question');
      if (question.type === 'text') {
        // Pasted from the clipboard: a real paste event, as a person would do it.
        await page.evaluate(inPage.copyToClipboard('5432'));
        await body.getByLabel('Your answer').focus();
        await page.keyboard.press('Control+V');
        await expect.poll(() => body.getByLabel('Your answer').inputValue(), POLL).toBe('5432');
      } else if (question.text.startsWith('Which index type')) {
        // Answered wrong on purpose, with the keyboard only: focus the first option, arrow to another.
        const wrong = question.options.find((_, i) => !(question.correct as readonly number[]).includes(i))!;
        await body.getByLabel(wrong, { exact: true }).focus();
        await page.keyboard.press('Space');
        await expect.poll(() => body.getByLabel(wrong, { exact: true }).isChecked(), POLL).toBe(true);
      } else {
        for (const correct of question.correct) await body.getByLabel(question.options[correct]!, { exact: true }).check();
      }
      if (number === 2) {
        // Leave full screen once, as a candidate pressing Escape would.
        await page.evaluate(inPage.exitFullscreen);
        await page.getByText('You left full screen').waitFor();
        await screenshot(page, '09-candidate-left-fullscreen');
      }
    }
    await page.getByTestId('save-state').filter({ hasText: 'All answers saved' }).waitFor();
    await expect.poll(() => page.getByText(`${QUESTIONS.length} of ${QUESTIONS.length} answered.`).isVisible(), POLL).toBe(true);
    await screenshot(page, '08-candidate-question');

    // Usable at phone width: nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = (await page.evaluate(inPage.horizontalOverflow)) as number;
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, '10-candidate-phone');
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('hands in the answers after confirming (the only part: the test ends) and sees the finished page with the score', async () => {
    const page = candidatePage;
    await page.getByRole('button', { name: 'Hand in questions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hand in the questions?' });
    await dialog.getByText('You have answered every question.').waitFor();
    await dialog.getByText('This ends the test.').waitFor();
    await screenshot(page, '11-candidate-confirm');
    await dialog.getByRole('button', { name: 'Hand in questions' }).click();
    await page.getByTestId('finished').waitFor();
    await expect.poll(() => page.getByTestId('finished').textContent(), POLL).toContain(`${EXPECTED_PERCENT}%`);
    await screenshot(page, '12-candidate-finished');
    const finished = seriousViolations(await runAxe(page));
    expect(finished, JSON.stringify(finished, null, 2)).toEqual([]);
  });

  it('the reviewer sees the result with the right score, 1 full-screen exit and 1 copy/paste violation', async () => {
    const page = reviewerPage;
    await page.getByRole('link', { name: 'Results', exact: true }).first().click();
    await page.waitForURL('**/app/results**');
    const row = page.getByTestId('results-table').getByRole('link', { name: 'Ada Lovelace' });
    await row.waitFor();
    await screenshot(page, '13-results');
    await row.click();
    await page.waitForURL(/\/app\/results\/[^/]+$/);
    resultId = page.url().split('/').pop()!;
    await page.getByTestId('stat-score').getByText(`${EXPECTED_PERCENT}%`).waitFor();
    await expect.poll(() => page.getByTestId('stat-fullscreen').locator('.value').textContent(), POLL).toBe('1');
    await expect.poll(() => page.getByTestId('stat-copy-paste').locator('.value').textContent(), POLL).toBe('1');
    const timeline = page.getByTestId('integrity-timeline');
    await expect.poll(() => timeline.getByText('Left full screen').count(), POLL).toBe(1);
    await expect.poll(() => timeline.getByText('Pasted text').count(), POLL).toBe(1);
    await expect.poll(() => page.getByTestId('answers-table').getByText('Correct', { exact: true }).count(), POLL).toBe(3);
    await screenshot(page, '14-result-detail');
  });

  it('downloads the PDF report', async () => {
    const page = reviewerPage;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download PDF' }).click()]);
    const file = path.join(RESULTS_DIR, 'result.pdf');
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(1000);
  });

  it('records the decision', async () => {
    const page = reviewerPage;
    await page.getByRole('button', { name: 'Hire' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Mark as hired' }).click();
    await page.locator('.alert').getByText('Marked as').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Hire' }).isDisabled(), POLL).toBe(true);
  });

  it('every other main page renders', async () => {
    const page = reviewerPage;
    const assessmentId = await server.database.db.selectFrom('assessments').select('id').executeTakeFirstOrThrow();
    const pages: Array<[string, string, string]> = [
      [`/app/assessments/${assessmentId.id}/cohort`, 'Backend Engineer Screen: cohort', '15-cohort'],
      ['/app/assessments', 'Assessments', '16-assessments'],
      ['/app/candidates', 'Candidates', '17-candidates'],
      ['/app/rubrics', 'Rubrics', '18-rubrics'],
      ['/app/settings/team', 'Settings', '19-team'],
      ['/app/settings/api-keys', 'Settings', '20-api-keys'],
      ['/app/settings/webhooks', 'Settings', '21-webhooks'],
      ['/app/audit-log', 'Audit log', '22-audit-log'],
      ['/app/mailbox', 'Mailbox', '23-mailbox'],
      [`/app/assessments/${assessmentId.id}/edit`, 'Edit Backend Engineer Screen', '24-assessment-edit'],
    ];
    for (const [url, heading, name] of pages) {
      await gotoSettled(page, url);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expect.poll(() => page.evaluate(inPage.doneLoading), POLL).toBe(true);
      await screenshot(page, name);
    }
    await gotoSettled(page, '/app/audit-log');
    await page.getByTestId('audit-table').getByRole('button', { name: resultId }).first().waitFor();
    // The trail names who changed what: filtered to one action, Grace's assessment and Ada's key, by name.
    const entries = page.getByTestId('audit-entry');
    await page.getByLabel('Action', { exact: true }).selectOption('assessment.create');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => entries.count(), POLL).toBe(1);
    await expect.poll(() => entries.first().innerText(), POLL).toMatch(/Grace Hopper[\s\S]*Created an assessment[\s\S]*Backend Engineer Screen/);
    await page.getByLabel('Action', { exact: true }).selectOption('key.create');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => entries.first().innerText(), POLL).toMatch(/Grace Hopper[\s\S]*Created a candidate key[\s\S]*Ada Lovelace[\s\S]*for Backend Engineer Screen/);
    await expect.poll(() => entries.count(), POLL).toBe(1);
    await gotoSettled(page, '/app/mailbox');
    await page.getByTestId('mailbox-table').getByText('ada@example.com', { exact: false }).first().waitFor();
  });

  it('had no console errors, uncaught errors or failed requests', () => {
    expect(problems.list).toEqual([]);
  });
});
