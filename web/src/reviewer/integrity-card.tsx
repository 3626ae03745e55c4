import { staffApi } from '../lib/api';
import { formatDuration, formatTime, titleCase } from '../lib/format';
import type { SessionDetail, SessionEvent, SessionIntegrity } from '../lib/types';
import { useResource } from '../lib/use-resource';
import { Badge, Card, ErrorAlert, Loading, Stat } from '../components/ui';

/**
 * The integrity card of a result: violations as the server counts them
 * (GET /v1/sessions/:id/integrity), and a timeline with one entry per
 * violation counted, so a card's number always equals its entries on the
 * timeline, and an entry that merged several events says so. The other
 * activity (commands, edits, prompts, test runs) comes from the event list.
 */

const EVENT_LABELS: Record<string, string> = {
  fullscreen_exit: 'Left full screen',
  copy: 'Copied text',
  paste: 'Pasted text',
  focus_lost: 'Switched away from the test',
  keystrokes: 'Typing',
  prompt: 'AI prompt',
  command: 'Ran a command',
  edit: 'Edited a file',
  test_run: 'Ran the tests',
};

const VIOLATIONS = new Set(['fullscreen_exit', 'copy', 'paste', 'focus_lost']);

type Burst = SessionIntegrity['bursts'][number];

interface Entry {
  key: string;
  at: string;
  violation: boolean;
  label: string;
  detail: string;
}

/** A payload field as text ('' when absent or not a string or number). */
function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function describeEvent(event: SessionEvent, questionLabel: (questionId: string) => string): string {
  const p = event.payload ?? {};
  const questionId = text(p.questionId);
  switch (event.type) {
    case 'keystrokes':
      return `${text(p.count) || '0'} keys in ${formatDuration(Number(p.durationMs ?? 0))}${questionId ? ` on ${questionLabel(questionId)}` : ''}`;
    case 'command':
      return `${text(p.command) ? `${text(p.command)} · ` : ''}exit ${text(p.exitCode)}${p.isVerify ? ' · verify' : ''}`;
    case 'test_run':
      return `${text(p.passed)}/${text(p.total)} passing`;
    case 'edit':
      return `${text(p.file) ? `${text(p.file)} · ` : ''}${p.source === 'ai' ? 'by an AI tool' : 'by hand'}`;
    default:
      return questionId ? `during ${questionLabel(questionId)}` : '';
  }
}

/** "3 events within 2 s, counted once · during question 2". */
function describeBurst(burst: Burst, windowSeconds: number, questionLabel: (questionId: string) => string): string {
  const parts: string[] = [];
  if (burst.events > 1) parts.push(`${burst.events} events within ${windowSeconds} s, counted once`);
  if (burst.questionIds.length > 0) parts.push(`during ${burst.questionIds.map(questionLabel).join(', ')}`);
  return parts.join(' · ');
}

/** The card's note under a count: how many events it merged, when it merged any. */
export function mergedHint(count: { events: number; violations: number }, windowSeconds: number, noun: string): string | undefined {
  if (count.events === count.violations) return undefined;
  return `${count.events} ${noun} events, shown as ${count.violations} ${count.violations === 1 ? 'burst' : 'bursts'} (events within ${windowSeconds} s merged)`;
}

export function IntegrityCard(props: {
  session: SessionDetail;
  redFlagThreshold: number | undefined;
  questionLabel: (questionId: string) => string;
}) {
  const { session: s, questionLabel } = props;
  const integrity = useResource(() => staffApi.GET('/v1/sessions/{id}/integrity', { params: { path: { id: s.id } } }), [s.id, s.status]);
  const events = useResource(() => staffApi.GET('/v1/sessions/{id}/events', { params: { path: { id: s.id }, query: { limit: 500 } } }), [s.id, s.status]);
  const card = integrity.data?.integrity;
  const mergeSeconds = card?.mergeWindowSeconds ?? 2;

  // Until the card is read, the counts stored on the session (equal to the card's once the attempt is closed).
  const fullscreen = card?.fullscreenExits.violations ?? s.violationCounts.fullscreen_violations;
  const copyPaste = card?.copyPaste.violations ?? s.violationCounts.copy_paste_violations;
  const focusLost = card?.focusLost.violations ?? s.focusLostCount;
  const totalViolations = card?.totalViolations ?? fullscreen + copyPaste + focusLost;

  const activity: Entry[] = (events.data?.events ?? [])
    .filter((event) => event.type !== 'keystrokes' && !VIOLATIONS.has(event.type))
    .map((event) => ({
      key: event.id,
      at: event.occurredAt,
      violation: false,
      label: EVENT_LABELS[event.type] ?? titleCase(event.type),
      detail: describeEvent(event, questionLabel),
    }));
  const violations: Entry[] = (card?.bursts ?? []).map((burst) => ({
    key: `${burst.type}-${burst.firstAt}`,
    at: burst.firstAt,
    violation: true,
    label: EVENT_LABELS[burst.type] ?? titleCase(burst.type),
    detail: describeBurst(burst, mergeSeconds, questionLabel),
  }));
  const timeline = [...violations, ...activity].sort((a, b) => a.at.localeCompare(b.at));
  const failed = integrity.error ?? events.error;
  const loading = (integrity.loading && !integrity.data) || (events.loading && !events.data);
  const merged = card ? [card.fullscreenExits, card.copyPaste, card.focusLost].some((count) => count.events > count.violations) : false;

  return (
    <Card title="Integrity">
      <div className="grid-4" style={{ marginBottom: 16 }}>
        <Stat testId="stat-fullscreen" label="Full-screen exits" value={fullscreen} hint={card && mergedHint(card.fullscreenExits, mergeSeconds, 'full-screen exit')} />
        <Stat testId="stat-copy-paste" label="Copy/paste" value={copyPaste} hint={card && mergedHint(card.copyPaste, mergeSeconds, 'copy/paste')} />
        <Stat testId="stat-focus" label="Focus lost" value={focusLost} hint={card && mergedHint(card.focusLost, mergeSeconds, 'focus-lost')} />
        <Stat
          testId="stat-red-flag"
          label="Red flag"
          value={s.redFlag ? <Badge kind="danger">Raised</Badge> : <Badge kind="success">None</Badge>}
          hint={props.redFlagThreshold === undefined ? undefined : `${totalViolations} of ${props.redFlagThreshold} violations`}
        />
      </div>
      <h3>Timeline</h3>
      <p className="small muted" data-testid="merge-note">
        Events of one kind less than {mergeSeconds} s after the first of a burst are merged into one entry and count once
        {merged ? '; the entries below that merged several say how many.' : '.'}
      </p>
      {failed ? (
        <ErrorAlert error={failed} />
      ) : loading ? (
        <Loading />
      ) : timeline.length === 0 ? (
        <p className="muted">No proctoring or activity events were recorded.</p>
      ) : (
        <ol className="timeline" data-testid="integrity-timeline">
          <li className="info">
            <strong>Started</strong> <span className="muted small">{formatTime(s.startedAt)}</span>
          </li>
          {timeline.map((entry) => (
            <li key={entry.key} className={entry.violation ? 'violation' : 'info'} data-kind={entry.violation ? 'violation' : 'activity'}>
              <strong>{entry.label}</strong>{' '}
              <span className="muted small">
                {formatTime(entry.at)} {entry.detail && `· ${entry.detail}`}
              </span>
            </li>
          ))}
          {s.completedAt && (
            <li className="info">
              <strong>{s.closedReason === 'deadline' ? 'Closed at the deadline' : s.closedReason === 'revoked' ? 'Ended: key revoked' : 'Submitted'}</strong>{' '}
              <span className="muted small">{formatTime(s.completedAt)}</span>
            </li>
          )}
        </ol>
      )}
    </Card>
  );
}
