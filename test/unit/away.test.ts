import assert from 'node:assert/strict';
import { awayOn, awayUntil, dueAfterAway, isAway } from '../../src/core/away';
import { computeUpcoming, describeUpcoming } from '../../src/core/cadence';
import { Journal } from '../../src/core/journal';
import type { DateRange } from '../../src/core/model';
import { suggestSkipLevels } from '../../src/core/rotation';

const JULY: DateRange = { from: '2026-07-01', to: '2026-07-14' };
const WINTER: DateRange = { from: '2026-12-20', to: '2027-01-05' };
const RIGHT_AFTER: DateRange = { from: '2027-01-06', to: '2027-01-10' };

describe('away: every range of a profile counts', () => {
  describe('isAway / awayOn / awayUntil', () => {
    const cases: Array<[string, DateRange[], string, DateRange | undefined, string | undefined]> = [
      ['no ranges', [], '2026-07-05', undefined, undefined],
      ['inside the first of two ranges', [JULY, WINTER], '2026-07-05', JULY, '2026-07-14'],
      ['inside the second of two ranges', [JULY, WINTER], '2026-12-31', WINTER, '2027-01-05'],
      ['between the two ranges', [JULY, WINTER], '2026-09-01', undefined, undefined],
      ['on the first day of a range', [JULY, WINTER], '2026-07-01', JULY, '2026-07-14'],
      ['on the last day of a range', [JULY, WINTER], '2027-01-05', WINTER, '2027-01-05'],
      ['the day after a range', [JULY, WINTER], '2027-01-06', undefined, undefined],
      ['a range followed at once by another is one leave', [WINTER, RIGHT_AFTER], '2026-12-24', WINTER, '2027-01-10'],
    ];
    for (const [what, ranges, date, covering, until] of cases) {
      it(`${what}: ${date}`, () => {
        assert.deepEqual(awayOn(ranges, date), covering);
        assert.equal(isAway({ profile: { away: ranges } as never }, date), covering !== undefined);
        assert.equal(awayUntil(ranges, date), until);
      });
    }
  });

  describe('dueAfterAway: no 1:1 is due while someone is away', () => {
    const cases: Array<[string, string, DateRange[], string, string]> = [
      ['a due date outside every range stays', '2026-09-01', [JULY, WINTER], '2026-08-20', '2026-09-01'],
      ['a due date inside the second range moves past it', '2026-12-28', [JULY, WINTER], '2026-12-01', '2027-01-06'],
      ['a due date inside the first range moves past it', '2026-07-03', [JULY, WINTER], '2026-06-30', '2026-07-15'],
      ['a past due date while away today moves to the day back', '2026-12-10', [JULY, WINTER], '2026-12-22', '2027-01-06'],
      ['a past due date, not away today, stays (overdue)', '2026-12-10', [JULY, WINTER], '2026-12-15', '2026-12-10'],
      ['back from one leave straight into another: past both', '2026-12-28', [WINTER, RIGHT_AFTER], '2026-12-01', '2027-01-11'],
    ];
    for (const [what, due, ranges, today, expected] of cases) {
      it(`${what}`, () => assert.equal(dueAfterAway(due, ranges, today), expected));
    }
  });

  describe('a profile with several ranges', () => {
    const forms: Array<[string, string, DateRange[]]> = [
      ['one range', 'away: 2026-12-20..2027-01-05', [WINTER]],
      ['a flow list', 'away: [2026-07-01..2026-07-14, 2026-12-20..2027-01-05]', [JULY, WINTER]],
      ['a block list, out of order', 'away:\n  - 2026-12-20..2027-01-05\n  - 2026-07-01..2026-07-14', [JULY, WINTER]],
      ['ranges separated by commas', 'away: 2026-07-01..2026-07-14, 2026-12-20..2027-01-05', [JULY, WINTER]],
    ];
    for (const [what, yaml, ranges] of forms) {
      it(`reads ${what}`, () => {
        const journal = new Journal();
        journal.set('people/carly.md', `---\nkind: person\nname: Carly\n${yaml}\n---\n`);
        assert.deepEqual(journal.profiles()[0].away, ranges);
        assert.deepEqual(journal.diagnostics(), []);
      });
    }

    const bad: Array<[string, string, Array<[number, string]>, DateRange[]]> = [
      ['a bad item in a block list is reported on its own line; the others count',
        'kind: person\nname: Carly\naway:\n  - 2026-07-01..2026-07-14\n  - 2026-13-01..2026-12-01\n  - 2026-12-20..2027-01-05',
        [[6, '`2026-13-01..2026-12-01` in `away` is not a date range']], [JULY, WINTER]],
      ['a backwards range in a flow list is reported on the `away` line',
        'kind: person\nname: Carly\naway: [2026-07-14..2026-07-01, 2026-12-20..2027-01-05]',
        [[4, '`2026-07-14..2026-07-01` in `away` is not a date range']], [WINTER]],
      ['a single bad value', 'kind: person\nname: Carly\naway: next week',
        [[4, '`away: next week` is not a date range']], []],
      ['a bare date in a list', 'kind: person\nname: Carly\naway:\n  - 2026-07-01..2026-07-14\n  - 2026-08-03',
        [[6, '`2026-08-03` in `away` is not a date range']], [JULY]],
    ];
    for (const [what, frontmatter, diagnostics, ranges] of bad) {
      for (const eol of ['\n', '\r\n']) {
        it(`${what}${eol === '\r\n' ? ' (CRLF)' : ''}`, () => {
          const journal = new Journal();
          journal.set('people/carly.md', `---\n${frontmatter}\n---\n`.replace(/\n/g, eol));
          assert.deepEqual(journal.diagnostics().map((d) => [d.line, d.code, d.message.slice(0, diagnostics[0][1].length)]),
            diagnostics.map(([line, message]) => [line, 'bad-away', message]));
          assert.deepEqual(journal.profiles()[0].away ?? [], ranges);
        });
      }
    }
  });

  describe('cadence counts every range', () => {
    const journalMet = (lastMet: string): Journal => {
      const journal = new Journal();
      journal.set('people/maya.md', '---\nkind: person\nname: Maya\nrelationship: self\n---\n');
      journal.set('people/carly.md', '---\nkind: person\nname: Carly\nreportsTo: Maya\naway: [2026-07-01..2026-07-14, 2026-12-20..2027-01-05]\n---\n');
      journal.set('1on1s/carly.md', `---\nperson: Carly\ndate: ${lastMet}\n---\n`);
      return journal;
    };
    const cases: Array<[string, string, string, string, string, string]> = [
      ['away during the first leave', '2026-06-26', '2026-07-05', 'away', '2026-07-15', 'away until Jul 14'],
      ['away during the second leave: the first does not erase it', '2026-12-14', '2026-12-28', 'away', '2027-01-06', 'away until Jan 5'],
      ['due the day back from the second leave', '2026-12-14', '2027-01-06', 'due', '2027-01-06', 'due today'],
      ['a weekly 1:1 due inside the first leave moves past it', '2026-06-26', '2026-06-30', 'later', '2026-07-15', 'due in 2 weeks'],
    ];
    for (const [what, lastMet, today, status, nextDue, says] of cases) {
      it(`${what} (last met ${lastMet}, today ${today})`, () => {
        const journal = journalMet(lastMet);
        const e = computeUpcoming(journal.directory(), journal.meetings(), today, { weekMode: 'iso' }).find((x) => x.person.name === 'Carly')!;
        assert.deepEqual([e.status, e.nextDue], [status, nextDue]);
        assert.match(describeUpcoming(e, today), new RegExp(`^${says}`));
      });
    }
  });

  describe('the rotation replays every leave', () => {
    // Three skip-levels under Dana. Ann, Ben and Cy each met once (round 1); then Ann and Ben
    // while Cy was on the first leave: that round closes without Cy, who was away.
    const journalWith = (away: string): Journal => {
      const j = new Journal();
      const people: Array<[string, string]> = [
        ['Maya', 'relationship: self'], ['Dana', 'reportsTo: Maya'],
        ['Ann', 'reportsTo: Dana'], ['Ben', 'reportsTo: Dana'], ['Cy', `reportsTo: Dana\n${away}`],
      ];
      for (const [name, extra] of people) j.set(`people/${name}.md`, `---\nkind: person\nname: ${name}\n${extra}\n---\n`);
      const met: Array<[string, string]> = [['Cy', '2026-01-05'], ['Ann', '2026-01-12'], ['Ben', '2026-01-19'], ['Ann', '2026-07-06'], ['Ben', '2026-07-13']];
      for (const [name, date] of met) j.set(`1on1s/${name}-${date}.md`, `---\nperson: ${name}\ntype: skip-level\ndate: ${date}\n---\n`);
      return j;
    };
    const cases: Array<[string, string, { met: number; of: number }]> = [
      ['both leaves listed: the July round closed while Cy was away', 'away: [2026-07-01..2026-07-14, 2026-12-20..2027-01-05]', { met: 0, of: 3 }],
      ['only the later leave: the July round still waits for Cy', 'away: 2026-12-20..2027-01-05', { met: 2, of: 3 }],
    ];
    for (const [what, away, round] of cases) {
      it(what, () => {
        const j = journalWith(away);
        const result = suggestSkipLevels(j.directory(), j.meetings(), '2026-08-03', { weekMode: 'iso' });
        assert.deepEqual({ met: result.round.met, of: result.round.of }, round);
        assert.equal(result.people[0].person.name, 'Cy');
      });
    }

    it('leaves out someone on any of their leaves', () => {
      const j = journalWith('away: [2026-07-01..2026-07-14, 2026-12-20..2027-01-05]');
      for (const today of ['2026-07-10', '2026-12-24']) {
        const result = suggestSkipLevels(j.directory(), j.meetings(), today, { weekMode: 'iso' });
        assert.equal(result.excluded.away, 1, today);
        assert.ok(!result.people.some((p) => p.person.name === 'Cy'), today);
      }
    });
  });
});
