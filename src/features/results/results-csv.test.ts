import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../shared/clock.js';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessmentFixture, createResultFixture, type FixtureAssessment } from '../../../test/helpers/result-fixtures.js';

/** The CSV export as a spreadsheet reads it: option texts, task grades, the decision and the red flag. */

const clock = fixedClock('2026-04-20T08:00:00.000Z');

describe('CSV export of a result', () => {
  let t: TestApp;
  let org: TestOrg;
  let exam: FixtureAssessment;

  async function csvRows(sessionId: string, includeAnswers = false) {
    const response = await t.request({
      method: 'GET',
      url: `/results/${sessionId}/export?format=csv${includeAnswers ? '&include_answers=true' : ''}`,
      headers: org.headers,
    });
    expect(response.statusCode).toBe(200);
    return {
      header: parse(response.body)[0]!,
      rows: parse<Record<string, string>>(response.body, { columns: true }),
    };
  }

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await t.createOrg();
    exam = await createAssessmentFixture(t.database.db, clock, org.org.id, {
      title: 'Backend take-home',
      questions: [
        { text: 'Which cell formula sums A1 and A2?', type: 'single', options: ['A1+A2', 'SUM(A1)', '=SUM(A1:A2)'], answer: 2, category: 'Spreadsheets', difficulty: 'easy', points: 1 },
        { text: 'Which protocols are connection-oriented?', type: 'multiple', options: ['TCP', 'UDP', 'QUIC', 'SCTP'], answer: [0, 2], category: 'Networks', difficulty: 'medium', points: 1 },
        { text: 'Which colour is a secondary colour?', type: 'single', options: ['Red', 'Green', 'Blue'], answer: 1, category: 'Design', difficulty: 'easy', points: 1 },
        { text: 'Who wrote the first program?', type: 'text', options: [], answer: 'Ada Lovelace', category: 'History', difficulty: 'hard', points: 1 },
      ],
      cases: [
        {
          title: 'Build the API',
          maxScore: 10,
          rubric: [
            { name: 'Correctness', maxPoints: 5, description: null },
            { name: 'Tests', maxPoints: 5, description: null },
          ],
        },
        { title: 'Write the migration', maxScore: 20 },
        { title: 'Document the design', maxScore: 5 },
      ],
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives chosen options and the answer key as option texts, several joined by "; ", and neutralises formulas', async () => {
    const result = await createResultFixture(t.database.db, clock, exam, { correct: [true, true, false, true], caseScores: [null, 10, 5] });
    const { rows } = await csvRows(result.sessionId, true);
    expect(rows.map((row) => [row.question, row.selected, row.correct_answer, row.is_correct])).toEqual([
      ['Which cell formula sums A1 and A2?', "'=SUM(A1:A2)", "'=SUM(A1:A2)", 'true'],
      ['Which protocols are connection-oriented?', 'TCP; QUIC', 'TCP; QUIC', 'true'],
      // A wrong choice: the first option that is not in the key.
      ['Which colour is a secondary colour?', 'Red', 'Green', 'false'],
      ['Who wrote the first program?', 'Ada Lovelace', 'Ada Lovelace', 'true'],
    ]);
    expect(rows.every((row) => !/^\d+(\|\d+)*$/.test(row.selected!))).toBe(true);
  });

  it('adds each hands-on task’s grade, status, rubric points and feedback, and the decision and red flag', async () => {
    const decidedAt = clock.now().toISOString();
    const rejected = await createResultFixture(t.database.db, clock, exam, {
      caseScores: [null, 15, null],
      deliverables: ['diff --git a/api b/api', 'diff --git a/db b/db', null],
      violations: { fullscreen: 1, copyPaste: 2 },
      status: 'rejected',
    });
    const grading = await t.request({
      method: 'POST',
      url: `/v1/sessions/${rejected.sessionId}/grades`,
      headers: org.headers,
      payload: {
        grades: [
          {
            caseId: exam.cases[0]!.id,
            criteria: [
              { name: 'Correctness', points: 4 },
              { name: 'Tests', points: 3 },
            ],
            feedback: '=cmd| thorough, but the error paths lack tests',
          },
        ],
      },
    });
    expect(grading.statusCode).toBe(200);

    const { header, rows } = await csvRows(rejected.sessionId);
    expect(rows).toHaveLength(1);
    const tasks = ['title', 'score', 'max_score', 'status', 'criteria', 'feedback'];
    expect(header.slice(header.indexOf('weaknesses'))).toEqual([
      'weaknesses',
      'decision',
      'decided_at',
      'category:Design',
      'category:History',
      'category:Networks',
      'category:Spreadsheets',
      ...[1, 2, 3].flatMap((order) => tasks.map((suffix) => `task_${order}_${suffix}`)),
    ]);
    expect(rows[0]).toMatchObject({
      decision: 'rejected',
      decided_at: decidedAt,
      red_flag: 'true',
      fullscreen_violations: '1',
      copy_paste_violations: '2',
      task_1_title: 'Build the API',
      task_1_score: '7',
      task_1_max_score: '10',
      task_1_status: 'graded',
      task_1_criteria: 'Correctness 4/5; Tests 3/5',
      task_1_feedback: "'=cmd| thorough, but the error paths lack tests",
      task_2_title: 'Write the migration',
      task_2_score: '15',
      task_2_max_score: '20',
      task_2_status: 'graded',
      task_2_criteria: '',
      task_3_title: 'Document the design',
      task_3_score: '0',
      task_3_max_score: '5',
      task_3_status: 'not_handed_in',
      task_3_feedback: '',
    });

    const open = await createResultFixture(t.database.db, clock, exam, { caseScores: [null, null, null] });
    const { rows: openRows } = await csvRows(open.sessionId);
    expect(openRows[0]).toMatchObject({
      status: 'pending',
      decision: '',
      decided_at: '',
      red_flag: 'false',
      task_1_score: '',
      task_1_status: 'awaiting_grading',
      task_1_criteria: 'Correctness —/5; Tests —/5',
      task_2_score: '',
      task_2_status: 'awaiting_grading',
    });
  });
});
