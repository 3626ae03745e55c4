import { escapeHtml } from '../../shared/html.js';
import { emailDocument, formatUtcDateTime, oneLine, type RenderedEmail } from '../emails/emails-layout.js';

/**
 * The emails an invited address gets. Pure: the delivery job renders them
 * when it sends (so a revoked or replaced invite sends nothing), and only the
 * address's owner reads them — which is why the second one may say that the
 * address already has an account.
 */

const ROLE_WORDS: Record<string, string> = {
  owner: 'an owner (everything, including the team and its owners)',
  admin: 'an admin (assessments, candidates, results, API keys, webhooks and the team)',
  reviewer: 'a reviewer (assessments, candidates and results)',
  viewer: 'a viewer (reads assessments, candidates and results)',
};

export interface TeamInviteEmailInput {
  orgName: string;
  /** The inviter's name; null for an inviter without one. */
  inviterName: string | null;
  role: string;
  /** `<public origin>/invite#token=…` */
  acceptUrl: string;
  expiresAt: string;
}

function inviterPhrase(orgName: string, inviterName: string | null): string {
  return inviterName ? `${oneLine(inviterName)} invited you to join ${orgName}` : `You are invited to join ${orgName}`;
}

export function renderTeamInviteEmail(input: TeamInviteEmailInput): RenderedEmail {
  const orgName = oneLine(input.orgName);
  const role = ROLE_WORDS[input.role] ?? input.role;
  const expires = formatUtcDateTime(input.expiresAt);
  const subject = `${inviterPhrase(orgName, input.inviterName)} on Assay`;
  const text = [
    'Hello,',
    '',
    `${inviterPhrase(orgName, input.inviterName)} on Assay, the team's candidate assessments, as ${role}.`,
    '',
    `Choose your name and password here: ${input.acceptUrl}`,
    '',
    `The link works once, until ${expires}. If you were not expecting this email, you can ignore it: nothing happens until the link is used.`,
    '',
    `— ${orgName}, via Assay`,
    '',
  ].join('\n');
  const e = escapeHtml;
  const content = `<p style="margin:0 0 16px;">Hello,</p>
<p style="margin:0 0 16px;">${e(inviterPhrase(orgName, input.inviterName))} on Assay, the team's candidate assessments, as ${e(role)}.</p>
<p style="margin:0 0 24px;"><a href="${e(input.acceptUrl)}" style="display:inline-block;background:#2454d6;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;">Accept the invitation</a></p>
<p style="margin:0 0 24px;">The link works once, until ${e(expires)}.</p>
<p style="margin:0 0 8px;font-size:13px;color:#52606d;">If the button does not work, open this link: <a href="${e(input.acceptUrl)}">${e(input.acceptUrl)}</a></p>
<p style="margin:0;font-size:13px;color:#52606d;">If you were not expecting this email, you can ignore it: nothing happens until the link is used.</p>`;
  return { subject, text, html: emailDocument({ subject, content, footer: `${orgName}, via Assay` }) };
}

export interface TeamInviteAccountExistsEmailInput {
  orgName: string;
  inviterName: string | null;
  /** `<public origin>/login` */
  loginUrl: string;
}

/** Sent instead of the link when the invited address already has an account: an address can have one. */
export function renderTeamInviteAccountExistsEmail(input: TeamInviteAccountExistsEmailInput): RenderedEmail {
  const orgName = oneLine(input.orgName);
  const subject = `${inviterPhrase(orgName, input.inviterName)} on Assay`;
  const explanation =
    `This address already has an Assay account, and an address can belong to one organization only, so it cannot join ${orgName}. ` +
    `To join, ask them to invite another address of yours.`;
  const text = [
    'Hello,',
    '',
    `${inviterPhrase(orgName, input.inviterName)} on Assay.`,
    '',
    explanation,
    '',
    `Your existing account is unchanged; sign in to it here: ${input.loginUrl}`,
    '',
    `— ${orgName}, via Assay`,
    '',
  ].join('\n');
  const e = escapeHtml;
  const content = `<p style="margin:0 0 16px;">Hello,</p>
<p style="margin:0 0 16px;">${e(inviterPhrase(orgName, input.inviterName))} on Assay.</p>
<p style="margin:0 0 16px;">${e(explanation)}</p>
<p style="margin:0;">Your existing account is unchanged; <a href="${e(input.loginUrl)}">sign in to it here</a>.</p>`;
  return { subject, text, html: emailDocument({ subject, content, footer: `${orgName}, via Assay` }) };
}
