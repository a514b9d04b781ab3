/**
 * Entry of the integration suite for VS Code's web worker extension host (vscode.dev, github.dev,
 * a browser VS Code): `node scripts/test-integration.js --web` bundles it for the browser and
 * runs it in code-server's web worker host, where the extension runs from its `browser` entry.
 * A web worker has no Node: mocha's browser build, no `node:*` modules, `workspace.fs` only.
 */
import 'mocha/mocha';
import { defineWebSuite } from './web.test';

/** Printed around the mocha run, as the Node suite does (scripts/test-integration.js reads them). */
const SUITE_BEGIN = '[1:1 Journal integration suite: begin]';
const SUITE_END = '[1:1 Journal integration suite: end]';
/** The runner shows only lines with this prefix (no environment to pass it in a web worker). */
const TAG = '[suite] ';

interface BrowserMocha {
  setup(options: Record<string, unknown>): void;
  run(done: (failures: number) => void): void;
}

export function run(): Promise<void> {
  const mocha = (globalThis as unknown as { mocha: BrowserMocha; Mocha: { reporters: { Base: { consoleLog: (...args: unknown[]) => void } } } });
  const base = mocha.Mocha.reporters.Base;
  const consoleLog = base.consoleLog;
  const print = (...args: unknown[]): void => consoleLog.call(console, TAG + args.map(String).join(' '));
  base.consoleLog = print;
  mocha.mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000, slow: 5_000 });
  defineWebSuite();
  print(SUITE_BEGIN);
  return new Promise((resolve, reject) => {
    mocha.mocha.run((failures) => {
      print(SUITE_END);
      base.consoleLog = consoleLog;
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed in the web worker`));
      else resolve();
    });
  });
}
