import { escapeHtml } from '../../shared/html.js';
import { emailDocument, formatUtcDateTime, oneLine, timeLimitSentence, type RenderedEmail } from './emails-layout.js';

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

/** The parts every email about a key says: who invites, to what, the greeting, the expiry, the time limit. */
export function keyEmailParts(input: InvitationEmailInput) {
  const name = input.candidateName ? oneLine(input.candidateName) : null;
  return {
    orgName: oneLine(input.orgName),
    title: oneLine(input.assessmentTitle),
    role: oneLine(input.role),
    greeting: name ? `Hi ${name},` : 'Hello,',
    expires: formatUtcDateTime(input.expiresAt),
    time: timeLimitSentence(input.timeLimitMinutes, input.timeMultiplier),
  };
}

export function renderInvitationEmail(input: InvitationEmailInput): RenderedEmail {
  const { orgName, title, role, greeting, expires, time } = keyEmailParts(input);

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
  const content = `<p style="margin:0 0 16px;">${e(greeting)}</p>
<p style="margin:0 0 16px;"><strong>${e(orgName)}</strong> has invited you to take the <strong>${e(title)}</strong> assessment for the <strong>${e(role)}</strong> role.</p>
<p style="margin:0 0 8px;">Your access key:</p>
<p style="margin:0 0 24px;font-family:Menlo,Consolas,monospace;font-size:22px;letter-spacing:2px;"><strong>${e(input.key)}</strong></p>
<p style="margin:0 0 24px;"><a href="${e(input.takeUrl)}" style="display:inline-block;background:#2454d6;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;">Start the assessment</a></p>
<p style="margin:0 0 8px;">${e(time)}</p>
<p style="margin:0 0 24px;">Your key expires on ${e(expires)}.</p>
<p style="margin:0 0 8px;font-size:13px;color:#52606d;">If the button does not work, open this link: <a href="${e(input.takeUrl)}">${e(input.takeUrl)}</a></p>
<p style="margin:0;font-size:13px;color:#52606d;">The key is personal: please do not share it. If you were not expecting this email, you can ignore it.</p>`;
  const html = emailDocument({ subject, content, footer: `${orgName}, via Assay` });

  return { subject, text, html };
}
