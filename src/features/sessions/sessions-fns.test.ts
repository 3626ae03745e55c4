import { describe, expect, it } from 'vitest';
import { gradeCase, resultMessage } from './sessions-fns.js';
import { renderResultEmail, type ResultEmailInput } from './sessions-result-email.js';

const RUBRIC = [
  { name: 'Correctness', maxPoints: 6 },
  { name: 'Tests', maxPoints: 4 },
];

describe('gradeCase', () => {
  it.each([
    ['full rubric points', RUBRIC, { criteria: [{ name: 'Correctness', points: 6 }, { name: 'Tests', points: 4 }] }, 20, null],
    ['8 of 10 rubric points of a 20-point case', RUBRIC, { criteria: [{ name: 'Correctness', points: 6 }, { name: 'Tests', points: 2 }] }, 16, null],
    ['criterion names match case-insensitively', RUBRIC, { criteria: [{ name: 'correctness', points: 3 }, { name: ' TESTS ', points: 0 }] }, 6, null],
    ['fractional scaling is rounded to cents', [{ name: 'A', maxPoints: 3 }], { criteria: [{ name: 'A', points: 1 }] }, 6.67, null],
    ['zero points', RUBRIC, { criteria: [{ name: 'Correctness', points: 0 }, { name: 'Tests', points: 0 }] }, 0, null],
    ['a missing criterion', RUBRIC, { criteria: [{ name: 'Correctness', points: 6 }] }, null, 'grades.0.criteria'],
    ['an unknown criterion', RUBRIC, { criteria: [{ name: 'Style', points: 1 }] }, null, 'grades.0.criteria.0.name'],
    ['a criterion twice', RUBRIC, { criteria: [{ name: 'Tests', points: 1 }, { name: 'tests', points: 1 }] }, null, 'grades.0.criteria.1.name'],
    ['points above the criterion maximum', RUBRIC, { criteria: [{ name: 'Correctness', points: 7 }, { name: 'Tests', points: 1 }] }, null, 'grades.0.criteria.0.points'],
    ['a direct score for a rubric case', RUBRIC, { score: 10 }, null, 'grades.0.score'],
    ['no criteria for a rubric case', RUBRIC, {}, null, 'grades.0.criteria'],
    ['a direct score without a rubric', null, { score: 12.5 }, 12.5, null],
    ['the maximum without a rubric', null, { score: 20 }, 20, null],
    ['above the maximum without a rubric', null, { score: 21 }, null, 'grades.0.score'],
    ['no score without a rubric', null, {}, null, 'grades.0.score'],
    ['criteria without a rubric', null, { criteria: [{ name: 'x', points: 1 }] }, null, 'grades.0.criteria'],
  ] as const)('%s', (_name, rubric, grade, score, field) => {
    const outcome = gradeCase(20, rubric as never, grade as never, 'grades.0');
    if (field === null) {
      expect(outcome).toMatchObject({ score });
    } else {
      expect('problem' in outcome && outcome.problem.field).toBe(field);
    }
  });

  it('keeps the points per criterion in rubric order', () => {
    expect(gradeCase(10, RUBRIC, { criteria: [{ name: 'Tests', points: 1 }, { name: 'Correctness', points: 5 }] }, 'g')).toEqual({
      score: 6,
      grades: [
        { name: 'Correctness', points: 5 },
        { name: 'Tests', points: 1 },
      ],
    });
  });
});

describe('resultMessage', () => {
  it.each([
    [{ scoreStatus: 'PASS', percentage: 80, passingScore: 60, hasSkills: true, attemptsLeft: 0 }, 'You have successfully passed the assessment and earned the Verified skill.'],
    [{ scoreStatus: 'LOW_PASS', percentage: 62, passingScore: 60, hasSkills: false, attemptsLeft: 0 }, 'You have successfully passed the assessment.'],
    [{ scoreStatus: 'FAIL', percentage: 40, passingScore: 60, hasSkills: true, attemptsLeft: 2 }, 'You scored 40% and did not reach the passing score of 60%. You have 2 attempts left.'],
    [{ scoreStatus: 'FAIL', percentage: 0, passingScore: 70, hasSkills: true, attemptsLeft: 1 }, 'You scored 0% and did not reach the passing score of 70%. You have 1 attempt left.'],
    [{ scoreStatus: 'FAIL', percentage: 59, passingScore: 60, hasSkills: true, attemptsLeft: 0 }, 'You scored 59% and did not reach the passing score of 60%. You have no attempts left.'],
  ] as const)('%j', (input, message) => {
    expect(resultMessage(input)).toBe(message);
  });

  it('says a result with ungraded tasks is waiting for a reviewer', () => {
    expect(resultMessage({ scoreStatus: 'PENDING', percentage: null, passingScore: 60, hasSkills: true, attemptsLeft: 0 })).toContain('awaiting a reviewer');
  });
});

describe('renderResultEmail', () => {
  const base: ResultEmailInput = {
    orgName: 'Acme & Sons',
    candidateName: 'Eve <script>alert(1)</script>',
    assessmentTitle: 'SQL "Basics"',
    showScore: true,
    percentage: 72,
    passingScore: 60,
    passed: true,
    attemptNumber: 1,
    attemptsLeft: 0,
    locked: true,
    skills: [{ name: 'SQL', status: 'verified' }],
    link: 'https://assay.example/take?x=1&y=2',
  };

  it('escapes every value in the HTML and keeps the text readable', () => {
    const email = renderResultEmail(base);
    expect(email.subject).toBe('Acme & Sons: your result for SQL "Basics"');
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('Eve &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(email.html).toContain('Acme &amp; Sons');
    expect(email.html).toContain('SQL &quot;Basics&quot;');
    expect(email.html).toContain('href="https://assay.example/take?x=1&amp;y=2"');
    expect(email.text).toContain('Hello Eve <script>alert(1)</script>,');
    expect(email.text).toContain('You passed: you scored 72% (the passing score is 60%).');
    expect(email.text).toContain('- SQL: verified');
    expect(email.text).toContain('This assessment is now complete and locked.');
  });

  it.each([
    ['hides the score when the assessment does not show it', { showScore: false, skills: [] }, 'The hiring team has your result', '72%'],
    ['tells a failed candidate how many attempts are left', { passed: false, percentage: 40, locked: false, attemptsLeft: 2 }, 'You can try again: 2 attempts left.', 'locked'],
    ['says "not verified" for a rejected skill', { passed: false, locked: false, skills: [{ name: 'SQL', status: 'rejected' as const }] }, 'SQL: not verified', 'SQL: verified'],
  ])('%s', (_name, overrides, present, absent) => {
    const email = renderResultEmail({ ...base, ...overrides });
    expect(email.text).toContain(present);
    expect(email.text).not.toContain(absent);
  });

  // The candidate flow with "candidate sees score" off: nothing about how it went.
  it.each([
    ['a pass with skills and a lock', {}],
    ['a fail with attempts left', { passed: false, percentage: 40, locked: false, attemptsLeft: 2, skills: [{ name: 'SQL', status: 'rejected' as const }] }],
  ])('withholding the outcome of %s leaves out the score, pass or fail, skills and attempts', (_name, overrides) => {
    const email = renderResultEmail({ ...base, ...overrides, showScore: false, withholdOutcome: true });
    // The HTML as a reader sees it (its markup has widths in percent).
    for (const part of [email.text, email.html.replace(/<[^>]*>/g, ''), email.subject]) {
      expect(part).not.toMatch(/\d+ ?%|passed|did not pass|verified|try again|attempts? left|locked/i);
    }
    expect(email.text).toContain('The hiring team has your result and will be in touch.');
  });

  it('withholding changes nothing when the assessment shows the score', () => {
    expect(renderResultEmail({ ...base, withholdOutcome: true })).toEqual(renderResultEmail(base));
  });

  it('keeps the subject on one line', () => {
    expect(renderResultEmail({ ...base, assessmentTitle: 'Line one\r\nBcc: victim@example.com' }).subject).not.toMatch(/[\r\n]/);
  });
});
