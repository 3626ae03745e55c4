import type { AssessmentCase, CaseInput } from '../lib/types';
import { Card, TextAreaField, TextField } from '../components/ui';
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

export function validateCase(draft: CaseDraft): string[] {
  const problems: string[] = [];
  if (!draft.title.trim()) problems.push('Give the task a title.');
  const max = Number(draft.maxScore);
  if (!Number.isFinite(max) || max <= 0) problems.push('Maximum score must be a number above 0.');
  if (draft.description.length > CASE_DESCRIPTION_MAX) {
    problems.push(`The description can have at most ${CASE_DESCRIPTION_MAX.toLocaleString('en')} characters (it has ${draft.description.length.toLocaleString('en')}).`);
  }
  if (draft.criteria.some((c) => !c.name.trim() || !(Number(c.maxPoints) > 0))) {
    problems.push('Every rubric criterion needs a name and points above 0.');
  }
  return problems;
}

export function CasesEditor(props: { cases: CaseDraft[]; onChange: (cases: CaseDraft[]) => void; showProblems: boolean }) {
  const { cases, onChange } = props;
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
          const problems = props.showProblems ? validateCase(draft) : [];
          return (
            <fieldset key={draft.key} className="question-card" aria-label={`Task ${number}`}>
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
                  <TextField label="Task title" value={draft.title} onChange={(e) => update(draft.key, { title: e.target.value })} />
                  <TextField
                    label="Maximum score"
                    type="number"
                    min={1}
                    value={draft.maxScore}
                    onChange={(e) => update(draft.key, { maxScore: e.target.value })}
                  />
                </div>
                <TextAreaField
                  label="Description for the candidate"
                  hint="What to do and how it is judged, shown to the candidate as written (plain text or Markdown). The rubric below is never shown to them."
                  rows={4}
                  maxLength={CASE_DESCRIPTION_MAX}
                  value={draft.description}
                  onChange={(e) => update(draft.key, { description: e.target.value })}
                />
                <div role="group" aria-label={`Rubric of task ${number}`} className="stack" style={{ gap: 8 }}>
                  <span style={{ fontWeight: 600, fontSize: '0.9rem' }}>Rubric criteria</span>
                  {draft.criteria.length === 0 && <span className="small muted">No criteria: the task is graded with one overall score.</span>}
                  {draft.criteria.map((criterion, cIndex) => {
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
                        />
                        <TextField
                          label="Points"
                          type="number"
                          min={1}
                          value={criterion.maxPoints}
                          onChange={(e) => setCriterion({ maxPoints: e.target.value })}
                        />
                        <div className="row" style={{ flexWrap: 'nowrap' }}>
                          <TextField
                            label="What earns the points"
                            value={criterion.description}
                            onChange={(e) => setCriterion({ description: e.target.value })}
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
                {problems.length > 0 && (
                  <ul className="small" style={{ margin: 0, color: 'var(--danger)' }}>
                    {problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                )}
              </div>
            </fieldset>
          );
        })}
      </div>
    </Card>
  );
}
