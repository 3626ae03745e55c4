import { useEffect, useRef, useState } from 'react';
import type { CandidateEventType } from '../lib/types';
import type { EventQueue } from './event-queue';
import { fullscreenOnOpen, type FullscreenMark } from './fullscreen-mark';

/** Where the attempt's full-screen mark is kept (see fullscreen-mark.ts). */
const markKey = (sessionId: string) => `assay.fullscreen.${sessionId}`;

function readMark(sessionId: string): FullscreenMark | null {
  try {
    const value = window.localStorage.getItem(markKey(sessionId));
    return value === 'in' || value === 'out' ? value : null;
  } catch {
    return null;
  }
}

/** Records whether the attempt is in full screen now (called at the start, and on every change). */
export function rememberFullscreen(sessionId: string, inFullscreen: boolean): void {
  try {
    window.localStorage.setItem(markKey(sessionId), inFullscreen ? 'in' : 'out');
  } catch {
    // Storage disabled: a reload then goes unnoticed, as before.
  }
}

/** The attempt is over: nothing more to return to. */
export function forgetFullscreen(sessionId: string): void {
  try {
    window.localStorage.removeItem(markKey(sessionId));
  } catch {
    // Nothing was kept.
  }
}

/**
 * Browser signals of the test page, recorded as events: leaving full screen
 * (also by a reload), copy/cut and paste, and the page losing focus (another
 * tab or window). Copying what the page offers to copy (the CLI commands,
 * marked data-assay-copy) is not the candidate's copying and is not recorded.
 */
export function useProctoring(queue: EventQueue<CandidateEventType> | null, active: boolean, currentQuestionId: string | null, sessionId: string) {
  const [fullscreen, setFullscreen] = useState(() => typeof document !== 'undefined' && Boolean(document.fullscreenElement));
  // 'left': the candidate (or a reload) left full screen; 'not_in': the attempt asked for it and is not in it.
  const [fullscreenPrompt, setFullscreenPrompt] = useState<'left' | 'not_in' | null>(null);
  const questionRef = useRef(currentQuestionId);
  questionRef.current = currentQuestionId;

  useEffect(() => {
    if (!queue || !active) return;
    const context = () => (questionRef.current ? { questionId: questionRef.current } : {});
    let away = false;

    const opened = fullscreenOnOpen(readMark(sessionId), Boolean(document.fullscreenElement), document.fullscreenEnabled);
    if (opened.mark) rememberFullscreen(sessionId, opened.mark === 'in');
    if (opened.record) queue.push('fullscreen_exit', { ...context(), reason: 'reload' });
    // A re-run of this effect (same page) keeps the prompt it shows.
    setFullscreenPrompt((current) => current ?? (opened.record ? 'left' : opened.prompt ? 'not_in' : null));

    const onFullscreenChange = () => {
      const isFull = Boolean(document.fullscreenElement);
      setFullscreen(isFull);
      // The page leaving full screen as the attempt ends is not the candidate's doing.
      if (queue.isClosed) return;
      rememberFullscreen(sessionId, isFull);
      if (!isFull) {
        queue.push('fullscreen_exit', context());
        setFullscreenPrompt('left');
      } else {
        setFullscreenPrompt(null);
      }
    };
    const offered = (event: Event) => event.target instanceof Element && event.target.closest('[data-assay-copy]') !== null;
    const onCopy = (event: Event) => {
      if (!offered(event)) queue.push('copy', context());
    };
    const onPaste = () => queue.push('paste', context());
    const onAway = () => {
      if (away) return;
      away = true;
      queue.push('focus_lost', context());
    };
    const onBack = () => {
      away = false;
    };
    const onVisibility = () => (document.visibilityState === 'hidden' ? onAway() : onBack());

    document.addEventListener('fullscreenchange', onFullscreenChange);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    document.addEventListener('paste', onPaste);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('blur', onAway);
    window.addEventListener('focus', onBack);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCopy);
      document.removeEventListener('paste', onPaste);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('blur', onAway);
      window.removeEventListener('focus', onBack);
    };
  }, [queue, active, sessionId]);

  return { fullscreen, fullscreenPrompt, dismissFullscreenNotice: () => setFullscreenPrompt(null) };
}

/** Asks for full screen; resolves false when the browser refuses or cannot. */
export async function enterFullscreen(): Promise<boolean> {
  if (!document.fullscreenEnabled || document.fullscreenElement) return Boolean(document.fullscreenElement);
  try {
    await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Typing rhythm of a free-text answer: key presses and the time spent typing
 * (pauses longer than PAUSE_MS are not typing), sent as one `keystrokes`
 * event per burst.
 */
const PAUSE_MS = 3_000;

export class KeystrokeMeter {
  private count = 0;
  private durationMs = 0;
  private last = 0;

  constructor(
    private readonly queue: EventQueue<CandidateEventType>,
    private readonly questionId: string,
  ) {}

  keydown(key: string, at = Date.now()): void {
    // Only keys that change text: characters, Backspace, Delete, Enter.
    if (key.length !== 1 && key !== 'Backspace' && key !== 'Delete' && key !== 'Enter') return;
    if (this.last && at - this.last < PAUSE_MS) this.durationMs += at - this.last;
    this.last = at;
    this.count += 1;
  }

  flush(): void {
    if (this.count === 0) return;
    this.queue.push('keystrokes', { questionId: this.questionId, count: this.count, durationMs: Math.round(this.durationMs) });
    this.count = 0;
    this.durationMs = 0;
    this.last = 0;
  }
}
