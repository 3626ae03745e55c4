import { escapeHtml } from '../../shared/html.js';

/**
 * What every email Assay sends has in common: the rendered shape, header-safe
 * subjects, unambiguous dates, and one HTML frame (inline styles: mail
 * clients ignore style sheets).
 */

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** Header-safe: no line breaks (they would end the Subject header), no runs of blanks. */
export function oneLine(value: string): string {
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

/**
 * The HTML document of an email: `content` (already escaped HTML) in a card,
 * `footer` (plain text, escaped here) under it.
 */
export function emailDocument(input: { subject: string; content: string; footer: string }): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(input.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f5f6f8;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1f2933;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px;">
<tr><td>
${input.content}
</td></tr>
</table>
<p style="text-align:center;font-size:12px;color:#7b8794;">${escapeHtml(input.footer)}</p>
</body>
</html>
`;
}
