import { useEffect, useRef } from 'react';

/** How often an open test page re-reads its attempt (a task can be handed in from the CLI meanwhile). */
export const REFRESH_INTERVAL_MS = 20_000;

/**
 * Calls `refresh` every `intervalMs` and whenever the page comes back into
 * view or focus, while `active`. Light on purpose: one GET of the attempt.
 */
export function useSessionRefresh(refresh: () => void, active: boolean, intervalMs = REFRESH_INTERVAL_MS): void {
  const latest = useRef(refresh);
  latest.current = refresh;
  useEffect(() => {
    if (!active) return;
    const run = () => latest.current();
    const onVisible = () => {
      if (document.visibilityState === 'visible') run();
    };
    const timer = window.setInterval(run, intervalMs);
    window.addEventListener('focus', run);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', run);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [active, intervalMs]);
}
