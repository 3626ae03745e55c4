import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiError, setCsrfToken, staffApi } from '../lib/api';
import { formatDateTime } from '../lib/format';
import { useResource } from '../lib/use-resource';
import { Alert, ErrorAlert, Loading, TextField, fieldError } from '../components/ui';
import { AuthFrame } from './auth-pages';

/**
 * The pages an emailed link opens: finishing a signup, and accepting a team
 * invite. The token is in the link's fragment (`#token=…`), which the browser
 * never sends to a server; the page posts it to the API.
 */

function useLinkToken(): string | null {
  const { hash } = useLocation();
  return new URLSearchParams(hash.replace(/^#/, '')).get('token');
}

class MissingTokenError extends Error {
  constructor() {
    super('This page opens from the link in your email. Open that link again, or copy all of it into the address bar.');
  }
}

const SIGN_IN = (
  <>
    Already have an account? <Link to="/login">Sign in</Link>
  </>
);

/** `/signup/complete#token=…`: creates the organization the signup asked for, and signs in. */
export function CompleteSignupPage() {
  const token = useLinkToken();
  const navigate = useNavigate();
  const signup = useResource(
    () => (token ? staffApi.POST('/v1/auth/signup/lookup', { body: { token } }) : Promise.reject(new MissingTokenError())),
    [token],
  );
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function complete() {
    if (!token) return;
    setBusy(true);
    setError(null);
    try {
      const signedIn = await staffApi.POST('/v1/auth/signup/complete', { body: { token } });
      setCsrfToken(signedIn.csrfToken);
      navigate('/app/assessments', { replace: true });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  if (signup.loading && !signup.data) {
    return (
      <AuthFrame title="Finish signing up" subtitle="Checking your link…" footer={SIGN_IN}>
        <Loading />
      </AuthFrame>
    );
  }
  if (!signup.data) {
    return (
      <AuthFrame title="This link cannot be used" step="error" subtitle="The sign-up link from your email did not work." footer={SIGN_IN}>
        <div className="stack">
          <ErrorAlert error={signup.error} />
          <p>
            <Link to="/signup">Sign up again</Link> to get a new link.
          </p>
        </div>
      </AuthFrame>
    );
  }
  const { email, name, orgName, expiresAt, accountExists } = signup.data.signup;
  if (accountExists) {
    return (
      <AuthFrame title="You already have an account" step="exists" subtitle={email} footer={SIGN_IN}>
        <Alert kind="info">
          This address already has an Assay account, and an address can have one account only, so {orgName} cannot be created with it.{' '}
          <Link to="/login">Sign in</Link> to your account, or <Link to="/signup">sign up</Link> with another address.
        </Alert>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame
      title={`Create ${orgName}`}
      step="ready"
      subtitle={
        <>
          You will be its owner, signed in as {name} ({email}). This link works until {formatDateTime(expiresAt)}.
        </>
      }
      footer={SIGN_IN}
    >
      <div className="stack">
        <ErrorAlert error={error} />
        <button type="button" className="primary" onClick={() => void complete()} disabled={busy}>
          {busy ? 'Creating…' : `Create ${orgName}`}
        </button>
      </div>
    </AuthFrame>
  );
}

const ROLE_WORDS: Record<string, string> = {
  owner: 'an owner',
  admin: 'an admin',
  reviewer: 'a reviewer',
  viewer: 'a viewer',
};

/** `/invite#token=…`: the invitee chooses their name and password, joins the team, and is signed in. */
export function AcceptInvitePage() {
  const token = useLinkToken();
  const navigate = useNavigate();
  const invite = useResource(
    () => (token ? staffApi.POST('/v1/users/invites/lookup', { body: { token } }) : Promise.reject(new MissingTokenError())),
    [token],
  );
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function accept(event: FormEvent) {
    event.preventDefault();
    if (!token) return;
    setBusy(true);
    setError(null);
    try {
      const signedIn = await staffApi.POST('/v1/users/invites/accept', { body: { token, name, password } });
      setCsrfToken(signedIn.csrfToken);
      navigate('/app', { replace: true });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  if (invite.loading && !invite.data) {
    return (
      <AuthFrame title="Join your team" subtitle="Checking your invitation…" footer={SIGN_IN}>
        <Loading />
      </AuthFrame>
    );
  }
  if (!invite.data) {
    const used = invite.error instanceof ApiError && invite.error.code === 'invite_used';
    return (
      <AuthFrame title="This invitation cannot be used" step="error" subtitle="The link from your invitation email did not work." footer={SIGN_IN}>
        <div className="stack">
          <ErrorAlert error={invite.error} />
          {used && (
            <p>
              <Link to="/login">Sign in</Link> with the password you chose.
            </p>
          )}
        </div>
      </AuthFrame>
    );
  }
  const { orgName, email, role, invitedByName, expiresAt, accountExists } = invite.data.invite;
  const invitedBy = invitedByName ? `${invitedByName} invited you` : 'You are invited';
  if (accountExists) {
    return (
      <AuthFrame title={`You cannot join ${orgName} with this address`} step="exists" subtitle={email} footer={SIGN_IN}>
        <Alert kind="info">
          This address already has an Assay account, and an address can belong to one organization only, so it cannot join {orgName}. To
          join, ask {invitedByName ?? orgName} to invite another address of yours. Your existing account is unchanged:{' '}
          <Link to="/login">sign in to it</Link>.
        </Alert>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame
      title={`Join ${orgName}`}
      step="ready"
      subtitle={
        <>
          {invitedBy} to join as {ROLE_WORDS[role] ?? role}. Choose your name and password; the invitation works until {formatDateTime(expiresAt)}.
        </>
      }
      footer={SIGN_IN}
    >
      <form className="stack" onSubmit={accept} noValidate>
        <ErrorAlert error={error} />
        <TextField label="Email" type="email" autoComplete="username" value={email} readOnly />
        <TextField label="Your name" autoComplete="name" required value={name} onChange={(e) => setName(e.target.value)} error={fieldError(error, 'name')} />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          hint="At least 10 characters. Only you will know it."
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError(error, 'password')}
        />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Joining…' : `Join ${orgName}`}
        </button>
      </form>
    </AuthFrame>
  );
}
