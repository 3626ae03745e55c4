import { useEffect, useState, type FormEvent } from 'react';
import { staffApi } from '../lib/api';
import type { Role, TeamInvite, User } from '../lib/types';
import { useResource } from '../lib/use-resource';
import { formatDateTime } from '../lib/format';
import { Badge, Card, ConfirmDialog, EmptyState, ErrorAlert, Loading, PageHeader, SelectField, StatusBadge, TextField, fieldError, useToast } from '../components/ui';
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
  const invites = useResource(() => staffApi.GET('/v1/users/invites'), []);
  const [form, setForm] = useState({ email: '', role: 'reviewer' as Role });
  const [inviteError, setInviteError] = useState<unknown>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState<User | null>(null);
  const [revoking, setRevoking] = useState<TeamInvite | null>(null);
  const manage = me.user.role === 'owner' || me.user.role === 'admin';
  // Only owners make owners: an admin is not offered the role.
  const inviteRoles = ROLE_OPTIONS.filter((option) => option.value !== 'owner' || me.user.role === 'owner');
  useEffect(() => {
    document.title = pageTitle('Team');
  }, []);

  async function invite(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setInviteError(null);
    try {
      const sent = await staffApi.POST('/v1/users/invites', { body: form });
      toast(`Invitation sent to ${sent.invite.email}`);
      setForm({ email: '', role: form.role });
      void invites.reload();
    } catch (caught) {
      setInviteError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function resend(target: TeamInvite) {
    setError(null);
    try {
      await staffApi.POST('/v1/users/invites/{id}/resend', { params: { path: { id: target.id } } });
      toast(`Invitation sent again to ${target.email}`);
      void invites.reload();
    } catch (caught) {
      setError(caught);
    }
  }

  async function revoke() {
    const target = revoking;
    setRevoking(null);
    if (!target) return;
    setError(null);
    try {
      await staffApi.DELETE('/v1/users/invites/{id}', { params: { path: { id: target.id } } });
      toast(`Invitation to ${target.email} revoked`);
      void invites.reload();
    } catch (caught) {
      setError(caught);
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

  const pending = invites.data?.invites ?? [];

  return (
    <>
      <PageHeader title="Settings" description={`People with access to ${me.org.name}.`} />
      <SettingsTabs />
      <div className="stack" style={{ gap: 24 }}>
        <ErrorAlert error={error ?? users.error ?? invites.error} />
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
          <Card title="Invite a teammate">
            <form className="form-grid" onSubmit={invite} noValidate>
              <TextField
                label="Email"
                type="email"
                autoComplete="off"
                required
                hint="They get an email with a link to choose their own name and password. The link works for 7 days."
                value={form.email}
                onChange={(e) => setForm({ ...form, email: e.target.value })}
                error={fieldError(inviteError, 'email')}
              />
              <SelectField label="Role" options={inviteRoles} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })} />
              <div className="span-2 stack">
                <ErrorAlert error={fieldError(inviteError, 'email') ? null : inviteError} />
                <div>
                  <button type="submit" className="primary" disabled={busy}>
                    {busy ? 'Sending…' : 'Send invitation'}
                  </button>
                </div>
              </div>
            </form>
          </Card>
        )}
        <Card title="Pending invitations">
          {invites.loading && !invites.data ? (
            <Loading />
          ) : pending.length === 0 ? (
            <EmptyState title="No pending invitations">
              {manage ? 'Invite a teammate above: they appear here until they accept.' : 'Invitations an owner or admin sends appear here until accepted.'}
            </EmptyState>
          ) : (
            <div className="table-wrap">
              <table data-testid="pending-invites">
                <thead>
                  <tr>
                    <th scope="col">Email</th>
                    <th scope="col">Role</th>
                    <th scope="col">Invited by</th>
                    <th scope="col">Status</th>
                    {manage && (
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {pending.map((item) => (
                    <tr key={item.id}>
                      <td>
                        {item.email}
                        <div className="small muted">Sent {formatDateTime(item.sentAt)}</div>
                      </td>
                      <td>{item.role}</td>
                      <td>{item.invitedBy.name ?? (item.invitedBy.type === 'api_key' ? 'An API key' : '—')}</td>
                      <td>
                        <div className="row">
                          <StatusBadge status={item.status} />
                          {item.emailStatus === 'failed' && <Badge kind="danger">email failed</Badge>}
                        </div>
                        <div className="small muted">
                          {item.status === 'expired' ? 'Expired' : 'Expires'} {formatDateTime(item.expiresAt)}
                        </div>
                      </td>
                      {manage && (
                        <td className="nowrap">
                          <button type="button" className="small ghost" onClick={() => void resend(item)} aria-label={`Resend the invitation to ${item.email}`}>
                            Resend
                          </button>
                          <button type="button" className="small ghost" onClick={() => setRevoking(item)} aria-label={`Revoke the invitation to ${item.email}`}>
                            Revoke
                          </button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
      </div>
      <ConfirmDialog open={removing !== null} title="Remove this person?" confirmLabel="Remove" danger onConfirm={remove} onCancel={() => setRemoving(null)}>
        <p>{removing?.name} loses access to the dashboard immediately.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={revoking !== null}
        title="Revoke this invitation?"
        confirmLabel="Revoke"
        danger
        onConfirm={revoke}
        onCancel={() => setRevoking(null)}
      >
        <p>The link sent to {revoking?.email} stops working. You can invite the address again later.</p>
      </ConfirmDialog>
    </>
  );
}
