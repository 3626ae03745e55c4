import { escapeHtml } from '../../shared/html.js';
import { emailDocument, oneLine, type RenderedEmail } from '../emails/emails-layout.js';

/**
 * Pure rules of an organization's decision emails (hired, rejected): the
 * placeholders a template may use, how a template is checked and filled, the
 * text a new organization starts from. Templates are plain text written by
 * the team; every filled value is escaped in the HTML version.
 */

export type Decision = 'hired' | 'rejected';
export const DECISIONS: readonly Decision[] = ['hired', 'rejected'];

export const PLACEHOLDERS = [
  { name: 'candidateName', description: 'The candidate’s name ("candidate" when none is known)' },
  { name: 'assessmentTitle', description: 'The title of the assessment they took' },
  { name: 'role', description: 'The role the assessment is for' },
  { name: 'organizationName', description: 'Your organization’s name' },
] as const;

export type PlaceholderName = (typeof PLACEHOLDERS)[number]['name'];
export type PlaceholderValues = Record<PlaceholderName, string>;

const KNOWN = new Set<string>(PLACEHOLDERS.map((placeholder) => placeholder.name));
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export interface TemplateText {
  subject: string;
  body: string;
}

/** A new organization's starting point: off until the team enables it. */
export const DEFAULT_TEMPLATES: Record<Decision, TemplateText> = {
  hired: {
    subject: '{{organizationName}}: next steps for the {{role}} role',
    body: [
      'Hello {{candidateName}},',
      '',
      'Thank you for taking the "{{assessmentTitle}}" assessment. We are glad to tell you that we would like to move forward with you for the {{role}} role.',
      '',
      'We will be in touch shortly about the next steps.',
      '',
      '— {{organizationName}}',
    ].join('\n'),
  },
  rejected: {
    subject: '{{organizationName}}: your application for the {{role}} role',
    body: [
      'Hello {{candidateName}},',
      '',
      'Thank you for the time you spent on the "{{assessmentTitle}}" assessment. After careful review, we have decided not to move forward with your application for the {{role}} role.',
      '',
      'We wish you every success.',
      '',
      '— {{organizationName}}',
    ].join('\n'),
  },
};

export interface TemplateProblem {
  field: string;
  message: string;
}

/** What is wrong with a template text: unknown placeholders, and braces that open or close none. */
export function templateProblems(field: string, text: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (!KNOWN.has(name)) {
      const known = PLACEHOLDERS.map((placeholder) => `{{${placeholder.name}}}`).join(', ');
      problems.push({ field, message: `uses an unknown placeholder {{${name.slice(0, 40)}}}; the placeholders are ${known}` });
    }
  }
  const rest = text.replace(PLACEHOLDER, '');
  if (rest.includes('{{') || rest.includes('}}')) {
    problems.push({ field, message: 'has a "{{" or "}}" that does not form a placeholder such as {{candidateName}}' });
  }
  return problems;
}

/** The text with every placeholder replaced by its value (a checked template has no other). */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (KNOWN.has(name) ? values[name as PlaceholderName] : whole));
}

/** The values for one candidate: a missing name reads "candidate". */
export function placeholderValues(input: {
  candidateName: string | null;
  assessmentTitle: string;
  role: string;
  organizationName: string;
}): PlaceholderValues {
  return {
    candidateName: input.candidateName?.trim() || 'candidate',
    assessmentTitle: input.assessmentTitle,
    role: input.role,
    organizationName: input.organizationName,
  };
}

/**
 * The email of a template for one candidate: the subject on one line, the
 * body as text, and as HTML with paragraphs at blank lines and every value
 * escaped.
 */
export function renderDecisionEmail(template: TemplateText, values: PlaceholderValues): RenderedEmail {
  const subject = oneLine(fillPlaceholders(template.subject, values));
  const body = fillPlaceholders(template.body.replace(/\r\n?/g, '\n'), values).trim();
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p style="margin:0 0 16px;">${paragraph.split('\n').map(escapeHtml).join('<br>')}</p>`);
  const html = emailDocument({ subject, content: paragraphs.join('\n'), footer: `${values.organizationName}, via Assay` });
  return { subject, text: `${body}\n`, html };
}
