import { useEffect, useState, type FormEvent } from 'react';
import { staffApi } from '../lib/api';
import type { Role, User } from '../lib/types';
import { useResource } from '../lib/use-resource';
import { formatDateTime } from '../lib/format';
import { Card, ConfirmDialog, ErrorAlert, Loading, PageHeader, SelectField, TextField, fieldError, useToast } from '../components/ui';
import { SettingsTabs } from './settings-tabs';
import { pageTitle, useSession } from './session';

const ROLE_OPTIONS = [
  { value: 'viewer', label: 'Viewer: reads results' },
  { value: 'reviewer', label: 'Reviewer: manages assessments and candidates' },
  { value: 'admin', label: 'Admin: also keys, webhooks and team' },
  { value: 'owner', label: 'Owner' },
];

export function TeamPage() {
  const { me } = useSession();
  const toast = useToast();
  const users = useResource(() => staffApi.GET('/v1/users'), []);
  const [form, setForm] = useState({ name: '', email: '', password: '', role: 'reviewer' as Role });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState<User | null>(null);
  const manage = me.user.role === 'owner' || me.user.role === 'admin';
  useEffect(() => {
    document.title = pageTitle('Team');
  }, []);

  async function add(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await staffApi.POST('/v1/users', { body: form });
      toast(`${form.name} added`);
      setForm({ name: '', email: '', password: '', role: 'reviewer' });
      void users.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function changeRole(user: User, role: Role) {
    setError(null);
    try {
      await staffApi.PATCH('/v1/users/{id}', { params: { path: { id: user.id } }, body: { role } });
      toast(`${user.name} is now ${role}`);
      void users.reload();
    } catch (caught) {
      setError(caught);
    }
  }

  async function remove() {
    const target = removing;
    setRemoving(null);
    if (!target) return;
    try {
      await staffApi.DELETE('/v1/users/{id}', { params: { path: { id: target.id } } });
      toast(`${target.name} removed`);
      void users.reload();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <>
      <PageHeader title="Settings" description={`People with access to ${me.org.name}.`} />
      <SettingsTabs />
      <div className="stack" style={{ gap: 24 }}>
        <ErrorAlert error={error ?? users.error} />
        <Card title="Team">
          {users.loading && !users.data ? (
            <Loading />
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Role</th>
                    <th scope="col">Last sign-in</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {(users.data?.users ?? []).map((user) => (
                    <tr key={user.id}>
                      <td>
                        {user.name}
                        <div className="small muted">{user.email}</div>
                      </td>
                      <td>
                        {manage && user.id !== me.user.id ? (
                          <select
                            aria-label={`Role of ${user.name}`}
                            value={user.role}
                            onChange={(e) => changeRole(user, e.target.value as Role)}
                            style={{ width: 'auto' }}
                          >
                            {ROLE_OPTIONS.map((option) => (
                              <option key={option.value} value={option.value}>
                                {option.value}
                              </option>
                            ))}
                          </select>
                        ) : (
                          user.role
                        )}
                      </td>
                      <td className="nowrap">{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'Never'}</td>
                      <td>
                        {manage && user.id !== me.user.id && (
                          <button type="button" className="small ghost" onClick={() => setRemoving(user)} aria-label={`Remove ${user.name}`}>
                            Remove
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
        {manage && (
          <Card title="Add a team member">
            <form className="form-grid" onSubmit={add} noValidate>
              <TextField label="Name" required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} error={fieldError(error, 'name')} />
              <TextField label="Email" type="email" required value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} error={fieldError(error, 'email')} />
              <TextField
                label="Temporary password"
                type="password"
                autoComplete="new-password"
                hint="At least 10 characters; share it with them privately."
                value={form.password}
                onChange={(e) => setForm({ ...form, password: e.target.value })}
                error={fieldError(error, 'password')}
              />
              <SelectField label="Role" options={ROLE_OPTIONS} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })} />
              <div className="span-2">
                <button type="submit" className="primary" disabled={busy}>
                  {busy ? 'Adding…' : 'Add member'}
                </button>
              </div>
            </form>
          </Card>
        )}
      </div>
      <ConfirmDialog open={removing !== null} title="Remove this person?" confirmLabel="Remove" danger onConfirm={remove} onCancel={() => setRemoving(null)}>
        <p>{removing?.name} loses access to the dashboard immediately.</p>
      </ConfirmDialog>
    </>
  );
}
