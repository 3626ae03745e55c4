/**
 * Whether an attempt that asked for full screen was in it when this browser
 * last saw it: `in`, `out`, or null when this browser never started it (e.g.
 * it was started from the CLI). The test page keeps it in localStorage, so
 * that a reload or a new tab (browsers leave full screen on reload) is known
 * to have left full screen. Free of the DOM, so its rule is tested on its own.
 */
export type FullscreenMark = 'in' | 'out';

/**
 * What the test page does when it opens an attempt (first start, reload, new
 * tab): an attempt that was in full screen and is not any more left it (one
 * fullscreen_exit, recorded here once: the mark turns to `out`); an attempt
 * that asked for full screen and is not in it offers to return.
 */
export function fullscreenOnOpen(
  mark: FullscreenMark | null,
  inFullscreen: boolean,
  supported: boolean,
): { record: boolean; prompt: boolean; mark: FullscreenMark | null } {
  if (!supported || mark === null) return { record: false, prompt: false, mark };
  if (inFullscreen) return { record: false, prompt: false, mark: 'in' };
  return { record: mark === 'in', prompt: true, mark: 'out' };
}
