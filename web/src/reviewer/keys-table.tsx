import { useState } from 'react';
import { Link } from 'react-router';
import { staffApi } from '../lib/api';
import type { CandidateKey } from '../lib/types';
import { formatDate } from '../lib/format';
import { ConfirmDialog, CopyButton, EmptyState, ErrorAlert, StatusBadge, useToast } from '../components/ui';
import { GreenhouseLink, useGreenhouseProfiles } from './greenhouse-origin';

/** The link a candidate follows: the test page with the key filled in. */
export function inviteLink(key: string): string {
  return `${window.location.origin}/take/${encodeURIComponent(key)}`;
}

export function KeysTable(props: { assessmentId: string; keys: CandidateKey[]; canWrite: boolean; onChanged: () => void }) {
  const greenhouseProfiles = useGreenhouseProfiles();
  const toast = useToast();
  const [revoking, setRevoking] = useState<CandidateKey | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function revoke() {
    if (!revoking) return;
    setBusy(true);
    try {
      await staffApi.DELETE('/v1/assessments/{id}/keys/{keyId}', { params: { path: { id: props.assessmentId, keyId: revoking.id } } });
      toast(`Key ${revoking.key} revoked`);
      props.onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
      setRevoking(null);
    }
  }

  async function resend(key: CandidateKey) {
    setError(null);
    try {
      const sent = await staffApi.POST('/v1/assessments/{id}/keys/{keyId}/resend', {
        params: { path: { id: props.assessmentId, keyId: key.id } },
        body: {},
      });
      toast(`Invitation sent again to ${sent.to}`);
    } catch (caught) {
      setError(caught);
    }
  }

  if (props.keys.length === 0) {
    return <EmptyState title="No candidates invited yet">Invite candidates by email, or generate keys to share yourself.</EmptyState>;
  }

  return (
    <>
      <ErrorAlert error={error} />
      <div className="table-wrap">
        <table data-testid="keys-table">
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Candidate</th>
              <th scope="col">Status</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {props.keys.map((key) => (
              <tr key={key.id}>
                <td>
                  <span className="key-chip">{key.key}</span>
                </td>
                <td>
                  {key.candidateName || key.candidateEmail ? (
                    <>
                      <div>{key.candidateName ?? key.candidateEmail}</div>
                      {key.candidateName && key.candidateEmail && <div className="small muted">{key.candidateEmail}</div>}
                      {greenhouseProfiles.has(key.id) && <GreenhouseLink profileUrl={greenhouseProfiles.get(key.id)!} />}
                    </>
                  ) : (
                    <span className="muted">Not assigned</span>
                  )}
                </td>
                <td>
                  <StatusBadge status={key.status} />
                </td>
                <td className="nowrap">{formatDate(key.expiresAt)}</td>
                <td>
                  <div className="row" style={{ gap: 6, justifyContent: 'flex-end' }}>
                    {key.sessionId && key.completedAt && (
                      <Link to={`/app/results/${key.sessionId}`} className="button small">
                        View result
                      </Link>
                    )}
                    {key.status === 'pending' && (
                      <CopyButton text={inviteLink(key.key)} label="Copy link" ariaLabel={`Copy the invitation link for ${key.key}`} />
                    )}
                    {props.canWrite && key.status === 'pending' && key.candidateEmail && (
                      <button type="button" className="small" onClick={() => resend(key)}>
                        Resend
                      </button>
                    )}
                    {props.canWrite && (
                      <button type="button" className="small ghost" onClick={() => setRevoking(key)} aria-label={`Revoke ${key.key}`}>
                        Revoke
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        open={revoking !== null}
        title="Revoke this key?"
        confirmLabel="Revoke key"
        danger
        busy={busy}
        onConfirm={revoke}
        onCancel={() => setRevoking(null)}
      >
        <p>
          {revoking?.key} will stop working immediately{revoking?.candidateEmail ? ` for ${revoking.candidateEmail}` : ''}. This cannot be
          undone.
        </p>
      </ConfirmDialog>
    </>
  );
}
