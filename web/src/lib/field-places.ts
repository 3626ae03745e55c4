/**
 * Where a field of a form sits, in the form's own words, for the error
 * summary ("Question 2: Text is required"), and the mapping of the API's
 * request paths to a form's fields where the two differ.
 */

const indexOf = (segment: string | undefined) => (segment !== undefined && /^\d+$/.test(segment) ? Number(segment) : null);

/** The assessment editor: "Question 2", "Task 1", "Task 1, criterion 3". */
export function placeInAssessment(field: string): string {
  const [list, index, ...rest] = field.split('.');
  const entry = indexOf(index);
  if (entry === null) return '';
  const criterion = rest[0] === 'rubric' && rest[1] === 'criteria' ? indexOf(rest[2]) : null;
  if (list === 'questions') return `Question ${entry + 1}`;
  if (list === 'cases') return criterion === null ? `Task ${entry + 1}` : `Task ${entry + 1}, criterion ${criterion + 1}`;
  if (list === 'blueprint') return `Question draw, entry ${entry + 1}`;
  return '';
}

/** The new-rubric form: "Criterion 2". */
export function placeInRubric(field: string): string {
  const [list, index] = field.split('.');
  const entry = indexOf(index);
  return list === 'criteria' && entry !== null ? `Criterion ${entry + 1}` : '';
}

/** One entry of the grades sent: its case, and the rubric index of each criterion sent (only those with points). */
export interface SentGrade {
  caseId: string;
  criteria: number[];
}

/**
 * The API names a grading problem by its place in the request
 * (`grades.1.criteria.0.points`); the grading form by case and rubric
 * criterion (`case.case_x.criteria.2.points`).
 */
export function gradingField(field: string, sent: readonly SentGrade[]): string {
  const match = /^grades\.(\d+)(?:\.(.*))?$/.exec(field);
  const grade = match ? sent[Number(match[1])] : undefined;
  if (!match || !grade) return field;
  const rest = (match[2] ?? '').replace(/^criteria\.(\d+)/, (whole, index: string) => {
    const rubricIndex = grade.criteria[Number(index)];
    return rubricIndex === undefined ? whole : `criteria.${rubricIndex}`;
  });
  return rest ? `case.${grade.caseId}.${rest}` : `case.${grade.caseId}`;
}
