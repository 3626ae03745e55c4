import { useEffect, useRef, useState } from 'react';
import type { CandidateEventType } from '../lib/types';
import type { EventQueue } from './event-queue';

/**
 * Browser signals of the test page, recorded as events: leaving full screen,
 * copy/cut and paste, and the page losing focus (another tab or window).
 */
export function useProctoring(queue: EventQueue<CandidateEventType> | null, active: boolean, currentQuestionId: string | null) {
  const [fullscreen, setFullscreen] = useState(() => typeof document !== 'undefined' && Boolean(document.fullscreenElement));
  const [leftFullscreen, setLeftFullscreen] = useState(false);
  const questionRef = useRef(currentQuestionId);
  questionRef.current = currentQuestionId;

  useEffect(() => {
    if (!queue || !active) return;
    const context = () => (questionRef.current ? { questionId: questionRef.current } : {});
    let away = false;

    const onFullscreenChange = () => {
      const isFull = Boolean(document.fullscreenElement);
      setFullscreen(isFull);
      if (!isFull) {
        queue.push('fullscreen_exit', context());
        setLeftFullscreen(true);
      } else {
        setLeftFullscreen(false);
      }
    };
    const onCopy = () => queue.push('copy', context());
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
  }, [queue, active]);

  return { fullscreen, leftFullscreen, dismissFullscreenNotice: () => setLeftFullscreen(false) };
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
