import { useEffect, useRef, type ReactNode } from 'react';
import { ApiError, errorMessage } from '../lib/api';
import { candidateIdsOf, fieldIdOf, formErrorsOf, type FieldIssue, type FormErrors } from '../lib/form-errors';

const NO_ISSUES: readonly FieldIssue[] = [];

/** The field problems an error carries (an ApiError with details), none for any other error. */
export function fieldIssuesOf(error: unknown): readonly FieldIssue[] {
  return error instanceof ApiError ? error.fieldIssues : NO_ISSUES;
}

/** Form errors for the form `formId` (a prefix of its input ids) from the error its last submit got. */
export function formErrors(formId: string, error: unknown): FormErrors {
  return formErrorsOf(formId, fieldIssuesOf(error));
}

/** The element a problem of `field` is shown beside: its own input, else the nearest enclosing field on the page. */
function elementFor(formId: string, field: string): HTMLElement | null {
  for (const id of candidateIdsOf(formId, field)) {
    const element = document.getElementById(id);
    if (element) return element;
  }
  return null;
}

/**
 * The top of a form that was refused: every problem, each a link to its field
 * (in words that say where: "Question 2: Text is required"), or the error's
 * message when it is not about fields. Takes focus when it appears, so a
 * keyboard or screen-reader user lands on it.
 */
export function ErrorSummary(props: {
  error: unknown;
  formId: string;
  title: string;
  /** The error's problems with paths of the form's own, when they differ from the API's. */
  issues?: readonly FieldIssue[];
  /** Where a field sits, in the form's words ("Question 2", "Task 1, criterion 3"); empty for a top-level field. */
  placeOf?: (field: string) => string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const { error } = props;
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const issues = props.issues ?? fieldIssuesOf(error);
  const go = (field: string) => (event: React.MouseEvent) => {
    const target = elementFor(props.formId, field);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'center' });
    target.focus();
  };
  return (
    <div ref={ref} className="alert error error-summary" role="alert" tabIndex={-1} aria-labelledby={`${props.formId}-summary-title`} data-testid="error-summary">
      <strong id={`${props.formId}-summary-title`}>
        {issues.length > 1 ? `${props.title}: fix these ${issues.length} problems` : props.title}
      </strong>
      {issues.length === 0 ? (
        errorMessage(error)
      ) : (
        <ul>
          {issues.map((issue) => {
            const place = props.placeOf?.(issue.field) ?? '';
            return (
              <li key={`${issue.field}\u0000${issue.message}`}>
                <a href={`#${fieldIdOf(props.formId, issue.field)}`} onClick={go(issue.field)}>
                  {place ? `${place}: ` : ''}
                  {issue.message}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/**
 * A problem of a group of inputs (the options of a question, a task's rubric):
 * shown below the group, which it describes; the group is focusable so the
 * summary can take the reviewer to it.
 */
export function GroupError({ id, message }: { id: string; message: string | null }): ReactNode {
  if (!message) return null;
  return (
    <span className="field-error" id={`${id}-error`}>
      {message}
    </span>
  );
}
