import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadJournal, readFolderSettings } from '../../src/node/loadJournal';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { fixturePath } from './helpers/fixtures';

describe('loadJournal (Node)', () => {
  let tmp: string;

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oneonone-load-'));
  });

  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('reads the folder settings: exclude patterns, enabled files.exclude patterns, templates folder', async () => {
    assert.deepEqual(await readFolderSettings(fixturePath('cli-journal')), {
      ...DEFAULT_SETTINGS,
      exclude: ['archive/**', '**/drafts', '**/drafts/**'],
      templatesFolder: '.1on1/templates',
    });
  });

  it('reads `me` and the cool-off from the settings, and uses them', async () => {
    const root = path.join(tmp, 'settings');
    fs.mkdirSync(path.join(root, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(root, '.vscode', 'settings.json'), '{ "oneOnOne.me": " Dana Diaz ", "oneOnOne.skipLevel.coolOffDays": 7, "oneOnOne.templatesFolder": "tpl" }');
    fs.writeFileSync(path.join(root, 'dana.md'), '---\nkind: person\nname: Dana Diaz\n---\n');
    fs.writeFileSync(path.join(root, 'lee.md'), '---\nperson: Lee Park\ntype: skip-level\ndate: 2026-11-16\n---\n- [ ] check the freeze\n');
    const { journal } = await loadJournal(root);
    assert.deepEqual(journal.followUps().map((f) => [f.owner, f.effectiveAfter]), [['Dana Diaz', '2026-11-23']]);
  });

  it('reads `oneOnOne.thisWeek` as the week mode: the ISO week unless it says next7Days', async () => {
    const cases: Array<[string, string]> = [['"next7Days"', 'next7'], ['"isoWeek"', 'iso'], ['42', 'iso']];
    for (const [value, mode] of cases) {
      const root = path.join(tmp, `week-${mode}-${value.length}`);
      fs.mkdirSync(path.join(root, '.vscode'), { recursive: true });
      fs.writeFileSync(path.join(root, '.vscode', 'settings.json'), `{\n  // JSONC: comments allowed\n  "oneOnOne.thisWeek": ${value},\n}`);
      assert.equal((await readFolderSettings(root)).weekMode, mode, value);
    }
  });

  it('indexes the journal files of the fixture by their relative paths, and nothing excluded', async () => {
    const { relativePaths, skipped } = await loadJournal(fixturePath('cli-journal'));
    assert.deepEqual([...relativePaths.values()].sort(), [
      '1on1s/carly-chen/2026-11-13.md',
      '1on1s/lee-park/2026-11-16.md',
      '1on1s/priya-shah/2026-11-10.md',
      'notes/reading-list.md',
      'people/carly-chen.md',
      'people/dana-diaz.md',
      'people/evan-ito.md',
      'people/lee-park.md',
      'people/maya-ross.md',
      'people/priya-shah.md',
      'scratch/2026-11-18.md',
    ]);
    assert.deepEqual(skipped, []);
  });

  it('survives a symlink loop and a broken symlink, and says what it skipped', async function () {
    const root = path.join(tmp, 'links');
    fs.mkdirSync(path.join(root, 'notes'), { recursive: true });
    fs.writeFileSync(path.join(root, 'notes', 'a.md'), '---\nperson: Carly Chen\ndate: 2026-11-20\n---\n');
    try {
      fs.symlinkSync(root, path.join(root, 'notes', 'loop'), 'dir');
      fs.symlinkSync(path.join(root, 'nowhere.md'), path.join(root, 'broken.md'));
    } catch {
      this.skip(); // symlinks need privileges on some systems
    }
    const { journal, skipped } = await loadJournal(root);
    assert.deepEqual(journal.notes().map((n) => n.personName), ['Carly Chen']);
    assert.deepEqual(skipped.map((s) => [s.path, s.reason]).sort(), [
      ['broken.md', 'broken symbolic link'],
      ['notes/loop', 'symlink loop or folder already scanned'],
    ]);
  });
});
