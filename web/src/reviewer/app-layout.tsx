import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { ApiError, setCsrfToken, staffApi } from '../lib/api';
import type { Me, Scope } from '../lib/types';
import { ErrorAlert, Loading } from '../components/ui';
import { BrandMark } from '../home-page';
import { SessionContext } from './session';

const NAV: Array<{ section: string; links: Array<{ to: string; label: string; scope?: Scope; end?: boolean }> }> = [
  {
    section: 'Hiring',
    links: [
      { to: '/app', label: 'Home', end: true },
      { to: '/app/assessments', label: 'Assessments', scope: 'assessments:read' },
      { to: '/app/candidates', label: 'Candidates', scope: 'candidates:read' },
      { to: '/app/results', label: 'Results', scope: 'results:read' },
      { to: '/app/rubrics', label: 'Rubrics', scope: 'assessments:read' },
      { to: '/app/question-bank', label: 'Question bank', scope: 'assessments:read' },
    ],
  },
  {
    section: 'Organization',
    links: [
      { to: '/app/settings/team', label: 'Team' },
      { to: '/app/settings/api-keys', label: 'API keys', scope: 'api_keys:manage' },
      { to: '/app/settings/webhooks', label: 'Webhooks', scope: 'webhooks:manage' },
      { to: '/app/audit-log', label: 'Audit log', scope: 'results:read' },
      { to: '/app/mailbox', label: 'Mailbox', scope: 'candidates:read' },
    ],
  },
];

/** The signed-in dashboard: loads the reviewer, guards the routes, shows the navigation. */
export function AppLayout() {
  const navigate = useNavigate();
  const location = useLocation();
  // Read by refresh through a ref, so that refresh stays one function (it is in
  // the session context) and /me is not fetched again on every navigation.
  const locationRef = useRef(location);
  locationRef.current = location;
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<unknown>(null);

  const refresh = useCallback(async () => {
    try {
      const current = await staffApi.GET('/v1/auth/me');
      setCsrfToken(current.csrfToken);
      setMe(current);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 401) {
        navigate(`/login?next=${encodeURIComponent(locationRef.current.pathname + locationRef.current.search)}`, { replace: true });
        return;
      }
      setError(caught);
    }
  }, [navigate]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const session = useMemo(
    () => (me ? { me, can: (scope: Scope) => me.scopes.includes(scope), refresh } : null),
    [me, refresh],
  );

  async function logout() {
    try {
      await staffApi.POST('/v1/auth/logout');
    } finally {
      setCsrfToken(null);
      navigate('/login', { replace: true });
    }
  }

  if (error) {
    return (
      <main className="auth-page">
        <div className="card" style={{ maxWidth: 480 }}>
          <ErrorAlert error={error} title="The dashboard could not load" />
          <button type="button" className="primary" style={{ marginTop: 16 }} onClick={() => window.location.reload()}>
            Try again
          </button>
        </div>
      </main>
    );
  }
  if (!session) {
    return (
      <main className="auth-page">
        <Loading label="Loading your dashboard…" />
      </main>
    );
  }

  return (
    <SessionContext.Provider value={session}>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <div className="app-shell">
        <aside className="sidebar">
          <NavLink to="/app" className="brand">
            <BrandMark /> Assay
          </NavLink>
          <nav className="nav" aria-label="Main">
            {NAV.map((group) => (
              <div key={group.section} className="nav">
                <div className="nav-section">{group.section}</div>
                {group.links
                  .filter((link) => !link.scope || session.can(link.scope))
                  .map((link) => (
                    <NavLink key={link.to} to={link.to} end={link.end}>
                      {link.label}
                    </NavLink>
                  ))}
              </div>
            ))}
          </nav>
          <div className="sidebar-footer">
            <div className="who">{session.me.user.name}</div>
            <div>
              {session.me.org.name} · {session.me.user.role}
            </div>
            <button type="button" className="small" onClick={logout}>
              Sign out
            </button>
          </div>
        </aside>
        <main id="main" className="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </SessionContext.Provider>
  );
}
