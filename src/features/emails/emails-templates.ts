import { escapeHtml, formatUtcDateTime, timeLimitSentence, type RenderedEmail } from '../invitations/invitation-email.js';

/**
 * The reminder a candidate gets about a day before an unused key expires.
 * Pure: the reminder sweep renders it and stores the complete message in the
 * outbox, in the same transaction that marks the key reminded.
 */

export interface ReminderEmailInput {
  orgName: string;
  candidateName: string | null;
  assessmentTitle: string;
  role: string;
  key: string;
  takeUrl: string;
  /** ISO timestamp. */
  expiresAt: string;
  timeLimitMinutes: number | null;
  timeMultiplier: number;
}

/** Header-safe: a subject is one line. */
function oneLine(value: string): string {
  return value.replace(/[\r\n\t]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

export function renderReminderEmail(input: ReminderEmailInput): RenderedEmail {
  const orgName = oneLine(input.orgName);
  const title = oneLine(input.assessmentTitle);
  const role = oneLine(input.role);
  const name = input.candidateName ? oneLine(input.candidateName) : null;
  const greeting = name ? `Hi ${name},` : 'Hello,';
  const expires = formatUtcDateTime(input.expiresAt);
  const time = timeLimitSentence(input.timeLimitMinutes, input.timeMultiplier);
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
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${e(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f5f6f8;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1f2933;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px;">
<tr><td>
<p style="margin:0 0 16px;">${e(greeting)}</p>
<p style="margin:0 0 16px;">This is a reminder that <strong>${e(orgName)}</strong> invited you to take the <strong>${e(title)}</strong> assessment for the <strong>${e(role)}</strong> role, and your key has not been used yet.</p>
<p style="margin:0 0 16px;"><strong>Your key expires on ${e(expires)}.</strong></p>
<p style="margin:0 0 8px;">Your access key:</p>
<p style="margin:0 0 24px;font-family:Menlo,Consolas,monospace;font-size:22px;letter-spacing:2px;"><strong>${e(input.key)}</strong></p>
<p style="margin:0 0 24px;"><a href="${e(input.takeUrl)}" style="display:inline-block;background:#2454d6;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;">Start the assessment</a></p>
<p style="margin:0 0 24px;">${e(time)}</p>
<p style="margin:0 0 8px;font-size:13px;color:#52606d;">If the button does not work, open this link: <a href="${e(input.takeUrl)}">${e(input.takeUrl)}</a></p>
<p style="margin:0;font-size:13px;color:#52606d;">If you have decided not to take it, you can ignore this email.</p>
</td></tr>
</table>
<p style="text-align:center;font-size:12px;color:#7b8794;">${e(orgName)}, via Assay</p>
</body>
</html>
`;
  return { subject, text, html };
}
