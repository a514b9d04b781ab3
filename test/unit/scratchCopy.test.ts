import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { scratchCopy } from '../../scripts/lib/build';

/** `npm start` opens a scratch copy of sample-journal/, so trying the product never edits the repository. */
describe('the scratch copy npm start opens', () => {
  let tmp: string;
  let source: string;
  let target: string;
  const read = (file: string): string => fs.readFileSync(path.join(target, file), 'utf8');

  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oneonone-scratch-'));
    source = path.join(tmp, 'sample-journal');
    target = path.join(tmp, '.vscode-test', 'sample-journal');
    fs.mkdirSync(path.join(source, '1on1s'), { recursive: true });
    fs.writeFileSync(path.join(source, '1on1s', 'note.md'), 'original\n');
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const cases: ReadonlyArray<{ name: string; before: 'none' | 'edited'; reset: boolean; made: boolean; note: string; extra: boolean }> = [
    { name: 'is made from the source on first use', before: 'none', reset: false, made: true, note: 'original\n', extra: false },
    { name: 'keeps the person\'s edits from one start to the next', before: 'edited', reset: false, made: false, note: 'edited\n', extra: true },
    { name: 'is made afresh with --reset, dropping edits and new files', before: 'edited', reset: true, made: true, note: 'original\n', extra: false },
    { name: 'is made with --reset when there was none', before: 'none', reset: true, made: true, note: 'original\n', extra: false },
  ];
  for (const c of cases) {
    it(c.name, () => {
      if (c.before === 'edited') {
        scratchCopy(source, target);
        fs.writeFileSync(path.join(target, '1on1s', 'note.md'), 'edited\n');
        fs.writeFileSync(path.join(target, 'new.md'), 'new\n');
      }
      assert.equal(scratchCopy(source, target, { reset: c.reset }), c.made);
      assert.equal(read('1on1s/note.md'), c.note);
      assert.equal(fs.existsSync(path.join(target, 'new.md')), c.extra);
      assert.equal(fs.readFileSync(path.join(source, '1on1s', 'note.md'), 'utf8'), 'original\n', 'the source is never written');
      assert.deepEqual(fs.readdirSync(source).sort(), ['1on1s']);
    });
  }

  it('refuses a source that does not exist', () => {
    assert.throws(() => scratchCopy(path.join(tmp, 'missing'), target), /does not exist/);
  });
});
