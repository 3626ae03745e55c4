import { escapeHtml } from '../../shared/html.js';
import { emailDocument, oneLine, type RenderedEmail } from '../emails/emails-layout.js';

/**
 * The result email (reference 002: "A result email is sent to the student"),
 * text and HTML. Every value that came from a person is escaped in the HTML.
 * It never shows a score or percentage unless the assessment shows candidates
 * their score.
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
  /**
   * With showScore off, say nothing of how the attempt went (pass or fail,
   * skills, attempts left): what the candidate page shows then. Reference
   * 002's email keeps its documented content (pass/fail and skills), so its
   * submissions leave this off.
   */
  withholdOutcome?: boolean;
}

export function renderResultEmail(input: ResultEmailInput): RenderedEmail {
  const greeting = input.candidateName ? `Hello ${input.candidateName},` : 'Hello,';
  const outcome = input.passed ? 'You passed' : 'You did not pass';
  const withhold = input.withholdOutcome === true && !input.showScore;
  const skills = withhold ? [] : input.skills;
  const lines: string[] = [];
  lines.push(`Your attempt ${input.attemptNumber} at "${input.assessmentTitle}" has been scored.`);
  if (input.showScore || skills.length > 0) {
    lines.push(
      input.showScore
        ? `${outcome}: you scored ${input.percentage}% (the passing score is ${input.passingScore}%).`
        : `${outcome}.`,
    );
  } else {
    lines.push('The hiring team has your result and will be in touch.');
  }
  const skillLines = skills.map((skill) => `${skill.name}: ${skill.status === 'verified' ? 'verified' : 'not verified'}`);
  let next: string | null = null;
  if (withhold) next = null;
  else if (input.locked) next = 'This assessment is now complete and locked.';
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

  const paragraph = (value: string) => `<p style="margin:0 0 16px;">${escapeHtml(value)}</p>`;
  const content = [
    paragraph(greeting),
    ...lines.map(paragraph),
    skillLines.length > 0
      ? `<p style="margin:0 0 4px;">Skills:</p><ul style="margin:0 0 16px;">${skillLines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`
      : '',
    next ? paragraph(next) : '',
    input.link ? `<p style="margin:0;font-size:13px;color:#52606d;"><a href="${escapeHtml(input.link)}">${escapeHtml(input.link)}</a></p>` : '',
  ]
    .filter(Boolean)
    .join('\n');
  const html = emailDocument({ subject, content, footer: input.orgName ? `${input.orgName}, via Assay` : 'Assay' });

  return { subject, text, html };
}
