import { useEffect, useState, type FormEvent } from 'react';
import { staffApi } from '../lib/api';
import type { ApiKey, Scope } from '../lib/types';
import { useResource } from '../lib/use-resource';
import { formatDateTime } from '../lib/format';
import { Alert, Badge, Card, CheckboxGroup, ConfirmDialog, CopyButton, EmptyState, ErrorAlert, Loading, PageHeader, SelectField, TextField, useToast } from '../components/ui';
import { ErrorSummary, formErrors } from '../components/form-errors';
import { SettingsTabs } from './settings-tabs';
import { pageTitle } from './session';

export const ALL_SCOPES: Scope[] = [
  'assessments:read',
  'assessments:write',
  'candidates:read',
  'candidates:write',
  'results:read',
  'results:export',
  'webhooks:manage',
  'api_keys:manage',
  'integrations:greenhouse',
];

export function ApiKeysPage() {
  const toast = useToast();
  const keys = useResource(() => staffApi.GET('/v1/api-keys'), []);
  const [name, setName] = useState('');
  const [mode, setMode] = useState<ApiKey['mode']>('live');
  const [scopes, setScopes] = useState<Scope[]>(['assessments:read', 'candidates:read', 'results:read']);
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [createError, setCreateError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const errors = formErrors('api-key', createError);
  useEffect(() => {
    document.title = pageTitle('API keys');
  }, []);

  async function create(event: FormEvent) {
    event.preventDefault();
    setCreateError(null);
    setBusy(true);
    try {
      const created = await staffApi.POST('/v1/api-keys', { body: { name: name.trim(), mode, scopes } });
      setSecret(created.key);
      setName('');
      void keys.reload();
    } catch (caught) {
      setCreateError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function revoke() {
    if (!revoking) return;
    try {
      await staffApi.DELETE('/v1/api-keys/{id}', { params: { path: { id: revoking.id } } });
      toast(`Key "${revoking.name}" revoked`);
      void keys.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setRevoking(null);
    }
  }

  const list = keys.data?.apiKeys ?? [];
  return (
    <>
      <PageHeader title="Settings" description="Connect your applicant tracking system and other tools to Assay." />
      <SettingsTabs />
      <div className="stack" style={{ gap: 24 }}>
        {secret && (
          <Alert kind="success" title="Copy your new key now">
            <p style={{ margin: '4px 0 8px' }}>It is shown only once. Store it in your secrets manager.</p>
            <div className="row">
              <code className="secret-box" data-testid="new-api-key">
                {secret}
              </code>
              <CopyButton text={secret} label="Copy key" />
              <button type="button" className="small ghost" onClick={() => setSecret(null)}>
                Done
              </button>
            </div>
          </Alert>
        )}
        <Card title="API keys">
          <ErrorAlert error={error ?? keys.error} />
          {keys.loading && !keys.data ? (
            <Loading />
          ) : list.length === 0 ? (
            <EmptyState title="No API keys">Create a key to call the REST API from your own systems.</EmptyState>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Key</th>
                    <th scope="col">Scopes</th>
                    <th scope="col">Last used</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((key) => (
                    <tr key={key.id}>
                      <td>
                        {key.name} <Badge kind={key.mode === 'live' ? 'primary' : 'neutral'}>{key.mode}</Badge>
                      </td>
                      <td className="mono">{key.prefix}…</td>
                      <td className="small">{key.scopes.length === ALL_SCOPES.length ? 'All scopes' : key.scopes.join(', ')}</td>
                      <td className="nowrap">{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : 'Never'}</td>
                      <td>
                        <button type="button" className="small ghost" onClick={() => setRevoking(key)} aria-label={`Revoke ${key.name}`}>
                          Revoke
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
        <Card title="Create an API key">
          <form className="stack" onSubmit={create} noValidate>
            <ErrorSummary error={createError} formId="api-key" title="The key was not created" />
            <div className="form-grid">
              <TextField
                label="Name"
                required
                maxLength={100}
                hint="Where it is used, e.g. Greenhouse sync."
                value={name}
                onChange={(e) => setName(e.target.value)}
                {...errors.field('name')}
              />
              <SelectField
                label="Mode"
                value={mode}
                options={[
                  { value: 'live', label: 'Live (ct_live_…)' },
                  { value: 'test', label: 'Test (ct_test_…)' },
                ]}
                onChange={(e) => setMode(e.target.value as ApiKey['mode'])}
                {...errors.field('mode')}
              />
            </div>
            <CheckboxGroup legend="Scopes" options={ALL_SCOPES} selected={scopes} onChange={setScopes} {...errors.field('scopes')} />
            <div>
              <button type="submit" className="primary" disabled={busy || !name.trim()}>
                {busy ? 'Creating…' : 'Create key'}
              </button>
            </div>
          </form>
        </Card>
      </div>
      <ConfirmDialog
        open={revoking !== null}
        title="Revoke this API key?"
        confirmLabel="Revoke key"
        danger
        onConfirm={revoke}
        onCancel={() => setRevoking(null)}
      >
        <p>Anything using “{revoking?.name}” stops working immediately.</p>
      </ConfirmDialog>
    </>
  );
}
