import { escapeHtml } from '../../shared/html.js';
import { emailDocument, formatUtcDateTime, oneLine, type RenderedEmail } from '../emails/emails-layout.js';

/**
 * The emails a signup sends. Pure: the delivery job renders one of them when
 * it sends, deciding then whether the address already has an account — the
 * signup's HTTP answer never depends on it, and only the address's owner
 * reads which email came.
 */

export interface SignupEmailInput {
  name: string;
  orgName: string;
  /** `<public origin>/signup/complete#token=…` */
  completeUrl: string;
  expiresAt: string;
}

export function renderSignupEmail(input: SignupEmailInput): RenderedEmail {
  const name = oneLine(input.name);
  const orgName = oneLine(input.orgName);
  const expires = formatUtcDateTime(input.expiresAt);
  const subject = `Finish creating ${orgName} on Assay`;
  const text = [
    `Hi ${name},`,
    '',
    `To create the organization "${orgName}" on Assay with this address as its owner, open this link:`,
    '',
    input.completeUrl,
    '',
    `The link works once, until ${expires}. If you did not sign up, ignore this email: nothing is created without the link.`,
    '',
    '— Assay',
    '',
  ].join('\n');
  const e = escapeHtml;
  const content = `<p style="margin:0 0 16px;">Hi ${e(name)},</p>
<p style="margin:0 0 16px;">To create the organization <strong>${e(orgName)}</strong> on Assay with this address as its owner, open this link:</p>
<p style="margin:0 0 24px;"><a href="${e(input.completeUrl)}" style="display:inline-block;background:#2454d6;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;">Create ${e(orgName)}</a></p>
<p style="margin:0 0 24px;">The link works once, until ${e(expires)}.</p>
<p style="margin:0 0 8px;font-size:13px;color:#52606d;">If the button does not work, open this link: <a href="${e(input.completeUrl)}">${e(input.completeUrl)}</a></p>
<p style="margin:0;font-size:13px;color:#52606d;">If you did not sign up, ignore this email: nothing is created without the link.</p>`;
  return { subject, text, html: emailDocument({ subject, content, footer: 'Assay' }) };
}

export interface SignupAccountExistsEmailInput {
  /** The organization the existing account belongs to. */
  accountOrgName: string;
  /** `<public origin>/login` */
  loginUrl: string;
}

/** Sent instead of the link when the address already has an account (one address, one account). */
export function renderSignupAccountExistsEmail(input: SignupAccountExistsEmailInput): RenderedEmail {
  const accountOrgName = oneLine(input.accountOrgName);
  const subject = 'You already have an Assay account';
  const explanation =
    `Someone (probably you) asked to create a new organization on Assay with this address. This address already has an account, ` +
    `in ${accountOrgName}, and an address can have one account only, so no new organization was created.`;
  const text = [
    'Hello,',
    '',
    explanation,
    '',
    `Sign in to your account here: ${input.loginUrl}`,
    '',
    'To create another organization, sign up with another address. If you did not ask for this, ignore this email: nothing has changed.',
    '',
    '— Assay',
    '',
  ].join('\n');
  const e = escapeHtml;
  const content = `<p style="margin:0 0 16px;">Hello,</p>
<p style="margin:0 0 16px;">${e(explanation)}</p>
<p style="margin:0 0 24px;"><a href="${e(input.loginUrl)}" style="display:inline-block;background:#2454d6;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;">Sign in</a></p>
<p style="margin:0;font-size:13px;color:#52606d;">To create another organization, sign up with another address. If you did not ask for this, ignore this email: nothing has changed.</p>`;
  return { subject, text, html: emailDocument({ subject, content, footer: 'Assay' }) };
}
