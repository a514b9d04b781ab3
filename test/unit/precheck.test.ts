import assert from 'node:assert/strict';
import { findFrontmatter } from '../../src/core/parse/fence';
import { isIsoDate } from '../../src/core/dates';
import { mayContainBadTokenDate, precheckBody } from '../../src/core/parse/followUps';
import { topLevelCode } from '../../src/core/parse/topLevelCode';
import { precheckDifference, referenceFollowUps } from '../fuzz/harness';

/**
 * [behaviour, note, what the pre-check must say: may an open item be there, is there a checkbox].
 * Every note is also checked against the full parse (`precheckDifference`): the pre-check may
 * say "may hold" where the parse finds nothing, never the other way round.
 */
const CASES: Array<[string, string, { mayHaveOpen: boolean; checkbox: boolean }]> = [
  ['skips a pasted checklist in a top-level fenced code block', 'intro\n\n```text\n- [ ] pasted\n```\n\n- [x] done\n', { mayHaveOpen: false, checkbox: true }],
  ['skips a checklist in a tilde fence closed by a longer run', '~~~\n- [ ] pasted\n~~~~~\n- [x] done\n', { mayHaveOpen: false, checkbox: true }],
  ['skips a checklist in a top-level HTML comment', '<!-- template:\n- [ ] pasted\n-->\n- [x] done\n', { mayHaveOpen: false, checkbox: true }],
  ['skips a checkbox on a one-line comment', '<!-- - [ ] x -->\n', { mayHaveOpen: false, checkbox: false }],
  ['skips checkboxes in the frontmatter', '---\nperson: A\nnotes: |\n  - [ ] not a task\n---\nbody\n', { mayHaveOpen: false, checkbox: false }],
  ['counts an open item after a fence', '```\n- [x] a\n```\n- [ ] real\n', { mayHaveOpen: true, checkbox: true }],
  ['takes a fence that is never closed for code to the end of the note', '```\n- [ ] code to the end\n', { mayHaveOpen: false, checkbox: false }],
  ['does not take a backtick line whose info string holds a backtick for a fence', '``` a`b\n- [ ] real\n', { mayHaveOpen: true, checkbox: true }],
  ['does not close a fence with a run followed by a non-breaking space', '```\n```\u00A0\n- [ ] code\n```\n', { mayHaveOpen: false, checkbox: false }],
  ['closes a fence with a run indented three spaces and followed by a tab', '```\n   ```\t\n- [ ] real\n', { mayHaveOpen: true, checkbox: true }],
  ['does not close a fence with a run indented four spaces', '```\n    ```\n- [ ] code\n```\n', { mayHaveOpen: false, checkbox: false }],
  ['stops tracking at a fence opened indented (it may sit in a list item and end with it)', '- item\n  ```\n- [ ] a\n\n```\n\nfoo\n', { mayHaveOpen: true, checkbox: true }],
  ['stops tracking at a top-level fence indented one space (its column-0 closer is no opener)', ' ```\n```\n- [ ] real\n', { mayHaveOpen: true, checkbox: true }],
  ['stops tracking at an HTML block other than a comment', '<div>\n```\n</div>\n\n- [ ] real\n```\n', { mayHaveOpen: true, checkbox: true }],
  ['stops tracking at indented HTML', '- a\n  <!--\n```\n- [ ] real\n', { mayHaveOpen: true, checkbox: true }],
  ['ends a comment on the line holding `-->`, the rest of that line included', '<!--\n-->[ ]\n- [ ] real\n', { mayHaveOpen: true, checkbox: true }],
  ['reads CRLF and old Mac line endings alike', '```\r\n- [ ] code\r\n```\r- [ ] real\r', { mayHaveOpen: true, checkbox: true }],
  ['counts a checkbox split by a line ending', 'intro\n\n- [\r\n] a\n', { mayHaveOpen: true, checkbox: true }],
  ['says nothing can be there without a checkbox', 'intro\n\n- a [link](u) and [a](b)\n', { mayHaveOpen: false, checkbox: false }],
];

describe('the pre-check of a body for follow-ups (precheckBody)', () => {
  for (const [behaviour, note, expected] of CASES) {
    it(behaviour, () => {
      const pre = precheckBody(note, findFrontmatter(note)?.bodyOffset ?? 0);
      assert.deepEqual({ mayHaveOpen: pre.mayHaveOpen, checkbox: pre.firstCheckbox >= 0 }, expected);
      assert.equal(precheckDifference(note), undefined);
    });
  }

  it('is never wrong where a template is pasted in code before real items (the long-note shape)', () => {
    const note = `---\nperson: Carly\n---\n${'Prose line.\n'.repeat(50)}\n\`\`\`text\n- [ ] pasted\n\`\`\`\n\n## Follow-ups\n- [x] a\n- [ ] b\n`;
    assert.equal(referenceFollowUps(note).filter((f) => !f.done).length, 1);
    assert.equal(precheckBody(note, findFrontmatter(note)!.bodyOffset).mayHaveOpen, true);
    assert.equal(precheckDifference(note), undefined);
  });

  it('gives each top-level code block from its opening line to the end of its closing line', () => {
    const text = 'a\n```\nb\n```\nc\n<!--\nd\n-->\n';
    assert.deepEqual(topLevelCode(text, 0).regions, [2, 11, 14, 24]);
  });
});

/** The pre-check's rule as one regular expression (what `mayContainBadTokenDate` computes faster). */
function badDateByOneExpression(text: string, from: number): boolean {
  const re = /(?:due|after|done):(\S*)|(?:📅|🛫|✅)\uFE0F?[ \t\u00A0]*(\S*)/giu;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = m[1] ?? m[2];
    if (!/^\d{4}-\d{2}-\d{2}(?![\d/.-])/.test(value) || !isIsoDate(value.slice(0, 10))) return true;
  }
  return false;
}

describe('the pre-check for bad follow-up dates (mayContainBadTokenDate)', () => {
  const CASES: Array<[string, string, number, boolean]> = [
    ['finds no date token in prose', 'a note\n- [x] done thing\n', 0, false],
    ['takes a real date', '- [x] a due:2026-11-27\n', 0, false],
    ['flags a date that is not on the calendar', '- [x] a due:2026-02-30\n', 0, true],
    ['flags a slashed date', '- [x] a after:2026/11/27\n', 0, true],
    ['flags a date run on by a digit, a dot or a slash', '- [x] a done:2026-11-270 b\n- [x] c\n', 0, true],
    ['reads the labels in any case', '- [x] a DUE:2026-13-01\n', 0, true],
    ['flags an empty value', '- [x] a due:\n', 0, true],
    ['reads an emoji date after a variation selector and spaces', '- [x] a 📅\uFE0F\u00A0 2026-11-27\n', 0, false],
    ['flags an emoji with no date after it', '- [x] a ✅ three things\n', 0, true],
    ['skips a label inside the value before it', '- [x] a due:2026-11-27due:x\n', 0, false],
    ['starts looking at `from`', 'due:x\n- [x] a due:2026-11-27\n', 6, false],
  ];
  for (const [behaviour, text, from, expected] of CASES) {
    it(behaviour, () => {
      assert.equal(mayContainBadTokenDate(text, from), expected);
      assert.equal(badDateByOneExpression(text, from), expected);
    });
  }

  it('says what the one regular expression says on 20,000 generated texts', () => {
    const parts = ['due:', 'DuE:', 'after:', 'done:', '📅', '🛫', '✅', '\uFE0F', ' ', '\u00A0', '\t', '\n', '2026-11-27', '2026-02-30', '2026/11/27', '1', '-', '.', 'x', 'ſ', '\uD83D', '\uDCC5', 'é'];
    let seed = 20261202;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      for (let k = next(12); k >= 0; k--) text += parts[next(parts.length)];
      let from = next(text.length + 1);
      // `from` is where a checkbox starts in real use, never inside a surrogate pair (where the `u` flag steps back).
      if (/[\uD800-\uDBFF]/.test(text[from - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[from] ?? '')) from--;
      assert.equal(mayContainBadTokenDate(text, from), badDateByOneExpression(text, from), JSON.stringify([text, from]));
    }
  });
});
