import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, fillPlaceholders, placeholderValues, renderDecisionEmail, templateProblems } from './decision-emails-fns.js';

const values = placeholderValues({
  candidateName: 'Ada <Lovelace>',
  assessmentTitle: 'SQL & "Friends"',
  role: 'Data Engineer',
  organizationName: 'Acme & Sons',
});

describe('templateProblems', () => {
  it.each([
    ['every known placeholder', 'Hi {{candidateName}} — {{assessmentTitle}}, {{role}}, {{organizationName}}', []],
    ['spaces inside the braces', 'Hi {{ candidateName }}', []],
    ['no placeholder at all', 'Thank you for your time.', []],
    ['an unknown placeholder', 'Hi {{firstName}}', [/unknown placeholder \{\{firstName\}\}/]],
    ['a wrongly cased placeholder', 'Hi {{CandidateName}}', [/unknown placeholder \{\{CandidateName\}\}/]],
    ['an empty placeholder', 'Hi {{}}', [/unknown placeholder \{\{\}\}/]],
    ['an unclosed placeholder', 'Hi {{candidateName', [/does not form a placeholder/]],
    ['a stray closing pair', 'Hi candidateName}}', [/does not form a placeholder/]],
    ['two unknown ones', '{{a}} and {{b}}', [/\{\{a\}\}/, /\{\{b\}\}/]],
  ])('%s', (_name, text, expected) => {
    const problems = templateProblems('body', text);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((pattern, index) => {
      expect(problems[index]!.field).toBe('body');
      expect(problems[index]!.message).toMatch(pattern);
    });
  });

  it('the default templates are valid', () => {
    for (const template of Object.values(DEFAULT_TEMPLATES)) {
      expect([...templateProblems('subject', template.subject), ...templateProblems('body', template.body)]).toEqual([]);
    }
  });
});

describe('fillPlaceholders and placeholderValues', () => {
  it.each([
    ['Hello {{candidateName}},', 'Hello Ada <Lovelace>,'],
    ['{{ role }} at {{organizationName}}', 'Data Engineer at Acme & Sons'],
    ['{{assessmentTitle}}{{assessmentTitle}}', 'SQL & "Friends"SQL & "Friends"'],
    ['no placeholders', 'no placeholders'],
  ])('%s → %s', (text, expected) => {
    expect(fillPlaceholders(text, values)).toBe(expected);
  });

  it.each([
    [null, 'candidate'],
    ['   ', 'candidate'],
    [' Bo ', 'Bo'],
  ])('a candidate name of %j reads %j', (name, expected) => {
    expect(placeholderValues({ candidateName: name, assessmentTitle: 't', role: 'r', organizationName: 'o' }).candidateName).toBe(expected);
  });
});

describe('renderDecisionEmail', () => {
  const email = renderDecisionEmail(
    { subject: '{{organizationName}}: {{role}}\r\nBcc: victim@example.com', body: 'Hello {{candidateName}},\r\n\r\nAbout {{assessmentTitle}}:\nline two\n\n\n— {{organizationName}}' },
    values,
  );

  it('fills the subject on one line', () => {
    expect(email.subject).toBe('Acme & Sons: Data Engineer Bcc: victim@example.com');
  });

  it('keeps the text as written, with the values', () => {
    expect(email.text).toBe('Hello Ada <Lovelace>,\n\nAbout SQL & "Friends":\nline two\n\n\n— Acme & Sons\n');
  });

  it('escapes every value in the HTML and makes paragraphs at blank lines', () => {
    expect(email.html).not.toContain('<Lovelace>');
    expect(email.html).toContain('<p style="margin:0 0 16px;">Hello Ada &lt;Lovelace&gt;,</p>');
    expect(email.html).toContain('<p style="margin:0 0 16px;">About SQL &amp; &quot;Friends&quot;:<br>line two</p>');
    expect(email.html).toContain('<p style="margin:0 0 16px;">— Acme &amp; Sons</p>');
    expect(email.html).toContain('Acme &amp; Sons, via Assay');
  });
});
