import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../lib/api';
import { formatClock, formatTime } from '../lib/format';
import { Alert, ConfirmDialog, ErrorAlert } from '../components/ui';
import { BrandMark } from '../home-page';
import { AnswerSaver, type SaveStatus } from './answer-saver';
import type { CandidateEventType, CandidateQuestion, Selection } from '../lib/types';
import { candidateApi, type CandidateAssessment, type CandidateSession } from './candidate-api';
import { EventQueue } from './event-queue';
import { KeystrokeMeter, enterFullscreen, useProctoring } from './proctoring';

function isAnswered(value: Selection | undefined): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

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

function SaveIndicator({ status, lastSavedAt, pendingEvents }: { status: SaveStatus; lastSavedAt: Date | null; pendingEvents: number }) {
  const offline = typeof navigator !== 'undefined' && !navigator.onLine;
  let text: string;
  let kind = '';
  if (status === 'saving') text = 'Saving…';
  else if (status === 'retrying') {
    text = offline ? 'Offline: answers will save when you reconnect' : 'Not saved yet, retrying…';
    kind = 'error';
  } else if (status === 'error') {
    text = 'An answer could not be saved';
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

function QuestionBody(props: {
  question: CandidateQuestion;
  index: number;
  value: Selection | undefined;
  onChange: (value: Selection, debounceMs?: number) => void;
  meter: KeystrokeMeter | null;
}) {
  const { question, value } = props;
  const headingId = `question-${question.id}-text`;
  return (
    <section aria-labelledby={headingId} className="card" data-testid="question">
      <p className="small muted" style={{ marginBottom: 8 }}>
        Question {props.index + 1} · {question.category} · {question.points} {question.points === 1 ? 'point' : 'points'}
      </p>
      <h2 id={headingId} className="question-text">
        {question.text}
      </h2>
      {question.type === 'text' ? (
        <div className="field">
          <label htmlFor={`answer-${question.id}`}>Your answer</label>
          <textarea
            id={`answer-${question.id}`}
            rows={6}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => props.onChange(e.target.value)}
            onKeyDown={(e) => props.meter?.keydown(e.key)}
            onBlur={() => props.meter?.flush()}
          />
        </div>
      ) : (
        <fieldset className="choice-list">
          <legend className="visually-hidden">{question.type === 'single' ? 'Choose one answer' : 'Choose every correct answer'}</legend>
          <p className="small muted" style={{ margin: '0 0 4px' }} aria-hidden="true">
            {question.type === 'single' ? 'Choose one answer.' : 'Choose every correct answer.'}
          </p>
          {question.options.map((option, optionIndex) => {
            const checked =
              question.type === 'single' ? value === optionIndex : Array.isArray(value) && value.includes(optionIndex);
            return (
              <label key={optionIndex} className="choice">
                <input
                  type={question.type === 'single' ? 'radio' : 'checkbox'}
                  name={`q-${question.id}`}
                  checked={checked}
                  onChange={() => {
                    if (question.type === 'single') props.onChange(optionIndex, 0);
                    else {
                      const current = Array.isArray(value) ? value : [];
                      const next = current.includes(optionIndex) ? current.filter((i) => i !== optionIndex) : [...current, optionIndex];
                      props.onChange(next.sort((a, b) => a - b), 0);
                    }
                  }}
                />
                <span>{option}</span>
              </label>
            );
          })}
        </fieldset>
      )}
    </section>
  );
}

export function TestRunner(props: {
  token: string;
  assessment: CandidateAssessment;
  session: CandidateSession;
  onFinished: (session: CandidateSession | null, timedOut: boolean) => void;
}) {
  const { token, session, assessment } = props;
  const questions = session.questions;

  const queue = useMemo(
    () =>
      new EventQueue<CandidateEventType>({
        storageKey: `assay.events.${session.id}`,
        send: (events, options) => candidateApi.sendEvents(token, events, options.keepalive),
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
  const saver = useMemo(
    () =>
      new AnswerSaver<Selection>({
        storageKey: `assay.answers.${session.id}`,
        storage: window.localStorage,
        save: async (questionId, value) => {
          try {
            await candidateApi.saveAnswer(token, questionId, value, timeOn(questionId));
            return 'saved';
          } catch (error) {
            if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429) return 'rejected';
            return 'retry';
          }
        },
        onStatus: (status, savedAt) => {
          setSaveStatus(status);
          setLastSavedAt(savedAt);
        },
      }),
    [token, session.id],
  );
  const [answers, setAnswers] = useState<Record<string, Selection>>(() => ({ ...session.answers, ...saver.unsaved() }));
  const [current, setCurrent] = useState(() => {
    const firstOpen = questions.findIndex((q) => !isAnswered(session.answers[q.id]));
    return firstOpen >= 0 ? firstOpen : 0;
  });
  const [timerHidden, setTimerHidden] = useState(false);
  const [announce, setAnnounce] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const finishedRef = useRef(false);
  const question = questions[current];

  // Close the previous visit and open one on the question now shown.
  useEffect(() => {
    const questionId = question?.id ?? null;
    visit.current = { questionId, since: Date.now() };
    return () => {
      if (questionId) timeSpent.current.set(questionId, (timeSpent.current.get(questionId) ?? 0) + Date.now() - visit.current.since);
    };
  }, [question?.id]);

  const proctoring = useProctoring(queue, !finishedRef.current, question?.id ?? null);

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
      if (!finishedRef.current && (saveStatus === 'saving' || saveStatus === 'retrying')) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [saveStatus]);

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

  const remaining = useCountdown(session.deadlineAt, session.clockSkewMs);

  const finish = useCallback(
    async (timedOut: boolean) => {
      if (finishedRef.current) return;
      setSubmitting(true);
      setSubmitError(null);
      for (const meter of meters.current.values()) meter.flush();
      const allSaved = await saver.flush();
      await queue.flush();
      if (!allSaved && !timedOut) {
        setSubmitting(false);
        setSubmitError(new Error('Some answers are not saved yet. Check your connection, then submit again.'));
        return;
      }
      try {
        const submitted = await candidateApi.submit(token);
        finishedRef.current = true;
        queue.close();
        saver.clear();
        if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
        props.onFinished(submitted, timedOut);
      } catch (caught) {
        // Already submitted or closed at the deadline: the server has the result.
        if (caught instanceof ApiError && (caught.status === 409 || caught.status === 410)) {
          finishedRef.current = true;
          queue.close();
          saver.clear();
          if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
          props.onFinished(await candidateApi.session(token).catch(() => null), timedOut);
          return;
        }
        setSubmitError(caught);
      } finally {
        setSubmitting(false);
        setConfirming(false);
      }
    },
    [queue, saver, token, props],
  );

  // The deadline submits what was saved.
  useEffect(() => {
    if (remaining === 0 && !finishedRef.current) void finish(true);
  }, [remaining, finish]);

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

  return (
    <>
      <div className="take-status" role="region" aria-label="Test status">
        <span className="brand">
          <BrandMark /> <span className="wrap-anywhere">{assessment.title}</span>
        </span>
        <div className="row" style={{ gap: 12 }}>
          <SaveIndicator status={saveStatus} lastSavedAt={lastSavedAt} pendingEvents={pendingEvents} />
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

      {proctoring.leftFullscreen && (
        <div style={{ marginBottom: 16 }}>
          <Alert kind="warning" title="You left full screen">
            <p style={{ margin: '4px 0 8px' }}>This has been recorded. Please return to full screen to continue.</p>
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

      {question ? (
        <QuestionBody
          key={question.id}
          question={question}
          index={current}
          value={answers[question.id]}
          meter={meterFor(question)}
          onChange={(value, debounceMs) => setAnswer(question.id, value, debounceMs)}
        />
      ) : (
        <Alert kind="info">This assessment has no questions in the browser. Submit when your hands-on tasks are done.</Alert>
      )}

      <div className="row between" style={{ marginTop: 20 }}>
        <div className="row">
          <button type="button" onClick={() => go(current - 1)} disabled={current === 0}>
            Previous
          </button>
          <button type="button" onClick={() => go(current + 1)} disabled={current >= questions.length - 1}>
            Next
          </button>
        </div>
        <button type="button" className="primary" onClick={() => setConfirming(true)} disabled={submitting}>
          Submit test
        </button>
      </div>
      <p className="small muted" style={{ marginTop: 16 }}>
        {answeredCount} of {questions.length} answered.
      </p>
      <details className="small muted">
        <summary>Accessibility options</summary>
        <label className="checkbox" style={{ marginTop: 8 }}>
          <input type="checkbox" checked={announce} onChange={(e) => setAnnounce(e.target.checked)} />
          Announce when 10, 5 and 1 minutes are left
        </label>
      </details>
      <ErrorAlert error={submitError} title="Your test was not submitted" />

      <ConfirmDialog
        open={confirming}
        title="Submit your test?"
        confirmLabel={submitting ? 'Submitting…' : 'Submit test'}
        cancelLabel="Keep working"
        busy={submitting}
        onConfirm={() => void finish(false)}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {unanswered === 0
            ? 'You have answered every question.'
            : `${unanswered} ${unanswered === 1 ? 'question is' : 'questions are'} not answered yet.`}{' '}
          You cannot change your answers after submitting.
        </p>
      </ConfirmDialog>
    </>
  );
}
