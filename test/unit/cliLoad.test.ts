import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildCli } from './helpers/buildCli';
import type { FollowUpJson } from '../../src/cli';
import { writeGeneratedJournal } from './helpers/generatedJournal';

const SLOW_READER = path.join(__dirname, 'helpers', 'slowReader.js');
const TODAY = '2026-11-20';

/**
 * Runs a command line as an unprivileged user when the tests run as root (file permissions do
 * not stop root), so "permission denied" can be tested; undefined when neither is possible.
 */
function unprivileged(argv: string[]): string[] | undefined {
  if (process.platform === 'win32') return undefined;
  if (process.getuid?.() !== 0) return argv;
  const setpriv = spawnSync('setpriv', ['--version']);
  return setpriv.status === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...argv] : undefined;
}

describe('CLI on large and hostile journals (bundled)', function () {
  this.timeout(120_000);
  let tmp: string;
  let cli: string;
  let big: string;
  let bigOpen: number;

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oneonone-load-'));
    fs.chmodSync(tmp, 0o755);
    cli = await buildCli(tmp);
    big = path.join(tmp, 'big');
    bigOpen = writeGeneratedJournal(big, 2_000).openFollowUps;
  });

  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  const bash = (script: string, ...args: string[]): SpawnSyncReturns<string> =>
    spawnSync('bash', ['-c', script, 'bash', ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  const run = (args: string[]): SpawnSyncReturns<string> =>
    spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });

  describe('output is complete whatever stdout is', () => {
    const commands: Array<[string, string[], (out: string) => void]> = [
      ['followups --json --all', ['followups', '<dir>', '--json', '--all', '--today', TODAY],
        (out) => assert.equal((JSON.parse(out) as FollowUpJson[]).filter((f) => !f.done).length, bigOpen)],
      ['followups (table)', ['followups', '<dir>', '--today', TODAY],
        (out) => assert.equal(out.trimEnd().split('\n').pop(), `${bigOpen} follow-ups`)],
    ];
    for (const [what, template, complete] of commands) {
      it(`gives the same ${what} through a slow reader as into a file, all of it`, () => {
        const args = template.map((a) => (a === '<dir>' ? big : a));
        const toFile = path.join(tmp, 'to-file.out');
        const throughPipe = path.join(tmp, 'through-pipe.out');
        const file = bash('"$1" "$2" "${@:4}" > "$3"', process.execPath, cli, toFile, ...args);
        assert.equal(file.status, 0, file.stderr);
        const piped = bash('"$1" "$2" "${@:5}" | "$1" "$4" "$3"; exit "${PIPESTATUS[0]}"', process.execPath, cli, throughPipe, SLOW_READER, ...args);
        assert.equal(piped.status, 0, piped.stderr);
        const expected = fs.readFileSync(toFile, 'utf8');
        assert.ok(expected.length > 256 * 1024, `the output is larger than any pipe buffer (${expected.length} bytes)`);
        complete(expected);
        assert.equal(fs.readFileSync(throughPipe, 'utf8'), expected);
      });
    }

    it('stops quietly when the reader goes away (| head)', () => {
      const result = bash('"$1" "$2" followups "$3" --today "$4" | head -n 3 > /dev/null; echo "${PIPESTATUS[0]}"', process.execPath, cli, big, TODAY);
      assert.equal(result.stderr, '');
      assert.equal(result.stdout, '0\n');
    });
  });

  describe('bounded open files', () => {
    it('lists all 1,100 notes under `ulimit -n 256`', function () {
      const root = path.join(tmp, 'eleven-hundred');
      const { openFollowUps } = writeGeneratedJournal(root, 1_100);
      const result = bash('ulimit -n 256 && "$1" "$2" followups "$3" --json --today "$4"', process.execPath, cli, root, TODAY);
      if (/ulimit/.test(result.stderr)) this.skip(); // the shell may not lower the limit here
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stderr, '');
      const files = new Set((JSON.parse(result.stdout) as FollowUpJson[]).map((f) => f.file));
      assert.equal(files.size, 1_100);
      assert.equal((JSON.parse(result.stdout) as FollowUpJson[]).length, openFollowUps);
    });
  });

  describe('unreadable folders and files', () => {
    let root: string;

    before(() => {
      root = path.join(tmp, 'locked');
      writeGeneratedJournal(root, 3, 3);
      fs.chmodSync(path.join(root, '1on1s', 'person-1', '2020-01-02.md'), 0o000);
    });

    it('exits 2 with one clear line when the folder itself cannot be read', function () {
      const locked = path.join(tmp, 'locked-root');
      fs.mkdirSync(locked);
      fs.writeFileSync(path.join(locked, 'a.md'), '---\nperson: A\ndate: 2026-11-01\n---\n- [ ] x\n');
      fs.chmodSync(locked, 0o000);
      const argv = unprivileged([process.execPath, cli, 'followups', locked]);
      if (!argv) this.skip();
      const result = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8' });
      assert.equal(result.status, 2, result.stdout + result.stderr);
      assert.equal(result.stdout, '');
      assert.equal(result.stderr, `oneonone: cannot read the folder ${locked}: permission denied (EACCES)\n`);
    });

    it('lists the follow-ups it could read, then says which file it could not, and exits 1', function () {
      const argv = unprivileged([process.execPath, cli, 'followups', root, '--json', '--today', TODAY]);
      if (!argv) this.skip();
      const result = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8' });
      assert.equal(result.status, 1, result.stderr);
      assert.deepEqual([...new Set((JSON.parse(result.stdout) as FollowUpJson[]).map((f) => f.file))], [
        '1on1s/person-0/2020-01-01.md', '1on1s/person-2/2020-01-03.md',
      ]);
      assert.match(result.stderr, /^oneonone: 1 file could not be read, so the output above is incomplete \(1on1s\/person-1\/2020-01-02\.md: permission denied \(EACCES\)\); run "oneonone check" to list them\n$/);
    });

    it('reports an unreadable file as a diagnostic in check, and exits 1', function () {
      const argv = unprivileged([process.execPath, cli, 'check', root, '--json']);
      if (!argv) this.skip();
      const result = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8' });
      assert.equal(result.status, 1, result.stderr);
      assert.deepEqual(JSON.parse(result.stdout), [{
        file: '1on1s/person-1/2020-01-02.md', line: 1, severity: 'warning', code: 'unreadable',
        message: 'This file could not be read: permission denied (EACCES)',
      }]);
    });
  });

  describe('symbolic links', () => {
    it('counts a symlinked note once, under its own path, and says it skipped the link', function () {
      const root = path.join(tmp, 'linked');
      writeGeneratedJournal(root, 2, 2);
      try {
        fs.symlinkSync(path.join(root, '1on1s', 'person-0', '2020-01-01.md'), path.join(root, '1on1s', 'a-link.md'));
      } catch {
        this.skip(); // symlinks need privileges on some systems
      }
      const result = run(['followups', root, '--json', '--today', TODAY]);
      assert.equal(result.status, 0, result.stderr);
      assert.deepEqual((JSON.parse(result.stdout) as FollowUpJson[]).map((f) => `${f.file}:${f.line}`), [
        '1on1s/person-0/2020-01-01.md:6', '1on1s/person-0/2020-01-01.md:7', '1on1s/person-1/2020-01-02.md:6', '1on1s/person-1/2020-01-02.md:7',
      ]);
      assert.equal(result.stderr, 'skipped 1on1s/a-link.md: same file as 1on1s/person-0/2020-01-01.md; counted once\n');
    });
  });

  describe('text output never carries raw control characters', () => {
    it('escapes newlines and escape sequences in file names and follow-up text', function () {
      const root = path.join(tmp, 'odd-names');
      fs.mkdirSync(root);
      const name = 'evil\u001b[31m\nname\u202e.md';
      try {
        fs.writeFileSync(path.join(root, name), '---\nperson: Carly Chen\ndate: 2026-11-13\n---\n- [ ] ring \u001b[2Jthe bell\u0007\n');
      } catch {
        this.skip(); // the file system refuses such names
      }
      const result = run(['followups', root, '--today', TODAY]);
      assert.equal(result.status, 0, result.stderr);
      // eslint-disable-next-line no-control-regex -- looking for raw control characters
      assert.doesNotMatch(result.stdout.replace(/\n/g, ''), /[\u0000-\u001f\u007f-\u009f\u202e]/);
      assert.match(result.stdout, /ring \\e\[2Jthe bell\\u0007 +evil\\e\[31m\\nname\\u202e\.md:5$/m);
      assert.equal(result.stdout.trimEnd().split('\n').length, 4);
      const check = run(['check', root]);
      assert.doesNotMatch(check.stdout.replace(/\n/g, ''), /\u001b/); // eslint-disable-line no-control-regex
    });
  });
});
