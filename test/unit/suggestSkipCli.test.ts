import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildCli } from './helpers/buildCli';
import type { SuggestSkipJson } from '../../src/cli';
import { suggestSkipLevels } from '../../src/core/rotation';
import { loadJournal } from '../../src/node/loadJournal';
import { note, profile } from './helpers/fixtures';

const SAMPLE = path.resolve(__dirname, '..', '..', 'sample-journal');

describe('CLI suggest-skip (bundled)', function () {
  this.timeout(60_000);
  let tmp: string;
  let cli: string;
  let noChart: string;

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oneonone-suggest-'));
    cli = await buildCli(tmp);
    // A journal with me and notes but no `reportsTo` anywhere.
    noChart = path.join(tmp, 'no-chart');
    fs.mkdirSync(path.join(noChart, 'people'), { recursive: true });
    fs.mkdirSync(path.join(noChart, '1on1s'), { recursive: true });
    fs.writeFileSync(path.join(noChart, 'people', 'maya.md'), profile('Maya Okafor', { relationship: 'self' }));
    fs.writeFileSync(path.join(noChart, '1on1s', 'carly.md'), note({ person: 'Carly Chen', date: '2026-11-13' }));
  });

  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  const run = (args: string[]): { status: number | null; stdout: string; stderr: string } => {
    const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('prints the ranking as JSON objects with exactly person, depth, branch, lastSkipLevel and reasons', () => {
    const result = run(['suggest-skip', SAMPLE, '--today', '2026-11-20', '--json']);
    assert.equal(result.status, 0, result.stderr);
    const items = JSON.parse(result.stdout) as SuggestSkipJson[];
    assert.equal(items.length, 6);
    for (const item of items) assert.deepEqual(Object.keys(item), ['person', 'depth', 'branch', 'lastSkipLevel', 'reasons']);
    assert.deepEqual(items[0], {
      person: 'Lena Vogel',
      depth: 3,
      branch: 'Dana Diaz',
      lastSkipLevel: '2026-10-08',
      reasons: ['last skip-level Oct 8 (6 weeks ago)', 'reports to Evan Park (Platform)', 'Platform last visited 3 weeks ago'],
    });
  });

  it('gives the same ranking as the core, by construction', async () => {
    const { journal } = await loadJournal(SAMPLE);
    const core = suggestSkipLevels(journal.directory(), journal.meetings(), '2026-11-27', { weekMode: 'iso' }).people
      .map((s) => ({ person: s.person.name, depth: s.depth, branch: s.branch.name, lastSkipLevel: s.lastSkipLevel ?? null, reasons: s.reasons }));
    const result = run(['suggest-skip', SAMPLE, '--today=2026-11-27', '--json']);
    assert.deepEqual(JSON.parse(result.stdout), core);
  });

  it('cuts the ranking to --count', () => {
    const items = JSON.parse(run(['suggest-skip', SAMPLE, '--today', '2026-11-20', '--json', '--count', '2']).stdout) as SuggestSkipJson[];
    assert.deepEqual(items.map((i) => i.person), ['Lena Vogel', 'Ines Moreau']);
  });

  it('prints a readable table with the reasons, then the peers past their window', () => {
    const result = run(['suggest-skip', SAMPLE, '--today', '2026-11-20']);
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout.split('\n');
    assert.match(lines[0], /^#\s+Person\s+Depth\s+Branch\s+Why$/);
    assert.match(lines[2], /^1\s+Lena Vogel\s+3\s+Platform\s+last skip-level Oct 8 \(6 weeks ago\) · reports to Evan Park \(Platform\)/);
    assert.match(result.stdout, /^Peers past their window:$/m);
    assert.match(result.stdout, /^Hannah Whitcombe\s+last met Sep 15 \(9 weeks ago\) · past the 3–5 week window · Data$/m);
  });

  it('with no org chart, says what it needs and prints an empty JSON array, exit 0', () => {
    const json = run(['suggest-skip', noChart, '--today', '2026-11-20', '--json']);
    assert.equal(json.status, 0);
    assert.deepEqual(JSON.parse(json.stdout), []);
    assert.match(json.stderr, /need an org chart/);
    const text = run(['suggest-skip', noChart, '--today', '2026-11-20']);
    assert.equal(text.status, 0);
    assert.match(text.stdout, /^Skip-level suggestions need an org chart: .*CSV.*reportsTo/);
  });

  const bad: Array<[string, string[]]> = [
    ['--count 0', ['--count', '0']],
    ['--count=two', ['--count=two']],
    ['--count without a value', ['--count']],
  ];
  for (const [what, args] of bad) {
    it(`exits 2 with a one-line message for ${what}`, () => {
      const result = run(['suggest-skip', SAMPLE, ...args]);
      assert.equal(result.status, 2);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /^oneonone: --count needs a whole number of 1 or more, got ".*"\.\n$/);
    });
  }
});
