import { describe, expect, it } from 'vitest';
import { renderTeamInviteAccountExistsEmail, renderTeamInviteEmail } from './team-invites-emails.js';

const LINK = 'https://hire.example.com/invite#token=secret-token-123';
const NASTY_ORG = 'Acme <b>&</b> Sons\r\nBcc: victim@example.com';

describe('team invite emails', () => {
  it('an invite names the inviter, the organization and the role, with the link in text and HTML', () => {
    const email = renderTeamInviteEmail({ orgName: 'Compilers Inc', inviterName: 'Grace Hopper', role: 'admin', acceptUrl: LINK, expiresAt: '2026-06-08T09:00:00.000Z' });
    expect(email.subject).toBe('Grace Hopper invited you to join Compilers Inc on Assay');
    expect(email.text).toContain(`Choose your name and password here: ${LINK}`);
    expect(email.text).toContain('as an admin (assessments, candidates, results, API keys, webhooks and the team)');
    expect(email.text).toContain('until Monday, 8 June 2026 at 09:00 UTC');
    expect(email.html).toContain(`href="${LINK}"`);
  });

  it('an invite from an API key without a name still reads as a sentence', () => {
    const email = renderTeamInviteEmail({ orgName: 'Compilers Inc', inviterName: null, role: 'viewer', acceptUrl: LINK, expiresAt: '2026-06-08T09:00:00.000Z' });
    expect(email.subject).toBe('You are invited to join Compilers Inc on Assay');
    expect(email.text).not.toContain('null');
  });

  it.each([
    ['an invite', () => renderTeamInviteEmail({ orgName: NASTY_ORG, inviterName: 'Eve\nEvil', role: 'viewer', acceptUrl: LINK, expiresAt: '2026-06-08T09:00:00.000Z' })],
    ['an invite to an address with an account', () => renderTeamInviteAccountExistsEmail({ orgName: NASTY_ORG, inviterName: 'Eve\nEvil', loginUrl: 'https://hire.example.com/login' })],
  ])('%s: one-line subject, escaped HTML', (_name, render) => {
    const email = render();
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.html).not.toContain('<b>&</b>');
    expect(email.html).toContain('Acme &lt;b&gt;&amp;&lt;/b&gt; Sons');
  });

  it('the email to an address that has an account carries no link that joins anything', () => {
    const invite = renderTeamInviteAccountExistsEmail({ orgName: 'Compilers Inc', inviterName: 'Grace Hopper', loginUrl: 'https://hire.example.com/login' });
    expect(invite.text).toContain('so it cannot join Compilers Inc');
    expect(invite.text).toContain('sign in to it here: https://hire.example.com/login');
    expect(invite.text).not.toContain('#token=');
    expect(invite.html).not.toContain('#token=');
    expect(invite.html).toContain('href="https://hire.example.com/login"');
  });
});
