import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accountMailbox, signUpThroughEmail, type AccountMailbox } from '../helpers/account-mail.js';
import {
  POLL,
  gotoSettled,
  inPage,
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
 * A teammate joins by email, in a real browser: the owner invites an address
 * with a role on the team page; the invitee opens the emailed link in their
 * own browser, chooses a name and password, and lands signed in with that
 * role. A revoked invitation's link says so.
 */

describe('team invites in the browser', { timeout: 90_000 }, () => {
  let server: E2EServer;
  let browser: Browser;
  let owner: BrowserContext;
  let invitee: BrowserContext;
  let ownerPage: Page;
  let mailbox: AccountMailbox;
  const problems: PageProblems = { list: [], allowAborted: () => false };
  const INVITEE = 'rita@example.com';
  const PASSWORD = 'ritas own passphrase';

  beforeAll(async () => {
    server = await startE2EServer();
    mailbox = accountMailbox(server.deps);
    browser = await launchChromium();
    owner = await newTrackedContext(browser, server, problems, { width: 1280, height: 860 });
    invitee = await newTrackedContext(browser, server, problems, { width: 1280, height: 860 });
    // The owner's browser signs up through its emailed link (its context keeps the session cookie).
    await signUpThroughEmail((url, data) => owner.request.post(url, { data }), mailbox, {
      name: 'Olive Owner',
      email: 'olive@example.com',
      password: 'a long enough password',
      orgName: 'Compilers Inc',
    });
    ownerPage = await owner.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens an emailed link in `page` as its reader would, on this test server's address. */
  async function openLink(page: Page, emailedLink: string): Promise<void> {
    const link = new URL(emailedLink);
    await page.goto(`${link.pathname}${link.hash}`);
  }

  it('the owner invites a teammate by email with a role; no password is asked for', async () => {
    const page = ownerPage;
    await gotoSettled(page, '/app/settings/team');
    await page.getByRole('heading', { name: 'Invite a teammate' }).waitFor();
    await page.getByRole('heading', { name: 'No pending invitations' }).waitFor();
    expect(await page.getByLabel(/password/i).count()).toBe(0);
    await page.getByLabel('Email', { exact: true }).fill(INVITEE);
    await page.getByLabel('Role', { exact: true }).selectOption('reviewer');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`Invitation sent to ${INVITEE}`).waitFor();
    const row = page.getByTestId('pending-invites').getByRole('row').filter({ hasText: INVITEE });
    await row.waitFor();
    await expect.poll(() => row.textContent(), POLL).toMatch(/reviewer.*Olive Owner.*pending/);
    await expect.poll(() => page.evaluate(inPage.doneLoading), POLL).toBe(true);
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    await screenshot(page, '60-team-invited');
  });

  it('the invitee opens the emailed link, sets a name and password, and lands signed in as a reviewer', async () => {
    const page = await invitee.newPage();
    await openLink(page, await mailbox.linkFor(INVITEE, 'invite'));
    await page.getByRole('heading', { name: 'Join Compilers Inc' }).waitFor();
    await page.getByText('Olive Owner invited you to join as a reviewer').waitFor();
    await expect.poll(() => page.getByLabel('Email').inputValue(), POLL).toBe(INVITEE);
    expect(await page.getByLabel('Email').isEditable()).toBe(false);
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    await page.getByLabel('Your name').fill('Rita Reviewer');
    await page.getByLabel('Password').fill(PASSWORD);
    await screenshot(page, '61-accept-invite');
    await page.getByRole('button', { name: 'Join Compilers Inc' }).click();
    // Signed in, on the dashboard's home page.
    await page.waitForURL(/\/app$/);
    await page.getByText('Compilers Inc · reviewer').waitFor();
    // A reviewer's dashboard: no API keys or webhooks in the navigation.
    await expect.poll(() => page.getByRole('link', { name: 'Assessments' }).count(), POLL).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'API keys' }).count()).toBe(0);
    const me = (await (await page.request.get('/v1/auth/me')).json()) as { user: { name: string; role: string; email: string } };
    expect(me.user).toMatchObject({ name: 'Rita Reviewer', role: 'reviewer', email: INVITEE });
    await screenshot(page, '62-invitee-signed-in');

    // The password is hers: a fresh browser signs in with it.
    const fresh = await newTrackedContext(browser, server, problems, { width: 1280, height: 860 });
    const login = await fresh.request.post('/v1/auth/login', { data: { email: INVITEE, password: PASSWORD } });
    expect(login.status()).toBe(200);
    await fresh.close();
  });

  it('the owner sees the new member on the team, and the invitation gone from the pending list', async () => {
    const page = ownerPage;
    await gotoSettled(page, '/app/settings/team');
    await page.getByRole('cell', { name: 'Rita Reviewer rita@example.com' }).waitFor();
    await expect.poll(() => page.getByLabel('Role of Rita Reviewer').inputValue(), POLL).toBe('reviewer');
    await page.getByRole('heading', { name: 'No pending invitations' }).waitFor();
  });

  it('a revoked invitation: the owner revokes it, and its emailed link explains it was withdrawn', async () => {
    const page = ownerPage;
    const email = 'sam@example.com';
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Role', { exact: true }).selectOption('viewer');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByTestId('pending-invites').getByText(email).waitFor();
    const firstLink = await mailbox.linkFor(email, 'invite');
    await page.getByRole('button', { name: `Resend the invitation to ${email}` }).click();
    await page.getByText(`Invitation sent again to ${email}`).waitFor();
    const resentLink = await mailbox.linkFor(email, 'invite');
    expect(resentLink).not.toBe(firstLink);
    await page.getByRole('button', { name: `Revoke the invitation to ${email}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke this invitation?' });
    await dialog.getByText(`The link sent to ${email} stops working`).waitFor();
    await dialog.getByRole('button', { name: 'Revoke' }).click();
    await page.getByText(`Invitation to ${email} revoked`).waitFor();
    await page.getByRole('heading', { name: 'No pending invitations' }).waitFor();

    // The link the resent email carried answers 410; the page says why, in words.
    problems.expected = [/HTTP 410: POST \S+\/v1\/users\/invites\/lookup/, /status of 410/];
    const stranger = await invitee.newPage();
    await openLink(stranger, resentLink);
    await stranger.getByRole('heading', { name: 'This invitation cannot be used' }).waitFor();
    await stranger.getByText('This invitation was withdrawn. Ask the team for a new one.').waitFor();
    expect(await stranger.getByLabel('Password').count()).toBe(0);
    await screenshot(stranger, '63-revoked-invite');
    problems.expected = [];
  });

  it('had no console errors, uncaught errors or failed requests', () => {
    expect(problems.list).toEqual([]);
  });
});
