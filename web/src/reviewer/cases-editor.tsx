import type { AssessmentCase, CaseInput } from '../lib/types';
import { Card, TextAreaField, TextField } from '../components/ui';
import { GroupError } from '../components/form-errors';
import { formErrorsOf, type FormErrors } from '../lib/form-errors';
import { newDraftKey } from './question-editor';

export interface CriterionDraft {
  key: string;
  name: string;
  maxPoints: string;
  description: string;
}

/** A hands-on task as edited in the form. */
export interface CaseDraft {
  key: string;
  title: string;
  maxScore: string;
  /** What the candidate reads about the task. */
  description: string;
  criteria: CriterionDraft[];
}

/** The longest description the server keeps (CASE_DESCRIPTION_MAX). */
export const CASE_DESCRIPTION_MAX = 20_000;

export function caseToDraft(item: AssessmentCase): CaseDraft {
  return {
    key: item.id,
    title: item.title,
    maxScore: String(item.maxScore),
    description: item.description ?? '',
    criteria: (item.rubric?.criteria ?? []).map((c) => ({
      key: newDraftKey(),
      name: c.name,
      maxPoints: String(c.maxPoints),
      description: c.description ?? '',
    })),
  };
}

export function draftToCaseInput(draft: CaseDraft): CaseInput {
  const criteria = draft.criteria.map((c) => ({
    name: c.name.trim(),
    maxPoints: Number(c.maxPoints),
    ...(c.description.trim() ? { description: c.description.trim() } : {}),
  }));
  return {
    title: draft.title.trim(),
    maxScore: Number(draft.maxScore),
    description: draft.description.trim() ? draft.description : null,
    rubric: criteria.length ? { criteria } : null,
  };
}

export function CasesEditor(props: {
  cases: CaseDraft[];
  onChange: (cases: CaseDraft[]) => void;
  /** The API's problems of the form: those of `cases.N` are shown beside the task's inputs. */
  errors?: FormErrors;
}) {
  const { cases, onChange } = props;
  const errors = props.errors ?? formErrorsOf('cases', []);
  const update = (key: string, patch: Partial<CaseDraft>) => onChange(cases.map((c) => (c.key === key ? { ...c, ...patch } : c)));
  const addCase = () => onChange([...cases, { key: newDraftKey(), title: '', maxScore: '100', description: '', criteria: [] }]);

  return (
    <Card
      title={`Hands-on tasks (${cases.length})`}
      actions={
        <button type="button" onClick={addCase}>
          Add task
        </button>
      }
    >
      <p className="muted small">
        Tasks are graded by a reviewer against their rubric; the result stays pending until every task is graded.
      </p>
      <div className="stack">
        {cases.map((draft, index) => {
          const number = index + 1;
          const caseErrors = errors.within(`cases.${index}`);
          const rubricId = caseErrors.idOf('rubric');
          const rubricProblem = caseErrors.message('rubric', { exact: true }) ?? caseErrors.message('rubric.criteria', { exact: true });
          return (
            <fieldset key={draft.key} className="question-card" aria-label={`Task ${number}`} id={caseErrors.idOf('')} tabIndex={-1}>
              <div className="q-head">
                <strong>Task {number}</strong>
                <button
                  type="button"
                  className="small ghost"
                  onClick={() => onChange(cases.filter((c) => c.key !== draft.key))}
                  aria-label={`Remove task ${number}`}
                >
                  Remove
                </button>
              </div>
              <div className="stack">
                <div className="form-grid">
                  <TextField label="Task title" value={draft.title} onChange={(e) => update(draft.key, { title: e.target.value })} {...caseErrors.field('title')} />
                  <TextField
                    label="Maximum score"
                    type="number"
                    min={1}
                    value={draft.maxScore}
                    onChange={(e) => update(draft.key, { maxScore: e.target.value })}
                    {...caseErrors.field('maxScore')}
                  />
                </div>
                <TextAreaField
                  label="Description for the candidate"
                  hint="What to do and how it is judged, shown to the candidate as written (plain text or Markdown). The rubric below is never shown to them."
                  rows={4}
                  maxLength={CASE_DESCRIPTION_MAX}
                  value={draft.description}
                  onChange={(e) => update(draft.key, { description: e.target.value })}
                  {...caseErrors.field('description')}
                />
                <div
                  role="group"
                  aria-label={`Rubric of task ${number}`}
                  className="stack"
                  style={{ gap: 8 }}
                  id={rubricId}
                  tabIndex={-1}
                  aria-describedby={rubricProblem ? `${rubricId}-error` : undefined}
                >
                  <span style={{ fontWeight: 600, fontSize: '0.9rem' }}>Rubric criteria</span>
                  {draft.criteria.length === 0 && <span className="small muted">No criteria: the task is graded with one overall score.</span>}
                  {draft.criteria.map((criterion, cIndex) => {
                    const criterionErrors = caseErrors.within(`rubric.criteria.${cIndex}`);
                    const setCriterion = (patch: Partial<CriterionDraft>) =>
                      update(draft.key, {
                        criteria: draft.criteria.map((c) => (c.key === criterion.key ? { ...c, ...patch } : c)),
                      });
                    return (
                      <div key={criterion.key} className="grid-3" style={{ alignItems: 'end' }}>
                        <TextField
                          label={`Criterion ${cIndex + 1}`}
                          value={criterion.name}
                          onChange={(e) => setCriterion({ name: e.target.value })}
                          {...criterionErrors.field('name')}
                        />
                        <TextField
                          label="Points"
                          type="number"
                          min={1}
                          value={criterion.maxPoints}
                          onChange={(e) => setCriterion({ maxPoints: e.target.value })}
                          {...criterionErrors.field('maxPoints')}
                        />
                        <div className="row" style={{ flexWrap: 'nowrap' }}>
                          <TextField
                            label="What earns the points"
                            value={criterion.description}
                            onChange={(e) => setCriterion({ description: e.target.value })}
                            {...criterionErrors.field('description')}
                          />
                          <button
                            type="button"
                            className="small ghost"
                            style={{ alignSelf: 'flex-end' }}
                            onClick={() => update(draft.key, { criteria: draft.criteria.filter((c) => c.key !== criterion.key) })}
                            aria-label={`Remove criterion ${cIndex + 1} of task ${number}`}
                          >
                            ✕
                          </button>
                        </div>
                      </div>
                    );
                  })}
                  {draft.criteria.length > 0 && (
                    <span className="small muted">
                      Criteria total: {draft.criteria.reduce((sum, c) => sum + (Number(c.maxPoints) || 0), 0)} points (the task is worth {draft.maxScore || 0}).
                    </span>
                  )}
                  <GroupError id={rubricId} message={rubricProblem} />
                  <div>
                    <button
                      type="button"
                      className="small"
                      onClick={() =>
                        update(draft.key, {
                          criteria: [...draft.criteria, { key: newDraftKey(), name: '', maxPoints: '10', description: '' }],
                        })
                      }
                    >
                      Add criterion
                    </button>
                  </div>
                </div>
              </div>
            </fieldset>
          );
        })}
      </div>
    </Card>
  );
}
