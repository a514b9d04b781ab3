// The one polling helper of the project's tests and runners: the integration suite
// (test/integration/lib/helpers.ts), the e2e checks (test/e2e/) and the scripts that wait for a
// server all wait with these two functions, each with a deadline. Plain CommonJS with JSDoc
// types, so that Node runs it as is and TypeScript (allowJs) type-checks the callers.
'use strict';

/**
 * Polls `check` until it returns a value other than `undefined` or `false`, and returns that
 * value. A `check` that throws is polled again; at the deadline the error names `what` and the
 * last error thrown (so a check can throw a message saying what it saw). An error with
 * `fatal: true` stops the polling at once.
 * @template T
 * @param {string} what
 * @param {() => T | undefined | false | Promise<T | undefined | false>} check
 * @param {number} [timeoutMs]
 * @param {number} [intervalMs]
 * @returns {Promise<T>}
 */
async function waitFor(what, check, timeoutMs = 10_000, intervalMs = 50) {
  const deadline = Date.now() + timeoutMs;
  /** @type {unknown} */
  let lastError;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      if (error && /** @type {{ fatal?: boolean }} */ (error).fatal) throw error;
      lastError = error;
    }
    if (Date.now() > deadline) {
      const reason = lastError === undefined ? '' : `: ${lastError instanceof Error ? lastError.message : String(lastError)}`;
      throw Object.assign(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${reason}`), { timedOut: true });
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Settles like `promise`, or rejects (with `timedOut: true` on the error) when it has not
 * settled within `timeoutMs`.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} timeoutMs
 * @param {string} what
 * @returns {Promise<T>}
 */
function within(promise, timeoutMs, what) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  /** @type {Promise<never>} */
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`${what} did not happen within ${timeoutMs} ms`), { timedOut: true })), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

module.exports = { waitFor, within };
