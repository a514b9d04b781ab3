// What every runner shares: the repository's folders, the pinned date, logging, running a
// command and reading a log's tail. No process management, no network.
'use strict';

const childProcess = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const CACHE_DIR = path.join(ROOT, '.vscode-test');
const TOOLS_DIR = path.join(CACHE_DIR, 'tools');

/**
 * The date the sample journal is written for ("as of Friday 2026-11-20", sample-journal/README.md).
 * The test runners pin the extension host's clock to it through ONEONONE_TODAY so that the views,
 * the expectations and the screenshot do not depend on the day the tests run.
 */
const SAMPLE_TODAY = '2026-11-20';

function pinnedToday() {
  return process.env.ONEONONE_TODAY || SAMPLE_TODAY;
}

/**
 * The deadline of a test run in ms: ONEONONE_TEST_TIMEOUT seconds, else `defaultSeconds`. A
 * runner starts it once the tools are installed and the code is built, so that it measures the
 * suite and not the set-up (a first run on a new machine installs for minutes).
 */
function suiteTimeoutMs(defaultSeconds) {
  const seconds = Number(process.env.ONEONONE_TEST_TIMEOUT || defaultSeconds);
  if (!(seconds > 0)) throw new Error(`ONEONONE_TEST_TIMEOUT must be a number of seconds, not "${process.env.ONEONONE_TEST_TIMEOUT}"`);
  return seconds * 1000;
}

function log(message) {
  process.stderr.write(`[real-vscode] ${message}\n`);
}

function formatDuration(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Runs a command to completion; throws when it fails. */
function run(command, args, options = {}) {
  const result = childProcess.spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` failed with exit code ${result.status}${result.signal ? ` (signal ${result.signal})` : ''}`);
  }
}

function readTail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

module.exports = { ROOT, CACHE_DIR, TOOLS_DIR, SAMPLE_TODAY, pinnedToday, suiteTimeoutMs, log, formatDuration, run, readTail };
