import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildCli } from './helpers/buildCli';
import type { FollowUpJson } from '../../src/cli';
import { fixturePath } from './helpers/fixtures';

const KEYS = ['file', 'line', 'text', 'done', 'owner', 'person', 'type', 'noteDate', 'due', 'after', 'doneDate', 'coolingOffUntil', 'snoozedUntil', 'escalate', 'confidential'];


const CARLY = '1on1s/carly-chen/2026-11-13.md';
const LEE = '1on1s/lee-park/2026-11-16.md';
const PRIYA = '1on1s/priya-shah/2026-11-10.md';
const SCRATCH = 'scratch/2026-11-18.md';

const open = (file: string, line: number, text: string, fields: Partial<FollowUpJson>): FollowUpJson => ({
  file, line, text, done: false, owner: 'Dana Diaz', person: 'Carly Chen', type: 'one-on-one', noteDate: '2026-11-13',
  due: null, after: null, doneDate: null, coolingOffUntil: null, snoozedUntil: null, escalate: false, confidential: true, ...fields,
});

const lee = { person: 'Lee Park', type: 'skip-level', noteDate: '2026-11-16' };
const priya = { person: 'Priya Shah', type: 'peer', noteDate: '2026-11-10' };

/** `followups --json --today 2026-11-20` on the cli-journal fixture. */
const OPEN_ON_1120: FollowUpJson[] = [
  open(CARLY, 10, 'ask Maya about the staffing plan', { due: '2026-11-27' }),
  open(CARLY, 11, 'draft the on-call proposal', { owner: 'Carly Chen', due: '2026-12-01' }),
  open(CARLY, 13, 'book a room for the architecture review', {}),
  open(LEE, 11, 'look into the deploy freeze complaints without naming Lee', { ...lee, coolingOffUntil: '2026-11-30' }),
  open(LEE, 12, 'talk to Evan about the on-call load', { ...lee, after: '2026-12-10', coolingOffUntil: '2026-12-10' }),
  open(LEE, 13, 'report the expense irregularity to HR', { ...lee, escalate: true }),
  open(PRIYA, 8, 'share the incident review template', { ...priya, owner: 'Priya Shah', due: '2026-11-24', confidential: false }),
  open(PRIYA, 9, 'send Priya the hiring rubric', { ...priya }),
  open(SCRATCH, 5, 'send the migration plan', { owner: 'Evan Ito', person: 'Evan Ito', noteDate: '2026-11-18' }),
];

const DONE_IN_CARLY = open(CARLY, 12, 'send the conference budget', { done: true, doneDate: '2026-11-21' });

describe('CLI (bundled)', function () {
  this.timeout(60_000);
  let tmp: string;
  let cli: string;
  let journal: string;
  let broken: string;

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oneonone-cli-'));
    cli = await buildCli(tmp);
    // Copies, so the test can add what git would not keep: node_modules, .git, binary bytes.
    journal = path.join(tmp, 'cli-journal');
    fs.cpSync(fixturePath('cli-journal'), journal, { recursive: true });
    const hidden = '---\nperson: Carly Chen\ndate: 2026-11-19\n---\n- [ ] an item nobody should see\n';
    for (const dir of ['node_modules/some-package', '.git/info']) {
      fs.mkdirSync(path.join(journal, dir), { recursive: true });
      fs.writeFileSync(path.join(journal, dir, 'note.md'), hidden);
    }
    broken = path.join(tmp, 'check-errors');
    fs.cpSync(fixturePath('check-errors'), broken, { recursive: true });
    fs.writeFileSync(path.join(broken, 'diagram.md'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  });

  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  const run = (args: string[], tz = 'UTC'): { status: number | null; stdout: string; stderr: string } => {
    const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, TZ: tz } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const followUps = (args: string[], tz?: string): FollowUpJson[] => {
    const result = run(['followups', journal, '--json', ...args], tz);
    assert.equal(result.status, 0, result.stderr);
    return JSON.parse(result.stdout) as FollowUpJson[];
  };

  describe('followups', () => {
    it('prints open follow-ups as JSON objects with exactly the documented keys', () => {
      const items = followUps(['--today', '2026-11-20']);
      assert.ok(items.length > 0);
      for (const item of items) assert.deepEqual(Object.keys(item).sort(), [...KEYS].sort());
    });

    it('gives every open follow-up with its resolved owner, person, type, dates and flags', () => {
      assert.deepEqual(followUps(['--today', '2026-11-20']), OPEN_ON_1120);
    });

    it('includes done follow-ups with --all', () => {
      const expected = [...OPEN_ON_1120.slice(0, 2), DONE_IN_CARLY, ...OPEN_ON_1120.slice(2)];
      assert.deepEqual(followUps(['--today', '2026-11-20', '--all']), expected);
    });

    it('computes cooling off relative to --today', () => {
      const cooling = (today: string): Array<[number, string | null]> =>
        followUps([`--today=${today}`]).filter((f) => f.file === LEE).map((f) => [f.line, f.coolingOffUntil]);
      assert.deepEqual(cooling('2026-11-29'), [[11, '2026-11-30'], [12, '2026-12-10'], [13, null]]);
      assert.deepEqual(cooling('2026-11-30'), [[11, null], [12, '2026-12-10'], [13, null]]);
      assert.deepEqual(cooling('2026-12-10'), [[11, null], [12, null], [13, null]]);
    });

    it('leaves out excluded files, templates, node_modules, .git and files that are not notes', () => {
      const files = new Set(followUps(['--today', '2026-11-20', '--all']).map((f) => f.file));
      assert.deepEqual([...files].sort(), [CARLY, LEE, PRIYA, SCRATCH]);
    });

    const zones = ['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
    for (const tz of zones) {
      it(`prints the same JSON under TZ=${tz} as under UTC`, () => {
        const args = ['followups', journal, '--json', '--all', '--today', '2026-11-20'];
        const utc = run(args, 'UTC');
        const there = run(args, tz);
        assert.equal(there.status, 0, there.stderr);
        assert.equal(there.stdout, utc.stdout);
        assert.deepEqual(JSON.parse(there.stdout), [...OPEN_ON_1120.slice(0, 2), DONE_IN_CARLY, ...OPEN_ON_1120.slice(2)]);
      });
    }

    for (const tz of zones) {
      it(`prints the same upcoming JSON for the sample journal under TZ=${tz} as under UTC`, () => {
        const args = ['upcoming', path.join(__dirname, '..', '..', 'sample-journal'), '--json', '--today', '2026-11-20'];
        const utc = run(args, 'UTC');
        const there = run(args, tz);
        assert.equal(there.status, 0, there.stderr);
        assert.equal(there.stdout, utc.stdout);
        const rows = JSON.parse(there.stdout) as Array<Record<string, unknown>>;
        assert.deepEqual(Object.keys(rows[0]), ['person', 'relationship', 'cadenceDays', 'lastMet', 'nextDue', 'scheduledDate', 'status', 'coachingDue']);
        // The note dated 2026-11-13T16:30:00-08:00 and the Nov 6 note: calendar dates, never shifted.
        assert.deepEqual(rows.find((r) => r.person === 'Dana Diaz'), {
          person: 'Dana Diaz', relationship: 'direct', cadenceDays: 7, lastMet: '2026-11-06', nextDue: '2026-11-13', scheduledDate: null, status: 'overdue', coachingDue: true, // manages two, never asked
        });
        assert.deepEqual(rows.find((r) => r.person === 'Kwame Mensah'), {
          person: 'Kwame Mensah', relationship: 'direct', cadenceDays: 14, lastMet: '2026-11-10', nextDue: '2026-11-24', scheduledDate: '2026-11-24', status: 'scheduled', coachingDue: true,
        });
      });
    }

    it('prints a readable table without --json', () => {
      const result = run(['followups', journal, '--today', '2026-11-20']);
      assert.equal(result.status, 0, result.stderr);
      const lines = result.stdout.trimEnd().split('\n');
      assert.match(lines[0], /^\s*Due\s+Owner\s+Person\s+Flags\s+Follow-up\s+Where$/);
      assert.equal(lines.length, 2 + OPEN_ON_1120.length + 1);
      assert.equal(lines[lines.length - 1], `${OPEN_ON_1120.length} follow-ups`);
      assert.match(result.stdout, /2026-11-27\s+Dana Diaz\s+Carly Chen\s+confidential\s+ask Maya about the staffing plan\s+1on1s\/carly-chen\/2026-11-13\.md:10/);
      assert.match(result.stdout, /ESCALATE, confidential\s+report the expense irregularity to HR/);
    });
  });

  describe('check', () => {
    it('exits 0 on a journal with warnings but no errors, and lists the warnings', () => {
      const result = run(['check', journal]);
      assert.equal(result.status, 0, result.stdout + result.stderr);
      assert.match(result.stdout, /^1on1s\/lee-park\/2026-11-16\.md:\d+: warning: .*\[skip-level-shareable\]$/m);
      assert.match(result.stdout, /^0 errors, 1 other problem in 11 files$/m);
    });

    it('exits 1 on a journal with errors and reports each with its file, line, severity and code', () => {
      const result = run(['check', broken, '--json']);
      assert.equal(result.status, 1, result.stderr);
      const diagnostics = (JSON.parse(result.stdout) as Array<{ file: string; line: number; severity: string; code: string }>)
        .map((d) => [d.file, d.line, d.severity, d.code]);
      assert.deepEqual(diagnostics, [
        ['1on1s/bad-date.md', 3, 'error', 'bad-date'],
        ['1on1s/bad-token.md', 5, 'warning', 'bad-follow-up-date'],
        ['1on1s/bad-yaml.md', 4, 'error', 'yaml'],
        ['1on1s/no-date.md', 2, 'error', 'missing-date'],
        ['diagram.md', 1, 'warning', 'unreadable'],
        ['people/ann-avery.md', 4, 'error', 'reports-to-cycle'],
        ['people/bob-bell.md', 4, 'error', 'reports-to-cycle'],
      ]);
    });

    it('exits 1 and counts the errors in its human output', () => {
      const result = run(['check', broken]);
      assert.equal(result.status, 1);
      assert.match(result.stdout, /^5 errors, 2 other problems in 8 files$/m);
    });
  });

  describe('usage errors', () => {
    const cases: Array<[string, string[], RegExp]> = [
      ['a missing folder', ['followups', 'definitely/not/here'], /^oneonone: No such folder: definitely\/not\/here$/],
      ['a file given as the folder', ['check', '<journal>/people/dana-diaz.md'], /^oneonone: No such folder: .*dana-diaz\.md$/],
      ['an impossible --today', ['followups', '<journal>', '--today', '2026-02-30'], /^oneonone: --today needs a date written YYYY-MM-DD, got "2026-02-30"\.$/],
      ['a --today that is not a date', ['followups', '<journal>', '--today=tomorrow'], /^oneonone: --today needs a date written YYYY-MM-DD, got "tomorrow"\.$/],
      ['a --today without a value', ['followups', '<journal>', '--today'], /^oneonone: --today needs a date written YYYY-MM-DD, got ""\.$/],
      ['no arguments at all', [], /^oneonone: missing command \(followups, upcoming, suggest-skip, check, person, insights\); run "oneonone --help" for usage$/],
      ['an unknown command', ['follow', '<journal>'], /^oneonone: unknown command "follow" \(commands: followups, upcoming, suggest-skip, check, person, insights\); run "oneonone --help" for usage$/],
      ['an unknown option', ['followups', '<journal>', '--jsn'], /^oneonone: followups has no option --jsn; usage: oneonone followups <dir> \[--today YYYY-MM-DD\] \[--all\] \[--json\]$/],
      ['an option of another command', ['check', '<journal>', '--count', '2'], /^oneonone: check has no option --count; usage: oneonone check <dir> \[--json\]$/],
      ['a missing folder argument', ['upcoming'], /^oneonone: upcoming needs <dir>; usage: oneonone upcoming <dir> \[--today YYYY-MM-DD\] \[--json\]$/],
      ['one argument too many', ['check', '<journal>', 'extra'], /^oneonone: unexpected argument "extra"; usage: oneonone check <dir> \[--json\]$/],
      ['a bad --count', ['suggest-skip', '<journal>', '--count', '0'], /^oneonone: --count needs a whole number of 1 or more, got "0"\.$/],
    ];
    for (const [what, args, message] of cases) {
      it(`exits 2 with a one-line message for ${what}`, () => {
        const result = run(args.map((a) => a.replace('<journal>', journal)));
        assert.equal(result.status, 2);
        assert.equal(result.stdout, '');
        assert.equal(result.stderr.endsWith('\n'), true);
        assert.equal(result.stderr.trimEnd().split('\n').length, 1, `one line: ${JSON.stringify(result.stderr)}`);
        assert.match(result.stderr.trimEnd(), message);
      });
    }
  });

  describe('--help', () => {
    for (const args of [['--help'], ['-h'], ['followups', '--help'], ['check', '<journal>', '-h']]) {
      it(`prints the usage on stdout and exits 0 for ${args.join(' ')}`, () => {
        const result = run(args.map((a) => a.replace('<journal>', journal)));
        assert.equal(result.status, 0, result.stderr);
        assert.equal(result.stderr, '');
        assert.match(result.stdout, args[0].startsWith('-') ? /^Usage:\n {2}oneonone followups <dir> .*\n {2}oneonone upcoming/ : /^Usage: oneonone (followups|check) <dir>/);
      });
    }
  });
});
