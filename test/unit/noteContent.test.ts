import assert from 'node:assert/strict';
import { isMostlyStatus, isStatusNote, noteContent, statusMarkersOf, type NoteContent } from '../../src/core/insights/noteContent';

describe('the "mostly status" rule', () => {
  const lines: Array<[string, string[]]> = [
    ['PAY-123 is in review', ['ticket ids']],
    ['fixed (PAY-9) and OPS-1200', ['ticket ids']],
    ['the migration is done', ['done']],
    ['Shipped the billing page', ['done']],
    ['blocked on the security review', ['blocked']],
    ['no blockers this week', ['blocked']],
    ['ETA Friday', ['ETA']],
    ['status: green', ['status']],
    ['auth rewrite still in progress', ['status']],
    ['PAY-77 done, ETA for PAY-78 Monday', ['ticket ids', 'done', 'ETA']],
    ['She wants to lead the next design review', []],
    ['Feels the team does not listen in planning', []],
    ['talked about the well-done offsite', []],
    ['COVID-19 plans for the offsite', ['ticket ids']],
    ['a utf-8 file', []],
    ['beta testers like it', []],
    ['x-123 lower-case is not a ticket', []],
  ];
  for (const [line, expect] of lines) it(`"${line}" → ${expect.join(', ') || 'not status'}`, () => assert.deepEqual(statusMarkersOf(line), expect));

  const shares: Array<[number, number, boolean]> = [[0, 0, false], [1, 1, true], [2, 3, true], [1, 2, false], [3, 5, true], [2, 5, false], [0, 4, false]];
  for (const [status, total, expect] of shares) {
    it(`${status} status lines of ${total} ${expect ? 'is' : 'is not'} mostly status`, () => assert.equal(isMostlyStatus({ statusLines: status, lines: total }), expect));
  }

  const notes: Array<{ name: string; text: string; expect: Omit<NoteContent, 'markers'>; status: boolean }> = [
    { name: 'a status list without a growth section', text: '## Updates\n- PAY-1 done\n- PAY-2 blocked\n- lunch was nice\n',
      expect: { lines: 3, statusLines: 2, growth: 'missing' }, status: true },
    { name: 'template prompts are not what the note says', text: '## Check-in\n<!-- How are you, really?\n  What is on your mind? -->\n- PAY-1 done\n## Growth & feedback\n<!-- What would help you grow? -->\n',
      expect: { lines: 1, statusLines: 1, growth: 'empty' }, status: true },
    { name: 'a written growth section keeps it a 1:1', text: '- PAY-1 done\n- PAY-2 done\n## Growth & feedback\nAsked for feedback on her RFC.\n## Follow-ups\n- [ ] PAY-3 status\n',
      expect: { lines: 2, statusLines: 2, growth: 'written' }, status: false },
    { name: 'follow-up items and code blocks do not count', text: '## Follow-ups\n- [ ] PAY-1 done:2026-11-20\n- [x] ship it ✅ 2026-11-20\n```\nPAY-1 done\n```\nHow she wants to grow.\n',
      expect: { lines: 1, statusLines: 0, growth: 'missing' }, status: false },
    { name: 'a heading of the same level ends the growth section', text: '## Career\n## Updates\n- PAY-1 done\n',
      expect: { lines: 1, statusLines: 1, growth: 'empty' }, status: true },
    { name: 'a sub-heading stays inside the growth section', text: '## Growth\n### Feedback for her\nGreat incident write-up.\n',
      expect: { lines: 0, statusLines: 0, growth: 'written' }, status: false },
    { name: 'an empty note is not a status meeting', text: '', expect: { lines: 0, statusLines: 0, growth: 'missing' }, status: false },
    { name: 'CRLF lines', text: '- PAY-1 done\r\n- PAY-2 ETA Monday\r\n', expect: { lines: 2, statusLines: 2, growth: 'missing' }, status: true },
  ];
  for (const c of notes) {
    it(`reads ${c.name}`, () => {
      const content = noteContent(c.text);
      assert.deepEqual({ lines: content.lines, statusLines: content.statusLines, growth: content.growth }, c.expect);
      assert.equal(isStatusNote(noteContent(c.text)), c.status);
    });
  }

  it('skips the frontmatter by the body start line', () => {
    const text = '---\nperson: Evan\nstatus: done\n---\nWe talked about how she grows.\n';
    assert.deepEqual(noteContent(text, 5), { lines: 1, statusLines: 0, markers: [], growth: 'missing' });
  });
});
