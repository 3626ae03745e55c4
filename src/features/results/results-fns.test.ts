import { describe, expect, it } from 'vitest';
import { answerPartsOf, answerTextOf, criterionGradesOf, decisionLabelOf, rubricOfTask, scoreStatusLabelOf, taskStateOf, type TaskState } from './results-fns.js';

describe('taskStateOf', () => {
  it.each<[string, { status: string; score: number | null; handedInAt: string | null; hasDeliverable: boolean }, TaskState]>([
    ['handed in and graded', { status: 'graded', score: 7, handedInAt: '2026-01-01T00:00:00.000Z', hasDeliverable: true }, 'graded'],
    ['handed in, waiting for the reviewer', { status: 'pending', score: null, handedInAt: '2026-01-01T00:00:00.000Z', hasDeliverable: true }, 'awaiting_grading'],
    ['graded 0 at the close with nothing saved', { status: 'graded', score: 0, handedInAt: null, hasDeliverable: false }, 'not_handed_in'],
    ['nothing saved, graded later by a reviewer', { status: 'graded', score: 2, handedInAt: null, hasDeliverable: false }, 'not_handed_in'],
    // Attempts closed before hand-in times were recorded (0005) have a deliverable and no hand-in time.
    ['a deliverable without a hand-in time, graded', { status: 'graded', score: 9, handedInAt: null, hasDeliverable: true }, 'graded'],
    ['a deliverable without a hand-in time, not graded', { status: 'pending', score: null, handedInAt: null, hasDeliverable: true }, 'awaiting_grading'],
    ['graded status without a score', { status: 'graded', score: null, handedInAt: '2026-01-01T00:00:00.000Z', hasDeliverable: true }, 'awaiting_grading'],
  ])('%s', (_, task, state) => {
    expect(taskStateOf(task)).toBe(state);
  });
});

describe('rubricOfTask', () => {
  const own = { criteria: [{ name: 'Design', maxPoints: 4, description: 'Clear modules' }] };
  const shared = [{ name: 'Correctness', maxPoints: 5, description: null }];
  it.each<[string, unknown, unknown, ReturnType<typeof rubricOfTask>]>([
    ['the task’s own rubric first', own, shared, [{ name: 'Design', maxPoints: 4, description: 'Clear modules' }]],
    ['else the assessment’s', null, shared, [{ name: 'Correctness', maxPoints: 5, description: null }]],
    ['an empty own rubric falls back to the assessment’s', { criteria: [] }, shared, [{ name: 'Correctness', maxPoints: 5, description: null }]],
    ['no rubric at all', null, null, []],
    ['unreadable entries are skipped, blank descriptions are none', null, [{ name: 'A', maxPoints: 'x' }, 'B', { name: 'C', maxPoints: 2, description: ' ' }], [{ name: 'C', maxPoints: 2, description: null }]],
  ])('%s', (_, caseRubric, assessmentRubric, expected) => {
    expect(rubricOfTask(caseRubric, assessmentRubric)).toEqual(expected);
  });
});

describe('criterionGradesOf', () => {
  const rubric = [
    { name: 'Correctness', maxPoints: 5, description: null },
    { name: 'Tests', maxPoints: 5, description: 'Covers the error paths' },
  ];
  it.each<[string, unknown, ReturnType<typeof criterionGradesOf>]>([
    [
      'points given per criterion, in the rubric’s order',
      [
        { name: 'Tests', points: 3 },
        { name: 'Correctness', points: 4 },
      ],
      [
        { name: 'Correctness', description: null, points: 4, maxPoints: 5 },
        { name: 'Tests', description: 'Covers the error paths', points: 3, maxPoints: 5 },
      ],
    ],
    [
      'not graded yet',
      null,
      [
        { name: 'Correctness', description: null, points: null, maxPoints: 5 },
        { name: 'Tests', description: 'Covers the error paths', points: null, maxPoints: 5 },
      ],
    ],
    [
      'names match trimmed and in any case; a criterion the rubric lost comes last without a maximum',
      [
        { name: ' correctness ', points: 5 },
        { name: 'Style', points: 2 },
      ],
      [
        { name: 'Correctness', description: null, points: 5, maxPoints: 5 },
        { name: 'Tests', description: 'Covers the error paths', points: null, maxPoints: 5 },
        { name: 'Style', description: null, points: 2, maxPoints: null },
      ],
    ],
  ])('%s', (_, grades, expected) => {
    expect(criterionGradesOf(rubric, grades)).toEqual(expected);
  });

  it('is empty for a task without a rubric', () => {
    expect(criterionGradesOf([], null)).toEqual([]);
  });
});

describe('answerPartsOf / answerTextOf', () => {
  const single = { type: 'single', options: ['Alpha', 'Beta', 'Gamma'] };
  const multiple = { type: 'multiple', options: ['TCP', 'UDP', 'QUIC'] };
  const text = { type: 'text', options: [] };
  it.each<[string, { type: string; options: string[] }, unknown, string]>([
    ['a single choice', single, 1, 'Beta'],
    ['several choices', multiple, [0, 2], 'TCP; QUIC'],
    ['an index the question no longer has', single, 5, 'option 6 (removed)'],
    ['a typed answer', text, 'Ada Lovelace', 'Ada Lovelace'],
    ['a typed number is text, not an option', text, 2, '2'],
    ['several accepted texts', text, ['Ada', 'Ada Lovelace'], 'Ada; Ada Lovelace'],
    ['no answer', single, null, ''],
    ['an empty text answer', text, '', ''],
  ])('%s', (_, question, value, expected) => {
    expect(answerTextOf(question, value)).toBe(expected);
  });

  it('tells options from typed text', () => {
    expect(answerPartsOf(multiple, [2, 0])).toEqual([
      { option: 2, text: 'QUIC' },
      { option: 0, text: 'TCP' },
    ]);
    expect(answerPartsOf(text, 'TCP')).toEqual([{ option: null, text: 'TCP' }]);
  });
});

describe('labels in plain words', () => {
  it.each([
    ['PASS', 'Pass'],
    ['LOW_PASS', 'Low pass (just above the passing threshold)'],
    ['FAIL', 'Fail'],
    ['PENDING', 'Awaiting grading'],
    ['SOMETHING_NEW', 'something new'],
  ])('score status %s reads "%s"', (status, label) => {
    expect(scoreStatusLabelOf(status)).toBe(label);
  });

  it.each([
    ['hired', 'Hired'],
    ['rejected', 'Rejected'],
    [null, 'No decision yet'],
  ])('decision %s reads "%s"', (decision, label) => {
    expect(decisionLabelOf(decision)).toBe(label);
  });
});
