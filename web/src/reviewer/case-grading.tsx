import { useState } from 'react';
import { staffApi } from '../lib/api';
import type { AssessmentCase, CaseGrade, SessionCase, SessionDetail } from '../lib/types';
import { formatDateTime, formatDuration } from '../lib/format';
import { Badge, Card, ErrorAlert, TextAreaField, TextField, useToast } from '../components/ui';

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
  const [busy, setBusy] = useState(false);
  const rubricOf = (caseId: string) => props.assessmentCases.find((c) => c.id === caseId)?.rubric?.criteria ?? [];

  const update = (caseId: string, patch: Partial<Draft>) => setDrafts((d) => ({ ...d, [caseId]: { ...d[caseId]!, ...patch } }));

  async function save() {
    setError(null);
    const grades = props.cases
      .map((item): CaseGrade | null => {
        const draft = drafts[item.caseId]!;
        const criteria = rubricOf(item.caseId);
        const feedback = draft.feedback.trim() || null;
        if (criteria.length) {
          if (criteria.some((c) => draft.criteria[c.name] === undefined || draft.criteria[c.name] === '')) return null;
          return { caseId: item.caseId, criteria: criteria.map((c) => ({ name: c.name, points: Number(draft.criteria[c.name]) })), feedback };
        }
        if (draft.score.trim() === '') return null;
        return { caseId: item.caseId, score: Number(draft.score), feedback };
      })
      .filter((g) => g !== null);
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
      <ErrorAlert error={error} />
      <div className="stack">
        {props.cases.map((item) => {
          const draft = drafts[item.caseId]!;
          const criteria = rubricOf(item.caseId);
          return (
            <fieldset key={item.caseId} className="question-card">
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
                      {criteria.map((criterion) => (
                        <TextField
                          key={criterion.name}
                          label={`${criterion.name} (max ${criterion.maxPoints})`}
                          hint={criterion.description ?? undefined}
                          type="number"
                          min={0}
                          max={criterion.maxPoints}
                          value={draft.criteria[criterion.name] ?? ''}
                          onChange={(e) => update(item.caseId, { criteria: { ...draft.criteria, [criterion.name]: e.target.value } })}
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
                    />
                  )}
                  <TextAreaField label="Feedback" rows={2} value={draft.feedback} onChange={(e) => update(item.caseId, { feedback: e.target.value })} />
                </div>
              )}
            </fieldset>
          );
        })}
      </div>
    </Card>
  );
}
