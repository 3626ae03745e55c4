import { escapeHtml } from '../../shared/html.js';
import { keyEmailParts, type InvitationEmailInput } from './emails-invitation.js';
import { emailDocument, type RenderedEmail } from './emails-layout.js';

/**
 * The reminder a candidate gets about a day before an unused key expires.
 * Pure: the reminder sweep renders it and stores the complete message in the
 * outbox, in the same transaction that marks the key reminded.
 */

/** A reminder carries what the invitation did: the same key, link and expiry. */
export type ReminderEmailInput = InvitationEmailInput;

export function renderReminderEmail(input: ReminderEmailInput): RenderedEmail {
  const { orgName, title, role, greeting, expires, time } = keyEmailParts(input);
  const subject = `Reminder: your ${title} assessment key expires soon`;

  const text = [
    greeting,
    '',
    `This is a reminder that ${orgName} invited you to take the "${title}" assessment for the ${role} role, and your key has not been used yet.`,
    '',
    `Your key expires on ${expires}.`,
    '',
    `Your access key: ${input.key}`,
    `Start here: ${input.takeUrl}`,
    '',
    time,
    '',
    'If you have decided not to take it, you can ignore this email.',
    '',
    `— ${orgName}, via Assay`,
    '',
  ].join('\n');

  const e = escapeHtml;
  const content = `<p style="margin:0 0 16px;">${e(greeting)}</p>
<p style="margin:0 0 16px;">This is a reminder that <strong>${e(orgName)}</strong> invited you to take the <strong>${e(title)}</strong> assessment for the <strong>${e(role)}</strong> role, and your key has not been used yet.</p>
<p style="margin:0 0 16px;"><strong>Your key expires on ${e(expires)}.</strong></p>
<p style="margin:0 0 8px;">Your access key:</p>
<p style="margin:0 0 24px;font-family:Menlo,Consolas,monospace;font-size:22px;letter-spacing:2px;"><strong>${e(input.key)}</strong></p>
<p style="margin:0 0 24px;"><a href="${e(input.takeUrl)}" style="display:inline-block;background:#2454d6;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;">Start the assessment</a></p>
<p style="margin:0 0 24px;">${e(time)}</p>
<p style="margin:0 0 8px;font-size:13px;color:#52606d;">If the button does not work, open this link: <a href="${e(input.takeUrl)}">${e(input.takeUrl)}</a></p>
<p style="margin:0;font-size:13px;color:#52606d;">If you have decided not to take it, you can ignore this email.</p>`;
  const html = emailDocument({ subject, content, footer: `${orgName}, via Assay` });
  return { subject, text, html };
}
