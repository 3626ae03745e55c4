import { useEffect, useState, type FormEvent } from 'react';
import { staffApi } from '../lib/api';
import type { AuditActorType } from '../lib/types';
import { useResource } from '../lib/use-resource';
import { formatDateTime } from '../lib/format';
import { EmptyState, ErrorAlert, Loading, PageHeader, Pagination, SelectField, TextField } from '../components/ui';
import { pageTitle } from './session';

const ACTOR_TYPES: Array<{ value: AuditActorType | ''; label: string }> = [
  { value: '', label: 'Anyone' },
  { value: 'user', label: 'Reviewers' },
  { value: 'api_key', label: 'API keys' },
  { value: 'candidate', label: 'Candidates' },
  { value: 'operator', label: 'Operator' },
];

export function AuditLogPage() {
  const [filters, setFilters] = useState<{ action: string; resourceId: string; actorType: AuditActorType | ''; from: string }>({
    action: '',
    resourceId: '',
    actorType: '',
    from: '',
  });
  const [draft, setDraft] = useState(filters);
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const cursor = cursors[cursors.length - 1] ?? null;
  const log = useResource(
    () =>
      staffApi.GET('/v1/audit-log', {
        params: {
          query: {
            action: filters.action.trim() || undefined,
            resourceId: filters.resourceId.trim() || undefined,
            actorType: filters.actorType || undefined,
            from: filters.from ? new Date(`${filters.from}T00:00:00`).toISOString() : undefined,
            limit: 50,
            cursor: cursor ?? undefined,
          },
        },
      }),
    [filters, cursor],
  );
  useEffect(() => {
    document.title = pageTitle('Audit log');
  }, []);

  function apply(event: FormEvent) {
    event.preventDefault();
    setCursors([null]);
    setFilters(draft);
  }

  const entries = log.data?.entries ?? [];
  return (
    <>
      <PageHeader title="Audit log" description="Who read or exported which results and changed what, when and from where." />
      <form className="filters" onSubmit={apply} aria-label="Filter the audit log">
        <TextField label="Action" hint="e.g. result.read" value={draft.action} onChange={(e) => setDraft({ ...draft, action: e.target.value })} />
        <TextField label="Resource id" value={draft.resourceId} onChange={(e) => setDraft({ ...draft, resourceId: e.target.value })} />
        <SelectField label="Actor" options={ACTOR_TYPES} value={draft.actorType} onChange={(e) => setDraft({ ...draft, actorType: e.target.value as AuditActorType | '' })} />
        <TextField label="From" type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        <button type="submit">Apply filters</button>
      </form>
      <ErrorAlert error={log.error} />
      {log.loading && !log.data ? (
        <Loading />
      ) : entries.length === 0 ? (
        <div className="card">
          <EmptyState title="No entries">Reads and exports of results are recorded here as they happen.</EmptyState>
        </div>
      ) : (
        <>
          <div className="table-wrap">
            <table data-testid="audit-table">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Actor</th>
                  <th scope="col">Action</th>
                  <th scope="col">Resource</th>
                  <th scope="col">From</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.id}>
                    <td className="nowrap">{formatDateTime(entry.createdAt)}</td>
                    <td>
                      {entry.actor.type.replace('_', ' ')}
                      {entry.actor.id && <div className="small muted mono">{entry.actor.id}</div>}
                    </td>
                    <td>
                      <code>{entry.action}</code>
                    </td>
                    <td>
                      {entry.resourceType}
                      {entry.resourceId && <div className="small muted mono">{entry.resourceId}</div>}
                    </td>
                    <td className="small">
                      {entry.ip ?? '—'}
                      {entry.userAgent && (
                        <div className="muted" style={{ maxWidth: 260, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={entry.userAgent}>
                          {entry.userAgent}
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            summary={`Page ${cursors.length}`}
            hasPrevious={cursors.length > 1}
            hasNext={Boolean(log.data?.nextCursor)}
            busy={log.loading}
            onPrevious={() => setCursors((c) => c.slice(0, -1))}
            onNext={() => log.data?.nextCursor && setCursors((c) => [...c, log.data!.nextCursor])}
          />
        </>
      )}
    </>
  );
}
