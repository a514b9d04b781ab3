import assert from 'node:assert/strict';
import { closingFenceIndex, findFrontmatter, lineAt, lineStarts, splitLines } from '../../src/core/parse/fence';
import { findSection } from '../../src/core/noteEdits';
import { firstAgendaPosition } from '../../src/core/templates';

describe('lines and the frontmatter fence', () => {
  /** [what, text, [closing line, body start line] or undefined for no frontmatter] */
  const blocks: Array<[string, string, [number, number] | undefined]> = [
    ['plain fences', '---\na: 1\n---\nbody\n', [3, 4]],
    ['fences with trailing spaces and tabs', '--- \t\na: 1\n---  \nbody\n', [3, 4]],
    ['a block closed by `...`', '---\na: 1\n...\nbody\n', [3, 4]],
    ['an empty block', '---\n---\nbody\n', [2, 3]],
    ['CRLF', '---\r\na: 1\r\n---\r\nbody\r\n', [3, 4]],
    ['old Mac line endings (CR only)', '---\ra: 1\r---\rbody\r', [3, 4]],
    ['a closing fence at the end of the file', '---\na: 1\n---', [3, 4]],
    ['no closing fence', '---\na: 1\nbody\n', undefined],
    ['a thematic break that is not on the first line', 'intro\n---\na: 1\n---\n', undefined],
    ['four dashes', '----\na: 1\n----\n', undefined],
    ['a closing fence followed by text', '---\na: 1\n--- x\n', undefined],
    ['a closing fence followed by a non-breaking space', '---\na: 1\n---\u00A0\n', undefined],
    ['an opening fence alone', '---', undefined],
  ];
  for (const [what, text, expected] of blocks) {
    it(`finds the frontmatter of ${what}: ${JSON.stringify(expected)}`, () => {
      const block = findFrontmatter(text);
      assert.deepEqual(block && [block.closingLine, block.bodyStartLine], expected);
      assert.deepEqual(closingFenceIndex(splitLines(text)), expected && expected[0] - 1);
    });
  }

  it('gives the offsets of the YAML and the body', () => {
    const text = '---\r\na: 1\r\n--- \r\nbody';
    const block = findFrontmatter(text)!;
    assert.equal(text.slice(block.contentStart, block.contentEnd), 'a: 1\r\n');
    assert.equal(text.slice(block.contentEnd, block.closingEnd), '--- ');
    assert.equal(text.slice(block.bodyOffset), 'body');
  });

  it('counts \\r\\n, \\n and a lone \\r each as one line ending, as CommonMark does', () => {
    const text = 'a\r\nb\nc\rd';
    assert.deepEqual(lineStarts(text), [0, 3, 5, 7]);
    assert.deepEqual([1, 2, 3, 4].map((l) => lineAt(text, lineStarts(text), l)), ['a', 'b', 'c', 'd']);
    assert.deepEqual(splitLines(text), ['a', 'b', 'c', 'd']);
  });

  it('stops looking for the closing fence at a limit (a block still being typed)', () => {
    assert.equal(closingFenceIndex(['---', 'a: 1', 'b: 2', '---'], 3), undefined);
    assert.equal(closingFenceIndex(['---', 'a: 1', 'b: 2', '---'], 4), 3);
  });

  it('is the fence the note editors use: a section after frontmatter closed by `...`', () => {
    const lines = ['---', 'person: A', '## Follow-ups', '...', '## Follow-ups', '- [ ] a'];
    assert.deepEqual(findSection(lines, /^follow-ups$/i), { heading: 4, end: 6 });
    assert.deepEqual(firstAgendaPosition(['---', 'person: A', '- ', '...', '## Agenda', '- '].join('\n')), { line: 5, character: 2 });
  });
});
