/** A problem the API names: `details[]` of a validation error (ApiError.fieldIssues). */
export interface FieldIssue {
  field: string;
  message: string;
}

/**
 * Validation problems of one form, beside their fields: the API answers every
 * problem of a request at once as `details: [{ field, message }]`, with the
 * field's path in the request (`title`, `questions.2.options.1`). A form binds
 * each input to the path it fills (`{...errors.field('title')}`: an id the
 * error summary links to, and the message the input shows and is described
 * by), and shows an ErrorSummary (components/form-errors) listing every problem.
 */
export interface FormErrors {
  readonly issues: readonly FieldIssue[];
  /** The message for `field`, or for a field inside it (`skills` shows a problem of `skills.2`); `exact` for a group whose parts show their own. */
  message(field: string, options?: { exact?: boolean }): string | null;
  /** The id of the input of `field`, unique on the page. */
  idOf(field: string): string;
  /** Props for the input of `field`: its id and its message. */
  field(field: string, options?: { exact?: boolean }): { id: string; error: string | null };
  /** The same form errors, for a part of the form whose fields start with `prefix` (`questions.2`); `idOf('')` is the part itself. */
  within(prefix: string): FormErrors;
}

/** The id of the element of `field` in the form `formId`: `assessment-questions-2-text`. */
export function fieldIdOf(formId: string, field: string): string {
  return field ? `${formId}-${field.replace(/[^A-Za-z0-9_-]+/g, '-')}` : formId;
}

/** The ids a problem of `field` may be shown at, nearest first: its own, then those of the fields that hold it. */
export function candidateIdsOf(formId: string, field: string): string[] {
  const parts = field.split('.');
  return parts.map((_, index) => fieldIdOf(formId, parts.slice(0, parts.length - index).join('.')));
}

/** Form errors from problems a form names itself (the API's, with paths mapped to the form's own). */
export function formErrorsOf(formId: string, issues: readonly FieldIssue[], prefix = ''): FormErrors {
  const path = (field: string) => (!prefix ? field : field ? `${prefix}.${field}` : prefix);
  const matches = (issue: FieldIssue, field: string, exact: boolean) => issue.field === field || (!exact && issue.field.startsWith(`${field}.`));
  const self: FormErrors = {
    issues,
    message: (field, options) => issues.find((issue) => matches(issue, path(field), options?.exact ?? false))?.message ?? null,
    idOf: (field) => fieldIdOf(formId, path(field)),
    field: (field, options) => ({ id: self.idOf(field), error: self.message(field, options) }),
    within: (inner) => formErrorsOf(formId, issues, path(inner)),
  };
  return self;
}
