import assert from 'node:assert/strict';
import {
  appendTalkingPoint, appendToMyTopics, applyChanges, cleanTalkingPoint, parseTalkingPoints, removeTalkingPoints, renderTalkingPoints,
} from '../../src/core/talkingPoints';

const PROFILE = ['---', 'kind: person', 'name: Carly Chen', '---', 'Free notes.', ''];

const lf = (...lines: string[]): string => lines.join('\n');
const crlf = (...lines: string[]): string => lines.join('\r\n');

describe('talking points', () => {
  describe('parseTalkingPoints', () => {
    const cases: Array<[string, string, string[], number[]]> = [
      ['the items under ## Next 1:1, in file order',
        lf(...PROFILE.slice(0, 5), '## Next 1:1', '- on-call load', '- promo packet', ''), ['on-call load', 'promo packet'], [7, 8]],
      ['nothing when there is no ## Next 1:1 heading',
        lf(...PROFILE, '- not queued'), [], []],
      ['only the items of that section, up to the next heading of the same level',
        lf('## Goals', '- lead a project', '## Next 1:1', '* first', '+ second', '1. third', '## Later', '- not this'), ['first', 'second', 'third'], [4, 5, 6]],
      ['a nested item or a wrapped line as part of its item, its own text only',
        lf('## Next 1:1', '- ask about', '  the offsite', '  - sub point', '- next'), ['ask about the offsite', 'next'], [2, 5]],
      ['not empty items, comments or text that is not a list item',
        lf('## Next 1:1', '<!-- queue topics here', '- not this -->', 'Some prose.', '- ', '- real one'), ['real one'], [6]],
      ['the heading at any level and in any case',
        lf('### next 1:1', '- a'), ['a'], [2]],
      ['CRLF files the same as LF ones',
        crlf(...PROFILE.slice(0, 5), '## Next 1:1', '- on-call load', '- promo packet', ''), ['on-call load', 'promo packet'], [7, 8]],
      ['not a heading inside a code block',
        lf('```', '## Next 1:1', '- code', '```'), [], []],
      ['items separated by blank lines',
        lf('## Next 1:1', '- a', '', '- b', '', 'after'), ['a', 'b'], [2, 4]],
    ];
    for (const [name, text, texts, lines] of cases) {
      it(`reads ${name}`, () => {
        const points = parseTalkingPoints(text);
        assert.deepEqual(points.map((p) => p.text), texts);
        assert.deepEqual(points.map((p) => p.line), lines);
      });
    }
  });

  describe('cleanTalkingPoint', () => {
    const cases: Array<[string, string]> = [
      ['  ask about the offsite  ', 'ask about the offsite'],
      ['- a selected item', 'a selected item'],
      ['- [ ] a selected task', 'a selected task'],
      ['two\nlines', 'two lines'],
      ['1. numbered', 'numbered'],
    ];
    for (const [input, expected] of cases) {
      it(`writes ${JSON.stringify(input)} as one line ${JSON.stringify(expected)}`, () => assert.equal(cleanTalkingPoint(input), expected));
    }
  });

  describe('appendTalkingPoint', () => {
    const cases: Array<[string, string, string]> = [
      ['at the end of the existing section, before the next heading',
        lf('---', 'kind: person', '---', '## Next 1:1', '- a', '', '## Goals', 'x'),
        lf('---', 'kind: person', '---', '## Next 1:1', '- a', '- new', '', '## Goals', 'x')],
      ['right under an empty section heading',
        lf('## Next 1:1', '', '## Goals'),
        lf('## Next 1:1', '- new', '', '## Goals')],
      ['in a new section after the last text, the rest untouched',
        lf(...PROFILE),
        lf(...PROFILE.slice(0, 5), '', '## Next 1:1', '- new', '')],
      ['in a new section of a profile without a final newline',
        lf('---', 'kind: person', '---', 'Notes'),
        lf('---', 'kind: person', '---', 'Notes', '', '## Next 1:1', '- new')],
      ['with CRLF line endings in a CRLF profile',
        crlf(...PROFILE),
        crlf(...PROFILE.slice(0, 5), '', '## Next 1:1', '- new', '')],
      ['with CRLF line endings into an existing CRLF section',
        crlf('## Next 1:1', '- a', ''),
        crlf('## Next 1:1', '- a', '- new', '')],
    ];
    for (const [name, before, after] of cases) {
      it(`queues a point ${name}`, () => {
        assert.equal(applyChanges(before, [appendTalkingPoint(before, 'new')]), after);
        assert.deepEqual(parseTalkingPoints(applyChanges(before, [appendTalkingPoint(before, 'new')])).at(-1)?.text, 'new');
      });
    }
  });

  describe('appendToMyTopics', () => {
    const cases: Array<[string, string, string]> = [
      ['fills the empty item a template leaves under ## My topics',
        lf('## My topics', '<!-- prompt -->', '- ', '', '## Growth'),
        lf('## My topics', '<!-- prompt -->', '- new', '', '## Growth')],
      ['goes after the last item when the section has no empty one',
        lf('## My topics', '- a', '', '## Growth'),
        lf('## My topics', '- a', '- new', '', '## Growth')],
      ['makes the section before ## Follow-ups when the note has none',
        lf('## Check-in', 'fine', '', '## Follow-ups', '- [ ] x'),
        lf('## Check-in', 'fine', '', '## My topics', '- new', '', '## Follow-ups', '- [ ] x')],
      ['makes the section at the end of a note with neither',
        lf('## Check-in', 'fine', ''),
        lf('## Check-in', 'fine', '', '## My topics', '- new', '')],
      ['keeps CRLF line endings',
        crlf('## My topics', '- a', ''),
        crlf('## My topics', '- a', '- new', '')],
    ];
    for (const [name, before, after] of cases) {
      it(`adds a point to a note: ${name}`, () => assert.equal(applyChanges(before, [appendToMyTopics(before, 'new')]), after));
    }
  });

  describe('removeTalkingPoints', () => {
    const cases: Array<[string, string, string]> = [
      ['every item, heading and the rest kept',
        lf('Notes', '## Next 1:1', '- a', '- b', '', '## Goals', 'x'),
        lf('Notes', '## Next 1:1', '', '## Goals', 'x')],
      ['nested lines with their item',
        lf('## Next 1:1', '- a', '  - sub', '', 'tail'),
        lf('## Next 1:1', '', 'tail')],
      ['the last line of a file without a final newline',
        lf('## Next 1:1', '- a'),
        lf('## Next 1:1')],
      ['items separated by blank lines, as one change',
        lf('## Next 1:1', '- a', '', '- b', '', 'after'),
        lf('## Next 1:1', '', 'after')],
      ['CRLF lines, line endings kept',
        crlf('## Next 1:1', '- a', '- b', '## Goals'),
        crlf('## Next 1:1', '## Goals')],
      ['nothing when nothing is queued',
        lf('## Next 1:1', '', 'x'),
        lf('## Next 1:1', '', 'x')],
    ];
    for (const [name, before, after] of cases) {
      it(`removes ${name}`, () => {
        const changes = removeTalkingPoints(before);
        assert.equal(applyChanges(before, changes), after);
        assert.deepEqual(parseTalkingPoints(applyChanges(before, changes)), []);
      });
    }

    it('removes only the points it is given', () => {
      const text = lf('## Next 1:1', '- a', '- b', '- c');
      const [, b] = parseTalkingPoints(text);
      assert.equal(applyChanges(text, removeTalkingPoints(text, [b])), lf('## Next 1:1', '- a', '- c'));
    });
  });

  describe('renderTalkingPoints', () => {
    it('writes the queued items as they were written, nested lines too', () => {
      const points = parseTalkingPoints(crlf('## Next 1:1', '- a', '  - sub', '* b'));
      assert.equal(renderTalkingPoints(points), lf('- a', '  - sub', '* b'));
    });
    it('leaves an empty item to write in when nothing is queued', () => {
      assert.equal(renderTalkingPoints([]), '- ');
    });
  });
});
