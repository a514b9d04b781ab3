import assert from 'node:assert/strict';
import { Journal } from '../../src/core/journal';
import type { Insertion } from '../../src/core/noteEdits';
import { findSection, followUpInsertion, frontmatterValueSpan, personProfileText, relativeDates } from '../../src/core/noteEdits';

/** Applies an insertion to lines, as the editor would. */
function applyInsertion(lines: readonly string[], insertion: Insertion): string[] {
  const text = lines.join('\n');
  let offset = 0;
  for (let i = 0; i < insertion.line; i++) offset += lines[i].length + 1;
  offset += insertion.character;
  return (text.slice(0, offset) + insertion.text + text.slice(offset)).split('\n');
}

describe('note edits', () => {
  describe('followUpInsertion', () => {
    const cases: Array<[string, string[], string, string[], [number, number]]> = [
      ['after the last item of the Follow-ups section',
        ['## Follow-ups', '- [ ] a', '- [ ] b', '', '## Next', 'x'], '',
        ['## Follow-ups', '- [ ] a', '- [ ] b', '- [ ] ', '', '## Next', 'x'], [3, 6]],
      ['right under the heading of an empty Follow-ups section',
        ['# Note', '## Follow-ups', '', '## Later'], '',
        ['# Note', '## Follow-ups', '- [ ] ', '', '## Later'], [2, 6]],
      ['at the end of a Follow-ups section that ends the file, blank lines kept after it',
        ['## Check-in', 'hi', '## Follow-ups', '- [x] done', '', ''], '',
        ['## Check-in', 'hi', '## Follow-ups', '- [x] done', '- [ ] ', '', ''], [4, 6]],
      ['inside the section up to the next heading of the same level, past its sub-headings',
        ['## Follow-ups', '### Mine', '- [ ] a', '## Other'], '',
        ['## Follow-ups', '### Mine', '- [ ] a', '- [ ] ', '## Other'], [3, 6]],
      ['in a new section after the last text when there is none',
        ['---', 'person: a', '---', '## Check-in', 'fine', '', ''], '',
        ['---', 'person: a', '---', '## Check-in', 'fine', '', '## Follow-ups', '- [ ] ', '', ''], [7, 6]],
      ['in a new section at the top of an empty file', [''], '',
        ['## Follow-ups', '- [ ] ', ''], [1, 6]],
      ['with a due date after the cursor, one space apart',
        ['## Follow-ups'], 'due:2026-11-27',
        ['## Follow-ups', '- [ ]  due:2026-11-27'], [1, 6]],
      ['not under a "Follow-ups" heading inside a code block or the frontmatter',
        ['---', '## Follow-ups: x', '---', '```', '## Follow-ups', '```', 'text'], '',
        ['---', '## Follow-ups: x', '---', '```', '## Follow-ups', '```', 'text', '', '## Follow-ups', '- [ ] '], [9, 6]],
      ['under a heading written "Follow ups" or "Followups", at any level',
        ['### Followups', 'x'], '',
        ['### Followups', 'x', '- [ ] '], [2, 6]],
    ];
    for (const [name, lines, suffix, expected, cursor] of cases) {
      it(`adds "- [ ] " ${name}`, () => {
        const insertion = followUpInsertion(lines, suffix);
        const after = applyInsertion(lines, insertion);
        assert.deepEqual(after, expected);
        assert.deepEqual([insertion.cursor.line, insertion.cursor.character], cursor);
        assert.equal(after[cursor[0]].slice(0, cursor[1]), '- [ ] ', 'the cursor is not right after the checkbox');
      });
    }

    it('finds no section when none has that title', () => {
      assert.equal(findSection(['# A', '## B'], /^c$/i), undefined);
    });
  });

  describe('relativeDates', () => {
    const cases: Array<[string, string, string]> = [
      ['2026-11-20', 'a Friday', '2026-11-23'],
      ['2026-11-23', 'a Monday', '2026-11-30'],
      ['2026-11-22', 'a Sunday', '2026-11-23'],
      ['2026-12-31', 'New Year\'s Eve', '2027-01-04'],
    ];
    for (const [today, day, monday] of cases) {
      it(`offers today, tomorrow, next Monday, in 1 and 2 weeks from ${today} (${day})`, () => {
        const dates = relativeDates(today);
        assert.deepEqual(dates.map((d) => d.label), ['today', 'tomorrow', 'next Monday', 'in 1 week', 'in 2 weeks']);
        assert.equal(dates[0].date, today);
        assert.equal(dates[2].date, monday);
      });
    }

    it('counts calendar days across a month end', () => {
      assert.deepEqual(relativeDates('2026-11-30').map((d) => d.date), ['2026-11-30', '2026-12-01', '2026-12-07', '2026-12-07', '2026-12-14']);
    });
  });

  describe('frontmatterValueSpan', () => {
    const cases: Array<[string, string, { start: number; end: number; value: string } | undefined]> = [
      ['type: 1:1', 'type', { start: 6, end: 9, value: '1:1' }],
      ['type:   "1:1"   # the kind', 'type', { start: 8, end: 13, value: '1:1' }],
      ['  date: 2026/11/20', 'date', { start: 8, end: 18, value: '2026/11/20' }],
      ["confidentiality: 'shareable'", 'confidentiality', { start: 17, end: 28, value: 'shareable' }],
      ['person: Carly', 'type', undefined],
    ];
    for (const [line, key, expected] of cases) {
      it(`finds the value of ${key} in "${line}"`, () => assert.deepEqual(frontmatterValueSpan(line, key), expected));
    }
  });

  describe('personProfileText', () => {
    it('writes a profile the journal reads back, with blank keys left to fill in', () => {
      const journal = new Journal();
      journal.set('people/zara.md', personProfileText({ name: 'Zara Quill' }));
      const [profile] = journal.profiles();
      assert.deepEqual({ ...profile, uri: undefined }, { uri: undefined, name: 'Zara Quill', aliases: [], active: true });
      assert.deepEqual(journal.diagnosticsFor('people/zara.md'), []);
    });

    it('writes role, team and reportsTo when given, quoting what YAML would misread', () => {
      const journal = new Journal();
      journal.set('people/zara.md', personProfileText({ name: 'Zara Quill', role: 'Staff Engineer: Infra', team: 'Platform', reportsTo: 'Carly Chen' }));
      const [profile] = journal.profiles();
      assert.deepEqual([profile.role, profile.team, profile.reportsTo], ['Staff Engineer: Infra', 'Platform', 'Carly Chen']);
    });
  });
});
