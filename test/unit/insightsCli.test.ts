import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildCli } from './helpers/buildCli';
import { fixturePath } from './helpers/fixtures';

const JOURNAL = fixturePath('insights');
const SAMPLE = path.resolve(__dirname, '..', '..', 'sample-journal');

/** `insights --json --today 2027-01-06 --weeks 4` on test/fixtures/insights (see its README). */
const EXPECTED = {
  weeks: ['2026-12-14', '2026-12-21', '2026-12-28', '2027-01-04'],
  people: [
    // The Dec 29 note is a date-time at 17:30 -08:00: it counts on Dec 29 in every time zone.
    { person: 'Evan Park', relationship: 'direct', counts: [1, 1, 1, 1], overdueWeeks: [] },
    // Fay's Jan 4 note is written 23:30 +13:00; her Jan 8 note is scheduled, so this week is not overdue.
    { person: 'Fay Lin', relationship: 'direct', counts: [1, 0, 0, 1], overdueWeeks: [1, 2] },
    { person: 'Priya Raman', relationship: 'peer', counts: [0, 0, 0, 0], overdueWeeks: [1, 2, 3] },
    { person: 'Rob Stone', relationship: 'manager', counts: [0, 0, 0, 0], overdueWeeks: [] },
  ],
  coverage: {
    windowDays: 90, eligible: 3, met: 1, share: 0.333,
    byBranch: [{ branch: 'Evan Park', eligible: 3, met: 1 }],
    byDepth: [{ depth: 2, eligible: 2, met: 1 }, { depth: 3, eligible: 1, met: 0 }],
    neverMet: ['Hal Berg'],
  },
  aging: {
    mine: { '0-7': 1, '8-30': 3, '31-90': 0, '>90': 0 },
    theirs: { '0-7': 0, '8-30': 2, '31-90': 0, '>90': 1 },
  },
  drift: [{ person: 'Evan Park', files: ['1on1s/evan/2027-01-05.md', '1on1s/evan/2026-12-29.md', '1on1s/evan/2026-12-22.md'] }],
  thisWeek: { due: ['Priya Raman'], followUpsDue: 2, coolOffsEnding: 1, skipLevel: 'Jo Kim' },
};

describe('CLI insights (bundled)', function () {
  this.timeout(60_000);
  let tmp: string;
  let cli: string;

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oneonone-insights-'));
    cli = await buildCli(tmp);
  });

  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  const run = (args: string[], tz = 'UTC'): { status: number | null; stdout: string; stderr: string } => {
    const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, TZ: tz } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('prints the dashboard\'s numbers as one JSON object with exactly the documented keys and values', () => {
    const result = run(['insights', JOURNAL, '--json', '--today', '2027-01-06', '--weeks', '4']);
    assert.equal(result.status, 0, result.stderr);
    const json = JSON.parse(result.stdout) as typeof EXPECTED;
    assert.deepEqual(Object.keys(json), ['weeks', 'people', 'coverage', 'aging', 'drift', 'thisWeek']);
    assert.deepEqual(Object.keys(json.coverage), ['windowDays', 'eligible', 'met', 'share', 'byBranch', 'byDepth', 'neverMet']);
    assert.deepEqual(json, EXPECTED);
  });

  for (const journal of [JOURNAL, SAMPLE]) {
    it(`prints the same JSON in Los Angeles and Auckland for ${path.basename(journal)}`, () => {
      const args = ['insights', journal, '--json', '--today', '2027-01-06'];
      const la = run(args, 'America/Los_Angeles');
      const auckland = run(args, 'Pacific/Auckland');
      assert.equal(la.status, 0, la.stderr);
      assert.equal(auckland.status, 0, auckland.stderr);
      assert.equal(auckland.stdout, la.stdout);
      assert.equal((JSON.parse(la.stdout) as { weeks: string[] }).weeks.length, 12, 'twelve weeks by default');
    });
  }

  it('takes the weeks from the folder\'s oneOnOne.dashboard.weeks unless --weeks says otherwise', () => {
    const folder = path.join(tmp, 'with-settings');
    fs.cpSync(JOURNAL, folder, { recursive: true });
    fs.mkdirSync(path.join(folder, '.vscode'));
    fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'), '{ "oneOnOne.dashboard.weeks": 2 }');
    const weeks = (args: string[]): string[] => (JSON.parse(run(['insights', folder, '--json', '--today', '2027-01-06', ...args]).stdout) as { weeks: string[] }).weeks;
    assert.deepEqual(weeks([]), ['2026-12-28', '2027-01-04']);
    assert.deepEqual(weeks(['--weeks', '3']), ['2026-12-21', '2026-12-28', '2027-01-04']);
  });

  it('prints a readable summary without --json', () => {
    const result = run(['insights', JOURNAL, '--today', '2027-01-06', '--weeks', '4']);
    assert.equal(result.status, 0, result.stderr);
    for (const text of [
      '1:1s due or overdue: Priya Raman (overdue)',
      'Follow-ups due: 2 · Cool-offs ending: 1 · Suggested skip-level: Jo Kim',
      'Skip-level coverage, last 90 days: 1 of 3 met (33%)',
      'Never met: Hal Berg',
      'Evan Park: last 3 notes mostly status',
      '    1on1s/evan/2026-12-22.md',
    ]) assert.ok(result.stdout.includes(text), `missing "${text}" in:\n${result.stdout}`);
    assert.match(result.stdout, /Fay Lin\s+direct\s+1\s+0!\s+0!\s+1\n/);
  });

  const bad: Array<[string[], RegExp]> = [
    [['--weeks', '0'], /--weeks needs a whole number from 1 to 104, got "0"/],
    [['--weeks', '105'], /got "105"/],
    [['--weeks=two'], /got "two"/],
    [['--weeks'], /got ""/],
  ];
  for (const [args, message] of bad) {
    it(`refuses ${args.join(' ')} with one line and exit 2`, () => {
      const result = run(['insights', JOURNAL, ...args]);
      assert.equal(result.status, 2);
      assert.match(result.stderr, message);
      assert.equal(result.stderr.trim().split('\n').length, 1);
    });
  }
});
