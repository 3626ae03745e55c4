import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { staffApi } from '../lib/api';
import { useResource } from '../lib/use-resource';
import { formatDate, formatDateTime } from '../lib/format';
import { EmptyState, ErrorAlert, Loading, PageHeader, Pagination, StatusBadge } from '../components/ui';
import { pageTitle } from './session';

const PAGE_SIZE = 50;

export function CandidatesPage() {
  const [offset, setOffset] = useState(0);
  const { data, error, loading } = useResource(
    () => staffApi.GET('/v1/candidates', { params: { query: { limit: PAGE_SIZE, offset } } }),
    [offset],
  );
  useEffect(() => {
    document.title = pageTitle('Candidates');
  }, []);
  const rows = data?.candidates ?? [];

  return (
    <>
      <PageHeader title="Candidates" description="Every invitation across your assessments, newest keys last." />
      <ErrorAlert error={error} />
      {loading && !data ? (
        <Loading />
      ) : rows.length === 0 ? (
        <div className="card">
          <EmptyState title="No candidates yet">Invite candidates from an assessment page.</EmptyState>
        </div>
      ) : (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Candidate</th>
                  <th scope="col">Assessment</th>
                  <th scope="col">Key</th>
                  <th scope="col">Status</th>
                  <th scope="col">Completed</th>
                  <th scope="col">Expires</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <td>
                      {row.sessionId && row.completedAt ? (
                        <Link to={`/app/results/${row.sessionId}`}>{row.candidateName ?? row.candidateEmail ?? 'Unnamed candidate'}</Link>
                      ) : (
                        (row.candidateName ?? row.candidateEmail ?? <span className="muted">Not assigned</span>)
                      )}
                      {row.candidateName && row.candidateEmail && <div className="small muted">{row.candidateEmail}</div>}
                    </td>
                    <td>
                      <Link to={`/app/assessments/${row.assessmentId}`}>{row.assessmentTitle}</Link>
                    </td>
                    <td>
                      <span className="key-chip">{row.key}</span>
                    </td>
                    <td>
                      <StatusBadge status={row.status} />
                    </td>
                    <td className="nowrap">{formatDateTime(row.completedAt)}</td>
                    <td className="nowrap">{formatDate(row.expiresAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            summary={`${offset + 1}–${offset + rows.length} of ${data?.total ?? rows.length}`}
            hasPrevious={offset > 0}
            hasNext={offset + rows.length < (data?.total ?? 0)}
            busy={loading}
            onPrevious={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
            onNext={() => setOffset(offset + PAGE_SIZE)}
          />
        </>
      )}
    </>
  );
}
