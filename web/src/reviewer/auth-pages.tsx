import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, setCsrfToken, staffApi } from '../lib/api';
import { Alert, ErrorAlert, TextField, fieldError } from '../components/ui';
import { BrandMark } from '../home-page';
import { pageTitle } from './session';

/** Only same-site dashboard paths are followed after sign-in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/app') ? next : '/app';
}

/**
 * The frame of the pages a person sees before they are signed in. When the
 * page changes what it shows without a navigation (a form sent, a link
 * checked), `step` changes and focus moves to the new heading, so that a
 * screen reader announces it and the keyboard starts from there.
 */
export function AuthFrame(props: { title: string; subtitle: React.ReactNode; children: React.ReactNode; footer: React.ReactNode; step?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(props.step);
  useEffect(() => {
    document.title = pageTitle(props.title);
  }, [props.title]);
  useEffect(() => {
    if (props.step !== firstStep.current) heading.current?.focus();
  }, [props.step]);
  return (
    <main className="auth-page">
      <div className="auth-card card">
        <Link to="/" className="brand">
          <BrandMark /> Assay
        </Link>
        <h1 ref={heading} tabIndex={-1}>
          {props.title}
        </h1>
        <p className="muted">{props.subtitle}</p>
        {props.children}
        <p className="small muted" style={{ marginTop: 20, marginBottom: 0 }}>
          {props.footer}
        </p>
      </div>
    </main>
  );
}

export function LoginPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const signedIn = await staffApi.POST('/v1/auth/login', { body: { email, password } });
      setCsrfToken(signedIn.csrfToken);
      navigate(safeNext(params.get('next')), { replace: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthFrame
      title="Sign in"
      subtitle="Review candidates, results and integrity signals."
      footer={
        <>
          No account yet? <Link to="/signup">Create an organization</Link>
        </>
      }
    >
      <form className="stack" onSubmit={submit} noValidate>
        {params.get('expired') && <Alert kind="info">Your session ended. Sign in again to continue.</Alert>}
        {error instanceof ApiError && error.status === 401 ? (
          <Alert kind="error">The email or password is not right.</Alert>
        ) : (
          <ErrorAlert error={error} />
        )}
        <TextField label="Work email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="primary" disabled={busy || !email || !password}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </AuthFrame>
  );
}

export function SignupPage() {
  const [form, setForm] = useState({ name: '', email: '', orgName: '', password: '' });
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof form) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setForm((current) => ({ ...current, [key]: event.target.value }));

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const started = await staffApi.POST('/v1/auth/signup', { body: form });
      setSentTo(started.email);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  if (sentTo) {
    return (
      <AuthFrame
        title="Check your email"
        step="sent"
        subtitle={
          <>
            We sent an email to <strong>{sentTo}</strong>. Open the link in it within 24 hours to create {form.orgName.trim()}.
          </>
        }
        footer={
          <>
            Already have an account? <Link to="/login">Sign in</Link>
          </>
        }
      >
        <div className="stack">
          <p>If this address already has an Assay account, the email says so and how to sign in instead.</p>
          <ErrorAlert error={error} />
          <p className="small muted">Nothing arrived after a few minutes? Look in your spam folder, or send it again.</p>
          <div className="row">
            <button type="button" className="primary" onClick={() => void submit()} disabled={busy}>
              {busy ? 'Sending…' : 'Send the email again'}
            </button>
            <button type="button" onClick={() => setSentTo(null)} disabled={busy}>
              Use another address
            </button>
          </div>
        </div>
      </AuthFrame>
    );
  }

  return (
    <AuthFrame
      title="Create your organization"
      step="form"
      subtitle="You will be its owner and can invite your team later. We will email you a link to finish."
      footer={
        <>
          Already have an account? <Link to="/login">Sign in</Link>
        </>
      }
    >
      <form className="stack" onSubmit={submit} noValidate>
        <ErrorAlert error={error} />
        <TextField label="Your name" autoComplete="name" required value={form.name} onChange={set('name')} error={fieldError(error, 'name')} />
        <TextField
          label="Work email"
          type="email"
          autoComplete="email"
          required
          value={form.email}
          onChange={set('email')}
          error={fieldError(error, 'email')}
        />
        <TextField
          label="Company name"
          autoComplete="organization"
          required
          value={form.orgName}
          onChange={set('orgName')}
          error={fieldError(error, 'orgName')}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          hint="At least 10 characters."
          value={form.password}
          onChange={set('password')}
          error={fieldError(error, 'password')}
        />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Sending…' : 'Create organization'}
        </button>
      </form>
    </AuthFrame>
  );
}
