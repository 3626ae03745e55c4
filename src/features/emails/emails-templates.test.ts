import { describe, expect, it } from 'vitest';
import { renderReminderEmail, type ReminderEmailInput } from './emails-templates.js';

const base: ReminderEmailInput = {
  orgName: 'Acme',
  candidateName: 'Ada',
  assessmentTitle: 'Backend Screen',
  role: 'Backend Engineer',
  key: 'PST-ABCD-EFGH',
  takeUrl: 'https://assay.example.com/take/PST-ABCD-EFGH',
  expiresAt: '2026-04-08T09:00:00.000Z',
  timeLimitMinutes: 60,
  timeMultiplier: 1,
};

describe('renderReminderEmail', () => {
  it('names the assessment, the key, the link and the expiry in text and HTML', () => {
    const email = renderReminderEmail(base);
    expect(email.subject).toBe('Reminder: your Backend Screen assessment key expires soon');
    for (const body of [email.text, email.html]) {
      expect(body).toContain('PST-ABCD-EFGH');
      expect(body).toContain('https://assay.example.com/take/PST-ABCD-EFGH');
      expect(body).toContain('Wednesday, 8 April 2026 at 09:00 UTC');
      expect(body).toContain('60 minutes');
    }
    expect(email.text.startsWith('Hi Ada,')).toBe(true);
  });

  it.each([
    ['candidateName', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;', '<script>'],
    ['orgName', 'Smith & "Jones"', 'Smith &amp; &quot;Jones&quot;', 'Smith & "Jones"'],
    ['assessmentTitle', "O'Reilly <Test>", 'O&#39;Reilly &lt;Test&gt;', '<Test>'],
    ['role', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;', '<img'],
    ['takeUrl', 'https://x.test/take/K?a=1&b="2"', 'https://x.test/take/K?a=1&amp;b=&quot;2&quot;', 'b="2"'],
  ] as const)('escapes %s in the HTML', (field, value, escaped, raw) => {
    const email = renderReminderEmail({ ...base, [field]: value });
    expect(email.html).toContain(escaped);
    expect(email.html).not.toContain(raw);
  });

  it.each([
    ['assessmentTitle', 'Backend\r\nBcc: victim@example.com'],
    ['assessmentTitle', 'Tab\there'],
  ] as const)('keeps the subject on one line when %s holds line breaks', (field, value) => {
    const email = renderReminderEmail({ ...base, [field]: value });
    expect(email.subject).not.toMatch(/[\r\n\t]/);
  });

  it.each([
    [null, 'Hello,'],
    ['  Bo  ', 'Hi Bo,'],
  ])('greets %s as "%s"', (candidateName, greeting) => {
    expect(renderReminderEmail({ ...base, candidateName }).text.startsWith(greeting)).toBe(true);
  });

  it('says when there is no time limit, and includes extra time', () => {
    expect(renderReminderEmail({ ...base, timeLimitMinutes: null }).text).toContain('There is no time limit.');
    expect(renderReminderEmail({ ...base, timeMultiplier: 1.5 }).text).toContain('90 minutes');
  });
});
