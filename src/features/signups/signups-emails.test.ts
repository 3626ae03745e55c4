import { describe, expect, it } from 'vitest';
import { renderSignupAccountExistsEmail, renderSignupEmail } from './signups-emails.js';

const LINK = 'https://hire.example.com/signup/complete#token=secret-token-123';
const NASTY_ORG = 'Acme <b>&</b> Sons\r\nBcc: victim@example.com';

describe('signup emails', () => {
  it('the link email greets the person and names the organization it will create', () => {
    const email = renderSignupEmail({ name: 'Grace Hopper', orgName: 'Compilers Inc', completeUrl: LINK, expiresAt: '2026-06-02T09:00:00.000Z' });
    expect(email.subject).toBe('Finish creating Compilers Inc on Assay');
    expect(email.text).toContain('Hi Grace Hopper,');
    expect(email.text).toContain(LINK);
    expect(email.text).toContain('until Tuesday, 2 June 2026 at 09:00 UTC');
    expect(email.html).toContain(`href="${LINK}"`);
  });

  it.each([
    ['the link email', () => renderSignupEmail({ name: 'Eve\nEvil', orgName: NASTY_ORG, completeUrl: LINK, expiresAt: '2026-06-02T09:00:00.000Z' })],
    ['the account-exists email', () => renderSignupAccountExistsEmail({ accountOrgName: NASTY_ORG, loginUrl: 'https://hire.example.com/login' })],
  ])('%s: one-line subject, escaped HTML', (_name, render) => {
    const email = render();
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.html).not.toContain('<b>&</b>');
    expect(email.html).toContain('Acme &lt;b&gt;&amp;&lt;/b&gt; Sons');
  });

  it('the email to an address that has an account says where, offers sign-in, and carries no link that creates anything', () => {
    const email = renderSignupAccountExistsEmail({ accountOrgName: 'First Org', loginUrl: 'https://hire.example.com/login' });
    expect(email.subject).toBe('You already have an Assay account');
    expect(email.text).toContain('This address already has an account, in First Org');
    expect(email.text).toContain('Sign in to your account here: https://hire.example.com/login');
    expect(email.text).not.toContain('#token=');
    expect(email.html).not.toContain('#token=');
    expect(email.html).toContain('href="https://hire.example.com/login"');
  });
});
