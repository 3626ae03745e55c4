/**
 * The result email (reference 002: "A result email is sent to the student"),
 * text and HTML. Every value that came from a person is escaped in the HTML.
 */

export interface ResultEmailInput {
  orgName: string;
  candidateName: string | null;
  assessmentTitle: string;
  /** Whether the assessment shows candidates their score. */
  showScore: boolean;
  percentage: number;
  passingScore: number;
  passed: boolean;
  attemptNumber: number;
  attemptsLeft: number;
  locked: boolean;
  skills: { name: string; status: 'verified' | 'rejected' }[];
  /** Where the candidate can see the assessment again; null when unknown. */
  link: string | null;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Header injection guard: a subject is one line. */
function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').trim();
}

export function renderResultEmail(input: ResultEmailInput): RenderedEmail {
  const greeting = input.candidateName ? `Hello ${input.candidateName},` : 'Hello,';
  const outcome = input.passed ? 'You passed' : 'You did not pass';
  const lines: string[] = [];
  lines.push(`Your attempt ${input.attemptNumber} at "${input.assessmentTitle}" has been scored.`);
  if (input.showScore || input.skills.length > 0) {
    lines.push(
      input.showScore
        ? `${outcome}: you scored ${input.percentage}% (the passing score is ${input.passingScore}%).`
        : `${outcome}.`,
    );
  } else {
    lines.push('The hiring team has your result and will be in touch.');
  }
  const skillLines = input.skills.map((skill) => `${skill.name}: ${skill.status === 'verified' ? 'verified' : 'not verified'}`);
  let next: string | null = null;
  if (input.locked) next = 'This assessment is now complete and locked.';
  else if (!input.passed && input.attemptsLeft > 0) {
    next = `You can try again: ${input.attemptsLeft} attempt${input.attemptsLeft === 1 ? '' : 's'} left.`;
  }

  const subject = oneLine(`${input.orgName ? `${input.orgName}: ` : ''}your result for ${input.assessmentTitle}`);

  const text = [
    greeting,
    '',
    ...lines,
    ...(skillLines.length > 0 ? ['', 'Skills:', ...skillLines.map((line) => `- ${line}`)] : []),
    ...(next ? ['', next] : []),
    ...(input.link ? ['', input.link] : []),
    '',
    input.orgName ? `— ${input.orgName}, via Assay` : '— Assay',
    '',
  ].join('\n');

  const paragraph = (value: string) => `<p style="margin:0 0 12px">${escapeHtml(value)}</p>`;
  const html = [
    '<!doctype html>',
    '<html><body style="font-family:system-ui,-apple-system,Segoe UI,sans-serif;color:#1f2933;line-height:1.5">',
    paragraph(greeting),
    ...lines.map(paragraph),
    skillLines.length > 0
      ? `<p style="margin:0 0 4px">Skills:</p><ul style="margin:0 0 12px">${skillLines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`
      : '',
    next ? paragraph(next) : '',
    input.link ? `<p style="margin:0 0 12px"><a href="${escapeHtml(input.link)}">${escapeHtml(input.link)}</a></p>` : '',
    `<p style="margin:24px 0 0;color:#616e7c;font-size:13px">${escapeHtml(input.orgName ? `${input.orgName}, via Assay` : 'Assay')}</p>`,
    '</body></html>',
  ].join('\n');

  return { subject, text, html };
}
