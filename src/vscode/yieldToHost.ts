/**
 * How the extension's long work (the first scan, parsing bodies, the diagnostics pass, the
 * walkthrough's look through every note) shares the extension host: slices of at most
 * `SLICE_BUDGET_MS` of the clock, and between them a yield that lets the host run what waits
 * (I/O callbacks, messages from the renderer, other extensions) and comes back as soon as it can.
 */

/**
 * How long one slice may hold the extension host. The rule is 50 ms a task; a slice stops at the
 * first clock read past its budget, so a note that takes long (a few ms) stays under it.
 */
export const SLICE_BUDGET_MS = 30;

type Resolve = () => void;

/**
 * A yield that waits for nothing but the host's queue: `setImmediate` in a Node extension host
 * (a timer waits at least 1 ms), a `MessageChannel` message in the browser's web worker (nested
 * `setTimeout`s are held to 4 ms apart there), `setTimeout(0)` where neither exists.
 */
export const yieldToHost: () => Promise<void> = (() => {
  if (typeof setImmediate === 'function') return () => new Promise<void>((resolve) => setImmediate(resolve));
  if (typeof MessageChannel === 'function') {
    const waiting: Resolve[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
    return () => new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(undefined);
    });
  }
  return () => new Promise<void>((resolve) => setTimeout(resolve, 0));
})();
