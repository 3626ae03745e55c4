import { useState, type FormEvent } from 'react';
import { staffApi } from '../lib/api';
import type { CandidateKey, KeysRequest } from '../lib/types';
import { Alert, Card, CopyButton, ErrorAlert, SelectField, TextAreaField, TextField, fieldError } from '../components/ui';
import { inviteLink } from './keys-table';
import { useSession } from './session';

export interface ParsedInvitee {
  email: string;
  name: string | null;
}

const EMAIL = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;

/**
 * Parses one invitee per line: `jane@example.com`, `Jane Doe <jane@example.com>`
 * or `jane@example.com, Jane Doe`. Returns the invitees and the lines it could not read.
 */
export function parseInvitees(text: string): { invitees: ParsedInvitee[]; invalid: string[] } {
  const invitees: ParsedInvitee[] = [];
  const invalid: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const angle = /^(.*)<([^>]+)>$/.exec(line);
    let email: string;
    let name: string | null = null;
    if (angle) {
      email = angle[2]!.trim();
      name = angle[1]!.trim().replace(/^"|"$/g, '') || null;
    } else {
      const [first, ...rest] = line.split(/[,;\t]/);
      email = first!.trim();
      name = rest.join(' ').trim() || null;
    }
    if (EMAIL.test(email)) invitees.push({ email: email.toLowerCase(), name });
    else invalid.push(line);
  }
  return { invitees, invalid };
}

export function InvitePanel(props: { assessmentId: string; onInvited: () => void }) {
  const { me } = useSession();
  const [mode, setMode] = useState<'email' | 'count'>('email');
  const [emails, setEmails] = useState('');
  const [count, setCount] = useState('1');
  const [timeMultiplier, setTimeMultiplier] = useState('1');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<CandidateKey[]>([]);

  /** Arrow keys move between the two tabs, as in any tab list. */
  function switchTab(key: string, to: 'email' | 'count') {
    if (key !== 'ArrowRight' && key !== 'ArrowLeft') return;
    setMode(to);
    document.getElementById(`invite-tab-${to}`)?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    let body: KeysRequest;
    if (mode === 'email') {
      const { invitees, invalid } = parseInvitees(emails);
      if (invalid.length) return setError(new Error(`These lines are not email addresses: ${invalid.join(', ')}`));
      if (invitees.length === 0) return setError(new Error('Enter at least one email address.'));
      if (invitees.length > 50) return setError(new Error('Invite at most 50 candidates at a time.'));
      body = {
        count: invitees.length,
        candidateEmails: invitees.map((i) => i.email),
        candidateNames: invitees.map((i) => i.name ?? i.email.split('@')[0]!),
        orgName: me.org.name,
      };
    } else {
      const n = Number.parseInt(count, 10);
      if (!(n >= 1 && n <= 50)) return setError(new Error('Generate between 1 and 50 keys.'));
      body = { count: n, orgName: me.org.name };
    }
    if (timeMultiplier !== '1') body.timeMultiplier = Number(timeMultiplier);
    setBusy(true);
    try {
      const result = await staffApi.POST('/v1/assessments/{id}/keys', { params: { path: { id: props.assessmentId } }, body });
      setCreated(result.keys);
      setEmails('');
      props.onInvited();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title="Invite candidates">
      <div className="tabs" role="tablist" aria-label="Invite by">
        <button
          type="button"
          role="tab"
          id="invite-tab-email"
          aria-controls="invite-panel"
          aria-selected={mode === 'email'}
          tabIndex={mode === 'email' ? 0 : -1}
          onClick={() => setMode('email')}
          onKeyDown={(e) => switchTab(e.key, 'count')}
        >
          By email
        </button>
        <button
          type="button"
          role="tab"
          id="invite-tab-count"
          aria-controls="invite-panel"
          aria-selected={mode === 'count'}
          tabIndex={mode === 'count' ? 0 : -1}
          onClick={() => setMode('count')}
          onKeyDown={(e) => switchTab(e.key, 'email')}
        >
          Keys only
        </button>
      </div>
      <form
        onSubmit={submit}
        className="stack"
        noValidate
        id="invite-panel"
        role="tabpanel"
        aria-labelledby={mode === 'email' ? 'invite-tab-email' : 'invite-tab-count'}
      >
        <ErrorAlert error={error} />
        {mode === 'email' ? (
          <TextAreaField
            label="Candidates"
            hint="One per line, as jane@example.com or Jane Doe <jane@example.com>. Each gets an email with their key and link."
            rows={4}
            value={emails}
            onChange={(e) => setEmails(e.target.value)}
            error={fieldError(error, 'candidateEmails')}
          />
        ) : (
          <TextField
            label="Number of keys"
            type="number"
            min={1}
            max={50}
            hint="Share the keys or links yourself; no email is sent."
            value={count}
            onChange={(e) => setCount(e.target.value)}
            error={fieldError(error, 'count')}
          />
        )}
        <SelectField
          label="Time allowance"
          hint="Extra time as an accommodation multiplies the time limit for these candidates."
          options={[
            { value: '1', label: 'Standard time' },
            { value: '1.25', label: '25% extra time' },
            { value: '1.5', label: '50% extra time' },
            { value: '2', label: 'Double time' },
          ]}
          value={timeMultiplier}
          onChange={(e) => setTimeMultiplier(e.target.value)}
          style={{ maxWidth: 260 }}
        />
        <div>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Creating…' : mode === 'email' ? 'Send invitations' : 'Generate keys'}
          </button>
        </div>
      </form>
      {created.length > 0 && (
        <div style={{ marginTop: 16 }}>
          <Alert kind="success" title={`${created.length} ${created.length === 1 ? 'key' : 'keys'} created`}>
            <ul style={{ margin: '8px 0 0', paddingLeft: 18 }} data-testid="created-keys">
              {created.map((key) => (
                <li key={key.id} className="row" style={{ gap: 8 }}>
                  <span className="key-chip">{key.key}</span>
                  {key.candidateEmail && <span>{key.candidateEmail}</span>}
                  <CopyButton text={inviteLink(key.key)} label="Copy link" ariaLabel={`Copy the invitation link for ${key.key}`} />
                </li>
              ))}
            </ul>
          </Alert>
        </div>
      )}
    </Card>
  );
}
