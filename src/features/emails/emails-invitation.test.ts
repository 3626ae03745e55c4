import { describe, expect, it } from 'vitest';
import { formatUtcDateTime, timeLimitSentence } from './emails-layout.js';
import { renderInvitationEmail, type InvitationEmailInput } from './emails-invitation.js';

const input: InvitationEmailInput = {
  orgName: 'Acme Corp',
  candidateName: 'Alice',
  assessmentTitle: 'Backend API Challenge',
  role: 'Senior Backend Engineer',
  key: 'PST-ABCD-EFGH',
  takeUrl: 'https://assay.example.com/take/PST-ABCD-EFGH',
  expiresAt: '2026-04-08T09:00:00.000Z',
  timeLimitMinutes: 90,
  timeMultiplier: 1,
};

describe('formatUtcDateTime', () => {
  it.each([
    ['2026-04-08T09:00:00.000Z', 'Wednesday, 8 April 2026 at 09:00 UTC'],
    ['2026-12-31T23:59:59.999Z', 'Thursday, 31 December 2026 at 23:59 UTC'],
    ['2027-01-01T00:05:00.000Z', 'Friday, 1 January 2027 at 00:05 UTC'],
  ])('%s → %s', (iso, expected) => {
    expect(formatUtcDateTime(iso)).toBe(expected);
  });
});

describe('timeLimitSentence', () => {
  it.each([
    [90, 1, 'You will have 90 minutes from the moment you start.'],
    [1, 1, 'You will have 1 minute from the moment you start.'],
    [90, 1.5, 'You will have 135 minutes from the moment you start (this includes your extra-time accommodation).'],
    [45, 1.25, 'You will have 56 minutes from the moment you start (this includes your extra-time accommodation).'],
    [null, 2, 'There is no time limit.'],
  ])('%j minutes × %j', (minutes, multiplier, expected) => {
    expect(timeLimitSentence(minutes, multiplier)).toBe(expected);
  });
});

describe('renderInvitationEmail', () => {
  it('holds the complete message in subject, text and HTML', () => {
    const email = renderInvitationEmail(input);
    expect(email.subject).toBe('Acme Corp invited you to an assessment: Backend API Challenge');
    for (const body of [email.text, email.html]) {
      expect(body).toContain('Alice');
      expect(body).toContain('Acme Corp');
      expect(body).toContain('Backend API Challenge');
      expect(body).toContain('Senior Backend Engineer');
      expect(body).toContain('PST-ABCD-EFGH');
      expect(body).toContain('https://assay.example.com/take/PST-ABCD-EFGH');
      expect(body).toContain('Wednesday, 8 April 2026 at 09:00 UTC');
      expect(body).toContain('90 minutes');
    }
    expect(email.text.startsWith('Hi Alice,\n')).toBe(true);
    expect(email.html).toContain('<a href="https://assay.example.com/take/PST-ABCD-EFGH"');
  });

  it('greets without a name when there is none', () => {
    const email = renderInvitationEmail({ ...input, candidateName: null });
    expect(email.text.startsWith('Hello,\n')).toBe(true);
    expect(email.html).toContain('<p style="margin:0 0 16px;">Hello,</p>');
    expect(email.text).not.toContain('null');
    expect(email.html).not.toContain('null');
  });

  it('says when there is no time limit, and shows extra time', () => {
    expect(renderInvitationEmail({ ...input, timeLimitMinutes: null }).text).toContain('There is no time limit.');
    expect(renderInvitationEmail({ ...input, timeMultiplier: 2 }).text).toContain('180 minutes');
  });

  it.each([
    ['orgName', { orgName: '<img src=x onerror=alert(1)> & Co' }, '&lt;img src=x onerror=alert(1)&gt; &amp; Co', '<img src=x'],
    ['candidateName', { candidateName: '<script>alert("hi")</script>' }, '&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;', '<script>'],
    ['assessmentTitle', { assessmentTitle: 'C++ & <Rust>' }, 'C++ &amp; &lt;Rust&gt;', '<Rust>'],
    ['role', { role: `Dev "lead" 'x'` }, 'Dev &quot;lead&quot; &#39;x&#39;', `"lead"`],
    [
      'takeUrl',
      { takeUrl: 'https://a.example/take/K"><script>x</script>' },
      'https://a.example/take/K&quot;&gt;&lt;script&gt;x&lt;/script&gt;',
      '"><script>',
    ],
  ])('escapes %s in the HTML (and keeps it readable in the text)', (_field, override, escaped, raw) => {
    const email = renderInvitationEmail({ ...input, ...override });
    expect(email.html).toContain(escaped);
    expect(email.html).not.toContain(raw);
    const value = Object.values(override)[0]!;
    expect(email.text).toContain(value);
  });

  it('keeps the subject on one line whatever the names contain', () => {
    const email = renderInvitationEmail({ ...input, orgName: 'Evil\r\nBcc: victim@example.com', assessmentTitle: 'T\nX' });
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.subject).toBe('Evil Bcc: victim@example.com invited you to an assessment: T X');
  });
});
