import { useEffect, useRef } from 'react';
import { formatPercent } from '../lib/format';
import type { CandidateAssessment, CandidateSession } from './candidate-api';
import { isHandedIn, notHandedIn } from './attempt-parts';
import { PartsList } from './parts-list';

/** The attempt is closed: what was handed in and what was not, and the result when the assessment shows it. */
export function FinishedView(props: {
  assessment: CandidateAssessment;
  session: CandidateSession | null;
  timedOut: boolean;
  onRetake?: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
    document.title = 'Assessment finished · Assay';
  }, []);
  const session = props.session;
  const parts = session?.parts ?? [];
  const cases = session?.cases ?? [];
  const result = session?.result ?? null;
  const pending = result?.scoreStatus === 'PENDING';
  const hasTasks = parts.some((part) => part.kind === 'case');
  const tasksHandedIn = parts.filter((part) => part.kind === 'case' && isHandedIn(part)).length;

  let heading: string;
  if (props.timedOut) heading = 'Time is up: your test has ended';
  else if (!hasTasks) heading = 'Thank you, your answers were handed in';
  else if (notHandedIn(parts).length === 0) heading = 'Thank you, everything was handed in';
  else heading = 'Thank you, your test is finished';

  return (
    <div className="card" style={{ maxWidth: 620, margin: '0 auto', textAlign: 'center' }} data-testid="finished">
      <h1 ref={headingRef} tabIndex={-1}>
        {heading}
      </h1>
      <p className="muted">
        {props.assessment.title} · {props.assessment.role}
      </p>
      {hasTasks && (
        <section aria-labelledby="finished-parts-heading" style={{ textAlign: 'left', margin: '20px 0' }}>
          <h2 id="finished-parts-heading">What was handed in</h2>
          <PartsList parts={parts} cases={cases} closed label="Parts of the test and whether each was handed in" />
        </section>
      )}
      {result && result.percentage !== null && !pending ? (
        <div className="stack" style={{ alignItems: 'center', margin: '24px 0' }}>
          <div className="score-ring" aria-label={`Your score: ${formatPercent(result.percentage)}`}>
            {formatPercent(result.percentage)}
          </div>
          {result.passed !== null && (
            <p style={{ fontWeight: 600, margin: 0 }}>
              {result.passed ? 'You passed this assessment.' : 'You did not reach the pass mark this time.'}
            </p>
          )}
          {result.message && <p style={{ margin: 0 }}>{result.message}</p>}
          {result.correctAnswers !== null && result.totalQuestions ? (
            <p className="muted" style={{ margin: 0 }}>
              {result.correctAnswers} of {result.totalQuestions} questions correct
            </p>
          ) : null}
        </div>
      ) : (
        <p>
          {pending && tasksHandedIn > 0
            ? `The ${tasksHandedIn === 1 ? 'task' : 'tasks'} you handed in will be graded by the hiring team. They will be in touch with the outcome.`
            : 'The hiring team will review your result and be in touch with the next steps.'}
        </p>
      )}
      {props.onRetake ? (
        <button type="button" className="primary" onClick={props.onRetake}>
          Start another attempt
        </button>
      ) : (
        <p className="small muted" style={{ marginBottom: 0 }}>
          You can close this window now.
        </p>
      )}
    </div>
  );
}
