import { useRef, useState } from 'react';
import { ApiError } from '../lib/api';
import type { CandidateEventType, Selection } from '../lib/types';
import type { AnswerSaver } from './answer-saver';
import { candidateApi, isWithdrawn, type CandidateSession } from './candidate-api';
import type { EventQueue } from './event-queue';
import { forgetFullscreen } from './proctoring';
import { useSessionRefresh } from './use-session-refresh';

export type AttemptAction = 'questions' | 'finish';

/**
 * The attempt's life as the test page sees it (decision 0006): its parts as
 * last read (the CLI can hand in a task while the page is open, so the
 * attempt is re-read periodically, on focus and when a call says it changed),
 * handing in the question section, finishing, and leaving the test when it
 * closed (finished page) or the key was revoked (withdrawn page).
 */
export function useAttempt(options: {
  token: string;
  session: CandidateSession;
  queue: EventQueue<CandidateEventType>;
  saver: AnswerSaver<Selection>;
  /** Sends what is still being typed to the queue (keystroke meters). */
  flushTyping: () => void;
  onFinished: (session: CandidateSession | null, timedOut: boolean) => void;
  onWithdrawn: () => void;
}) {
  const latestOptions = useRef(options);
  latestOptions.current = options;
  const { token, queue, saver } = options;
  const [parts, setParts] = useState(options.session.parts);
  const [cases, setCases] = useState(options.session.cases);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ action: AttemptAction; error: unknown } | null>(null);
  const closedRef = useRef(false);
  const finishingRef = useRef(false);
  const refreshing = useRef({ running: false, again: false });

  /** The page leaves the test: stop sending, forget local copies, leave full screen. False when it already did. */
  async function closeDown(): Promise<boolean> {
    if (closedRef.current) return false;
    closedRef.current = true;
    queue.close();
    saver.clear();
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
    forgetFullscreen(options.session.id);
    return true;
  }

  async function end(latest: CandidateSession | null, timedOut: boolean) {
    if (await closeDown()) latestOptions.current.onFinished(latest, timedOut);
  }

  async function withdraw() {
    if (await closeDown()) latestOptions.current.onWithdrawn();
  }

  /** Shows the attempt as the server has it now: its parts, or the finished page once it closed. */
  async function apply(latest: CandidateSession) {
    if (latest.status !== 'started') {
      await end(latest, latest.status === 'expired');
      return;
    }
    setParts(latest.parts);
    setCases(latest.cases);
  }

  /** Re-reads the attempt; a call made while one runs is folded into one more read after it. */
  async function refresh() {
    if (closedRef.current) return;
    if (refreshing.current.running) {
      refreshing.current.again = true;
      return;
    }
    refreshing.current.running = true;
    try {
      do {
        refreshing.current.again = false;
        try {
          const latest = await candidateApi.session(token);
          if (latest && !closedRef.current) await apply(latest);
        } catch (error) {
          if (isWithdrawn(error)) await withdraw();
          // Anything else (offline, a server hiccup): the next refresh tries again.
        }
      } while (refreshing.current.again && !closedRef.current);
    } finally {
      refreshing.current.running = false;
    }
  }
  useSessionRefresh(() => void refresh(), true);

  /** A revoked key shows the withdrawn page; a conflict means the attempt changed meanwhile (re-read it). */
  async function failed(action: AttemptAction, error: unknown) {
    if (isWithdrawn(error)) await withdraw();
    else if (error instanceof ApiError && error.status === 409) await refresh();
    else setFailure({ action, error });
  }

  /** Saves what is pending; false (with the reason shown) when an answer could not be saved and `force` is off. */
  async function saveEverything(action: AttemptAction, force: boolean): Promise<boolean> {
    latestOptions.current.flushTyping();
    const allSaved = await saver.flush();
    await queue.flush();
    if (allSaved || force) return true;
    const what = action === 'questions' ? 'hand them in' : 'finish';
    // An answer held back (over the length limit) needs the candidate, not the connection.
    const held = saver.problem;
    setFailure({
      action,
      error: new Error(held ? `An answer is not saved: ${held}. Shorten it, then ${what} again.` : `Some answers are not saved yet. Check your connection, then ${what} again.`),
    });
    return false;
  }

  /** Hands in the question section; the attempt stays open while a task is, else it completes. */
  async function handInQuestions() {
    setBusy(true);
    setFailure(null);
    try {
      if (!(await saveEverything('questions', false))) return;
      const latest = await candidateApi.handInQuestions(token);
      if (latest.status === 'started') saver.clear();
      await apply(latest);
    } catch (error) {
      await failed('questions', error);
    } finally {
      setBusy(false);
    }
  }

  /** Ends the attempt now (or at the deadline): open parts are handed in as last saved. */
  async function finish(timedOut: boolean) {
    if (closedRef.current || finishingRef.current) return;
    finishingRef.current = true;
    setBusy(true);
    setFailure(null);
    try {
      // At the deadline the server keeps what it has: finish even when an answer is still unsaved.
      if (!(await saveEverything('finish', timedOut))) return;
      const latest = await candidateApi.finish(token);
      await end(latest, timedOut || latest.status === 'expired');
    } catch (error) {
      await failed('finish', error);
    } finally {
      finishingRef.current = false;
      setBusy(false);
    }
  }

  return {
    parts,
    cases,
    busy,
    failure,
    /** True once the page left the test. */
    isClosed: () => closedRef.current,
    refresh,
    handInQuestions,
    finish,
  };
}
