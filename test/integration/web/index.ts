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

/** Mocha's reporters print printf-style (`%s`, `%d`); a web worker has no util.format. */
function format(args: unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(String).join(' ');
  const text = first.replace(/%[sdij%]/g, (token) => (token === '%%' ? '%' : rest.length ? String(rest.shift()) : token));
  return [text, ...rest.map(String)].join(' ');
}

export function run(): Promise<void> {
  const mocha = (globalThis as unknown as { mocha: BrowserMocha; Mocha: { reporters: { Base: { consoleLog: (...args: unknown[]) => void }; Spec: unknown } } });
  const base = mocha.Mocha.reporters.Base;
  const consoleLog = base.consoleLog;
  const print = (...args: unknown[]): void => consoleLog.call(console, TAG + format(args));
  base.consoleLog = print;
  // The reporter as a constructor: the browser build's default is its HTML one, which needs a DOM.
  mocha.mocha.setup({ ui: 'bdd', reporter: mocha.Mocha.reporters.Spec, color: false, timeout: 60_000, slow: 5_000 });
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
