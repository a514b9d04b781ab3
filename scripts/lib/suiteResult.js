// The structured end of a test run inside VS Code: when mocha's runner ends or the suite crashes,
// the suite entry (test/integration/index.ts, test/web/index.ts) writes its counts as JSON to
// RESULT_FILE in the workspace folder (through vscode.workspace.fs, so it works in the web worker
// host too) and prints them as ONE line `1:1 Journal suite result: {json}`.
// scripts/test-integration.js ends the run on whichever it sees first — never on mocha's human
// summary ("N passing"), whose wording a reporter may change and which the web worker host
// forwards only in part (lines it does not forward: the file still arrives). Plain CommonJS
// with JSDoc types: Node runs it as is, and TypeScript (allowJs) bundles it into the suites.
'use strict';

// No leading bracket: the web worker host's console forwarding drops `[…]` prefixes.
const RESULT_MARKER = '1:1 Journal suite result: ';
/** The file, in the workspace folder under test, the suite writes its result to. */
const RESULT_FILE = '.oneonone-suite-result.json';

/**
 * @typedef {object} SuiteResult
 * @property {number} tests    tests that ran
 * @property {number} passes
 * @property {number} failures
 * @property {number} pending
 * @property {string} [error]  why the suite crashed (failed to load, run() threw), when it did
 */

/**
 * The result line a suite prints.
 * @param {SuiteResult} result
 * @returns {string}
 */
function formatResult(result) {
  return RESULT_MARKER + JSON.stringify(result);
}

/**
 * The result in a log line, wherever the marker sits in it (the web worker's console prefixes
 * its lines); undefined when the line holds none or the JSON after the marker is not a result.
 * @param {string} line
 * @returns {SuiteResult | undefined}
 */
function parseResult(line) {
  const at = line.indexOf(RESULT_MARKER);
  if (at < 0) return undefined;
  const json = line.slice(at + RESULT_MARKER.length).trim();
  return readResult(json.slice(0, json.lastIndexOf('}') + 1));
}

/**
 * The result in RESULT_FILE's text; undefined when it is not one (a file still being written).
 * @param {string} json
 * @returns {SuiteResult | undefined}
 */
function readResult(json) {
  /** @type {unknown} */
  let value;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const r = /** @type {Record<string, unknown>} */ (value);
  const counts = ['tests', 'passes', 'failures', 'pending'];
  if (!counts.every((key) => Number.isInteger(r[key]) && /** @type {number} */ (r[key]) >= 0)) return undefined;
  if (r.error !== undefined && typeof r.error !== 'string') return undefined;
  return /** @type {SuiteResult} */ (r);
}

/**
 * The exit code of a run with this result: 0 only when it did not crash, nothing failed and at
 * least one test ran (a suite whose grep matched nothing is a mistake, not a pass).
 * @param {SuiteResult} result
 * @returns {0 | 1}
 */
function exitCodeOf(result) {
  return result.error === undefined && result.failures === 0 && result.tests > 0 ? 0 : 1;
}

/** What the workbench logs when an extension host dies under the suite. */
const HOST_CRASH = /Extension host \([^)]*\) terminated unexpectedly|Extension host terminated unexpectedly|extension host .*crashed/i;

/**
 * Whether a workbench log line says the extension host running the suite died.
 * @param {string} line
 * @returns {boolean}
 */
function isHostCrash(line) {
  return HOST_CRASH.test(line);
}

module.exports = { RESULT_MARKER, RESULT_FILE, formatResult, parseResult, readResult, exitCodeOf, isHostCrash };
