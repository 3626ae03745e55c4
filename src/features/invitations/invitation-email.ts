/**
 * The invitation email a candidate gets with their key. Pure: the service
 * renders it and stores the complete message in the outbox, in the same
 * transaction as the key.
 */

export interface InvitationEmailInput {
  orgName: string;
  candidateName: string | null;
  assessmentTitle: string;
  role: string;
  key: string;
  /** Where the candidate starts: `<public origin>/take/<key>`. */
  takeUrl: string;
  /** ISO timestamp. */
  expiresAt: string;
  timeLimitMinutes: number | null;
  /** Extra-time accommodation; the time limit the candidate gets is multiplied by it. */
  timeMultiplier: number;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/** Header-safe: no line breaks (they would end the Subject header), no runs of blanks. */
function oneLine(value: string): string {
  return value.replace(/[\r\n\t]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** `Wednesday, 8 April 2026 at 09:00 UTC`: unambiguous wherever the reader lives. */
export function formatUtcDateTime(iso: string): string {
  const date = new Date(iso);
  const hours = String(date.getUTCHours()).padStart(2, '0');
  const minutes = String(date.getUTCMinutes()).padStart(2, '0');
  return `${WEEKDAYS[date.getUTCDay()]}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} at ${hours}:${minutes} UTC`;
}

/** The sentence about time, or null-free wording when there is no limit. */
export function timeLimitSentence(timeLimitMinutes: number | null, timeMultiplier: number): string {
  if (timeLimitMinutes === null) return 'There is no time limit.';
  const minutes = Math.round(timeLimitMinutes * timeMultiplier);
  const extra = timeMultiplier > 1 ? ' (this includes your extra-time accommodation)' : '';
  return `You will have ${minutes} minute${minutes === 1 ? '' : 's'} from the moment you start${extra}.`;
}

export function renderInvitationEmail(input: InvitationEmailInput): RenderedEmail {
  const orgName = oneLine(input.orgName);
  const title = oneLine(input.assessmentTitle);
  const role = oneLine(input.role);
  const name = input.candidateName ? oneLine(input.candidateName) : null;
  const greeting = name ? `Hi ${name},` : 'Hello,';
  const expires = formatUtcDateTime(input.expiresAt);
  const time = timeLimitSentence(input.timeLimitMinutes, input.timeMultiplier);

  const subject = `${orgName} invited you to an assessment: ${title}`;

  const text = [
    greeting,
    '',
    `${orgName} has invited you to take the "${title}" assessment for the ${role} role.`,
    '',
    `Your access key: ${input.key}`,
    '',
    `Start here: ${input.takeUrl}`,
    '',
    time,
    `Your key expires on ${expires}.`,
    '',
    'The key is personal: please do not share it. If you were not expecting this email, you can ignore it.',
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
<p style="margin:0 0 16px;"><strong>${e(orgName)}</strong> has invited you to take the <strong>${e(title)}</strong> assessment for the <strong>${e(role)}</strong> role.</p>
<p style="margin:0 0 8px;">Your access key:</p>
<p style="margin:0 0 24px;font-family:Menlo,Consolas,monospace;font-size:22px;letter-spacing:2px;"><strong>${e(input.key)}</strong></p>
<p style="margin:0 0 24px;"><a href="${e(input.takeUrl)}" style="display:inline-block;background:#2454d6;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;">Start the assessment</a></p>
<p style="margin:0 0 8px;">${e(time)}</p>
<p style="margin:0 0 24px;">Your key expires on ${e(expires)}.</p>
<p style="margin:0 0 8px;font-size:13px;color:#52606d;">If the button does not work, open this link: <a href="${e(input.takeUrl)}">${e(input.takeUrl)}</a></p>
<p style="margin:0;font-size:13px;color:#52606d;">The key is personal: please do not share it. If you were not expecting this email, you can ignore it.</p>
</td></tr>
</table>
<p style="text-align:center;font-size:12px;color:#7b8794;">${e(orgName)}, via Assay</p>
</body>
</html>
`;

  return { subject, text, html };
}
