import { useEffect, useState } from 'react';
import { staffApi } from '../lib/api';
import { useResource } from '../lib/use-resource';
import { formatDateTime } from '../lib/format';
import { Card, EmptyState, ErrorAlert, Loading, PageHeader, Pagination, StatusBadge } from '../components/ui';
import { pageTitle } from './session';

/**
 * The emails Assay wrote for this organization (invitations, results,
 * reminders). Without SMTP configured this is where they can be read.
 */
export function MailboxPage() {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const cursor = cursors[cursors.length - 1] ?? null;
  const emails = useResource(
    () => staffApi.GET('/v1/emails', { params: { query: { limit: 20, cursor: cursor ?? undefined } } }),
    [cursor],
  );
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = useResource(
    () => (selectedId ? staffApi.GET('/v1/emails/{id}', { params: { path: { id: selectedId } } }) : Promise.resolve(null)),
    [selectedId],
  );
  useEffect(() => {
    document.title = pageTitle('Mailbox');
  }, []);
  const list = emails.data?.emails ?? [];
  const email = selected.data?.email;

  return (
    <>
      <PageHeader title="Mailbox" description="Emails sent to candidates: invitations, reminders, results and decisions, with their delivery status." />
      <ErrorAlert error={emails.error} />
      {emails.loading && !emails.data ? (
        <Loading />
      ) : list.length === 0 ? (
        <div className="card">
          <EmptyState title="No emails yet">Invitation emails appear here when you invite candidates by email.</EmptyState>
        </div>
      ) : (
        <div className="grid-2" style={{ alignItems: 'start' }}>
          <div>
            <div className="table-wrap">
              <table data-testid="mailbox-table">
                <thead>
                  <tr>
                    <th scope="col">Email</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((item) => (
                    <tr key={item.id} aria-selected={item.id === selectedId}>
                      <td>
                        <button type="button" className="link" onClick={() => setSelectedId(item.id)}>
                          {item.subject}
                        </button>
                        <div className="small muted">
                          To {item.to} · {formatDateTime(item.createdAt)}
                        </div>
                      </td>
                      <td>
                        <StatusBadge status={item.status} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination
              summary={`Page ${cursors.length}`}
              hasPrevious={cursors.length > 1}
              hasNext={Boolean(emails.data?.pagination.hasMore)}
              onPrevious={() => setCursors((c) => c.slice(0, -1))}
              onNext={() => emails.data?.pagination.nextCursor && setCursors((c) => [...c, emails.data!.pagination.nextCursor])}
            />
          </div>
          <Card title={email ? email.subject : 'Message'} headingLevel={2}>
            <ErrorAlert error={selected.error} />
            {!selectedId ? (
              <p className="muted">Select an email to read it.</p>
            ) : !email ? (
              <Loading />
            ) : (
              <>
                <dl className="kv" style={{ marginBottom: 16 }}>
                  <dt>To</dt>
                  <dd>{email.to}</dd>
                  <dt>Kind</dt>
                  <dd>{email.kind}</dd>
                  <dt>Sent</dt>
                  <dd>{email.sentAt ? formatDateTime(email.sentAt) : 'Not yet'}</dd>
                  {email.lastError && (
                    <>
                      <dt>Last error</dt>
                      <dd>{email.lastError}</dd>
                    </>
                  )}
                </dl>
                <pre className="block" style={{ whiteSpace: 'pre-wrap', background: 'var(--surface-muted)', color: 'var(--text)' }} data-testid="email-text">
                  {email.text}
                </pre>
              </>
            )}
          </Card>
        </div>
      )}
    </>
  );
}
