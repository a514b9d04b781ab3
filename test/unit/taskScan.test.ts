import assert from 'node:assert/strict';
import { compareWithFullParse, fastPathTakes } from '../fuzz/harness';

/** [behaviour, note body, whether the fast path reads it itself, the open items' lines:texts it must find]. */
const CASES: Array<[string, string, boolean, string[]]> = [
  ['reads a follow-ups section with both token styles', '## Follow-ups\n- [ ] @me send the plan due:2026-01-08\n- [x] done ✅ 2026-01-02\n* [ ] star 📅 2026-01-09\n', true, ['2:send the plan', '4:star']],
  ['reads nested items and keeps #confidential for the items under it', '- [ ] parent #confidential\n  - [ ] child\n    1. [ ] grandchild\n', true, ['1:parent', '2:child', '3:grandchild']],
  ['starts a new list at a `5.` after a bullet item (the line is not lazy)', '- [x] a\n5. [ ] b\n', true, ['2:b']],
  ['keeps `3.` inside an item’s paragraph as text: only `1.` may interrupt it', '- [ ] a\n  3. [ ] not an item\n', true, ['1:a 3. [ ] not an item']],
  ['ignores a pasted checklist in fenced code', 'intro\n\n```text\n- [ ] pasted\n```\n\n- [ ] real\n', true, ['7:real']],
  ['ignores a checklist in an HTML comment', '<!-- template:\n- [ ] pasted\n-->\n- [ ] real\n', true, ['4:real']],
  ['ignores a checklist in indented code', 'intro\n\n    - [ ] code\n\n- [ ] real\n', true, ['5:real']],
  ['takes an empty checkbox for text, unless its paragraph goes on', '- [ ]\n- [ ]\n  goes on\n', true, ['2:goes on']],
  ['reads CRLF notes', '- [ ] one\r\n- [ ] two\r\n', true, ['1:one', '2:two']],
  ['reads a lazy continuation line into the item', '- [ ] starts here\nand goes on due:2026-02-01\n', true, ['1:starts here and goes on']],
  ['reads a plain block quote and the list after it', '> "a quote"\n- [ ] after\n', true, ['2:after']],
  ['hands a note with a tab to remark', '-\t[ ] tab\n', false, ['1:tab']],
  ['hands a setext heading to remark', 'Title\n---\n- [ ] x\n', false, ['3:x']],
  ['hands a block quote holding a list to remark', '> - [ ] quoted\n', false, ['1:quoted']],
  ['hands an HTML block to remark', '<div>\n- [ ] in html\n</div>\n\n- [ ] after\n', false, ['5:after']],
  ['hands a fence inside a list item to remark', '- item\n  ```\n  - [ ] code\n  ```\n- [ ] after\n', false, ['5:after']],
  ['hands two markers on one line to remark', '- - [ ] nested\n', false, ['1:nested']],
  ['hands an old Mac line ending to remark', '- [ ] one\r- [ ] two\r', false, ['1:one', '2:two']],
];

describe('the fast task-line scanner (src/core/parse/taskScan.ts)', () => {
  for (const [behaviour, body, fast, open] of CASES) {
    it(`${behaviour}, exactly as the full parse`, () => {
      for (const note of [body, `---\nperson: Carly\ndate: 2026-11-20\n---\n${body}`]) {
        const comparison = compareWithFullParse(note);
        assert.ok(comparison.ok, comparison.difference);
        assert.equal(fastPathTakes(note), fast, fast ? 'the fast path should read this note' : 'this note should go to remark');
        const shift = note === body ? 0 : 4;
        assert.deepEqual(comparison.ours.filter((f) => !f.done).map((f) => `${f.line - shift}:${f.text}`), open);
      }
    });
  }

  it('marks items under a #confidential item, as remark does', () => {
    const { ours } = compareWithFullParse('- [ ] parent #confidential\n  - [ ] child\n- [ ] other\n');
    assert.deepEqual(ours.map((f) => f.underConfidential ?? false), [false, true, false]);
  });
});
