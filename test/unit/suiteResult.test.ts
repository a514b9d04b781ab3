import * as assert from 'node:assert/strict';
import { exitCodeOf, formatResult, isHostCrash, parseResult, readResult, RESULT_MARKER } from '../../scripts/lib/suiteResult';

describe('the structured result line of a suite run in VS Code (scripts/lib/suiteResult.js)', () => {
  const ok = { tests: 12, passes: 11, failures: 0, pending: 1 };

  it('reads back what it formats', () => assert.deepEqual(parseResult(formatResult(ok)), ok));

  it('reads the result file, and not one still being written', () => {
    assert.deepEqual(readResult(JSON.stringify(ok)), ok);
    assert.equal(readResult(JSON.stringify(ok).slice(0, 20)), undefined);
    assert.equal(readResult(''), undefined);
  });

  const lines: ReadonlyArray<[string, string, unknown]> = [
    ['behind the web worker console\'s prefix and tag', `%c INFO color: #888 [suite] ${formatResult(ok)}`, ok],
    ['with a crash', formatResult({ tests: 0, passes: 0, failures: 0, pending: 0, error: 'Cannot find module ./x' }), { tests: 0, passes: 0, failures: 0, pending: 0, error: 'Cannot find module ./x' }],
    ['with trailing text after the JSON', `${formatResult(ok)} (from worker)`, ok],
    ['mocha\'s summary is not a result', '  12 passing (3s)', undefined],
    ['a marker with broken JSON', `${RESULT_MARKER}{"tests": 1,`, undefined],
    ['a count that is not a whole number', `${RESULT_MARKER}{"tests":1.5,"passes":1,"failures":0,"pending":0}`, undefined],
    ['a missing count', `${RESULT_MARKER}{"tests":1,"passes":1,"failures":0}`, undefined],
    ['an error that is not text', `${RESULT_MARKER}{"tests":0,"passes":0,"failures":0,"pending":0,"error":3}`, undefined],
  ];
  for (const [what, line, expected] of lines) {
    it(`parses a line ${what}`, () => assert.deepEqual(parseResult(line), expected));
  }

  const codes: ReadonlyArray<[string, Parameters<typeof exitCodeOf>[0], number]> = [
    ['everything passed', ok, 0],
    ['a test failed', { ...ok, failures: 1 }, 1],
    ['the suite crashed', { ...ok, error: 'boom' }, 1],
    ['no test ran (a --grep that matches nothing)', { tests: 0, passes: 0, failures: 0, pending: 0 }, 1],
  ];
  for (const [what, result, code] of codes) {
    it(`exits ${code} when ${what}`, () => assert.equal(exitCodeOf(result), code));
  }

  const crashes: ReadonlyArray<[string, boolean]> = [
    ['Extension host (Worker) terminated unexpectedly. The following extensions were running: one-on-one-journal', true],
    ['Extension host terminated unexpectedly 3 times within the last 5 minutes.', true],
    ['[suite]   ✔ activates without error', false],
  ];
  for (const [line, crash] of crashes) {
    it(`${crash ? 'sees' : 'does not see'} a dead extension host in "${line.slice(0, 40)}…"`, () => assert.equal(isHostCrash(line), crash));
  }
});
