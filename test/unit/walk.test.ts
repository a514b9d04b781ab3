import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { listMarkdownFiles } from '../../src/node/loadJournal';
import { walkFiles } from '../../src/node/walk';

/** The desktop index walks (src/node/walk.ts, sliced, with the host's pause) to the same files as the CLI, in the same order. */
describe('the desktop index lists the same markdown files as the CLI', () => {
  const fixtures = path.join(__dirname, '..', 'fixtures');
  const cliList = (root: string): Promise<string[]> => listMarkdownFiles(root, (rel) => /\.md$/i.test(rel), []);
  let pauses = 0;
  const pause = (): Promise<void> => new Promise((resolve) => { pauses++; setImmediate(resolve); });
  /** As src/vscode/nodeFiles.ts walks. */
  const walkMarkdownFiles = (root: string, pauseWith: () => Promise<void>, sliceMs?: number): Promise<string[]> =>
    walkFiles(root, { include: (rel) => /\.md$/i.test(rel), pause: pauseWith, ...(sliceMs === undefined ? {} : { sliceMs }) }).then((files) => files.map((f) => f.full));

  for (const folder of fs.readdirSync(fixtures).filter((f) => fs.statSync(path.join(fixtures, f)).isDirectory())) {
    it(`lists test/fixtures/${folder} as the CLI does`, async () => {
      const root = path.join(fixtures, folder);
      assert.deepEqual(await walkMarkdownFiles(root, pause), await cliList(root));
    });
  }

  describe('with symbolic links', () => {
    let tmp = '';
    before(function () {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oneonone-walk-'));
      const write = (rel: string): void => {
        fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
        fs.writeFileSync(path.join(tmp, rel), '---\nperson: Carly Chen\ndate: 2026-11-20\n---\n');
      };
      ['notes/a.md', 'notes/B.MD', 'notes/deep/c.md', 'people/p.md', 'node_modules/x.md', '.git/y.md', 'notes/readme.txt'].forEach(write);
      try {
        fs.symlinkSync(tmp, path.join(tmp, 'notes', 'loop'), 'dir');
        fs.symlinkSync(path.join(tmp, 'nowhere.md'), path.join(tmp, 'broken.md'));
        fs.symlinkSync(path.join(tmp, 'notes', 'a.md'), path.join(tmp, 'alias-of-a.md'));
        fs.symlinkSync(path.join(tmp, 'notes', 'deep'), path.join(tmp, 'a-deep-link'), 'dir');
      } catch {
        this.skip(); // symlinks need privileges on some systems
      }
    });
    after(() => fs.rmSync(tmp, { recursive: true, force: true }));

    it('follows links, walks a loop once, lists a file reached twice by its own path, and leaves out .git and node_modules', async () => {
      const walked = await walkMarkdownFiles(tmp, pause);
      assert.deepEqual(walked, await cliList(tmp));
      assert.deepEqual(walked.map((f) => path.relative(tmp, f)).sort(), ['a-deep-link/c.md', 'notes/B.MD', 'notes/a.md', 'people/p.md']);
    });

    it('yields between slices and still lists everything', async () => {
      pauses = 0;
      const big = path.join(tmp, 'big');
      for (let i = 0; i < 400; i++) {
        fs.mkdirSync(path.join(big, `d${i}`), { recursive: true });
        fs.writeFileSync(path.join(big, `d${i}`, 'n.md'), '');
      }
      const walked = await walkMarkdownFiles(big, pause, 0);
      assert.equal(walked.length, 400);
      assert.ok(pauses >= 400, `paused ${pauses} times with a slice of 0 ms`);
    });
  });

  it('refuses a folder it cannot list', async () => {
    await assert.rejects(walkMarkdownFiles(path.join(fixtures, 'no-such-folder'), pause));
  });
});
