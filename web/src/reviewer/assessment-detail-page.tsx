import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { staffApi } from '../lib/api';
import { useResource } from '../lib/use-resource';
import { formatDate, formatDateTime, pluralize } from '../lib/format';
import { Badge, Card, ConfirmDialog, ErrorAlert, Loading, PageHeader, useToast } from '../components/ui';
import { loadAssessment } from './assessment-api';
import { InvitePanel } from './invite-panel';
import { KeysTable } from './keys-table';
import { pageTitle, useSession } from './session';

export function AssessmentDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const { can } = useSession();
  const assessment = useResource(() => loadAssessment(id), [id]);
  const keys = useResource(() => staffApi.GET('/v1/assessments/{id}/keys', { params: { path: { id } } }), [id]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const [deleting, setDeleting] = useState(false);
  const a = assessment.data;

  useEffect(() => {
    document.title = pageTitle(a?.title ?? 'Assessment');
  }, [a?.title]);

  if (assessment.error) return <ErrorAlert error={assessment.error} title="This assessment could not be loaded" />;
  if (!a) return <Loading />;

  async function remove() {
    setDeleting(true);
    try {
      await staffApi.DELETE('/v1/assessments/{id}', { params: { path: { id } } });
      toast('Assessment deleted');
      navigate('/app/assessments');
    } catch (caught) {
      setDeleteError(caught);
      setConfirmDelete(false);
    } finally {
      setDeleting(false);
    }
  }

  const categories = [...new Set(a.questions.map((q) => q.category))];
  const totalPoints = a.questions.reduce((sum, q) => sum + q.points, 0);

  return (
    <>
      <PageHeader
        title={a.title}
        description={a.role}
        breadcrumb={<Link to="/app/assessments">Assessments</Link>}
        actions={
          <>
            <Link to={`/app/results?exam_id=${a.id}`} className="button">
              Results
            </Link>
            <Link to={`/app/assessments/${a.id}/cohort`} className="button">
              Cohort
            </Link>
            {can('assessments:write') && (
              <>
                <Link to={`/app/assessments/${a.id}/edit`} className="button">
                  Edit
                </Link>
                <button type="button" className="ghost" onClick={() => setConfirmDelete(true)}>
                  Delete
                </button>
              </>
            )}
          </>
        }
      />
      <ErrorAlert error={deleteError} />
      <div className="stack" style={{ gap: 24 }}>
        <div className="grid-4">
          <div className="stat">
            <div className="label">Questions</div>
            <div className="value">{a.questionCount}</div>
            <div className="hint">{a.blueprint ? 'drawn per candidate' : `${totalPoints} points`}</div>
          </div>
          <div className="stat">
            <div className="label">Hands-on tasks</div>
            <div className="value">{a.caseCount}</div>
          </div>
          <div className="stat">
            <div className="label">Time limit</div>
            <div className="value">{a.timeLimitMinutes ? `${a.timeLimitMinutes} min` : 'None'}</div>
          </div>
          <div className="stat">
            <div className="label">Pass mark</div>
            <div className="value">{a.passingScore}%</div>
            <div className="hint">{pluralize(a.maxAttempts, 'attempt')} allowed</div>
          </div>
        </div>

        {can('candidates:write') && <InvitePanel assessmentId={a.id} onInvited={() => void keys.reload()} />}

        <Card title="Candidate keys">
          <ErrorAlert error={keys.error} />
          {keys.loading && !keys.data ? (
            <Loading />
          ) : (
            <KeysTable assessmentId={a.id} keys={keys.data?.keys ?? []} canWrite={can('candidates:write')} onChanged={() => void keys.reload()} />
          )}
        </Card>

        <div className="grid-2">
          <Card title="Settings">
            <dl className="kv">
              <dt>Slug</dt>
              <dd className="mono">{a.slug}</dd>
              <dt>Keys expire after</dt>
              <dd>{pluralize(a.expiresInDays, 'day')}</dd>
              <dt>Low-pass band</dt>
              <dd>{a.lowPassBand} points</dd>
              <dt>Lock on pass</dt>
              <dd>{a.lockOnPass ? 'Yes' : 'No'}</dd>
              <dt>Candidate sees score</dt>
              <dd>{a.showResult ? 'Yes' : 'No'}</dd>
              <dt>Result email</dt>
              <dd>{{ immediately: 'When the result is final', after_decision: 'With the hiring decision', never: 'Never' }[a.resultEmail]}</dd>
              <dt>Nameless keys ask for name and email</dt>
              <dd>{a.requireCandidateDetails ? 'Yes' : 'No'}</dd>
              <dt>Red flag after</dt>
              <dd>{pluralize(a.redFlagThreshold, 'violation')}</dd>
              <dt>Skills</dt>
              <dd>{a.skills.length ? a.skills.join(', ') : 'None'}</dd>
              <dt>Repository</dt>
              <dd>{a.repoUrl ? <a href={a.repoUrl}>{a.repoUrl}</a> : 'None'}</dd>
              <dt>Created</dt>
              <dd>{formatDateTime(a.createdAt)}</dd>
            </dl>
          </Card>
          <Card title="Brief">
            {a.issue && (
              <p>
                <Badge kind="info">Issue</Badge> {a.issue.issueUrl ? <a href={a.issue.issueUrl}>{a.issue.title}</a> : a.issue.title}
              </p>
            )}
            <p style={{ whiteSpace: 'pre-wrap' }}>{a.taskBrief ?? 'No brief.'}</p>
          </Card>
        </div>

        {a.questions.length > 0 && (
          <Card title="Questions">
            <p className="muted small">
              {categories.length} {categories.length === 1 ? 'category' : 'categories'}: {categories.join(', ')}
            </p>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">Question</th>
                    <th scope="col">Category</th>
                    <th scope="col">Difficulty</th>
                    <th scope="col" className="num">
                      Points
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {a.questions.map((q, index) => (
                    <tr key={q.id}>
                      <td>{index + 1}</td>
                      <td>
                        {q.text}
                        <div className="small muted">{q.type === 'text' ? 'Free text' : `${q.options.length} options · ${q.type} choice`}</div>
                      </td>
                      <td>{q.category}</td>
                      <td>
                        <Badge>{q.difficulty}</Badge>
                      </td>
                      <td className="num">{q.points}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
        )}

        {a.cases.length > 0 && (
          <Card title="Hands-on tasks">
            <ul>
              {a.cases.map((c) => (
                <li key={c.id}>
                  <strong>{c.title}</strong> · up to {c.maxScore} points
                  {c.rubric && <span className="muted"> · {pluralize(c.rubric.criteria.length, 'criterion', 'criteria')}</span>}
                  {c.description && <div className="task-description small">{c.description}</div>}
                </li>
              ))}
            </ul>
          </Card>
        )}
        <p className="small muted">Last changed {formatDate(a.updatedAt)}</p>
      </div>
      <ConfirmDialog
        open={confirmDelete}
        title="Delete this assessment?"
        confirmLabel="Delete assessment"
        danger
        busy={deleting}
        onConfirm={remove}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>
          {a.title} and all of its candidate keys will stop working. Results already recorded stay available to the API.
        </p>
      </ConfirmDialog>
    </>
  );
}
