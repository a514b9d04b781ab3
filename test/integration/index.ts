/**
 * Entry of the integration suite, in the `@vscode/test-electron` format: VS Code loads this
 * module in the extension host (as `extensionTestsPath`) and awaits `run()`, which runs Mocha
 * over every `*.test.js` next to it and rejects when a test fails.
 *
 * The same compiled suite (out/test/integration/) runs under code-server + Chromium
 * (`npm run test:integration`, offline) and under `@vscode/test-electron`
 * (`npm run test:electron`, downloads VS Code).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import { formatResult, type SuiteResult } from '../../scripts/lib/suiteResult';

export const SUITE_BEGIN = '[1:1 Journal integration suite: begin]';
export const SUITE_END = '[1:1 Journal integration suite: end]';

/** Where mocha's reporters print: `Mocha.reporters.Base.consoleLog`. */
interface ReporterBase {
  consoleLog: (...args: unknown[]) => void;
}

export async function run(): Promise<void> {
  // In code-server the extension host's console reaches the runner mixed with the workbench's
  // own log (and VS Code does not let an extension replace console.log): a runner that sets
  // ONEONONE_TEST_LOG_TAG gets every line of the reporter prefixed with it.
  const tag = process.env.ONEONONE_TEST_LOG_TAG ?? '';
  const base = Mocha.reporters.Base as unknown as ReporterBase;
  const consoleLog = base.consoleLog;
  const print = (...args: unknown[]): void => consoleLog.call(console, tag + format(...args));
  base.consoleLog = print;
  try {
    const mocha = new Mocha({
      ui: 'bdd',
      reporter: 'spec',
      color: process.env.ONEONONE_TEST_COLOR === '1',
      timeout: 30_000,
      slow: 2_000,
    });
    const grep = process.env.ONEONONE_TEST_GREP;
    if (grep) mocha.grep(grep);
    // The suites must not depend on their order: a runner can reverse it to check
    // (ONEONONE_TEST_ORDER=reverse, `scripts/test-integration.js --reverse`).
    const files = fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort();
    if (process.env.ONEONONE_TEST_ORDER === 'reverse') files.reverse();
    for (const name of files) mocha.addFile(path.join(__dirname, name));
    // Markers let a runner see whether the suite started and when it ended.
    print(SUITE_BEGIN);
    // The counts as one structured line (scripts/lib/suiteResult.js), which the runner reads.
    const result = await new Promise<SuiteResult>((resolve) => {
      const runner = mocha.run((failures) => resolve({ tests: runner.stats?.tests ?? 0, passes: runner.stats?.passes ?? 0, failures, pending: runner.stats?.pending ?? 0 }));
    });
    print(SUITE_END);
    print(formatResult(result));
    if (result.failures > 0) throw new Error(`${result.failures} integration test(s) failed`);
  } catch (error) {
    if (!(error instanceof Error && /integration test\(s\) failed$/.test(error.message))) {
      print(formatResult({ tests: 0, passes: 0, failures: 0, pending: 0, error: error instanceof Error ? error.stack ?? error.message : String(error) }));
    }
    throw error;
  } finally {
    base.consoleLog = consoleLog;
  }
}
