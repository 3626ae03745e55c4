import { describe, expect, it } from 'vitest';
import { candidateIdsOf, fieldIdOf, formErrorsOf } from '../../web/src/lib/form-errors.js';
import { gradingField, placeInAssessment, placeInRubric } from '../../web/src/lib/field-places.js';

/** The dashboard's mapping of the API's `details[].field` to a form's fields. */

/** The details of a refused save, as the API answers them. */
const details = [
  { field: 'title', message: 'Title is required' },
  { field: 'skills.1', message: 'Skill 2 cannot be empty' },
  { field: 'questions.2.options', message: 'Options must be distinct' },
  { field: 'questions.2.options.1', message: 'Option 2 cannot be empty' },
  { field: 'cases.0.rubric', message: "The criteria add up to 16 points, more than the task's maximum score of 10" },
];

describe('formErrorsOf', () => {
  const errors = formErrorsOf('assessment', details);

  it.each([
    ['title', false, 'Title is required'],
    ['role', false, null],
    ['skills', false, 'Skill 2 cannot be empty'],
    ['skills.1', false, 'Skill 2 cannot be empty'],
    ['questions.2.options', true, 'Options must be distinct'],
    ['questions.2.options.1', false, 'Option 2 cannot be empty'],
    ['questions.2.text', false, null],
    ['questions.1.options', false, null],
    ['cases.0.rubric', true, "The criteria add up to 16 points, more than the task's maximum score of 10"],
    ['cases.0.maxScore', false, null],
    // `title` must not match `titles`: a prefix counts only up to a dot.
    ['titl', false, null],
  ])('the message of %s (exact: %s) is %j', (field, exact, message) => {
    expect(errors.message(field, { exact })).toBe(message);
  });

  it('binds an input to its field by id and message, within a part of the form as at the top', () => {
    expect(errors.field('title')).toEqual({ id: 'assessment-title', error: 'Title is required' });
    const question = errors.within('questions.2');
    expect(question.field('options.1')).toEqual({ id: 'assessment-questions-2-options-1', error: 'Option 2 cannot be empty' });
    expect(question.idOf('')).toBe('assessment-questions-2');
    expect(question.within('options').field('1')).toEqual(question.field('options.1'));
  });

  it('binds every input to nothing when there is no problem', () => {
    const none = formErrorsOf('assessment', []);
    expect(none.field('title')).toEqual({ id: 'assessment-title', error: null });
    expect(none.within('questions.0').field('text')).toEqual({ id: 'assessment-questions-0-text', error: null });
  });

  it('takes problems a form mapped itself', () => {
    expect(formErrorsOf('grading', [{ field: 'case.case_1.score', message: 'Score is required' }]).within('case.case_1').message('score')).toBe('Score is required');
  });
});

describe('ids of fields', () => {
  it.each([
    ['assessment', 'title', 'assessment-title'],
    ['assessment', 'questions.2.options.1', 'assessment-questions-2-options-1'],
    ['rubric', 'criteria.0.na me"<x>', 'rubric-criteria-0-na-me-x-'],
    ['assessment', '', 'assessment'],
  ])('%s / %j → %s', (formId, field, id) => {
    expect(fieldIdOf(formId, field)).toBe(id);
  });

  it('looks for the field, then for each field that holds it', () => {
    expect(candidateIdsOf('assessment', 'cases.0.rubric.criteria')).toEqual([
      'assessment-cases-0-rubric-criteria',
      'assessment-cases-0-rubric',
      'assessment-cases-0',
      'assessment-cases',
    ]);
  });
});

describe('where a field sits, in the form\'s words', () => {
  it.each([
    ['title', ''],
    ['skills.1', ''],
    ['questions.0.text', 'Question 1'],
    ['questions.4.options.1', 'Question 5'],
    ['cases.1.maxScore', 'Task 2'],
    ['cases.0.rubric', 'Task 1'],
    ['cases.0.rubric.criteria.2.maxPoints', 'Task 1, criterion 3'],
    ['blueprint.1.count', 'Question draw, entry 2'],
  ])('in the assessment editor, %s → %j', (field, place) => {
    expect(placeInAssessment(field)).toBe(place);
  });

  it.each([
    ['name', ''],
    ['criteria', ''],
    ['criteria.1.maxPoints', 'Criterion 2'],
  ])('in the rubric form, %s → %j', (field, place) => {
    expect(placeInRubric(field)).toBe(place);
  });
});

describe('gradingField', () => {
  // Two tasks sent: the first with points for rubric criteria 0 and 2 only, the second with a score.
  const sent = [
    { caseId: 'case_a', criteria: [0, 2] },
    { caseId: 'case_b', criteria: [] },
  ];
  it.each([
    ['grades.0.criteria.1.points', 'case.case_a.criteria.2.points'],
    ['grades.0.criteria.0.name', 'case.case_a.criteria.0.name'],
    ['grades.0.criteria', 'case.case_a.criteria'],
    ['grades.1.score', 'case.case_b.score'],
    ['grades.1', 'case.case_b'],
    ['grades.5.score', 'grades.5.score'],
    ['grades', 'grades'],
  ])('%s → %s', (field, mapped) => {
    expect(gradingField(field, sent)).toBe(mapped);
  });
});
