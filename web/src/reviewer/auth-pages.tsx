import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, setCsrfToken, staffApi } from '../lib/api';
import { Alert, ErrorAlert, TextField, fieldError } from '../components/ui';
import { BrandMark } from '../home-page';
import { pageTitle } from './session';

/** Only same-site dashboard paths are followed after sign-in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/app') ? next : '/app';
}

function AuthFrame(props: { title: string; subtitle: string; children: React.ReactNode; footer: React.ReactNode }) {
  useEffect(() => {
    document.title = pageTitle(props.title);
  }, [props.title]);
  return (
    <main className="auth-page">
      <div className="auth-card card">
        <Link to="/" className="brand">
          <BrandMark /> Assay
        </Link>
        <h1>{props.title}</h1>
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
  const navigate = useNavigate();
  const [form, setForm] = useState({ name: '', email: '', orgName: '', password: '' });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof form) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setForm((current) => ({ ...current, [key]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const signedUp = await staffApi.POST('/v1/auth/signup', { body: form });
      setCsrfToken(signedUp.csrfToken);
      navigate('/app/assessments', { replace: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthFrame
      title="Create your organization"
      subtitle="You will be its owner and can invite your team later."
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
          {busy ? 'Creating…' : 'Create organization'}
        </button>
      </form>
    </AuthFrame>
  );
}
