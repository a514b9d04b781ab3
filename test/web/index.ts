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

/** Prefix of the suite's console lines, which the runner picks out of the workbench's console. */
const TAG = '[suite] ';
export const SUITE_BEGIN = '[1:1 Journal integration suite: begin]';
export const SUITE_END = '[1:1 Journal integration suite: end]';

interface ReporterBase {
  consoleLog: (...args: unknown[]) => void;
}

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
    // Settle on the runner's `end` event: the browser build's run() callback is not reliable in a worker.
    const failures = await new Promise<number>((resolve) => {
      const runner = mocha.run();
      runner.on('end', () => resolve(runner.failures));
    });
    print(SUITE_END);
    if (failures > 0) throw new Error(`${failures} web test(s) failed`);
  } finally {
    base.consoleLog = consoleLog;
  }
}
