import assert from 'node:assert/strict';
import { parseFollowUps } from '../../src/core/parse/followUps';
import { readFrontmatter } from '../../src/core/parse/frontmatter';
import { safeStart } from '../../src/core/parse/safeStart';

const FM = '---\nperson: Carly Chen\ndate: 2026-11-20\n---\n';

/** [what, body, the 1-based line the parse may start at (undefined = from the top)] */
const cases: Array<[string, string, number | undefined]> = [
  ['starts at the heading before the follow-ups', '## Check-in\nfine\n\n## Follow-ups\n- [ ] a\n', 8],
  ['skips a closed fence holding a fake task', '```\n- [ ] fake\n```\n\n## Follow-ups\n- [ ] real\n', 9],
  ['never starts inside an open fence', 'intro\n\n```\n\n- [ ] inside the fence\n', 7],
  ['a tilde fence closes only with tildes', '~~~\n```\n\nx\n~~~\n\n- [ ] a\n', 11],
  ['never starts inside a multi-line HTML comment', '<!--\n\n- [ ] hidden\n\n-->\n\n- [ ] shown\n', 11],
  ['starts no later than an untracked HTML block', 'a\n\n<div>\n\nb\n\n</div>\n\n- [ ] a\n', 7],
  ['starts no later than a fence indented like code', 'a\n\n- item\n\n      ```\n\nb\n\n- [ ] a\n', 7],
  ['never starts inside a list item (indented continuation)', '- item\n\n  more of the item\n- [ ] a\n', undefined],
  ['never starts at a thematic break that could read as frontmatter', 'a\n\n---\n- [ ] a\n', undefined],
  ['does not cut when the first task is at the top of the body', '- [ ] a\n', undefined],
  ['never starts at an ordered item other than 1. (read differently after indented code)', 'intro\n\n    code\n\n2. [ ] x\n', undefined],
  ['a backtick line with a backtick in its info is not a fence', '``` a`b\n\n## F\n- [ ] a\n', 7],
];

describe('where the follow-up parse may start', () => {
  for (const [what, body, line] of cases) {
    it(`${what}, and finds the same items as a parse from the top`, () => {
      const text = FM + body;
      const { bodyStartLine } = readFrontmatter(text);
      assert.equal(safeStart(text, bodyStartLine)?.line, line);
      assert.deepEqual(parseFollowUps(text, bodyStartLine), parseFollowUps(text));
    });
  }

  it('never starts inside the frontmatter', () => {
    const text = '---\nperson: A\n\ntags:\n- [ ] yaml, not a task\n---\nbody\n\n- [ ] real\n';
    const start = safeStart(text, readFrontmatter(text).bodyStartLine);
    assert.equal(start?.line, 9);
    assert.deepEqual(parseFollowUps(text, 7).items.map((i) => i.text), ['real']);
  });

  it('keeps CRLF line numbers and source lines', () => {
    const text = (FM + '## Check-in\nx\n\n## Follow-ups\n- [ ] a due:2026-11-27\n').replace(/\n/g, '\r\n');
    const { items } = parseFollowUps(text, 5);
    assert.deepEqual(items.map((i) => [i.line, i.source]), [[9, '- [ ] a due:2026-11-27']]);
  });
});
