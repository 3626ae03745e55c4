import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../lib/api';
import { ErrorAlert, TextField, fieldError } from '../components/ui';
import { candidateApi, isWithdrawn, type CandidateAssessment, type CandidateSession } from './candidate-api';
import { EMAIL_MAX, NAME_MAX, candidateDetailsBody, candidateDetailsProblems, type CandidateDetail } from './candidate-details';
import { CliSetup, TaskDescription } from './cli-setup';
import { enterFullscreen, rememberFullscreen } from './proctoring';

/** How an attempt is handed in, part by part (decision 0006), in the candidate's words. */
export function handInRules(assessment: Pick<CandidateAssessment, 'questionCount' | 'cases'>): string[] {
  const hasQuestions = assessment.questionCount > 0;
  if (assessment.cases.length === 0) return ['Handing in your answers ends the test; you can hand them in only once per attempt.'];
  return [
    hasQuestions
      ? 'The test has parts, each handed in on its own and final: the questions here with "Hand in questions", each hands-on task from your terminal with "assay submit --case N".'
      : 'Hand in each hands-on task from your terminal with "assay submit --case N"; a task handed in is final.',
    'The test ends when every part is handed in, when you finish, or at the time limit; what is not handed in by then is handed in as last saved, and a task with nothing saved scores 0.',
  ];
}

/** A 400 about the name or email: shown beside those fields instead of above the button. */
function isDetailsError(error: unknown): boolean {
  return error instanceof ApiError && error.status === 400 && error.fieldIssues.some((issue) => issue.field === 'name' || issue.field === 'email');
}

/** The server's rules for this candidate (they always come with the assessment), and how handing in works. */
export function rulesFor(assessment: CandidateAssessment): string[] {
  return [...assessment.rules, ...handInRules(assessment)];
}

export function BriefView(props: {
  token: string;
  assessment: CandidateAssessment;
  onStarted: (session: CandidateSession) => void;
  onWithdrawn: () => void;
}) {
  const { assessment } = props;
  const needed = assessment.detailsNeeded;
  const [agreed, setAgreed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [details, setDetails] = useState({ name: '', email: '' });
  const [problems, setProblems] = useState<Partial<Record<CandidateDetail, string>>>({});
  const fieldsRef = useRef<HTMLFieldSetElement>(null);
  // Bumped by a refused start: once the problems are shown, the first field with one gets the focus.
  const [checked, setChecked] = useState(0);
  useEffect(() => {
    if (checked > 0) fieldsRef.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
  }, [checked]);

  /** What the server said about a field (a 400 naming it), else what the page found. */
  const problemOf = (field: CandidateDetail) => problems[field] ?? fieldError(error, field) ?? undefined;

  async function start() {
    // Checked before anything else, so a wrong field does not first send the page to full screen.
    const found = candidateDetailsProblems(needed, details);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setChecked((count) => count + 1);
      return;
    }
    setBusy(true);
    setError(null);
    // Full screen must be requested inside the click; the test starts either way.
    await enterFullscreen();
    try {
      const session = await candidateApi.start(props.token, candidateDetailsBody(needed, details));
      rememberFullscreen(session.id, Boolean(document.fullscreenElement));
      props.onStarted(session);
    } catch (caught) {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      if (isWithdrawn(caught)) {
        props.onWithdrawn();
        return;
      }
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const noAttemptsLeft = assessment.attemptsLeft === 0;

  return (
    <div className="stack" style={{ gap: 20 }}>
      <div>
        <p className="muted small" style={{ marginBottom: 4 }}>
          {assessment.candidateName ? `Welcome, ${assessment.candidateName} · ` : ''}
          {assessment.role}
        </p>
        <h1>{assessment.title}</h1>
      </div>
      <div className="grid-3">
        <div className="stat">
          <div className="label">Questions</div>
          <div className="value">{assessment.questionCount}</div>
        </div>
        <div className="stat">
          <div className="label">Time limit</div>
          <div className="value">{assessment.timeLimitMinutes ? `${assessment.timeLimitMinutes} min` : 'None'}</div>
        </div>
        <div className="stat">
          <div className="label">Attempts left</div>
          <div className="value">{assessment.attemptsLeft}</div>
        </div>
      </div>
      {assessment.taskBrief && (
        <section className="card">
          <h2>Brief</h2>
          <p style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{assessment.taskBrief}</p>
          {assessment.repoUrl && (
            <p style={{ marginTop: 12, marginBottom: 0 }}>
              Repository: <a href={assessment.repoUrl}>{assessment.repoUrl}</a>
            </p>
          )}
        </section>
      )}
      {assessment.cases.length > 0 && (
        <section className="card" data-testid="hands-on-brief">
          <h2>Hands-on tasks</h2>
          <p className="muted">These are done in your own terminal with the assay command-line tool and graded by the hiring team.</p>
          <CliSetup commandLine={assessment.commandLine} />
          <ol style={{ margin: 0 }}>
            {assessment.cases.map((item) => (
              <li key={item.id}>
                <strong>{item.title}</strong>
                <TaskDescription text={item.description} />
              </li>
            ))}
          </ol>

          <p className="muted small" style={{ marginBottom: 0 }} data-testid="deliverable-limit">
            Each task is handed in as the diff of your work, up to {assessment.limits.deliverableCharacters.toLocaleString('en-US')} characters: leave
            build output and dependencies out of it (in .gitignore).
          </p>
        </section>
      )}
      {needed.length > 0 && (
        <section className="card" aria-labelledby="details-heading">
          <h2 id="details-heading">About you</h2>
          <p className="muted">
            Your key does not say who you are. The hiring team sees your results under this name
            {needed.includes('email') ? ' and contacts you at this address' : assessment.candidateEmail ? ` (your invitation went to ${assessment.candidateEmail})` : ''}.
          </p>
          <fieldset ref={fieldsRef} className="form-grid" style={{ border: 0, padding: 0, margin: 0 }} data-testid="candidate-details">
            <legend className="visually-hidden">Your name{needed.includes('email') ? ' and email' : ''}</legend>
            {needed.includes('name') && (
              <TextField
                label="Your full name"
                autoComplete="name"
                maxLength={NAME_MAX}
                required
                value={details.name}
                error={problemOf('name')}
                onChange={(e) => setDetails((current) => ({ ...current, name: e.target.value }))}
              />
            )}
            {needed.includes('email') && (
              <TextField
                label="Your email"
                type="email"
                autoComplete="email"
                maxLength={EMAIL_MAX}
                required
                value={details.email}
                error={problemOf('email')}
                onChange={(e) => setDetails((current) => ({ ...current, email: e.target.value }))}
              />
            )}
          </fieldset>
        </section>
      )}
      <section className="card">
        <h2>Rules</h2>
        <ul className="rules">
          {rulesFor(assessment).map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
        <label className="checkbox" style={{ marginTop: 16 }}>
          <input type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} />
          I have read the rules and I am ready to start
        </label>
      </section>
      <ErrorAlert error={isDetailsError(error) ? null : error} title="The test could not start" />
      <div className="row">
        <button type="button" className="primary" onClick={start} disabled={!agreed || busy || noAttemptsLeft}>
          {busy ? 'Starting…' : 'Start the test'}
        </button>
        {noAttemptsLeft && <span className="muted">You have no attempts left for this assessment.</span>}
      </div>
    </div>
  );
}
