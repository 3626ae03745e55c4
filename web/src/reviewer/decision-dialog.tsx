import { useEffect, useState } from 'react';
import { staffApi } from '../lib/api';
import type { Decision, SessionDetail } from '../lib/types';
import { useResource } from '../lib/use-resource';
import { Alert, ConfirmDialog, ErrorAlert, Loading } from '../components/ui';

/** The tasks of an attempt still waiting for a grade (a decision on them is made before the score is final). */
export function ungradedTasks(session: Pick<SessionDetail, 'cases'>): string[] {
  return session.cases.filter((item) => item.status === 'pending').map((item) => item.title);
}

/**
 * Hire or reject one attempt, after seeing what it causes: a warning when
 * tasks are not graded yet, and the email (if any) the candidate would get —
 * rendered by the server — which the reviewer sends or skips.
 */
export function DecisionDialog(props: {
  sessionId: string;
  decision: Decision | null;
  candidateName: string;
  ungraded: string[];
  onDecided: (result: { session: SessionDetail; emailTo: string | null }) => void;
  onCancel: () => void;
}) {
  const { decision, sessionId } = props;
  const planned = useResource(
    () => (decision ? staffApi.GET('/v1/sessions/{id}/decision-email', { params: { path: { id: sessionId }, query: { decision } } }) : Promise.resolve(null)),
    [decision, sessionId],
  );
  const [sendEmail, setSendEmail] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setSendEmail(true);
    setError(null);
  }, [decision]);

  const email = planned.data?.email ?? null;
  const hired = decision === 'hired';
  const pending = props.ungraded.length > 0;

  async function confirm() {
    if (!decision) return;
    setBusy(true);
    setError(null);
    try {
      const result = await staffApi.POST('/v1/sessions/{id}/decision', {
        params: { path: { id: sessionId } },
        body: { decision, sendEmail: sendEmail && email !== null },
      });
      props.onDecided({ session: result.session, emailTo: result.email?.to ?? null });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      open={decision !== null}
      title={hired ? `Mark ${props.candidateName} as hired?` : `Reject ${props.candidateName}?`}
      confirmLabel={`${hired ? 'Mark as hired' : 'Reject candidate'}${pending ? ' anyway' : ''}`}
      danger={!hired}
      busy={busy || planned.loading}
      onConfirm={confirm}
      onCancel={props.onCancel}
    >
      <div className="stack" style={{ gap: 12 }} data-testid="decision-dialog">
        <p>The decision is recorded on this result and shown to everyone reviewing it.</p>
        {pending && (
          <Alert kind="warning" title="Not fully graded">
            {props.ungraded.length === 1 ? 'This task has' : `These ${props.ungraded.length} tasks have`} no grade yet, so the score is not final:{' '}
            {props.ungraded.join(', ')}.
          </Alert>
        )}
        <ErrorAlert error={planned.error} />
        {planned.loading && !planned.data ? (
          <Loading label="Checking what the candidate would be sent…" />
        ) : email ? (
          <div className="stack" style={{ gap: 8 }}>
            <label className="checkbox">
              <input type="checkbox" checked={sendEmail} onChange={(e) => setSendEmail(e.target.checked)} />
              Send this email to {email.to}
            </label>
            <p className="small muted">{planned.data?.reason}</p>
            {sendEmail && (
              <div data-testid="decision-email">
                <strong>{email.subject}</strong>
                <pre className="block" style={{ whiteSpace: 'pre-wrap', maxHeight: 240, overflow: 'auto', background: 'var(--surface-muted)', color: 'var(--text)' }}>
                  {email.text}
                </pre>
              </div>
            )}
          </div>
        ) : (
          planned.data && (
            <p className="small" data-testid="decision-no-email">
              No email goes to the candidate. {planned.data.reason}
            </p>
          )
        )}
        <ErrorAlert error={error} />
      </div>
    </ConfirmDialog>
  );
}
