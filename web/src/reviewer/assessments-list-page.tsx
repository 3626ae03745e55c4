import { useEffect } from 'react';
import { Link } from 'react-router';
import { staffApi } from '../lib/api';
import { useResource } from '../lib/use-resource';
import { formatDate, pluralize } from '../lib/format';
import { Badge, EmptyState, ErrorAlert, Loading, PageHeader } from '../components/ui';
import { pageTitle, useSession } from './session';

export function AssessmentsListPage() {
  const { can } = useSession();
  const { data, error, loading } = useResource(() => staffApi.GET('/v1/assessments'), []);
  useEffect(() => {
    document.title = pageTitle('Assessments');
  }, []);
  const assessments = data?.assessments ?? [];

  return (
    <>
      <PageHeader
        title="Assessments"
        description="Question exams and hands-on tasks your candidates take."
        actions={
          can('assessments:write') && (
            <Link to="/app/assessments/new" className="button primary">
              New assessment
            </Link>
          )
        }
      />
      <ErrorAlert error={error} />
      {loading && !data ? (
        <Loading />
      ) : assessments.length === 0 ? (
        <div className="card">
          <EmptyState
            title="No assessments yet"
            action={
              can('assessments:write') && (
                <Link to="/app/assessments/new" className="button primary">
                  Create your first assessment
                </Link>
              )
            }
          >
            An assessment holds the questions and tasks for a role. Create one, then invite candidates with one-time keys.
          </EmptyState>
        </div>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Assessment</th>
                <th scope="col">Content</th>
                <th scope="col">Time limit</th>
                <th scope="col">Pass mark</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {assessments.map((assessment) => (
                <tr key={assessment.id}>
                  <td>
                    <Link to={`/app/assessments/${assessment.id}`}>
                      <strong>{assessment.title}</strong>
                    </Link>
                    <div className="small muted">{assessment.role}</div>
                  </td>
                  <td>
                    <div className="row" style={{ gap: 6 }}>
                      <Badge kind="primary">{pluralize(assessment.questionCount, 'question')}</Badge>
                      {assessment.caseCount > 0 && <Badge kind="info">{pluralize(assessment.caseCount, 'task')}</Badge>}
                      {assessment.blueprint && <Badge>drawn from bank</Badge>}
                    </div>
                  </td>
                  <td>{assessment.timeLimitMinutes ? `${assessment.timeLimitMinutes} min` : 'None'}</td>
                  <td>{assessment.passingScore}%</td>
                  <td className="nowrap">{formatDate(assessment.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
