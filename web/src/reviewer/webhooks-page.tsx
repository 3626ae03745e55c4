import { useEffect, useState, type FormEvent } from 'react';
import { staffApi } from '../lib/api';
import type { Delivery, DeliveryDetail, Webhook, WebhookEventType } from '../lib/types';
import { useResource } from '../lib/use-resource';
import { formatDateTime } from '../lib/format';
import {
  Alert,
  Badge,
  Card,
  CheckboxGroup,
  ConfirmDialog,
  CopyButton,
  EmptyState,
  ErrorAlert,
  Loading,
  PageHeader,
  Pagination,
  StatusBadge,
  TextField,
  useToast,
} from '../components/ui';
import { ErrorSummary, formErrors } from '../components/form-errors';
import { SettingsTabs } from './settings-tabs';
import { pageTitle } from './session';

export const WEBHOOK_EVENTS: WebhookEventType[] = [
  'invitation.created',
  'invitation.redeemed',
  'session.started',
  'session.completed',
  'session.expired',
  'result.scored',
  'result.graded',
  'result.decided',
  'verification.completed',
];

function DeliveryLog({ webhookId }: { webhookId: string }) {
  const toast = useToast();
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const cursor = cursors[cursors.length - 1] ?? null;
  const deliveries = useResource(
    () =>
      staffApi.GET('/v1/webhooks/{id}/deliveries', { params: { path: { id: webhookId }, query: { limit: 20, cursor: cursor ?? undefined } } }),
    [webhookId, cursor],
  );
  const [open, setOpen] = useState<DeliveryDetail | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function show(delivery: Delivery) {
    try {
      const detail = await staffApi.GET('/v1/webhooks/{id}/deliveries/{deliveryId}', { params: { path: { id: webhookId, deliveryId: delivery.id } } });
      setOpen(detail.delivery);
    } catch (caught) {
      setError(caught);
    }
  }

  async function redeliver(delivery: Delivery) {
    try {
      await staffApi.POST('/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', { params: { path: { id: webhookId, deliveryId: delivery.id } } });
      toast(`Redelivery of ${delivery.eventType} queued`);
      void deliveries.reload();
    } catch (caught) {
      setError(caught);
    }
  }

  const rows = deliveries.data?.deliveries ?? [];
  return (
    <div className="stack" style={{ marginTop: 12 }}>
      <ErrorAlert error={error ?? deliveries.error} />
      {deliveries.loading && !deliveries.data ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p className="muted small">No deliveries yet. Send a test event to check the endpoint.</p>
      ) : (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Response
                  </th>
                  <th scope="col" className="num">
                    Duration
                  </th>
                  <th scope="col" className="num">
                    Attempts
                  </th>
                  <th scope="col">Created</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((delivery) => (
                  <tr key={delivery.id}>
                    <td>
                      <code>{delivery.eventType}</code>
                    </td>
                    <td>
                      <StatusBadge status={delivery.status} />
                      {delivery.status === 'pending' && delivery.nextAttemptAt && (
                        <div className="small muted">next try {formatDateTime(delivery.nextAttemptAt)}</div>
                      )}
                    </td>
                    <td className="num">{delivery.responseStatus ?? '—'}</td>
                    <td className="num">{delivery.durationMs === null ? '—' : `${delivery.durationMs} ms`}</td>
                    <td className="num">{delivery.attempts}</td>
                    <td className="nowrap">{formatDateTime(delivery.createdAt)}</td>
                    <td>
                      <div className="row" style={{ gap: 6, justifyContent: 'flex-end' }}>
                        <button type="button" className="small" onClick={() => show(delivery)}>
                          Details
                        </button>
                        <button type="button" className="small" onClick={() => redeliver(delivery)}>
                          Redeliver
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            summary={`Page ${cursors.length}`}
            hasPrevious={cursors.length > 1}
            hasNext={Boolean(deliveries.data?.pagination.hasMore)}
            onPrevious={() => setCursors((c) => c.slice(0, -1))}
            onNext={() => deliveries.data?.pagination.nextCursor && setCursors((c) => [...c, deliveries.data!.pagination.nextCursor])}
          />
        </>
      )}
      {open && (
        <Card title={`Delivery ${open.eventId}`} headingLevel={3} actions={<button type="button" className="small" onClick={() => setOpen(null)}>Close</button>}>
          <h4>Attempts</h4>
          <ul className="small">
            {open.attemptLog.map((attempt) => (
              <li key={attempt.attemptNumber}>
                #{attempt.attemptNumber} at {formatDateTime(attempt.attemptedAt)}: {attempt.responseStatus ?? 'no response'} in {attempt.durationMs} ms
                {attempt.error && <span className="muted"> ({attempt.error})</span>}
              </li>
            ))}
          </ul>
          <h4>Payload</h4>
          <pre className="block">{JSON.stringify(open.payload, null, 2)}</pre>
        </Card>
      )}
    </div>
  );
}

export function WebhooksPage() {
  const toast = useToast();
  const webhooks = useResource(() => staffApi.GET('/v1/webhooks'), []);
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>(['session.completed', 'result.scored']);
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [createError, setCreateError] = useState<unknown>(null);
  const errors = formErrors('webhook', createError);
  const [busy, setBusy] = useState(false);
  const [expanded, setExpanded] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Webhook | null>(null);
  useEffect(() => {
    document.title = pageTitle('Webhooks');
  }, []);

  async function act(action: () => Promise<unknown>, message: string) {
    setError(null);
    try {
      await action();
      toast(message);
      void webhooks.reload();
    } catch (caught) {
      setError(caught);
    }
  }

  async function create(event: FormEvent) {
    event.preventDefault();
    setCreateError(null);
    setBusy(true);
    try {
      const created = await staffApi.POST('/v1/webhooks', {
        body: { url: url.trim(), eventTypes: events, ...(description.trim() ? { description: description.trim() } : {}) },
      });
      setSecret(created.secret);
      setUrl('');
      setDescription('');
      void webhooks.reload();
    } catch (caught) {
      setCreateError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function rotate(webhook: Webhook) {
    setError(null);
    try {
      const rotated = await staffApi.POST('/v1/webhooks/{id}/rotate-secret', { params: { path: { id: webhook.id } } });
      setSecret(rotated.secret);
      toast('Secret rotated; the old one keeps working for 24 hours');
      void webhooks.reload();
    } catch (caught) {
      setError(caught);
    }
  }

  const list = webhooks.data?.webhooks ?? [];
  return (
    <>
      <PageHeader title="Settings" description="Connect your applicant tracking system and other tools to Assay." />
      <SettingsTabs />
      <div className="stack" style={{ gap: 24 }}>
        {secret && (
          <Alert kind="success" title="Signing secret">
            <p style={{ margin: '4px 0 8px' }}>Verify the webhook-signature header with it (Standard Webhooks). It is shown only once.</p>
            <div className="row">
              <code className="secret-box">{secret}</code>
              <CopyButton text={secret} label="Copy secret" />
              <button type="button" className="small ghost" onClick={() => setSecret(null)}>
                Done
              </button>
            </div>
          </Alert>
        )}
        <ErrorAlert error={error ?? webhooks.error} />
        <Card title="Endpoints">
          {webhooks.loading && !webhooks.data ? (
            <Loading />
          ) : list.length === 0 ? (
            <EmptyState title="No webhook endpoints">Add an endpoint to receive results as soon as they are scored.</EmptyState>
          ) : (
            <div className="stack">
              {list.map((webhook) => (
                <div key={webhook.id} className="question-card">
                  <div className="q-head">
                    <div style={{ minWidth: 0 }}>
                      <strong className="wrap-anywhere">{webhook.url}</strong>{' '}
                      {webhook.enabled ? <Badge kind="success">Enabled</Badge> : <Badge kind="danger">Disabled{webhook.disabledReason ? `: ${webhook.disabledReason}` : ''}</Badge>}
                      {webhook.failingSince && <Badge kind="warning">Failing since {formatDateTime(webhook.failingSince)}</Badge>}
                      {webhook.description && <div className="small muted">{webhook.description}</div>}
                      <div className="small muted">{webhook.eventTypes.join(', ')}</div>
                    </div>
                    <div className="row" style={{ gap: 6 }}>
                      <button type="button" className="small" onClick={() => act(() => staffApi.POST('/v1/webhooks/{id}/test', { params: { path: { id: webhook.id } } }), 'Test event queued')}>
                        Send test
                      </button>
                      <button
                        type="button"
                        className="small"
                        onClick={() =>
                          act(
                            () => staffApi.PATCH('/v1/webhooks/{id}', { params: { path: { id: webhook.id } }, body: { enabled: !webhook.enabled } }),
                            webhook.enabled ? 'Endpoint disabled' : 'Endpoint enabled',
                          )
                        }
                      >
                        {webhook.enabled ? 'Disable' : 'Enable'}
                      </button>
                      <button type="button" className="small" onClick={() => rotate(webhook)}>
                        Rotate secret
                      </button>
                      <button
                        type="button"
                        className="small"
                        aria-expanded={expanded === webhook.id}
                        onClick={() => setExpanded(expanded === webhook.id ? null : webhook.id)}
                      >
                        {expanded === webhook.id ? 'Hide deliveries' : 'Deliveries'}
                      </button>
                      <button type="button" className="small ghost" onClick={() => setDeleting(webhook)} aria-label={`Delete ${webhook.url}`}>
                        Delete
                      </button>
                    </div>
                  </div>
                  {expanded === webhook.id && <DeliveryLog webhookId={webhook.id} />}
                </div>
              ))}
            </div>
          )}
        </Card>
        <Card title="Add an endpoint">
          <form className="stack" onSubmit={create} noValidate>
            <ErrorSummary error={createError} formId="webhook" title="The endpoint was not added" />
            <div className="form-grid">
              <TextField
                label="Endpoint URL"
                type="url"
                required
                value={url}
                onChange={(e) => setUrl(e.target.value)}
                hint="Must be reachable from the Assay server over http(s)."
                {...errors.field('url')}
              />
              <TextField label="Description" value={description} onChange={(e) => setDescription(e.target.value)} {...errors.field('description')} />
            </div>
            <CheckboxGroup legend="Events" options={WEBHOOK_EVENTS} selected={events} onChange={setEvents} {...errors.field('eventTypes')} />
            <div>
              <button type="submit" className="primary" disabled={busy || !url.trim()}>
                {busy ? 'Adding…' : 'Add endpoint'}
              </button>
            </div>
          </form>
        </Card>
      </div>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this endpoint?"
        confirmLabel="Delete endpoint"
        danger
        onConfirm={() => {
          const target = deleting;
          setDeleting(null);
          if (target) void act(() => staffApi.DELETE('/v1/webhooks/{id}', { params: { path: { id: target.id } } }), 'Endpoint deleted');
        }}
        onCancel={() => setDeleting(null)}
      >
        <p>{deleting?.url} will stop receiving events. Pending deliveries are dropped.</p>
      </ConfirmDialog>
    </>
  );
}
