import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { staffApi } from '../lib/api';
import type { AuditActionInfo, AuditActorType, AuditEntry } from '../lib/types';
import { useResource } from '../lib/use-resource';
import { formatDateTime } from '../lib/format';
import { Badge, EmptyState, ErrorAlert, Loading, PageHeader, Pagination, SelectField, TextField } from '../components/ui';
import { pageTitle } from './session';

interface Filters {
  /** `type:id` of one actor, or an actor type alone (`candidate:`), or '' for anyone. */
  actor: string;
  action: string;
  kind: '' | 'change' | 'read';
  resourceType: string;
  resourceId: string;
  from: string;
  to: string;
}

const NO_FILTERS: Filters = { actor: '', action: '', kind: '', resourceType: '', resourceId: '', from: '', to: '' };

const RESOURCE_TYPE_LABELS: Record<string, string> = {
  assessment: 'Assessments',
  key: 'Candidate keys',
  rubric: 'Rubrics',
  question: 'Question bank',
  webhook: 'Webhooks',
  api_key: 'API keys',
  user: 'Reviewers',
  organization: 'Organization',
  integration: 'Integrations',
  result: 'Results',
};

const ACTOR_TYPE_LABELS: Record<string, string> = {
  user: 'Reviewer',
  api_key: 'API key',
  candidate: 'Candidate',
  operator: 'Operator',
  system: 'System',
};

function actorQuery(actor: string): { actor?: string; actorType?: AuditActorType } {
  if (!actor) return {};
  const [type, id] = actor.split(':') as [AuditActorType, string];
  return id ? { actor: id, actorType: type } : { actorType: type };
}

/** Where the resource of an entry can be seen, if it has a page. */
function resourceLink(entry: AuditEntry): string | null {
  const id = entry.resourceId;
  const assessmentId = typeof entry.details?.assessmentId === 'string' ? entry.details.assessmentId : null;
  switch (entry.resourceType) {
    case 'assessment':
      return id && entry.action !== 'assessment.delete' ? `/app/assessments/${id}` : null;
    case 'key':
      return assessmentId && entry.action !== 'assessment.delete' ? `/app/assessments/${assessmentId}` : null;
    case 'result':
      return id ? `/app/results/${id}` : null;
    case 'rubric':
      return '/app/rubrics';
    case 'webhook':
      return entry.action === 'webhook.delete' ? null : '/app/settings/webhooks';
    case 'api_key':
      return entry.action === 'api_key.revoke' ? null : '/app/settings/api-keys';
    case 'user':
      return entry.action === 'user.delete' ? null : '/app/settings/team';
    case 'integration':
      return '/app/settings/integrations';
    default:
      return null;
  }
}

/** A value of a before/after or a detail, in words: "—" for nothing, lists joined, objects as compact JSON. */
function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
    return value.length === 0 ? '(none)' : value.join(', ');
  }
  return JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');
}

/** `passingScore` → "passing score", `questions[2]` → "question 2". */
function fieldLabel(field: string): string {
  const position = /^(\w+)\[(\d+)\]$/.exec(field);
  if (position) return `${position[1]!.replace(/s$/, '')} ${position[2]}`;
  return field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function Changes({ entry }: { entry: AuditEntry }) {
  const changes = entry.changes;
  const details = Object.entries(entry.details ?? {});
  if (!changes && details.length === 0) return null;
  const fields = changes ? Object.keys(changes.after) : [];
  return (
    <details className="small" data-testid="audit-changes">
      <summary>{changes ? `${fields.length} ${fields.length === 1 ? 'field' : 'fields'} changed` : 'Details'}</summary>
      {changes && (
        <table className="audit-diff">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field}>
                <th scope="row">{fieldLabel(field)}</th>
                <td className="audit-before">{formatAuditValue(changes.before[field])}</td>
                <td className="audit-after">{formatAuditValue(changes.after[field])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {details.length > 0 && (
        <dl className="audit-details">
          {details.map(([key, value]) => (
            <div key={key}>
              <dt>{fieldLabel(key)}</dt>
              <dd>{formatAuditValue(value)}</dd>
            </div>
          ))}
        </dl>
      )}
    </details>
  );
}

export function AuditLogPage() {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const cursor = cursors[cursors.length - 1] ?? null;
  const catalog = useResource(() => staffApi.GET('/v1/audit-log/actions'), []);
  // Who can be picked: the team and the API keys (revoked keys and others appear once they are in the log).
  const people = useResource(
    async () => {
      const [users, apiKeys] = await Promise.all([staffApi.GET('/v1/users'), staffApi.GET('/v1/api-keys')]);
      return { users: users.users, apiKeys: apiKeys.apiKeys };
    },
    [],
  );
  const log = useResource(
    () =>
      staffApi.GET('/v1/audit-log', {
        params: {
          query: {
            ...actorQuery(filters.actor),
            action: filters.action || undefined,
            kind: filters.kind || undefined,
            resourceType: filters.resourceType || undefined,
            resourceId: filters.resourceId.trim() || undefined,
            from: filters.from ? new Date(`${filters.from}T00:00:00`).toISOString() : undefined,
            to: filters.to ? new Date(new Date(`${filters.to}T00:00:00`).getTime() + 86_400_000).toISOString() : undefined,
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

  function show(next: Filters) {
    setCursors([null]);
    setDraft(next);
    setFilters(next);
  }

  function apply(event: FormEvent) {
    event.preventDefault();
    show(draft);
  }

  const actions = catalog.data?.actions ?? [];
  const actionInfo = new Map<string, AuditActionInfo>(actions.map((info) => [info.action, info]));
  const entries = log.data?.entries ?? [];

  const actorOptions = [{ value: '', label: 'Anyone' }];
  const known = new Set<string>();
  const addActor = (value: string, label: string) => {
    if (known.has(value)) return;
    known.add(value);
    actorOptions.push({ value, label });
  };
  for (const user of people.data?.users ?? []) addActor(`user:${user.id}`, `Reviewer: ${user.name || user.email}`);
  for (const key of people.data?.apiKeys ?? []) addActor(`api_key:${key.id}`, `API key: ${key.name}`);
  for (const entry of entries) {
    if (entry.actor.id && (entry.actor.type === 'user' || entry.actor.type === 'api_key')) {
      addActor(`${entry.actor.type}:${entry.actor.id}`, `${ACTOR_TYPE_LABELS[entry.actor.type]}: ${entry.actor.name ?? entry.actor.id}`);
    }
  }
  if (filters.actor && !known.has(filters.actor) && filters.actor.includes(':') && !filters.actor.endsWith(':')) addActor(filters.actor, filters.actor.replace(':', ': '));
  addActor('candidate:', 'Any candidate');
  addActor('operator:', 'The operator');
  addActor('system:', 'System (demo data)');

  const kindLabel = { change: 'Changes', read: 'Reads and exports' } as const;
  const actionOptions = [
    { value: '', label: 'Any action' },
    ...(['change', 'read'] as const).flatMap((kind) =>
      actions.filter((info) => info.kind === kind).map((info) => ({ value: info.action, label: `${kindLabel[kind]}: ${info.label}` })),
    ),
  ];
  const resourceTypeOptions = [
    { value: '', label: 'Any resource' },
    ...(catalog.data?.resourceTypes ?? []).map((type) => ({ value: type, label: RESOURCE_TYPE_LABELS[type] ?? type })),
  ];

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who changed what, and who read or exported which results: when, from where, and for edits what it was before and after. Entries cannot be changed or deleted."
      />
      <form className="filters" onSubmit={apply} aria-label="Filter the audit log">
        <SelectField label="Actor" options={actorOptions} value={draft.actor} onChange={(e) => setDraft({ ...draft, actor: e.target.value })} />
        <SelectField
          label="Changes or reads"
          options={[
            { value: '', label: 'Both' },
            { value: 'change', label: 'Changes' },
            { value: 'read', label: 'Reads and exports' },
          ]}
          value={draft.kind}
          onChange={(e) => setDraft({ ...draft, kind: e.target.value as Filters['kind'] })}
        />
        <SelectField label="Action" options={actionOptions} value={draft.action} onChange={(e) => setDraft({ ...draft, action: e.target.value })} />
        <SelectField label="Resource type" options={resourceTypeOptions} value={draft.resourceType} onChange={(e) => setDraft({ ...draft, resourceType: e.target.value })} />
        <TextField label="Resource id" value={draft.resourceId} onChange={(e) => setDraft({ ...draft, resourceId: e.target.value })} />
        <TextField label="From" type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        <TextField label="To" type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        <button type="submit">Apply filters</button>
        {JSON.stringify(filters) !== JSON.stringify(NO_FILTERS) && (
          <button type="button" className="ghost" onClick={() => show(NO_FILTERS)}>
            Clear filters
          </button>
        )}
      </form>
      <ErrorAlert error={log.error ?? catalog.error} />
      {log.loading && !log.data ? (
        <Loading />
      ) : entries.length === 0 ? (
        <div className="card">
          <EmptyState title="No entries">Changes, and reads and exports of results, are recorded here as they happen.</EmptyState>
        </div>
      ) : (
        <>
          <div className="table-wrap">
            <table data-testid="audit-table">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                  <th scope="col">Resource</th>
                  <th scope="col">From</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => {
                  const info = actionInfo.get(entry.action);
                  const link = resourceLink(entry);
                  const title = entry.resourceTitle ?? (entry.resourceType === 'key' ? 'Unnamed key' : null);
                  const actorValue = entry.actor.id ? `${entry.actor.type}:${entry.actor.id}` : `${entry.actor.type}:`;
                  return (
                    <tr key={entry.id} data-testid="audit-entry">
                      <td className="nowrap">{formatDateTime(entry.createdAt)}</td>
                      <td>
                        <button type="button" className="link" title="Show only this actor" onClick={() => show({ ...NO_FILTERS, actor: actorValue })}>
                          {entry.actor.name ?? ACTOR_TYPE_LABELS[entry.actor.type] ?? entry.actor.type}
                        </button>
                        <div className="small muted">{ACTOR_TYPE_LABELS[entry.actor.type] ?? entry.actor.type}</div>
                      </td>
                      <td>
                        <div>
                          {info?.label ?? entry.action} {info?.kind === 'read' && <Badge kind="info">read</Badge>}
                        </div>
                        <code className="small">{entry.action}</code>
                        <Changes entry={entry} />
                      </td>
                      <td>
                        {title && (link ? <Link to={link}>{title}</Link> : <span>{title}</span>)}
                        {typeof entry.details?.assessmentTitle === 'string' && entry.resourceType === 'key' && (
                          <div className="small">for {entry.details.assessmentTitle}</div>
                        )}
                        <div className="small muted">
                          {RESOURCE_TYPE_LABELS[entry.resourceType] ?? entry.resourceType}
                          {entry.resourceId && (
                            <>
                              {' · '}
                              <button
                                type="button"
                                className="link mono"
                                title="Show only this resource"
                                onClick={() => show({ ...NO_FILTERS, resourceType: entry.resourceType, resourceId: entry.resourceId! })}
                              >
                                {entry.resourceId}
                              </button>
                            </>
                          )}
                        </div>
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
                  );
                })}
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
