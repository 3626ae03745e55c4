import { useEffect, useRef } from 'react';
import { formatPercent } from '../lib/format';
import type { CandidateAssessment, CandidateSession } from './candidate-api';

export function FinishedView(props: {
  assessment: CandidateAssessment;
  session: CandidateSession | null;
  timedOut: boolean;
  onRetake?: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
    document.title = 'Assessment submitted · Assay';
  }, []);
  const result = props.session?.result ?? null;
  const pending = result?.scoreStatus === 'PENDING';

  return (
    <div className="card" style={{ maxWidth: 620, margin: '0 auto', textAlign: 'center' }} data-testid="finished">
      <h1 ref={headingRef} tabIndex={-1}>
        {props.timedOut ? 'Time is up: your answers were submitted' : 'Thank you, your answers were submitted'}
      </h1>
      <p className="muted">
        {props.assessment.title} · {props.assessment.role}
      </p>
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
          {pending
            ? 'Your hands-on tasks will be graded by the hiring team. They will be in touch with the outcome.'
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
