import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors.js';
import { firstFreeSlug, slugify } from '../../shared/slug.js';
import { diffFields } from '../audit/audit-service.js';
import {
  assessmentAuditView,
  isRepoUrl,
  monthWindowUtc,
  normalizeBlueprint,
  normalizeCases,
  questionCountOf,
  toAssessmentObject,
  toCandidateAssessment,
  type AssessmentRow,
  type CaseRow,
} from './assessments-fns.js';

describe('assessment slugs (slugify + firstFreeSlug)', () => {
  it.each([
    ['Backend API Challenge', 'backend-api-challenge'],
    ['  Senior  Engineer!!  ', 'senior-engineer'],
    ['Café Déjà Vu', 'cafe-deja-vu'],
    ['C++ / Rust: systems', 'c-rust-systems'],
    ['---', 'untitled'],
    ['日本語', 'untitled'],
    ['a'.repeat(70), 'a'.repeat(60)],
    [`${'word-'.repeat(12)}tail`, 'word-'.repeat(11) + 'word'],
  ])('slugify(%j) → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each([
    ['quiz', [], 'quiz'],
    ['quiz', ['quiz'], 'quiz-2'],
    ['quiz', ['quiz', 'quiz-2', 'quiz-3'], 'quiz-4'],
    ['quiz', ['quiz', 'quiz-3'], 'quiz-2'],
    ['quiz', ['quiz-2'], 'quiz'],
    ['quiz', ['quizzes', 'quiz-extra'], 'quiz'],
  ])('firstFreeSlug(%j, %j) → %j', (base, taken, expected) => {
    expect(firstFreeSlug(base, new Set(taken))).toBe(expected);
  });
});

describe('monthWindowUtc (the quota window)', () => {
  it.each([
    ['2026-04-15T12:00:00.000Z', '2026-04-01T00:00:00.000Z', '2026-05-01T00:00:00.000Z'],
    ['2026-04-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z', '2026-05-01T00:00:00.000Z'],
    ['2026-04-30T23:59:59.999Z', '2026-04-01T00:00:00.000Z', '2026-05-01T00:00:00.000Z'],
    ['2026-12-31T23:59:59.999Z', '2026-12-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
    ['2028-02-29T10:00:00.000Z', '2028-02-01T00:00:00.000Z', '2028-03-01T00:00:00.000Z'],
    // 23:30 on 31 March in New York is already April in UTC: the window is UTC.
    ['2026-04-01T03:30:00.000Z', '2026-04-01T00:00:00.000Z', '2026-05-01T00:00:00.000Z'],
  ])('%s → [%s, %s)', (now, start, end) => {
    expect(monthWindowUtc(new Date(now))).toEqual({ start, end });
  });
});

describe('isRepoUrl', () => {
  it.each([
    ['https://github.com/fastify/demo', true],
    ['http://git.internal.example/team/repo.git', true],
    ['ssh://git@github.com/fastify/demo.git', true],
    ['git://example.org/repo.git', true],
    ['ftp://example.org/repo', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['github.com/fastify/demo', false],
    ['not a url', false],
    ['', false],
  ])('%j → %s', (url, valid) => {
    expect(isRepoUrl(url)).toBe(valid);
  });
});

describe('normalizeBlueprint', () => {
  it('keeps distinct category/difficulty entries, trimming categories', () => {
    expect(
      normalizeBlueprint([
        { category: ' sql ', difficulty: 'easy', count: 2 },
        { category: 'sql', difficulty: 'hard', count: 1 },
        { category: 'http', difficulty: 'easy', count: 3 },
      ]),
    ).toEqual([
      { category: 'sql', difficulty: 'easy', count: 2 },
      { category: 'sql', difficulty: 'hard', count: 1 },
      { category: 'http', difficulty: 'easy', count: 3 },
    ]);
  });

  it('refuses a repeated category and difficulty, naming the entry', () => {
    expect(() =>
      normalizeBlueprint([
        { category: 'sql', difficulty: 'easy', count: 2 },
        { category: 'sql ', difficulty: 'easy', count: 1 },
      ]),
    ).toThrowError('Blueprint entry 2 repeats category "sql" with difficulty easy; merge the counts (blueprint.1)');
  });
});

describe('normalizeCases', () => {
  it('keeps order and rubric criteria, with null descriptions', () => {
    expect(
      normalizeCases([
        { title: ' Fix the bug ', maxScore: 10, rubric: { criteria: [{ name: 'Tests', maxPoints: 4 }, { name: 'Code', maxPoints: 6, description: 'Readable' }] } },
        { title: 'Write docs', maxScore: 5 },
        { title: 'Review', maxScore: 5, rubric: null },
      ]),
    ).toEqual([
      {
        title: 'Fix the bug',
        maxScore: 10,
        description: null,
        rubric: {
          criteria: [
            { name: 'Tests', maxPoints: 4, description: null },
            { name: 'Code', maxPoints: 6, description: 'Readable' },
          ],
        },
      },
      { title: 'Write docs', maxScore: 5, description: null, rubric: null },
      { title: 'Review', maxScore: 5, description: null, rubric: null },
    ]);
  });

  it.each([
    [undefined, null],
    [null, null],
    ['', null],
    ['  \n\t ', null],
    ['Fix the failing test.', 'Fix the failing test.'],
    // Markdown indentation and line breaks stay; trailing blank lines go.
    ['  - step one\n  - step two\n\n', '  - step one\n  - step two'],
  ])('keeps the description %j as %j', (description, expected) => {
    expect(normalizeCases([{ title: 'Task', maxScore: 5, description }])[0]!.description).toBe(expected);
  });

  it('refuses duplicate criterion names, naming the field', () => {
    let caught: unknown;
    try {
      normalizeCases([
        { title: 'a', maxScore: 1 },
        { title: 'b', maxScore: 2, rubric: { criteria: [{ name: 'Tests', maxPoints: 1 }, { name: 'tests', maxPoints: 1 }] } },
      ]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect(caught).toMatchObject({
      message: 'Case 2, rubric, criterion 2: Criterion names must be distinct: "tests" is used twice (cases.1.rubric.criteria.1.name)',
      details: [{ field: 'cases.1.rubric.criteria.1.name', message: 'Criterion names must be distinct: "tests" is used twice' }],
    });
  });
});

const row: AssessmentRow = {
  id: 'asmt_1',
  org_id: 'org_1',
  slug: 'quiz',
  title: 'Quiz',
  role: 'Dev',
  task_brief: 'Brief',
  repo_url: null,
  issue_id: null,
  time_limit_minutes: 30,
  expires_in_days: 7,
  rubric_id: 'r',
  passing_score: 60,
  low_pass_band: 10,
  max_attempts: 1,
  lock_on_pass: 1,
  show_result: 0,
  red_flag_threshold: 3,
  require_candidate_details: 1,
  skills: '["sql"]',
  blueprint: null,
  created_at: '2026-04-01T09:00:00.000Z',
  updated_at: '2026-04-01T09:00:00.000Z',
  deleted_at: null,
  result_email: 'immediately',
};

describe('questionCountOf', () => {
  it.each([
    [null, 5, 5],
    ['[{"category":"a","difficulty":"easy","count":2},{"category":"b","difficulty":"hard","count":3}]', 0, 5],
  ])('blueprint %s with %d fixed questions → %d', (blueprint, fixed, expected) => {
    expect(questionCountOf({ blueprint }, fixed)).toBe(expected);
  });
});

describe('toCandidateAssessment', () => {
  const caseRow: CaseRow = {
    id: 'case_1',
    org_id: 'org_1',
    assessment_id: 'asmt_1',
    position: 1,
    title: 'Fix it',
    max_score: 10,
    rubric: '{"criteria":[{"name":"SECRET-CRITERION","maxPoints":10,"description":"SECRET-GUIDE"}]}',
    created_at: row.created_at,
    deleted_at: null,
    description: 'Make the failing test pass.',
  };
  const question = {
    id: 'q_1',
    assessmentId: 'asmt_1',
    position: 1,
    text: 'Q',
    type: 'single' as const,
    options: ['a', 'b'],
    answer: 1,
    category: 'c',
    difficulty: 'easy' as const,
    points: 1,
    pinnedOptions: [1],
  };

  it('carries no answer keys, rubrics or proctoring settings', () => {
    const view = toCandidateAssessment(row, null, [question], [caseRow]);
    const json = JSON.stringify(view);
    for (const hidden of ['answer', 'pinnedOptions', 'rubric', 'SECRET-CRITERION', 'SECRET-GUIDE', 'maxPoints', 'redFlagThreshold', 'lowPassBand', 'lockOnPass']) {
      expect(json).not.toContain(hidden);
    }
    expect(view.questions).toEqual([{ id: 'q_1', text: 'Q', type: 'single', options: ['a', 'b'], category: 'c', difficulty: 'easy', points: 1 }]);
    expect(view.cases).toEqual([{ id: 'case_1', title: 'Fix it', order: 1, maxScore: 10, description: 'Make the failing test pass.' }]);
    expect(view.questionCount).toBe(1);
  });

  it('shows no questions for a blueprint (they are drawn per candidate), but counts them', () => {
    const view = toCandidateAssessment(
      { ...row, blueprint: '[{"category":"a","difficulty":"easy","count":4}]' },
      null,
      [],
      [],
    );
    expect(view.questions).toEqual([]);
    expect(view.questionCount).toBe(4);
  });
});

describe('assessmentAuditView: what an edit of an assessment shows in the audit trail', () => {
  const caseRow = (id: string, position: number, title: string): CaseRow => ({
    id,
    org_id: 'org_1',
    assessment_id: 'asmt_1',
    position,
    title,
    max_score: 10,
    rubric: null,
    description: null,
    created_at: row.created_at,
    deleted_at: null,
  });
  const question = (id: string, position: number, text: string, answer: number) => ({
    id,
    assessmentId: 'asmt_1',
    position,
    text,
    type: 'single' as const,
    options: ['a', 'b'],
    answer,
    category: 'c',
    difficulty: 'easy' as const,
    points: 1,
    pinnedOptions: [],
  });
  const before = toAssessmentObject(row, null, [question('q_1', 1, 'Q1', 0), question('q_2', 2, 'Q2', 1)], [caseRow('case_1', 1, 'Fix it')]);

  it('names settings, questions and cases by position, without ids and times', () => {
    const view = assessmentAuditView(before);
    expect(Object.keys(view)).toEqual(expect.arrayContaining(['title', 'passingScore', 'skills', 'questions[1]', 'questions[2]', 'cases[1]']));
    for (const hidden of ['id', 'createdAt', 'updatedAt', 'questions', 'cases', 'questionCount', 'caseCount', 'issue']) expect(view).not.toHaveProperty(hidden);
    expect(view['questions[2]']).toEqual({ text: 'Q2', type: 'single', options: ['a', 'b'], answer: 1, category: 'c', difficulty: 'easy', points: 1, pinnedOptions: [] });
    expect(view['cases[1]']).toEqual({ title: 'Fix it', maxScore: 10, rubric: null });
  });

  it.each([
    [
      'content replaced with the same questions (new ids, new times): nothing',
      toAssessmentObject({ ...row, updated_at: '2026-05-01T00:00:00.000Z' }, null, [question('q_3', 1, 'Q1', 0), question('q_4', 2, 'Q2', 1)], [caseRow('case_2', 1, 'Fix it')]),
      null,
    ],
    [
      'one answer key changed: only that question',
      toAssessmentObject(row, null, [question('q_3', 1, 'Q1', 0), question('q_4', 2, 'Q2', 0)], [caseRow('case_2', 1, 'Fix it')]),
      { before: { 'questions[2]': expect.objectContaining({ answer: 1 }) }, after: { 'questions[2]': expect.objectContaining({ answer: 0 }) } },
    ],
    [
      'a question and a case removed, the title changed',
      toAssessmentObject({ ...row, title: 'Quiz 2' }, null, [question('q_3', 1, 'Q1', 0)], []),
      {
        before: { title: 'Quiz', 'questions[2]': expect.objectContaining({ text: 'Q2' }), 'cases[1]': expect.objectContaining({ title: 'Fix it' }) },
        after: { title: 'Quiz 2', 'questions[2]': null, 'cases[1]': null },
      },
    ],
  ])('%s', (_name, after, expected) => {
    expect(diffFields(assessmentAuditView(before), assessmentAuditView(after))).toEqual(expected);
  });
});
