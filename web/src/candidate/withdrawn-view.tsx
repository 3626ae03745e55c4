import { useEffect, useRef } from 'react';
import type { CandidateAssessment } from './candidate-api';

/** The hiring team revoked the key (410 `invitation_revoked`): the test cannot be taken or continued. */
export function WithdrawnView(props: { assessment: CandidateAssessment | null }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
    document.title = 'Invitation withdrawn · Assay';
  }, []);
  return (
    <div className="card" style={{ maxWidth: 620, margin: '0 auto', textAlign: 'center' }} data-testid="withdrawn">
      <h1 ref={headingRef} tabIndex={-1}>
        This invitation was withdrawn by the hiring team
      </h1>
      {props.assessment && (
        <p className="muted">
          {props.assessment.title} · {props.assessment.role}
        </p>
      )}
      <p>You can no longer take or continue this assessment with this key. If you think this is a mistake, contact the hiring team that invited you.</p>
      <p className="small muted" style={{ marginBottom: 0 }}>
        You can close this window now.
      </p>
    </div>
  );
}
