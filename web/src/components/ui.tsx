import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { ApiError, errorMessage } from '../lib/api';

export function PageHeader(props: { title: string; description?: ReactNode; actions?: ReactNode; breadcrumb?: ReactNode }) {
  return (
    <header className="page-header">
      <div>
        {props.breadcrumb && <nav aria-label="Breadcrumb" className="breadcrumb">{props.breadcrumb}</nav>}
        <h1>{props.title}</h1>
        {props.description && <p>{props.description}</p>}
      </div>
      {props.actions && <div className="actions">{props.actions}</div>}
    </header>
  );
}

export function Card(props: { title?: ReactNode; actions?: ReactNode; children: ReactNode; className?: string; headingLevel?: 2 | 3 }) {
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section className={`card ${props.className ?? ''}`}>
      {(props.title || props.actions) && (
        <div className="card-header">
          {props.title ? <Heading>{props.title}</Heading> : <span />}
          {props.actions && <div className="row">{props.actions}</div>}
        </div>
      )}
      {props.children}
    </section>
  );
}

export function Alert(props: { kind?: 'error' | 'success' | 'warning' | 'info'; title?: string; children?: ReactNode }) {
  const kind = props.kind ?? 'info';
  return (
    <div className={`alert ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {props.title && <strong>{props.title}</strong>}
      {props.children}
    </div>
  );
}

export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  const issues = error instanceof ApiError ? error.fieldIssues : [];
  return (
    <Alert kind="error" title={title}>
      {errorMessage(error)}
      {issues.length > 1 && (
        <ul>
          {issues.map((issue) => (
            <li key={issue.field + issue.message}>
              <code>{issue.field}</code> {issue.message}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

export function Badge(props: { kind?: 'success' | 'warning' | 'danger' | 'info' | 'primary' | 'neutral'; children: ReactNode }) {
  return <span className={`badge ${props.kind ?? ''}`}>{props.children}</span>;
}

const STATUS_KIND: Record<string, 'success' | 'warning' | 'danger' | 'info' | 'primary' | 'neutral'> = {
  pending: 'neutral',
  started: 'info',
  in_progress: 'info',
  completed: 'primary',
  passed: 'success',
  pass: 'success',
  low_pass: 'warning',
  failed: 'danger',
  fail: 'danger',
  expired: 'warning',
  hired: 'success',
  rejected: 'danger',
  revoked: 'danger',
  active: 'success',
  disabled: 'danger',
  dead: 'danger',
  succeeded: 'success',
  success: 'success',
  delivered: 'success',
  queued: 'neutral',
  sent: 'success',
  retrying: 'warning',
};

export function StatusBadge({ status }: { status: string | null | undefined }) {
  if (!status) return <Badge>—</Badge>;
  const key = status.toLowerCase();
  return <Badge kind={STATUS_KIND[key] ?? 'neutral'}>{key.replace(/_/g, ' ')}</Badge>;
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function EmptyState(props: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty">
      <h3>{props.title}</h3>
      {props.children && <p>{props.children}</p>}
      {props.action}
    </div>
  );
}

export function Stat(props: { label: string; value: ReactNode; hint?: ReactNode; testId?: string }) {
  return (
    <div className="stat" data-testid={props.testId}>
      <div className="label">{props.label}</div>
      <div className="value">{props.value}</div>
      {props.hint && <div className="hint">{props.hint}</div>}
    </div>
  );
}

// ---------------------------------------------------------------- form fields

interface FieldFrameProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  className?: string;
}

function FieldFrame(props: FieldFrameProps & { id: string; children: ReactNode }) {
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
      {props.hint && (
        <span className="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      )}
      {props.error && (
        <span className="error" id={`${props.id}-error`}>
          {props.error}
        </span>
      )}
    </div>
  );
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function TextField(props: FieldFrameProps & InputHTMLAttributes<HTMLInputElement>) {
  const { label, hint, error, className, id: givenId, ...input } = props;
  const autoId = useId();
  const id = givenId ?? autoId;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <input
        id={id}
        type="text"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </FieldFrame>
  );
}

export function TextAreaField(props: FieldFrameProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { label, hint, error, className, id: givenId, ...input } = props;
  const autoId = useId();
  const id = givenId ?? autoId;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <textarea id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...input} />
    </FieldFrame>
  );
}

export function SelectField(
  props: FieldFrameProps & SelectHTMLAttributes<HTMLSelectElement> & { options: Array<{ value: string; label: string }> },
) {
  const { label, hint, error, className, id: givenId, options, ...select } = props;
  const autoId = useId();
  const id = givenId ?? autoId;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A set of checkboxes for choosing several of a fixed list of values (scopes, event types). */
export function CheckboxGroup<V extends string>(props: {
  legend: string;
  options: readonly V[];
  selected: readonly V[];
  onChange: (selected: V[]) => void;
  /** For a form's errors: the group's id and its problem. */
  id?: string;
  error?: string | null;
}) {
  const toggle = (value: V) =>
    props.onChange(props.selected.includes(value) ? props.selected.filter((item) => item !== value) : [...props.selected, value]);
  const errorId = props.id && props.error ? `${props.id}-error` : undefined;
  return (
    <fieldset id={props.id} tabIndex={props.id ? -1 : undefined} aria-describedby={errorId}>
      <legend>{props.legend}</legend>
      {props.error && (
        <span className="field-error" id={errorId}>
          {props.error}
        </span>
      )}
      <div className="grid-2">
        {props.options.map((value) => (
          <label key={value} className="checkbox">
            <input type="checkbox" checked={props.selected.includes(value)} onChange={() => toggle(value)} />
            <code>{value}</code>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The message for one field from an API validation error, if it named that field. */
export function fieldError(error: unknown, field: string): string | null {
  if (!(error instanceof ApiError)) return null;
  const issue = error.fieldIssues.find((i) => i.field === field || i.field.startsWith(`${field}.`));
  return issue ? issue.message : null;
}

// ---------------------------------------------------------------- dialog

/**
 * A modal confirmation built on the native <dialog> element, which traps focus,
 * closes on Escape and restores focus to the opener.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
      <div className="row end">
        <button type="button" onClick={props.onCancel} disabled={props.busy}>
          {props.cancelLabel ?? 'Cancel'}
        </button>
        <button type="button" className={props.danger ? 'danger' : 'primary'} onClick={props.onConfirm} disabled={props.busy}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

// ---------------------------------------------------------------- toasts

interface Toast {
  id: number;
  message: string;
  kind: 'info' | 'error';
}

const ToastContext = createContext<(message: string, kind?: 'info' | 'error') => void>(() => {});

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const counter = useRef(0);
  const push = useCallback((message: string, kind: 'info' | 'error' = 'info') => {
    counter.current += 1;
    const id = counter.current;
    setToasts((current) => [...current, { id, message, kind }]);
    window.setTimeout(() => setToasts((current) => current.filter((t) => t.id !== id)), 4000);
  }, []);
  return (
    <ToastContext.Provider value={push}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast ${toast.kind}`}>
            {toast.message}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast() {
  return useContext(ToastContext);
}

// ---------------------------------------------------------------- small controls

export function CopyButton(props: { text: string; label?: string; copiedLabel?: string; className?: string; ariaLabel?: string }) {
  const [copied, setCopied] = useState(false);
  const toast = useToast();
  async function copy() {
    try {
      await navigator.clipboard.writeText(props.text);
    } catch {
      // Clipboard API unavailable (insecure origin): fall back to a hidden textarea.
      const area = document.createElement('textarea');
      area.value = props.text;
      area.setAttribute('readonly', '');
      // The test page does not count this copy as the candidate's (see proctoring.ts).
      area.setAttribute('data-assay-copy', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    setCopied(true);
    toast('Copied to clipboard');
    window.setTimeout(() => setCopied(false), 1500);
  }
  return (
    <button type="button" className={props.className ?? 'small'} onClick={copy} aria-label={props.ariaLabel}>
      {copied ? (props.copiedLabel ?? 'Copied') : (props.label ?? 'Copy')}
    </button>
  );
}

export function SortHeader<K extends string>(props: {
  label: string;
  column: K;
  sort: { column: K; direction: 'asc' | 'desc' };
  onSort: (column: K) => void;
  className?: string;
}) {
  const active = props.sort.column === props.column;
  const ariaSort = active ? (props.sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th aria-sort={ariaSort} className={props.className} scope="col">
      <button type="button" className="sort" onClick={() => props.onSort(props.column)}>
        {props.label}
        <span aria-hidden="true">{active ? (props.sort.direction === 'asc' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>
  );
}

export function Pagination(props: {
  summary: ReactNode;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  busy?: boolean;
}) {
  return (
    <nav className="pagination" aria-label="Pagination">
      <span className="muted small">{props.summary}</span>
      <div className="row">
        <button type="button" className="small" onClick={props.onPrevious} disabled={!props.hasPrevious || props.busy}>
          Previous
        </button>
        <button type="button" className="small" onClick={props.onNext} disabled={!props.hasNext || props.busy}>
          Next
        </button>
      </div>
    </nav>
  );
}
