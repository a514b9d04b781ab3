import assert from 'node:assert/strict';
import { cadenceFor, computeUpcoming, describeUpcoming, hasPeerWindow, type UpcomingEntry } from '../../src/core/cadence';
import { relativeDay, cadenceLabel } from '../../src/core/format';
import { Journal } from '../../src/core/journal';

/** A journal where me = Maya; `people` adds profiles, `notes` adds [person, date, type?]. */
function journalOf(people: string[], notes: Array<[string, string, string?]>): Journal {
  const journal = new Journal();
  journal.set('file:///j/people/maya.md', '---\nkind: person\nname: Maya\nrelationship: self\nreportsTo: Rob\n---\n');
  journal.set('file:///j/people/rob.md', '---\nkind: person\nname: Rob\n---\n');
  people.forEach((frontmatter, i) => journal.set(`file:///j/people/p${i}.md`, `---\nkind: person\n${frontmatter}\n---\n`));
  notes.forEach(([person, date, type], i) => journal.set(`file:///j/notes/n${i}.md`, `---\nperson: ${person}\ndate: ${date}\n${type ? `type: ${type}\n` : ''}---\n`));
  return journal;
}

function upcoming(journal: Journal, today: string, weekMode: 'iso' | 'next7' = 'iso'): UpcomingEntry[] {
  return computeUpcoming(journal.directory(), journal.meetings(), today, { weekMode });
}

function entry(journal: Journal, name: string, today: string): UpcomingEntry | undefined {
  return upcoming(journal, today).find((e) => e.person.name === name);
}

const CARLY = 'name: Carly\nreportsTo: Maya';

describe('cadence: who is due for a 1:1', () => {
  const cases: Array<{ name: string; profile: string; notes: Array<[string, string, string?]>; today: string; expect: Partial<UpcomingEntry> | undefined }> = [
    { name: 'a direct met a week ago is due today', profile: CARLY, notes: [['Carly', '2026-11-13']], today: '2026-11-20',
      expect: { status: 'due', cadenceDays: 7, lastMet: '2026-11-13', nextDue: '2026-11-20' } },
    { name: 'a direct met two weeks ago is overdue', profile: CARLY, notes: [['Carly', '2026-11-06']], today: '2026-11-20',
      expect: { status: 'overdue', nextDue: '2026-11-13' } },
    { name: 'a direct never met is due now, not overdue', profile: CARLY, notes: [], today: '2026-11-20',
      expect: { status: 'due', nextDue: '2026-11-20' } },
    { name: 'a date-time note counts on the date written in it', profile: CARLY, notes: [['Carly', '2026-11-13T23:30:00-08:00']], today: '2026-11-20',
      expect: { lastMet: '2026-11-13', nextDue: '2026-11-20' } },
    { name: '"this week" (ISO) ends on Sunday: due Monday is later', profile: CARLY, notes: [['Carly', '2026-11-16']], today: '2026-11-20',
      expect: { status: 'later', nextDue: '2026-11-23' } },
    { name: 'monthly cadence across a month end', profile: `${CARLY}\ncadence: monthly`, notes: [['Carly', '2027-01-31']], today: '2027-02-20',
      expect: { status: 'later', cadenceDays: 30, nextDue: '2027-03-02' } },
    { name: 'weekly cadence onto a leap day', profile: CARLY, notes: [['Carly', '2028-02-22']], today: '2028-02-28',
      expect: { status: 'due', nextDue: '2028-02-29' } },
    { name: 'across a year end', profile: `${CARLY}\ncadence: every 2 weeks`, notes: [['Carly', '2026-12-24']], today: '2026-12-30',
      expect: { status: 'later', cadenceDays: 14, nextDue: '2027-01-07' } },
    { name: 'a peer at 4 weeks is due, not overdue', profile: 'name: Priya\nreportsTo: Rob', notes: [['Priya', '2026-10-23']], today: '2026-11-20',
      expect: { status: 'due', relationship: 'peer', cadenceDays: 21, nextDue: '2026-11-13' } },
    { name: 'a peer past 5 weeks is overdue', profile: 'name: Priya\nreportsTo: Rob', notes: [['Priya', '2026-10-14']], today: '2026-11-20',
      expect: { status: 'overdue' } },
    { name: 'my manager is shown but never overdue', profile: '', notes: [['Rob', '2026-08-01']], today: '2026-11-20',
      expect: undefined },
    { name: 'a future-dated note makes the person scheduled', profile: CARLY, notes: [['Carly', '2026-11-06'], ['Carly', '2026-11-24']], today: '2026-11-20',
      expect: { status: 'scheduled', scheduledDate: '2026-11-24', lastMet: '2026-11-06' } },
    { name: 'someone away today is away', profile: `${CARLY}\naway: 2026-11-16..2026-12-04`, notes: [['Carly', '2026-11-06']], today: '2026-11-20',
      expect: { status: 'away', nextDue: '2026-12-05' } },
    { name: 'an away window ahead pushes the due date past it', profile: `${CARLY}\naway: 2026-11-26..2026-11-30`, notes: [['Carly', '2026-11-20']], today: '2026-11-20',
      expect: { status: 'later', nextDue: '2026-12-01' } },
    { name: 'an inactive person is left out', profile: `${CARLY}\nactive: false`, notes: [['Carly', '2026-11-06']], today: '2026-11-20',
      expect: undefined },
    { name: 'a skip-level without cadence is left to the rotation', profile: 'name: Lena\nreportsTo: Carly', notes: [], today: '2026-11-20',
      expect: undefined },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const journal = journalOf(c.profile ? [c.profile] : [], c.notes);
      const who = c.profile ? /name: (\S+)/.exec(c.profile)![1] : 'Rob';
      const got = entry(journal, who, c.today);
      if (c.expect === undefined) {
        if (who === 'Rob') {
          assert.equal(got?.status, 'later');
          assert.equal(got?.cadenceDays, null);
        } else assert.equal(got, undefined);
        return;
      }
      assert.ok(got, `${who} should be listed`);
      for (const [key, value] of Object.entries(c.expect)) {
        assert.deepEqual((got as unknown as Record<string, unknown>)[key], value, key);
      }
    });
  }

  it('orders overdue first, then due, scheduled and later, by date then name', () => {
    const journal = journalOf(['name: Ann\nreportsTo: Maya', 'name: Bea\nreportsTo: Maya', 'name: Cid\nreportsTo: Maya', 'name: Dee\nreportsTo: Maya'],
      [['Ann', '2026-11-19'], ['Bea', '2026-11-01'], ['Cid', '2026-11-25'], ['Dee', '2026-11-10']]);
    assert.deepEqual(upcoming(journal, '2026-11-20').map((e) => `${e.status}:${e.person.name}`),
      ['overdue:Bea', 'overdue:Dee', 'scheduled:Cid', 'later:Ann', 'later:Rob']);
  });

  it('treats "next 7 days" as this week when asked', () => {
    const journal = journalOf([CARLY], [['Carly', '2026-11-16']]);
    assert.equal(computeUpcoming(journal.directory(), journal.meetings(), '2026-11-20', { weekMode: 'next7' })[0].status, 'due');
  });

  const wording: Array<[string, Array<[string, string, string?]>, string, string]> = [
    ['due in 2 days', [['Carly', '2026-11-15']], '2026-11-20', 'due in 2 days · weekly · last met Nov 15'],
    ['due today', [['Carly', '2026-11-13']], '2026-11-20', 'due today · weekly · last met Nov 13'],
    ['due tomorrow', [['Carly', '2026-11-14']], '2026-11-20', 'due tomorrow · weekly · last met Nov 14'],
    ['due yesterday', [['Carly', '2026-11-12']], '2026-11-20', 'due yesterday · weekly · last met Nov 12'],
    ['weeks ago, with the year when it differs', [['Carly', '2025-12-01']], '2026-01-20', 'due 6 weeks ago · weekly · last met Dec 1, 2025'],
    ['never met', [], '2026-11-20', 'never met · due now · weekly'],
    ['scheduled', [['Carly', '2026-11-24']], '2026-11-20', 'scheduled Nov 24 (in 4 days) · weekly'],
  ];
  for (const [what, notes, today, expected] of wording) {
    it(`describes a row: ${what}`, () => {
      const journal = journalOf([CARLY], notes);
      assert.equal(describeUpcoming(entry(journal, 'Carly', today)!, today), expected);
    });
  }

  const topics: Array<[string, string, string]> = [
    ['one queued talking point', '## Next 1:1\n- the offsite\n', 'due today · weekly · last met Nov 13 · 1 topic'],
    ['two queued talking points', '## Next 1:1\n- the offsite\n- promo\n', 'due today · weekly · last met Nov 13 · 2 topics'],
    ['no topics for an empty section', '## Next 1:1\n', 'due today · weekly · last met Nov 13'],
  ];
  for (const [what, body, expected] of topics) {
    it(`describes a row with ${what}`, () => {
      const journal = journalOf([], [['Carly', '2026-11-13']]);
      journal.set('file:///j/people/carly.md', `---\nkind: person\n${CARLY}\n---\n${body}`);
      assert.equal(describeUpcoming(entry(journal, 'Carly', '2026-11-20')!, '2026-11-20'), expected);
    });
  }

  it('words relative days and cadences', () => {
    assert.deepEqual(['2026-11-20', '2026-11-21', '2026-11-19', '2026-11-25', '2026-11-10', '2026-12-18'].map((d) => relativeDay(d, '2026-11-20')),
      ['today', 'tomorrow', 'yesterday', 'in 5 days', '10 days ago', 'in 4 weeks']);
    assert.deepEqual([7, 14, 30, 21, 10, null].map(cadenceLabel), ['weekly', 'biweekly', 'monthly', 'every 3 weeks', 'every 10 days', 'no cadence']);
  });
});

describe('the peer window (one home: hasPeerWindow)', () => {
  const cases: Array<[string, string, boolean]> = [
    ['a peer on the default cadence has the 3–5 week window', 'name: Priya\nreportsTo: Rob', true],
    ['a peer with their own cadence has none', 'name: Priya\nreportsTo: Rob\ncadence: every 3 weeks', false],
    ['a direct report has none', 'name: Carly\nreportsTo: Maya', false],
  ];
  for (const [what, profile, expected] of cases) {
    it(what, () => {
      const journal = journalOf([profile], []);
      const person = journal.directory().people.find((p) => p.name !== 'Maya' && p.name !== 'Rob')!;
      assert.equal(hasPeerWindow(person, cadenceFor(person)), expected);
    });
  }
});
