import { useEffect, useState, type FormEvent } from 'react';
import { staffApi } from '../lib/api';
import { useResource } from '../lib/use-resource';
import { formatDate } from '../lib/format';
import { Card, EmptyState, ErrorAlert, Loading, PageHeader, TextField, useToast } from '../components/ui';
import { ErrorSummary, GroupError, formErrors } from '../components/form-errors';
import { placeInRubric } from '../lib/field-places';
import { newDraftKey } from './question-editor';
import { pageTitle, useSession } from './session';

interface CriterionDraft {
  key: string;
  name: string;
  maxPoints: string;
  description: string;
}

const emptyCriterion = (): CriterionDraft => ({ key: newDraftKey(), name: '', maxPoints: '10', description: '' });

const FORM_ID = 'rubric';

export function RubricsPage() {
  const { can } = useSession();
  const toast = useToast();
  const rubrics = useResource(() => staffApi.GET('/v1/rubrics'), []);
  const [name, setName] = useState('');
  const [criteria, setCriteria] = useState<CriterionDraft[]>([emptyCriterion()]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = formErrors(FORM_ID, error);
  useEffect(() => {
    document.title = pageTitle('Rubrics');
  }, []);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await staffApi.POST('/v1/rubrics', {
        body: {
          ...(name.trim() ? { name: name.trim() } : {}),
          criteria: criteria.map((c) => ({ name: c.name.trim(), maxPoints: Number(c.maxPoints), ...(c.description.trim() ? { description: c.description.trim() } : {}) })),
        },
      });
      setName('');
      setCriteria([emptyCriterion()]);
      toast('Rubric created');
      void rubrics.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const list = rubrics.data?.rubrics ?? [];
  return (
    <>
      <PageHeader title="Rubrics" description="Criteria and points reviewers use to grade hands-on tasks and sessions." />
      <div className="stack" style={{ gap: 24 }}>
        <ErrorAlert error={rubrics.error} />
        {rubrics.loading && !rubrics.data ? (
          <Loading />
        ) : list.length === 0 ? (
          <div className="card">
            <EmptyState title="No rubrics yet">Create one below, then choose it on an assessment.</EmptyState>
          </div>
        ) : (
          <div className="grid-2">
            {list.map((rubric) => (
              <Card key={rubric.id} title={rubric.name} headingLevel={3}>
                <p className="small muted">
                  {rubric.totalPoints} points · created {formatDate(rubric.createdAt)}
                </p>
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {rubric.criteria.map((criterion) => (
                    <li key={criterion.name}>
                      <strong>{criterion.name}</strong> ({criterion.maxPoints})
                      {criterion.description && <span className="muted">: {criterion.description}</span>}
                    </li>
                  ))}
                </ul>
              </Card>
            ))}
          </div>
        )}
        {can('assessments:write') && (
          <Card title="New rubric">
            <form className="stack" onSubmit={create} noValidate>
              <ErrorSummary error={error} formId={FORM_ID} title="The rubric was not created" placeOf={placeInRubric} />
              <TextField label="Rubric name" value={name} onChange={(e) => setName(e.target.value)} {...errors.field('name')} />
              <div id={errors.idOf('criteria')} tabIndex={-1}>
                <GroupError id={errors.idOf('criteria')} message={errors.message('criteria', { exact: true })} />
              </div>
              {criteria.map((criterion, index) => (
                <div key={criterion.key} className="grid-3" style={{ alignItems: 'end' }}>
                  <TextField
                    label={`Criterion ${index + 1}`}
                    value={criterion.name}
                    onChange={(e) => setCriteria((cs) => cs.map((c) => (c.key === criterion.key ? { ...c, name: e.target.value } : c)))}
                    {...errors.field(`criteria.${index}.name`)}
                  />
                  <TextField
                    label="Points"
                    type="number"
                    min={1}
                    value={criterion.maxPoints}
                    onChange={(e) => setCriteria((cs) => cs.map((c) => (c.key === criterion.key ? { ...c, maxPoints: e.target.value } : c)))}
                    {...errors.field(`criteria.${index}.maxPoints`)}
                  />
                  <div className="row" style={{ flexWrap: 'nowrap', alignItems: 'flex-end' }}>
                    <TextField
                      label="What earns the points"
                      value={criterion.description}
                      onChange={(e) => setCriteria((cs) => cs.map((c) => (c.key === criterion.key ? { ...c, description: e.target.value } : c)))}
                      {...errors.field(`criteria.${index}.description`)}
                    />
                    <button
                      type="button"
                      className="small ghost"
                      disabled={criteria.length === 1}
                      onClick={() => setCriteria((cs) => cs.filter((c) => c.key !== criterion.key))}
                      aria-label={`Remove criterion ${index + 1}`}
                    >
                      ✕
                    </button>
                  </div>
                </div>
              ))}
              <div className="row">
                <button type="button" onClick={() => setCriteria((cs) => [...cs, emptyCriterion()])}>
                  Add criterion
                </button>
                <button type="submit" className="primary" disabled={busy}>
                  {busy ? 'Creating…' : 'Create rubric'}
                </button>
              </div>
            </form>
          </Card>
        )}
      </div>
    </>
  );
}
