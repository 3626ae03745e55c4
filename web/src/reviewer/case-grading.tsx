import { useState } from 'react';
import { staffApi } from '../lib/api';
import type { AssessmentCase, CaseGrade, SessionCase, SessionDetail } from '../lib/types';
import { formatDateTime, formatDuration } from '../lib/format';
import { Badge, Card, TextAreaField, TextField, useToast } from '../components/ui';
import { ErrorSummary, GroupError, fieldIssuesOf } from '../components/form-errors';
import { formErrorsOf } from '../lib/form-errors';
import { gradingField, type SentGrade } from '../lib/field-places';

interface Draft {
  criteria: Record<string, string>;
  score: string;
  feedback: string;
}

function initialDraft(item: SessionCase): Draft {
  return {
    criteria: Object.fromEntries((item.grades ?? []).map((g) => [g.name, String(g.points)])),
    score: item.score === null ? '' : String(item.score),
    feedback: item.feedback ?? '',
  };
}

const FORM_ID = 'grading';

/** Grading of hands-on tasks by rubric: one form per case, saved together. */
export function CaseGrading(props: {
  sessionId: string;
  cases: SessionCase[];
  assessmentCases: AssessmentCase[];
  canGrade: boolean;
  onGraded: (session: SessionDetail) => void;
}) {
  const toast = useToast();
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() => Object.fromEntries(props.cases.map((c) => [c.caseId, initialDraft(c)])));
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<SentGrade[]>([]);
  const [busy, setBusy] = useState(false);
  const rubricOf = (caseId: string) => props.assessmentCases.find((c) => c.id === caseId)?.rubric?.criteria ?? [];
  const issues = fieldIssuesOf(error).map((issue) => ({ ...issue, field: gradingField(issue.field, sent) }));
  const errors = formErrorsOf(FORM_ID, issues);
  const placeOf = (field: string) => {
    const [, caseId, list, index] = field.split('.');
    const item = props.cases.find((c) => c.caseId === caseId);
    if (!item) return '';
    const criterion = list === 'criteria' && index !== undefined ? rubricOf(item.caseId)[Number(index)] : undefined;
    return `${item.order}. ${item.title}${criterion ? `, ${criterion.name}` : ''}`;
  };

  const update = (caseId: string, patch: Partial<Draft>) => setDrafts((d) => ({ ...d, [caseId]: { ...d[caseId]!, ...patch } }));

  async function save() {
    setError(null);
    // Every task with points entered is sent, even partly: the server names each criterion still missing.
    const grades: CaseGrade[] = [];
    const layout: SentGrade[] = [];
    for (const item of props.cases) {
      const draft = drafts[item.caseId]!;
      const criteria = rubricOf(item.caseId);
      const feedback = draft.feedback.trim() || null;
      if (criteria.length) {
        const given = criteria.flatMap((c, index) => ((draft.criteria[c.name] ?? '').trim() === '' ? [] : [index]));
        if (given.length === 0) continue;
        grades.push({ caseId: item.caseId, criteria: given.map((index) => ({ name: criteria[index]!.name, points: Number(draft.criteria[criteria[index]!.name]) })), feedback });
        layout.push({ caseId: item.caseId, criteria: given });
      } else if (draft.score.trim() !== '') {
        grades.push({ caseId: item.caseId, score: Number(draft.score), feedback });
        layout.push({ caseId: item.caseId, criteria: [] });
      }
    }
    setSent(layout);
    if (grades.length === 0) {
      setError(new Error('Enter points for at least one task.'));
      return;
    }
    setBusy(true);
    try {
      const updated = await staffApi.POST('/v1/sessions/{id}/grades', { params: { path: { id: props.sessionId } }, body: { grades } });
      props.onGraded(updated.session);
      toast('Grades saved');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card
      title="Hands-on tasks"
      actions={
        props.canGrade && (
          <button type="button" className="primary" onClick={save} disabled={busy}>
            {busy ? 'Saving…' : 'Save grades'}
          </button>
        )
      }
    >
      <ErrorSummary error={error} formId={FORM_ID} title="The grades were not saved" issues={issues} placeOf={placeOf} />
      <div className="stack">
        {props.cases.map((item) => {
          const draft = drafts[item.caseId]!;
          const criteria = rubricOf(item.caseId);
          const caseErrors = errors.within(`case.${item.caseId}`);
          const caseProblem = caseErrors.message('', { exact: true }) ?? caseErrors.message('criteria', { exact: true }) ?? caseErrors.message('caseId');
          return (
            <fieldset key={item.caseId} className="question-card" id={caseErrors.idOf('')} tabIndex={-1}>
              <legend>
                {item.order}. {item.title}
              </legend>
              <div className="row" style={{ marginBottom: 12 }}>
                {item.status === 'graded' ? (
                  <Badge kind="success">
                    Graded: {item.score} / {item.maxScore}
                  </Badge>
                ) : (
                  <Badge kind="warning">Waiting for grading</Badge>
                )}
                {item.timeSpentSeconds !== null && <span className="small muted">Time spent {formatDuration(item.timeSpentSeconds * 1000)}</span>}
                {item.gradedAt && <span className="small muted">Graded {formatDateTime(item.gradedAt)}</span>}
              </div>
              {item.deliverable ? (
                <details style={{ marginBottom: 12 }}>
                  <summary>Submitted work</summary>
                  <pre className="block">{item.deliverable}</pre>
                </details>
              ) : (
                <p className="small muted">No work was uploaded for this task.</p>
              )}
              {props.canGrade && (
                <div className="stack">
                  {criteria.length > 0 ? (
                    <div className="grid-3">
                      {criteria.map((criterion, index) => (
                        <TextField
                          key={criterion.name}
                          label={`${criterion.name} (max ${criterion.maxPoints})`}
                          hint={criterion.description ?? undefined}
                          type="number"
                          min={0}
                          max={criterion.maxPoints}
                          value={draft.criteria[criterion.name] ?? ''}
                          onChange={(e) => update(item.caseId, { criteria: { ...draft.criteria, [criterion.name]: e.target.value } })}
                          {...caseErrors.field(`criteria.${index}`)}
                        />
                      ))}
                    </div>
                  ) : (
                    <TextField
                      label={`Score (max ${item.maxScore})`}
                      type="number"
                      min={0}
                      max={item.maxScore}
                      value={draft.score}
                      onChange={(e) => update(item.caseId, { score: e.target.value })}
                      {...caseErrors.field('score')}
                    />
                  )}
                  <GroupError id={caseErrors.idOf('')} message={caseProblem} />
                  <TextAreaField
                    label="Feedback"
                    rows={2}
                    value={draft.feedback}
                    onChange={(e) => update(item.caseId, { feedback: e.target.value })}
                    {...caseErrors.field('feedback')}
                  />
                </div>
              )}
            </fieldset>
          );
        })}
      </div>
    </Card>
  );
}
