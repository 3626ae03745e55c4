import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage } from '../lib/api';
import { Alert, ErrorAlert, Loading, TextField } from '../components/ui';
import { BrandMark } from '../home-page';
import { candidateApi, isOpen, isWithdrawn, type CandidateAssessment, type CandidateSession } from './candidate-api';
import { BriefView } from './brief-view';
import { TestRunner } from './test-runner';
import { FinishedView } from './finished-view';
import { WithdrawnView } from './withdrawn-view';

const STORE = 'assay.take';

interface StoredTake {
  key: string;
  token: string;
}

function readStored(): StoredTake | null {
  try {
    const raw = window.sessionStorage.getItem(STORE);
    return raw ? (JSON.parse(raw) as StoredTake) : null;
  } catch {
    return null;
  }
}

function writeStored(value: StoredTake | null): void {
  try {
    if (value) window.sessionStorage.setItem(STORE, JSON.stringify(value));
    else window.sessionStorage.removeItem(STORE);
  } catch {
    // sessionStorage disabled: the candidate re-enters the key after a reload.
  }
}

const KEY_PATTERN = /^PST-[A-Z0-9]{4}-[A-Z0-9]{4}$/;

export function normalizeKey(input: string): string {
  const compact = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const body = compact.startsWith('PST') ? compact.slice(3) : compact;
  return body.length === 8 ? `PST-${body.slice(0, 4)}-${body.slice(4)}` : input.trim().toUpperCase();
}

/** Why a key was refused, in the candidate's words. */
function redeemMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401 || error.status === 404) return 'This key is not valid. Check it against your invitation, or ask the hiring team for a new one.';
    if (error.status === 410) return 'This key has expired. Ask the hiring team for a new invitation.';
    if (error.status === 429) return 'Too many attempts. Wait a minute, then try again.';
  }
  return errorMessage(error);
}

type Phase =
  | { name: 'enter' }
  | { name: 'loading' }
  | { name: 'brief'; assessment: CandidateAssessment }
  | { name: 'running'; assessment: CandidateAssessment; session: CandidateSession }
  | { name: 'finished'; assessment: CandidateAssessment; session: CandidateSession | null; timedOut: boolean; canRetake: boolean }
  // The hiring team revoked the key (410 invitation_revoked), before or during the test.
  | { name: 'withdrawn'; assessment: CandidateAssessment | null };

/** The candidate test page: key → brief and rules → questions and tasks, handed in part by part → finished (or withdrawn). */
export function TakePage() {
  const params = useParams();
  const navigate = useNavigate();
  const urlKey = params.key ? normalizeKey(decodeURIComponent(params.key)) : '';
  const [keyInput, setKeyInput] = useState(urlKey);
  const [token, setToken] = useState<string | null>(() => {
    const stored = readStored();
    return stored && (!urlKey || stored.key === urlKey) ? stored.token : null;
  });
  const [phase, setPhase] = useState<Phase>(token || KEY_PATTERN.test(urlKey) ? { name: 'loading' } : { name: 'enter' });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = 'Take your assessment · Assay';
  }, []);

  const load = useCallback(async (currentToken: string) => {
    setPhase({ name: 'loading' });
    setError(null);
    try {
      const { assessment, invitation } = await candidateApi.overview(currentToken);
      // Only ask for the attempt when there is one: before the first start there is nothing to load.
      const session = invitation.sessionId ? await candidateApi.session(currentToken) : null;
      if (!session) setPhase({ name: 'brief', assessment });
      else if (isOpen(session)) setPhase({ name: 'running', assessment, session });
      else
        setPhase({
          name: 'finished',
          assessment,
          session,
          timedOut: session.status === 'expired',
          canRetake: invitation.attemptsLeft > 0 && !invitation.isLocked,
        });
    } catch (caught) {
      if (isWithdrawn(caught)) {
        setPhase({ name: 'withdrawn', assessment: null });
        return;
      }
      if (caught instanceof ApiError && caught.status === 401) {
        writeStored(null);
        setToken(null);
        setPhase({ name: 'enter' });
        setError(new Error('Your session has ended. Enter your key again to continue.'));
        return;
      }
      setError(caught);
      setPhase({ name: 'enter' });
    }
  }, []);

  useEffect(() => {
    if (token) void load(token);
  }, [token, load]);

  // An invitation link carries the key: redeem it right away.
  const autoRedeemed = useRef(false);
  useEffect(() => {
    if (urlKey && !token && !autoRedeemed.current && KEY_PATTERN.test(urlKey)) {
      autoRedeemed.current = true;
      void redeemKey(urlKey);
    }
    // Keyed on the URL key and token only: redeemKey is a new closure on every render, and autoRedeemed makes this run once.
  }, [urlKey, token]);

  async function redeem(event: FormEvent) {
    event.preventDefault();
    await redeemKey(normalizeKey(keyInput));
  }

  async function redeemKey(key: string) {
    if (!KEY_PATTERN.test(key)) {
      setError(new Error('A key looks like PST-ABCD-2345.'));
      return;
    }
    setBusy(true);
    setError(null);
    setPhase({ name: 'loading' });
    try {
      const redeemed = await candidateApi.redeem(key);
      writeStored({ key, token: redeemed.token });
      if (urlKey !== key) navigate(`/take/${key}`, { replace: true });
      setToken(redeemed.token);
    } catch (caught) {
      setError(new Error(redeemMessage(caught)));
      setPhase({ name: 'enter' });
    } finally {
      setBusy(false);
    }
  }

  let body: React.ReactNode;
  if (phase.name === 'loading') body = <Loading label="Loading your assessment…" />;
  else if (phase.name === 'enter')
    body = (
      <div className="card" style={{ maxWidth: 480, margin: '0 auto' }}>
        <h1>Start your assessment</h1>
        <p className="muted">Enter the key from your invitation email. It looks like PST-ABCD-2345.</p>
        <form className="stack" onSubmit={redeem} noValidate>
          <ErrorAlert error={error} />
          <TextField
            label="Assessment key"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            value={keyInput}
            onChange={(e) => setKeyInput(e.target.value)}
            style={{ fontFamily: 'var(--mono)', letterSpacing: '0.05em' }}
          />
          <button type="submit" className="primary" disabled={busy || !keyInput.trim()}>
            {busy ? 'Checking…' : 'Continue'}
          </button>
        </form>
      </div>
    );
  else if (phase.name === 'brief')
    body = (
      <BriefView
        token={token!}
        assessment={phase.assessment}
        // Started: the key now says who is taking the test, so a retake asks nothing.
        onStarted={(session) => setPhase({ name: 'running', assessment: { ...phase.assessment, detailsNeeded: [] }, session })}
        onWithdrawn={() => setPhase({ name: 'withdrawn', assessment: phase.assessment })}
      />
    );
  else if (phase.name === 'running')
    body = (
      <TestRunner
        token={token!}
        assessment={phase.assessment}
        session={phase.session}
        onFinished={(session, timedOut) => setPhase({ name: 'finished', assessment: phase.assessment, session, timedOut, canRetake: false })}
        onWithdrawn={() => setPhase({ name: 'withdrawn', assessment: phase.assessment })}
      />
    );
  else if (phase.name === 'withdrawn') body = <WithdrawnView assessment={phase.assessment} />;
  else
    body = (
      <FinishedView
        assessment={phase.assessment}
        session={phase.session}
        timedOut={phase.timedOut}
        onRetake={phase.canRetake ? () => setPhase({ name: 'brief', assessment: phase.assessment }) : undefined}
      />
    );

  return (
    <div className="take-shell">
      <a href="#take-main" className="skip-link">
        Skip to content
      </a>
      {phase.name !== 'running' && (
        <header className="take-top">
          <Link to="/" className="brand">
            <BrandMark /> Assay
          </Link>
          <span className="small muted">Candidate assessment</span>
        </header>
      )}
      <main id="take-main" className="take-main" tabIndex={-1}>
        {phase.name !== 'enter' && error ? <Alert kind="error">{errorMessage(error)}</Alert> : null}
        {body}
      </main>
    </div>
  );
}
