import { useEffect, useState, type FormEvent } from 'react';
import { staffApi } from '../lib/api';
import type { Decision, DecisionEmailTemplate, RenderedDecisionEmail } from '../lib/types';
import { useResource } from '../lib/use-resource';
import { formatDateTime } from '../lib/format';
import { Alert, Card, ErrorAlert, Loading, PageHeader, SelectField, TextAreaField, TextField, fieldError, useToast } from '../components/ui';
import { useCandidateNames } from './results-page';
import { SettingsTabs } from './settings-tabs';
import { pageTitle, useSession } from './session';

const TITLES: Record<Decision, string> = { hired: 'Hired', rejected: 'Rejected' };

/** The text of a decision's email as it will read, for one result's candidate, rendered by the server. */
function EmailPreview({ email }: { email: RenderedDecisionEmail & { to: string | null } }) {
  return (
    <div className="stack" style={{ gap: 8 }} data-testid="decision-email-preview">
      <dl className="kv">
        <dt>To</dt>
        <dd>{email.to ?? <span className="muted">No address known: nothing would be sent</span>}</dd>
        <dt>Subject</dt>
        <dd>{email.subject}</dd>
      </dl>
      <pre className="block" style={{ whiteSpace: 'pre-wrap', background: 'var(--surface-muted)', color: 'var(--text)' }}>
        {email.text}
      </pre>
    </div>
  );
}

/** One decision's email: on or off, subject and body, saved on its own; previewed for a chosen result. */
function TemplateEditor(props: {
  template: DecisionEmailTemplate;
  canEdit: boolean;
  sessionId: string;
  onSaved: (template: DecisionEmailTemplate) => void;
}) {
  const { template } = props;
  const toast = useToast();
  const [draft, setDraft] = useState({ enabled: template.enabled, subject: template.subject, body: template.body });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<(RenderedDecisionEmail & { to: string | null }) | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const title = TITLES[template.decision];
  const dirty = draft.enabled !== template.enabled || draft.subject !== template.subject || draft.body !== template.body;

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = await staffApi.PUT('/v1/decision-emails/{decision}', { params: { path: { decision: template.decision } }, body: draft });
      props.onSaved(saved.template);
      toast(`${title} email saved${saved.template.enabled ? '' : ' (off)'}`);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function showPreview() {
    setPreviewError(null);
    try {
      const rendered = await staffApi.POST('/v1/decision-emails/preview', {
        body: { sessionId: props.sessionId, subject: draft.subject, body: draft.body },
      });
      setPreview(rendered.email);
    } catch (caught) {
      setPreview(null);
      setPreviewError(caught);
    }
  }

  return (
    <Card title={`${title} email`}>
      <form className="stack" onSubmit={save} aria-label={`${title} email`}>
        <ErrorAlert error={error} />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.enabled}
            disabled={!props.canEdit}
            onChange={(e) => setDraft((d) => ({ ...d, enabled: e.target.checked }))}
          />
          Offer this email when a reviewer marks a candidate {template.decision}
        </label>
        <TextField
          label="Subject"
          value={draft.subject}
          readOnly={!props.canEdit}
          maxLength={200}
          onChange={(e) => setDraft((d) => ({ ...d, subject: e.target.value }))}
          error={fieldError(error, 'subject')}
        />
        <TextAreaField
          label="Message"
          rows={9}
          value={draft.body}
          readOnly={!props.canEdit}
          maxLength={10_000}
          hint="Plain text; a blank line starts a new paragraph."
          onChange={(e) => setDraft((d) => ({ ...d, body: e.target.value }))}
          error={fieldError(error, 'body')}
        />
        <div className="row between">
          <span className="small muted">
            {template.customized && template.updatedAt
              ? `Saved ${formatDateTime(template.updatedAt)}${template.updatedBy ? ` by ${template.updatedBy}` : ''}`
              : 'The built-in text; not saved yet.'}
          </span>
          <div className="row">
            <button type="button" onClick={showPreview} disabled={!props.sessionId}>
              Preview
            </button>
            {props.canEdit && (
              <button type="submit" className="primary" disabled={busy || !dirty}>
                Save
              </button>
            )}
          </div>
        </div>
        <ErrorAlert error={previewError} />
        {preview && <EmailPreview email={preview} />}
      </form>
    </Card>
  );
}

/** Settings → Decision emails: what a candidate is sent when marked hired or rejected. */
export function DecisionEmailsPage() {
  const { can } = useSession();
  const templates = useResource(() => staffApi.GET('/v1/decision-emails'), []);
  const results = useResource(() => staffApi.GET('/results', { params: { query: { limit: 20 } } }).catch(() => ({ data: [] })), []);
  const names = useCandidateNames();
  const [sessionId, setSessionId] = useState('');
  useEffect(() => {
    document.title = pageTitle('Decision emails');
  }, []);
  const recent = results.data?.data ?? [];
  useEffect(() => {
    if (!sessionId && recent[0]) setSessionId(recent[0].id);
  }, [recent, sessionId]);

  const resultOptions = recent.map((item) => {
    const row = names.data?.get(item.id);
    return { value: item.id, label: `${row?.candidateName ?? row?.candidateEmail ?? 'Unnamed candidate'} · ${row?.assessmentTitle ?? item.exam_id}` };
  });
  const data = templates.data;

  return (
    <>
      <PageHeader
        title="Decision emails"
        description="What a candidate is sent when a reviewer marks them hired or rejected. Off until you turn them on; reviewers see the email and can skip it for each decision."
      />
      <SettingsTabs />
      <ErrorAlert error={templates.error} />
      {!data ? (
        <Loading />
      ) : (
        <div className="stack" style={{ gap: 24 }}>
          <Card title="Placeholders">
            <p className="small muted">Write these in a subject or message; each candidate&apos;s email has them filled in.</p>
            <dl className="kv">
              {data.placeholders.map((placeholder) => (
                <div key={placeholder.name} style={{ display: 'contents' }}>
                  <dt>
                    <code>{placeholder.token}</code>
                  </dt>
                  <dd>{placeholder.description}</dd>
                </div>
              ))}
            </dl>
            {resultOptions.length > 0 ? (
              <SelectField
                label="Preview for"
                hint="A recent result whose candidate the preview is written to."
                options={resultOptions}
                value={sessionId}
                onChange={(e) => setSessionId(e.target.value)}
              />
            ) : (
              <Alert kind="info">A preview needs a result: it appears once a candidate has finished an assessment.</Alert>
            )}
          </Card>
          <div className="grid-2" style={{ alignItems: 'start' }}>
            {data.templates.map((template) => (
              <TemplateEditor
                key={`${template.decision}-${template.updatedAt ?? 'default'}`}
                template={template}
                canEdit={can('candidates:write')}
                sessionId={sessionId}
                onSaved={(saved) => templates.setData({ ...data, templates: data.templates.map((item) => (item.decision === saved.decision ? saved : item)) })}
              />
            ))}
          </div>
        </div>
      )}
    </>
  );
}
