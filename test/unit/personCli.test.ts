import assert from 'node:assert/strict';
import type { PersonJson } from '../../src/cli/person';
import { useBundledCli } from './helpers/buildCli';
import { fixturePath } from './helpers/fixtures';

const KEYS = ['person', 'aliases', 'role', 'team', 'reportsTo', 'managesCount', 'relationship', 'cadence', 'status', 'lastMet', 'nextDue', 'scheduledDate',
  'away', 'talkingPoints', 'openFollowUps', 'notes', 'mood'];

const CARLY: PersonJson = {
  person: 'Carly Chen',
  aliases: ['Carly', 'CC'],
  role: 'Senior Engineer',
  team: 'Platform',
  reportsTo: 'Ana Lead',
  managesCount: 1,
  relationship: 'direct',
  cadence: 'every 2 weeks',
  status: 'scheduled',
  lastMet: '2026-11-27',
  nextDue: '2026-12-11',
  scheduledDate: '2026-12-03',
  away: [{ from: '2026-12-20', to: '2027-01-05' }],
  talkingPoints: ['the on-call load since the reorg', 'promo packet: who writes the peer feedback?'],
  openFollowUps: {
    mine: [
      { file: '1on1s/carly-chen/2026-11-13.md', line: 18, text: 'ask Dana about the staffing plan', due: '2026-11-27' },
      { file: '1on1s/carly-chen/2026-11-27.md', line: 11, text: 'book the training', due: '2026-12-10' },
    ],
    theirs: [
      { file: '1on1s/carly-chen/2026-11-13.md', line: 19, text: 'draft the on-call proposal', due: '2026-12-04' },
      { file: '1on1s/evan-ito/2026-11-10.md', line: 10, text: 'pair Evan with a senior on the migration', due: null },
    ],
  },
  notes: [
    { file: '1on1s/carly-chen/2026-12-03.md', date: '2026-12-03', type: 'one-on-one' },
    { file: '1on1s/carly-chen/2026-11-27.md', date: '2026-11-27', type: 'one-on-one' },
    { file: '1on1s/carly-chen/2026-11-13.md', date: '2026-11-13', type: 'one-on-one' },
  ],
  // The scheduled note's mood (Dec 3) is not history yet.
  mood: [{ date: '2026-11-13', value: 2 }, { date: '2026-11-27', value: 4 }],
};

describe('CLI person (bundled)', function () {
  this.timeout(60_000);
  const journal = fixturePath('person-page');
  const run = useBundledCli('oneonone-person-');

  const person = (name: string, tz?: string, today = '2026-12-01'): PersonJson => {
    const result = run(['person', journal, name, '--today', today, '--json'], tz);
    assert.equal(result.status, 0, result.stderr);
    return JSON.parse(result.stdout) as PersonJson;
  };

  it('prints one object with exactly the documented keys, found by an alias', () => {
    const json = person('CC');
    assert.deepEqual(Object.keys(json), KEYS);
    assert.deepEqual(json, CARLY);
  });

  it('prints the same JSON west and east of Greenwich', () => {
    const utc = run(['person', journal, 'Carly', '--today', '2026-12-01', '--json']).stdout;
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
      assert.equal(run(['person', journal, 'Carly', '--today', '2026-12-01', '--json'], tz).stdout, utc, tz);
    }
  });

  const cases: Array<[string, string, string, Partial<PersonJson>]> = [
    ['a skip-level without cadence: no status, no due date, their own follow-ups none', 'Evan Ito', '2026-12-01', {
      relationship: 'skip', reportsTo: 'Carly Chen', managesCount: 0, cadence: null, status: null, nextDue: null, scheduledDate: null, away: [], talkingPoints: [],
      openFollowUps: { mine: [{ file: '1on1s/evan-ito/2026-11-10.md', line: 11, text: 'think about the priorities doc', due: null }], theirs: [] },
      notes: [{ file: '1on1s/evan-ito/2026-11-10.md', date: '2026-11-10', type: 'skip-level' }], mood: [],
    }],
    ['my manager: null cadence and status, no notes', 'dana diaz', '2026-12-01', {
      person: 'Dana Diaz', relationship: 'manager', reportsTo: null, team: null, cadence: null, status: null, lastMet: null, notes: [],
    }],
    ['a direct report once the scheduled day has come, its mood in the history', 'Carly Chen', '2026-12-03', {
      status: 'later', lastMet: '2026-12-03', nextDue: '2026-12-17', scheduledDate: null,
      mood: [{ date: '2026-11-13', value: 2 }, { date: '2026-11-27', value: 4 }, { date: '2026-12-03', value: 5 }],
    }],
  ];
  for (const [name, who, today, expected] of cases) {
    it(`describes ${name}`, () => {
      const json = person(who, 'UTC', today);
      for (const [key, value] of Object.entries(expected)) assert.deepEqual(json[key as keyof PersonJson], value, key);
    });
  }

  it('says in one line on stderr that it does not know a person, and exits 2', () => {
    const result = run(['person', journal, 'Nobody Here', '--json']);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    assert.match(result.stderr, /Nobody Here/);
  });

  it('is a usage error without a name', () => {
    const result = run(['person', journal]);
    assert.equal(result.status, 2);
  });

  it('prints the page for a terminal without --json', () => {
    const result = run(['person', journal, 'Carly', '--today', '2026-12-01']);
    assert.equal(result.status, 0, result.stderr);
    for (const text of ['Carly Chen (Carly, CC)', 'Reports to Ana Lead', 'Cadence: every 2 weeks (biweekly)', 'Talking points (2)',
      '- the on-call load since the reorg', 'Open follow-ups, mine (2)', '2026-12-03 (scheduled)']) {
      assert.ok(result.stdout.includes(text), `missing "${text}" in\n${result.stdout}`);
    }
  });
});
