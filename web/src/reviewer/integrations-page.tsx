import { useEffect, useState, type FormEvent } from 'react';
import { staffApi } from '../lib/api';
import { formatDateTime } from '../lib/format';
import { useResource } from '../lib/use-resource';
import { Alert, Badge, Card, CopyButton, EmptyState, ErrorAlert, Loading, PageHeader, TextField, useToast } from '../components/ui';
import { SettingsTabs } from './settings-tabs';
import { pageTitle } from './session';

/**
 * Settings → Integrations: what a hiring team needs to connect Greenhouse —
 * the URLs and a key to give Greenhouse, the credential Greenhouse gave them
 * for the "mark test as completed" PATCH, and what happened since (calls,
 * reported errors, PATCH deliveries). See docs/decisions/0008.
 */
export function IntegrationsPage() {
  const toast = useToast();
  const settings = useResource(() => staffApi.GET('/v1/integrations/greenhouse'), []);
  const calls = useResource(() => staffApi.GET('/v1/integrations/greenhouse/calls'), []);
  const errors = useResource(() => staffApi.GET('/v1/integrations/greenhouse/errors'), []);
  const deliveries = useResource(() => staffApi.GET('/v1/integrations/greenhouse/deliveries'), []);
  const [key, setKey] = useState<string | null>(null);
  const [credential, setCredential] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    document.title = pageTitle('Integrations');
  }, []);

  async function createKey() {
    setError(null);
    setBusy(true);
    try {
      const created = await staffApi.POST('/v1/api-keys', { body: { name: 'Greenhouse', mode: 'live', scopes: ['integrations:greenhouse'] } });
      setKey(created.key);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function saveCredential(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await staffApi.PATCH('/v1/integrations/greenhouse', { body: { patchCredential: credential.trim() } });
      setCredential('');
      toast('Greenhouse credential saved');
      void settings.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const urls = settings.data?.settings.urls;
  const urlRows: Array<[string, string | undefined]> = [
    ['List tests', urls?.listTests],
    ['Send test', urls?.sendTest],
    ['Test status', urls?.testStatus],
    ['Response error', urls?.responseError],
  ];
  const callList = calls.data?.calls ?? [];
  const errorList = errors.data?.errors ?? [];
  const deliveryList = deliveries.data?.deliveries ?? [];

  return (
    <>
      <PageHeader title="Settings" description="Connect your applicant tracking system and other tools to Assay." />
      <SettingsTabs />
      <div className="stack" style={{ gap: 24 }}>
        <ErrorAlert error={error} />
        <Card title="Greenhouse">
          <ErrorAlert error={settings.error} />
          <p>Give Greenhouse these URLs and a key: recruiters then send Assay tests from a candidate’s profile, and the score comes back there.</p>
          {settings.loading && !settings.data ? (
            <Loading />
          ) : (
            <div className="table-wrap">
              <table aria-label="URLs to give Greenhouse">
                <tbody>
                  {urlRows.map(([label, url]) => (
                    <tr key={label}>
                      <th scope="row">{label}</th>
                      <td className="mono" data-testid="greenhouse-url">
                        {url}
                      </td>
                      <td>{url && <CopyButton text={url} label="Copy" ariaLabel={`Copy the ${label} URL`} />}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>

        <Card title="Key for Greenhouse">
          <p>Greenhouse sends it as the user name of HTTP Basic auth. It can only call the Greenhouse endpoints.</p>
          {key ? (
            <Alert kind="success" title="Copy the key now">
              <p style={{ margin: '4px 0 8px' }}>It is shown only once. Paste it into Greenhouse’s partner settings.</p>
              <div className="row">
                <code className="secret-box" data-testid="greenhouse-key">
                  {key}
                </code>
                <CopyButton text={key} label="Copy key" />
              </div>
            </Alert>
          ) : (
            <button type="button" className="primary" onClick={() => void createKey()} disabled={busy}>
              Create Greenhouse key
            </button>
          )}
        </Card>

        <Card title="PATCH credential">
          <form className="stack" onSubmit={saveCredential} noValidate>
            <p>
              When a candidate’s result is final, Assay tells Greenhouse with a PATCH, using the credential Greenhouse gave you.{' '}
              {settings.data?.settings.patchCredentialSet ? (
                <Badge kind="success">Set</Badge>
              ) : (
                <Badge kind="warning">Not set</Badge>
              )}
            </p>
            <TextField
              label="Greenhouse credential"
              type="password"
              autoComplete="off"
              maxLength={500}
              hint="Stored encrypted; it is never shown again."
              value={credential}
              onChange={(event) => setCredential(event.target.value)}
            />
            <div>
              <button type="submit" className="primary" disabled={busy || !credential.trim()}>
                Save credential
              </button>
            </div>
          </form>
        </Card>

        <Card title="Recent calls">
          <ErrorAlert error={calls.error} />
          {calls.loading && !calls.data ? (
            <Loading />
          ) : callList.length === 0 ? (
            <EmptyState title="No calls yet">Greenhouse’s calls appear here once it has the URLs and the key.</EmptyState>
          ) : (
            <div className="table-wrap">
              <table aria-label="Recent calls">
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Call</th>
                    <th scope="col">Status</th>
                    <th scope="col">Test or interview</th>
                  </tr>
                </thead>
                <tbody>
                  {callList.map((entry) => (
                    <tr key={entry.id}>
                      <td className="nowrap">{formatDateTime(entry.createdAt)}</td>
                      <td className="mono">{entry.apiCall}</td>
                      <td>
                        <Badge kind={entry.statusCode < 400 ? 'success' : 'danger'}>{entry.statusCode}</Badge>
                      </td>
                      <td className="mono small">{entry.partnerInterviewId ?? entry.partnerTestId ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>

        <Card title="Errors reported by Greenhouse">
          <ErrorAlert error={errors.error} />
          {errorList.length === 0 ? (
            <EmptyState title="No errors">Errors Greenhouse reports are listed here and emailed to the owners.</EmptyState>
          ) : (
            <ul className="stack" aria-label="Errors reported by Greenhouse">
              {errorList.map((entry) => (
                <li key={entry.id}>
                  <strong className="mono">{entry.apiCall}</strong> · {formatDateTime(entry.createdAt)}
                  {entry.candidateEmail && <> · {entry.candidateEmail}</>}
                  <ul>
                    {entry.errors.map((message, index) => (
                      <li key={index}>{message}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </Card>

        <Card title="PATCH deliveries">
          <ErrorAlert error={deliveries.error} />
          {deliveryList.length === 0 ? (
            <EmptyState title="No deliveries yet">Each result of a candidate sent from Greenhouse is reported once, with retries.</EmptyState>
          ) : (
            <div className="table-wrap">
              <table aria-label="PATCH deliveries">
                <thead>
                  <tr>
                    <th scope="col">Interview</th>
                    <th scope="col">Status</th>
                    <th scope="col">Attempts</th>
                    <th scope="col">Last error</th>
                  </tr>
                </thead>
                <tbody>
                  {deliveryList.map((delivery) => (
                    <tr key={delivery.id}>
                      <td className="mono small">{delivery.interviewId}</td>
                      <td>
                        <Badge kind={delivery.status === 'succeeded' ? 'success' : delivery.status === 'failed' ? 'danger' : 'warning'}>{delivery.status}</Badge>
                      </td>
                      <td>{delivery.attempts}</td>
                      <td className="small">{delivery.lastError ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
      </div>
    </>
  );
}
