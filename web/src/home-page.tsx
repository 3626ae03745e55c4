import { useEffect } from 'react';
import { Link } from 'react-router';

export function BrandMark() {
  return (
    <span className="brand-mark" aria-hidden="true">
      A
    </span>
  );
}

/** The front door: candidates go to the test page, reviewers to the dashboard. */
export function HomePage() {
  useEffect(() => {
    document.title = 'Assay';
  }, []);
  return (
    <main className="auth-page">
      <div className="auth-card card" style={{ maxWidth: 560 }}>
        <Link to="/" className="brand">
          <BrandMark /> Assay
        </Link>
        <h1 style={{ textAlign: 'center' }}>Skills assessments for hiring teams</h1>
        <p className="muted" style={{ textAlign: 'center' }}>
          Create assessments, invite candidates with one-time keys and review scored results with integrity signals.
        </p>
        <div className="grid-2" style={{ marginTop: 24 }}>
          <Link to="/take" className="button primary">
            Take an assessment
          </Link>
          <Link to="/login" className="button">
            Reviewer sign in
          </Link>
        </div>
        <p className="small muted" style={{ textAlign: 'center', marginTop: 24 }}>
          New team? <Link to="/signup">Create an organization</Link> · <a href="/docs">API reference</a>
        </p>
      </div>
    </main>
  );
}

export function NotFoundPage({ inApp = false }: { inApp?: boolean }) {
  const body = (
    <div className="card" style={{ maxWidth: 480 }}>
      <h1>Page not found</h1>
      <p className="muted">The address may be mistyped, or the page has moved.</p>
      <Link to={inApp ? '/app' : '/'} className="button primary">
        {inApp ? 'Back to the dashboard' : 'Go to the home page'}
      </Link>
    </div>
  );
  return inApp ? body : <main className="auth-page">{body}</main>;
}
