/**
 * Entry of the web suite: the extension in code-server's *web worker* extension host (its
 * `browser` bundle, dist/web/extension.js), run by `node scripts/test-integration.js --web`.
 * The runner forces the extension there with the user setting
 * `"remote.extensionKind": { "one-on-one-journal.one-on-one-journal": ["web"] }`; the suite sits
 * inside the extension's folder, so VS Code runs it in the same host. A web worker has no Node:
 * no `fs`, no `process`, no dynamic `require` — esbuild bundles everything but `vscode` into this
 * one file, and the tests go through `vscode.workspace.fs` only.
 */
import './setup';
import './web.test';
import * as vscode from 'vscode';
import { formatResult, RESULT_FILE, type SuiteResult } from '../../scripts/lib/suiteResult';

/** Prefix of the suite's console lines, which the runner picks out of the workbench's console. */
const TAG = '[suite] ';
export const SUITE_BEGIN = '[1:1 Journal integration suite: begin]';
export const SUITE_END = '[1:1 Journal integration suite: end]';

interface ReporterBase {
  consoleLog: (...args: unknown[]) => void;
}

/**
 * The structured result (scripts/lib/suiteResult.js): a JSON file in the workspace folder, which
 * the runner polls, and one console line. VS Code does not report the end of a run in the web
 * worker host, forwards only some of its console lines, and nothing of this suite runs after
 * mocha's `end` there — so it is written from the root suite's last hook, while mocha still runs.
 */
async function report(result: SuiteResult): Promise<void> {
  console.log(formatResult(result));
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (folder) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, RESULT_FILE), new TextEncoder().encode(JSON.stringify(result)));
}

/** Passed, failed and pending tests under a suite, and its hooks that failed, read from mocha's tree. */
function tally(suite: Mocha.Suite, into = { passes: 0, failures: 0, pending: 0 }): typeof into {
  for (const test of suite.tests) {
    if (test.isPending()) into.pending++;
    else if (test.state === 'passed') into.passes++;
    else if (test.state === 'failed') into.failures++;
  }
  const hooks = suite as unknown as Record<'_beforeAll' | '_beforeEach' | '_afterEach' | '_afterAll', Mocha.Hook[] | undefined>;
  for (const key of ['_beforeAll', '_beforeEach', '_afterEach', '_afterAll'] as const) {
    for (const hook of hooks[key] ?? []) if (hook.state === 'failed') into.failures++;
  }
  for (const child of suite.suites) tally(child, into);
  return into;
}

// The root suite's last hook: every test has run (a failure in this hook is the runner's timeout).
// Counted from mocha's tree of tests: the runner's events do not reach listeners of this bundle
// in the worker.
after(async function () {
  const counts = tally(this.test!.parent!);
  await report({ ...counts, tests: counts.passes + counts.failures });
});

export async function run(): Promise<void> {
  const base = (globalThis as unknown as { Mocha: { reporters: { Base: ReporterBase } } }).Mocha.reporters.Base;
  const consoleLog = base.consoleLog;
  const print = (...args: unknown[]): void => console.log(TAG + args.map(String).join(' '));
  base.consoleLog = (format: unknown, ...args: unknown[]) => {
    let i = 0;
    print(String(format ?? '').replace(/%[sdj]/g, () => String(args[i++])), ...args.slice(i));
  };
  try {
    print(SUITE_BEGIN);
    // Settle on the runner's `end` event: the browser build's run() callback is not reliable in a
    // worker (nor is this event: the root `after` hook above reports the result).
    const failures = await new Promise<number>((resolve) => {
      const runner = mocha.run();
      runner.on('end', () => resolve(runner.failures));
    });
    print(SUITE_END);
    if (failures > 0) throw new Error(`${failures} web test(s) failed`);
  } catch (error) {
    if (!(error instanceof Error && /web test\(s\) failed$/.test(error.message))) {
      await report({ tests: 0, passes: 0, failures: 0, pending: 0, error: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
    throw error;
  } finally {
    base.consoleLog = consoleLog;
  }
}
