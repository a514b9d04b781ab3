import assert from 'node:assert/strict';
import { computeUpcoming } from '../../src/core/cadence';
import { Journal } from '../../src/core/journal';
import { detailText, initialsLabels } from '../../src/core/privacy';
import { awayNow, followUpTooltip, markdownText, peopleRow, tooltipMarkdown, upcomingRow, type RowText, type TooltipParagraph } from '../../src/core/rows';

const TODAY = '2026-11-20';

/** Maya is me; Carly reports to her (Senior Engineer, Platform), Lena reports to Carly. */
function journalOf(extraCarly = '', notes: Array<[string, string, string?]> = [['Carly Chen', '2026-11-13']]): Journal {
  const journal = new Journal();
  journal.set('file:///j/people/maya.md', '---\nkind: person\nname: Maya Okafor\nrelationship: self\n---\n');
  journal.set('file:///j/people/carly.md', `---\nkind: person\nname: Carly Chen\naliases: [Carly, CC]\nrole: Senior Engineer\nteam: Platform\nreportsTo: Maya Okafor\n${extraCarly}---\n`);
  journal.set('file:///j/people/lena.md', '---\nkind: person\nname: Lena Park\nreportsTo: Carly Chen\n---\n');
  notes.forEach(([person, date, type], i) => journal.set(`file:///j/1on1s/n${i}.md`, `---\nperson: ${person}\ndate: ${date}\n${type ? `type: ${type}\n` : ''}---\n- [ ] @me ask Dana about the budget due:2026-11-27 #confidential\n`));
  return journal;
}

/** A row as the privacy layer would draw it, privacy mode off or on. */
function shown(row: RowText, journal: Journal, on: boolean): { label: string; description: string; tooltip: string[] } {
  const labels = initialsLabels(journal.directory().people.map((p) => p.name));
  const text = (p: TooltipParagraph): string => detailText(p.parts, on, labels, p.join ?? ' · ');
  return {
    label: detailText([row.label], on, labels),
    description: detailText(row.description, on, labels),
    tooltip: row.tooltip.map(text).filter((t) => t !== ''),
  };
}

function carlyUpcoming(journal: Journal, today = TODAY): RowText {
  const entry = computeUpcoming(journal.directory(), journal.meetings(), today, { weekMode: 'iso' }).find((e) => e.person.name === 'Carly Chen');
  assert.ok(entry, 'Carly is not in Upcoming');
  return upcomingRow(entry, today);
}

describe('rows of the side bar (core/rows.ts)', () => {
  describe('Upcoming 1:1s: the name is the label, the rest the description', () => {
    const cases: Array<{ what: string; extra?: string; notes?: Array<[string, string, string?]>; on: boolean; label: string; description: string }> = [
      { what: 'due today', on: false, label: 'Carly Chen', description: 'due today · weekly · last met Nov 13' },
      { what: 'due today, privacy mode: initials, no last-met date', on: true, label: 'C.C.', description: 'due today · weekly' },
      { what: 'overdue by weeks', notes: [['Carly Chen', '2026-10-01']], on: false, label: 'Carly Chen', description: 'due 6 weeks ago · weekly · last met Oct 1' },
      { what: 'away', extra: 'away: 2026-11-16..2026-12-04\n', on: false, label: 'Carly Chen', description: 'away until Dec 4 · weekly · last met Nov 13' },
      { what: 'never met', notes: [], on: false, label: 'Carly Chen', description: 'never met · due now · weekly' },
    ];
    for (const c of cases) {
      it(`${c.what}: "${c.label}" with "${c.description}"`, () => {
        const journal = journalOf(c.extra, c.notes);
        const row = shown(carlyUpcoming(journal), journal, c.on);
        assert.deepEqual([row.label, row.description], [c.label, c.description]);
      });
    }

    it('says everything in the tooltip, one fact per paragraph, the click last', () => {
      const journal = journalOf();
      assert.deepEqual(shown(carlyUpcoming(journal), journal, false).tooltip, [
        'Carly Chen', 'direct · Senior Engineer · Platform', 'due today · weekly · last met Nov 13', 'Click to start a new 1:1 note.',
      ]);
    });

    it('in privacy mode the tooltip has initials and no role, team or date', () => {
      const journal = journalOf();
      assert.deepEqual(shown(carlyUpcoming(journal), journal, true).tooltip, ['C.C.', 'direct', 'due today · weekly', 'Click to start a new 1:1 note.']);
    });
  });

  describe('People: who is away, then last met, then who they are', () => {
    const cases: Array<{ what: string; extra?: string; today?: string; on: boolean; description: string; tooltipHas?: string }> = [
      { what: 'at work', on: false, description: 'last met Nov 13 · Senior Engineer · Platform' },
      { what: 'away today', extra: 'away: 2026-11-16..2026-12-04\n', on: false, description: 'away until Dec 4 · last met Nov 13 · Senior Engineer · Platform', tooltipHas: 'Away until Dec 4, back Dec 5: no 1:1 is due while they are away.' },
      { what: 'away on leaves that touch, as one', extra: 'away: [2026-11-16..2026-11-30, 2026-12-01..2026-12-10]\n', on: false, description: 'away until Dec 10 · last met Nov 13 · Senior Engineer · Platform' },
      { what: 'away today, privacy mode: the leave, no role, team or last-met date', extra: 'away: 2026-11-16..2026-12-04\n', on: true, description: 'away until Dec 4' },
      { what: 'a leave ahead: not away yet, said in the tooltip', extra: 'away: 2026-12-20..2027-01-05\n', on: false, description: 'last met Nov 13 · Senior Engineer · Platform', tooltipHas: 'Away Dec 20 to Jan 5, 2027 (in 4 weeks).' },
      { what: 'back from a leave', extra: 'away: 2026-11-01..2026-11-10\n', on: false, description: 'last met Nov 13 · Senior Engineer · Platform' },
      { what: 'inactive', extra: 'active: false\n', on: false, description: 'inactive · last met Nov 13 · Senior Engineer · Platform' },
    ];
    for (const c of cases) {
      it(`${c.what}: "${c.description}"`, () => {
        const journal = journalOf(c.extra);
        const carly = journal.directory().resolve('Carly Chen')!;
        const row = shown(peopleRow(carly, { isMe: false, lastMet: '2026-11-13' }, c.today ?? TODAY), journal, c.on);
        assert.equal(row.description, c.description);
        if (c.tooltipHas) assert.ok(row.tooltip.includes(c.tooltipHas), `tooltip: ${JSON.stringify(row.tooltip)}`);
      });
    }

    it('says "me" for me and no last met', () => {
      const journal = journalOf();
      const maya = journal.directory().me!;
      assert.equal(shown(peopleRow(maya, { isMe: true }, TODAY), journal, false).description, 'me');
    });

    it('hides the size of a manager direct\'s team in privacy mode, like the team', () => {
      const journal = journalOf();
      const carly = journal.directory().resolve('Carly Chen')!;
      const row = (on: boolean): string => shown(peopleRow(carly, { isMe: false, lastMet: '2026-11-13', manages: 'manages 1' }, TODAY), journal, on).description;
      assert.deepEqual([row(false), row(true)], ['last met Nov 13 · manages 1 · Senior Engineer · Platform', '']);
    });

    it('tooltip: name and aliases, who they are, their manager, last met, the click', () => {
      const journal = journalOf();
      const carly = journal.directory().resolve('Carly Chen')!;
      const facts = { isMe: false, lastMet: '2026-11-13' };
      assert.deepEqual(shown(peopleRow(carly, facts, TODAY), journal, false).tooltip, [
        'Carly Chen (Carly, CC)', 'direct · Senior Engineer · Platform', 'reports to Maya Okafor', 'Last met Nov 13 (7 days ago).', 'Click to open the person page.',
      ]);
      assert.deepEqual(shown(peopleRow(carly, facts, TODAY), journal, true).tooltip, ['C.C.', 'direct', 'reports to M.O.', 'Click to open the person page.']);
    });

    const away: Array<[string, string | undefined]> = [['2026-11-15', undefined], ['2026-11-16', 'away until Dec 4'], ['2026-12-04', 'away until Dec 4'], ['2026-12-05', undefined]];
    for (const [today, expected] of away) {
      it(`awayNow on ${today}: ${expected ?? 'not away'}`, () => {
        const carly = journalOf('away: 2026-11-16..2026-12-04\n').directory().resolve('Carly Chen')!;
        assert.equal(awayNow(carly, today), expected);
      });
    }
  });

  describe('Follow-ups tooltip: the item\'s text, never the raw source line', () => {
    it('shows the text, whose it is, the note, the due date in words and the path', () => {
      const journal = journalOf();
      const item = journal.followUps()[0];
      const tooltip = shown({ label: '', description: [], tooltip: followUpTooltip(item, TODAY, '1on1s/n0.md') }, journal, false).tooltip;
      assert.deepEqual(tooltip, ['ask Dana about the budget', 'Mine', 'Carly Chen · one-on-one · note of Nov 13 · confidential', 'Due Nov 27 (in 7 days).', '1on1s/n0.md:5']);
      assert.ok(tooltip.every((line) => !/\[[ xX]\]/.test(line)), 'a raw checkbox in the tooltip');
    });

    it('in privacy mode hides the confidential text, the name, the note date and the path', () => {
      const journal = journalOf();
      const item = journal.followUps()[0];
      const tooltip = shown({ label: '', description: [], tooltip: followUpTooltip(item, TODAY, '1on1s/n0.md') }, journal, true).tooltip;
      assert.deepEqual(tooltip, ['Confidential item', 'Mine', 'C.C. · one-on-one · confidential', 'Due Nov 27 (in 7 days).']);
    });

    it('explains a skip-level cool-off', () => {
      const journal = journalOf('', [['Lena Park', '2026-11-18', 'skip-level']]);
      const item = journal.followUps()[0];
      const tooltip = shown({ label: '', description: [], tooltip: followUpTooltip(item, TODAY, 'x.md') }, journal, false).tooltip;
      assert.ok(tooltip.some((l) => l.startsWith('Cooling off until Dec 2: acting at once')), JSON.stringify(tooltip));
    });
  });
});

describe('tooltip markdown (core/rows.ts)', () => {
  const cases: Array<[string, string, string]> = [
    ['plain words keep their spaces, so the hover wraps between words', 'ask Dana about the budget', 'ask Dana about the budget'],
    ['markdown syntax is escaped', '- [ ] **not bold** #escalate `code` 1. _x_', '\\- \\[ \\] \\*\\*not bold\\*\\* \\#escalate \\`code\\` 1\\. \\_x\\_'],
    ['HTML is written as entities', '<b>R&D</b>', '&lt;b\\>R&amp;D&lt;/b\\>'],
    ['line breaks and runs of spaces become one space', 'a\n  b\t c', 'a b c'],
  ];
  for (const [what, text, expected] of cases) {
    it(`markdownText: ${what}`, () => assert.equal(markdownText(text), expected));
  }

  it('joins paragraphs with a blank line, bolds the title, leaves out empty ones and has no &nbsp;', () => {
    const md = tooltipMarkdown([{ text: 'Carly Chen', strong: true }, { text: '' }, { text: 'due today · weekly' }]);
    assert.equal(md, '**Carly Chen**\n\ndue today · weekly');
    assert.ok(!md.includes('&nbsp;'));
  });
});
