import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../lib/api';
import { formatClock, formatTime } from '../lib/format';
import { Alert, ErrorAlert } from '../components/ui';
import { BrandMark } from '../home-page';
import { AnswerSaver, answerLengthProblem, type SaveStatus } from './answer-saver';
import type { CandidateEventType, CandidateQuestion, Selection } from '../lib/types';
import { candidateApi, type CandidateAssessment, type CandidateSession } from './candidate-api';
import { EventQueue } from './event-queue';
import { KeystrokeMeter, enterFullscreen, useProctoring } from './proctoring';
import { isHandedIn, notHandedIn, partLabel, questionSection } from './attempt-parts';
import { FinishDialog, HandInQuestionsDialog } from './hand-in-dialogs';
import { CliSetup } from './cli-setup';
import { PartsList } from './parts-list';
import { QuestionBody, isAnswered } from './question-body';
import { useAttempt, type AttemptAction } from './use-attempt';

/** Spoken warnings, only when the candidate asks for them. */
const WARN_AT_MINUTES = [10, 5, 1];

function useCountdown(deadlineAt: string | null, skewMs: number) {
  const deadline = deadlineAt ? Date.parse(deadlineAt) : null;
  const [now, setNow] = useState(() => Date.now() + skewMs);
  useEffect(() => {
    if (deadline === null) return;
    const timer = window.setInterval(() => setNow(Date.now() + skewMs), 1000);
    return () => window.clearInterval(timer);
  }, [deadline, skewMs]);
  return deadline === null ? null : Math.max(0, deadline - now);
}

function SaveIndicator({ status, lastSavedAt, pendingEvents, problem }: { status: SaveStatus; lastSavedAt: Date | null; pendingEvents: number; problem: string | null }) {
  const offline = typeof navigator !== 'undefined' && !navigator.onLine;
  let text: string;
  let kind = '';
  if (status === 'saving') text = 'Saving…';
  else if (status === 'retrying') {
    text = offline ? 'Offline: answers will save when you reconnect' : 'Not saved yet, retrying…';
    kind = 'error';
  } else if (status === 'error') {
    text = problem ? `Not saved: ${problem}` : 'An answer could not be saved';
    kind = 'error';
  } else if (status === 'saved') {
    text = `All answers saved${lastSavedAt ? ` at ${formatTime(lastSavedAt.toISOString())}` : ''}`;
    kind = 'saved';
  } else text = 'Answers save automatically';
  return (
    <span className={`save-state ${kind}`} role="status" data-testid="save-state" data-status={status} data-pending-events={pendingEvents}>
      <span aria-hidden="true">{kind === 'saved' ? '✓' : kind === 'error' ? '!' : '•'}</span>
      {text}
    </span>
  );
}

export function TestRunner(props: {
  token: string;
  assessment: CandidateAssessment;
  session: CandidateSession;
  onFinished: (session: CandidateSession | null, timedOut: boolean) => void;
  /** The hiring team revoked the key while the test was open. */
  onWithdrawn: () => void;
}) {
  const { token, session, assessment } = props;
  const questions = session.questions;
  // Set below: the queue and the saver, built first, ask through it when a call says the attempt changed.
  const refreshRef = useRef<() => void>(() => undefined);

  const queue = useMemo(
    () =>
      new EventQueue<CandidateEventType>({
        storageKey: `assay.events.${session.id}`,
        send: async (events, options) => {
          const outcome = await candidateApi.sendEvents(token, events, options.keepalive);
          // Refused as closed (409/410): the attempt ended elsewhere or the key was revoked; find out which.
          if (outcome === 'closed') refreshRef.current();
          return outcome;
        },
      }),
    [token, session.id],
  );
  const [pendingEvents, setPendingEvents] = useState(queue.pending);
  // Time on each question: what the server already has plus the current visit.
  const timeSpent = useRef(new Map<string, number>(Object.entries(session.timeSpentMs)));
  const visit = useRef<{ questionId: string | null; since: number }>({ questionId: null, since: Date.now() });
  const timeOn = (questionId: string) =>
    (timeSpent.current.get(questionId) ?? 0) + (visit.current.questionId === questionId ? Date.now() - visit.current.since : 0);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('idle');
  const [lastSavedAt, setLastSavedAt] = useState<Date | null>(null);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const answerLimit = assessment.limits.answerCharacters;
  const saver = useMemo(
    () =>
      new AnswerSaver<Selection>({
        storageKey: `assay.answers.${session.id}`,
        storage: window.localStorage,
        problemOf: (_questionId, value) => answerLengthProblem(value, answerLimit),
        save: async (questionId, value) => {
          try {
            await candidateApi.saveAnswer(token, questionId, value, timeOn(questionId));
            return 'saved';
          } catch (error) {
            if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429) {
              // 409: the questions were handed in or the attempt closed elsewhere; 410: the key was revoked.
              if (error.status === 409 || error.status === 410) refreshRef.current();
              return { rejected: error.fieldIssues[0]?.message ?? error.message };
            }
            return 'retry';
          }
        },
        onStatus: (status, savedAt, problem) => {
          setSaveStatus(status);
          setLastSavedAt(savedAt);
          setSaveProblem(problem);
        },
      }),
    [token, session.id, answerLimit],
  );
  const [answers, setAnswers] = useState<Record<string, Selection>>(() => ({ ...session.answers, ...saver.unsaved() }));
  const [current, setCurrent] = useState(() => {
    const firstOpen = questions.findIndex((q) => !isAnswered(session.answers[q.id]));
    return firstOpen >= 0 ? firstOpen : 0;
  });
  const [timerHidden, setTimerHidden] = useState(false);
  const [announce, setAnnounce] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [confirming, setConfirming] = useState<AttemptAction | null>(null);
  const question = questions[current];

  // One keystroke meter per free-text question.
  const meters = useRef(new Map<string, KeystrokeMeter>());
  const meterFor = (q: CandidateQuestion) => {
    if (q.type !== 'text') return null;
    let meter = meters.current.get(q.id);
    if (!meter) {
      meter = new KeystrokeMeter(queue, q.id);
      meters.current.set(q.id, meter);
    }
    return meter;
  };

  const attempt = useAttempt({
    token,
    session,
    queue,
    saver,
    flushTyping: () => {
      for (const meter of meters.current.values()) meter.flush();
    },
    onFinished: props.onFinished,
    onWithdrawn: props.onWithdrawn,
  });
  refreshRef.current = () => void attempt.refresh();
  const { parts, cases } = attempt;
  const questionsPart = questionSection(parts);
  // Handed in (here, or from another tab): the answers stay visible but can no longer change.
  const readOnly = isHandedIn(questionsPart);
  const stillOpen = notHandedIn(parts);
  const openTasks = stillOpen.filter((part) => part.kind === 'case');
  const hasTasks = parts.some((part) => part.kind === 'case');

  // Close the previous visit and open one on the question now shown.
  useEffect(() => {
    const questionId = question?.id ?? null;
    visit.current = { questionId, since: Date.now() };
    return () => {
      if (questionId) timeSpent.current.set(questionId, (timeSpent.current.get(questionId) ?? 0) + Date.now() - visit.current.since);
    };
  }, [question?.id]);

  const proctoring = useProctoring(queue, !attempt.isClosed(), question?.id ?? null, session.id);

  // Queue wiring: status callback, retry when the connection returns, flush when the page hides.
  useEffect(() => {
    const unsubscribe = queue.subscribe(setPendingEvents);
    const onOnline = () => {
      void queue.flush();
      saver.retry();
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') void queue.flush({ keepalive: true });
    };
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onHide);
    if (queue.pending) void queue.flush();
    if (Object.keys(saver.unsaved()).length) saver.retry();
    return () => {
      unsubscribe();
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onHide);
      queue.stop();
      saver.dispose();
    };
  }, [queue, saver]);

  // Warn before leaving while something is unsaved.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!attempt.isClosed() && (saveStatus === 'saving' || saveStatus === 'retrying')) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [saveStatus]);

  const remaining = useCountdown(session.deadlineAt, session.clockSkewMs);

  // The deadline ends the attempt: every open part is handed in as last saved.
  const finishRef = useRef(attempt.finish);
  finishRef.current = attempt.finish;
  useEffect(() => {
    if (remaining === 0) void finishRef.current(true);
  }, [remaining]);

  // Optional spoken warnings at 10, 5 and 1 minutes left.
  const warned = useRef(new Set<number>());
  useEffect(() => {
    if (remaining === null) return;
    for (const minutes of WARN_AT_MINUTES) {
      if (remaining <= minutes * 60_000 && !warned.current.has(minutes)) {
        warned.current.add(minutes);
        if (announce) setAnnouncement(`${minutes} ${minutes === 1 ? 'minute' : 'minutes'} left.`);
      }
    }
  }, [remaining, announce]);

  function setAnswer(questionId: string, value: Selection, debounceMs?: number) {
    if (readOnly) return;
    setAnswers((currentAnswers) => ({ ...currentAnswers, [questionId]: value }));
    saver.set(questionId, value, debounceMs);
  }

  function go(index: number) {
    if (question) meters.current.get(question.id)?.flush();
    setCurrent(Math.max(0, Math.min(questions.length - 1, index)));
    window.scrollTo({ top: 0 });
  }

  const answeredCount = questions.filter((q) => isAnswered(answers[q.id])).length;
  const unanswered = questions.length - answeredCount;
  const low = remaining !== null && remaining < 5 * 60_000;
  const canHandInQuestions = questionsPart !== undefined && !readOnly;

  return (
    <>
      <div className="take-status" role="region" aria-label="Test status">
        <span className="brand">
          <BrandMark /> <span className="wrap-anywhere">{assessment.title}</span>
        </span>
        <div className="row" style={{ gap: 12 }}>
          <SaveIndicator status={saveStatus} lastSavedAt={lastSavedAt} pendingEvents={pendingEvents} problem={saveProblem} />
          {remaining !== null && (
            <>
              {!timerHidden && (
                <span className={`countdown ${low ? 'low' : ''}`} role="timer" aria-label="Time left" data-testid="countdown">
                  {formatClock(remaining)}
                </span>
              )}
              <button type="button" className="small" aria-pressed={timerHidden} onClick={() => setTimerHidden((h) => !h)}>
                {timerHidden ? 'Show timer' : 'Hide timer'}
              </button>
            </>
          )}
        </div>
      </div>
      <div aria-live="polite" className="visually-hidden">
        {announcement}
      </div>

      {proctoring.fullscreenPrompt && (
        <div style={{ marginBottom: 16 }} data-testid="fullscreen-prompt">
          <Alert kind="warning" title={proctoring.fullscreenPrompt === 'left' ? 'You left full screen' : 'The test is not in full screen'}>
            <p style={{ margin: '4px 0 8px' }}>
              {proctoring.fullscreenPrompt === 'left'
                ? 'This has been recorded (reloading the page also leaves full screen). Please return to full screen to continue.'
                : 'This test is taken in full screen. Please return to full screen to continue.'}
            </p>
            <button
              type="button"
              className="small"
              onClick={async () => {
                if (await enterFullscreen()) proctoring.dismissFullscreenNotice();
              }}
            >
              Return to full screen
            </button>
          </Alert>
        </div>
      )}

      {readOnly && (
        <div style={{ marginBottom: 16 }} data-testid="questions-handed-in">
          <Alert kind="success" title="Your answers were handed in">
            <p style={{ margin: '4px 0 0' }}>
              They can no longer be changed.{' '}
              {openTasks.length > 0 ? (
                `Still open: ${openTasks.map((part) => partLabel(part, cases)).join(', ')}. Hand in each task from your terminal as shown below, or finish the test now.`
              ) : (
                'Finish the test when you are done.'
              )}
            </p>
          </Alert>
        </div>
      )}

      {hasTasks && (
        <section className="card parts-card" aria-labelledby="parts-heading" style={{ marginBottom: 16 }}>
          <h2 id="parts-heading">Parts of this test</h2>
          {openTasks.length > 0 && <CliSetup commandLine={assessment.commandLine} compact />}
          <PartsList parts={parts} cases={cases} closed={false} label="Parts of this test and whether each is handed in" />
        </section>
      )}

      {questions.length > 0 && (
        <nav aria-label="Questions" className="question-nav">
          {questions.map((q, index) => {
            const answered = isAnswered(answers[q.id]);
            return (
              <button
                key={q.id}
                type="button"
                className={answered ? 'answered' : ''}
                aria-current={index === current ? 'step' : undefined}
                aria-label={`Question ${index + 1}${answered ? ', answered' : ', not answered'}`}
                onClick={() => go(index)}
              >
                {index + 1}
              </button>
            );
          })}
        </nav>
      )}

      {question ? (
        <QuestionBody
          key={question.id}
          question={question}
          index={current}
          value={answers[question.id]}
          meter={readOnly ? null : meterFor(question)}
          readOnly={readOnly}
          maxLength={answerLimit}
          onChange={(value, debounceMs) => setAnswer(question.id, value, debounceMs)}
        />
      ) : (
        <Alert kind="info">
          This assessment has no questions in the browser. Hand in each task from your terminal with <code>assay submit --case N</code>, and finish
          the test here when you are done.
        </Alert>
      )}

      <div className="row between" style={{ marginTop: 20 }}>
        {questions.length > 0 ? (
          <div className="row">
            <button type="button" onClick={() => go(current - 1)} disabled={current === 0}>
              Previous
            </button>
            <button type="button" onClick={() => go(current + 1)} disabled={current >= questions.length - 1}>
              Next
            </button>
          </div>
        ) : (
          <span />
        )}
        {canHandInQuestions ? (
          <button type="button" className="primary" onClick={() => setConfirming('questions')} disabled={attempt.busy}>
            Hand in questions
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => setConfirming('finish')} disabled={attempt.busy}>
            Finish
          </button>
        )}
      </div>
      {questions.length > 0 && (
        <p className="small muted" style={{ marginTop: 16 }}>
          {answeredCount} of {questions.length} answered{readOnly ? ', handed in' : ''}.
        </p>
      )}
      <details className="small muted">
        <summary>Accessibility options</summary>
        <label className="checkbox" style={{ marginTop: 8 }}>
          <input type="checkbox" checked={announce} onChange={(e) => setAnnounce(e.target.checked)} />
          Announce when 10, 5 and 1 minutes are left
        </label>
      </details>
      <ErrorAlert
        error={attempt.failure?.error}
        title={attempt.failure?.action === 'questions' ? 'Your answers were not handed in' : 'The test was not finished'}
      />

      <HandInQuestionsDialog
        open={confirming === 'questions'}
        busy={attempt.busy}
        unanswered={unanswered}
        openTasks={openTasks}
        cases={cases}
        onConfirm={() => void attempt.handInQuestions().finally(() => setConfirming(null))}
        onCancel={() => setConfirming(null)}
      />
      <FinishDialog
        open={confirming === 'finish'}
        busy={attempt.busy}
        notHandedIn={stillOpen}
        cases={cases}
        onConfirm={() => void attempt.finish(false).finally(() => setConfirming(null))}
        onCancel={() => setConfirming(null)}
      />
    </>
  );
}
