import assert from 'node:assert/strict';
import { Journal } from '../../src/core/journal';
import {
  ageBucket, computeInsights, driftReads, insightsJson, noteContent, weeksEndingAt, type Insights, type NoteContent,
} from '../../src/core/insights';
import { note, profile } from './helpers/fixtures';

/**
 * An org where me = Maya (reports to Rob). Directs: Evan (Platform), Fay (Payments).
 * Evan → Gus → Jo (depth 3); Evan → Hal (away), Ida (inactive); Fay → Kim. Peer: Priya.
 */
function org(extra: Record<string, Record<string, string>> = {}): Journal {
  const journal = new Journal();
  const people: Record<string, Record<string, string>> = {
    Maya: { relationship: 'self', reportsTo: 'Rob' },
    Rob: {},
    Priya: { reportsTo: 'Rob' },
    Evan: { reportsTo: 'Maya', team: 'Platform' },
    Fay: { reportsTo: 'Maya', team: 'Payments' },
    Gus: { reportsTo: 'Evan' },
    Hal: { reportsTo: 'Evan', away: '2026-11-01..2026-12-31' },
    Ida: { reportsTo: 'Evan', active: 'false' },
    Jo: { reportsTo: 'Gus' },
    Kim: { reportsTo: 'Fay' },
    ...extra,
  };
  for (const [name, fields] of Object.entries(people)) journal.set(`people/${name.toLowerCase()}.md`, profile(name, fields));
  return journal;
}

let n = 0;
/** Adds a note; returns its URI. */
function add(journal: Journal, person: string, date: string, type?: string, body = ''): string {
  const uri = `notes/${String(++n).padStart(3, '0')}-${person.toLowerCase()}-${date.slice(0, 10)}.md`;
  journal.set(uri, note({ person, date, ...(type ? { type } : {}) }, body));
  return uri;
}

function insightsOf(journal: Journal, today: string, weeks = 3, contents = new Map<string, NoteContent>()): Insights {
  return computeInsights({
    directory: journal.directory(), meetings: journal.meetings(), followUps: journal.followUps(), today, weeks, weekMode: 'iso',
    contentOf: (uri) => contents.get(uri),
  });
}

/** Reads every note's content, as a host that has all texts would. */
function allContents(journal: Journal, texts: Map<string, string>): Map<string, NoteContent> {
  const contents = new Map<string, NoteContent>();
  for (const [uri, text] of texts) contents.set(uri, noteContent(text, journal.note(uri)!.bodyStartLine));
  return contents;
}

describe('insights: weeks', () => {
  const cases: Array<{ name: string; today: string; count: number; expect: string[] }> = [
    { name: 'a Thursday at a year end: the last week is the one holding today', today: '2026-12-31', count: 3, expect: ['2026-12-14', '2026-12-21', '2026-12-28'] },
    { name: 'a Sunday is the last day of its ISO week', today: '2027-01-03', count: 2, expect: ['2026-12-21', '2026-12-28'] },
    { name: 'a Monday starts a new week', today: '2027-01-04', count: 2, expect: ['2026-12-28', '2027-01-04'] },
    { name: 'ISO week 1 of 2026 starts in 2025', today: '2026-01-01', count: 1, expect: ['2025-12-29'] },
    { name: 'across a leap day', today: '2028-03-01', count: 2, expect: ['2028-02-21', '2028-02-28'] },
    { name: 'across a daylight-saving change (calendar dates, no clock)', today: '2026-03-09', count: 2, expect: ['2026-03-02', '2026-03-09'] },
    { name: 'twelve weeks by default length', today: '2026-11-20', count: 12, expect: ['2026-08-31', '2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28', '2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16'] },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(weeksEndingAt(c.today, c.count), c.expect));
});

describe('insights: heatmap', () => {
  it('counts notes per person per week, not after today, with directs, peers and manager always listed', () => {
    const j = org();
    add(j, 'Evan', '2026-11-02');
    add(j, 'Evan', '2026-11-06');
    add(j, 'Evan', '2026-11-19');
    add(j, 'Evan', '2026-11-21'); // after today: scheduled, not counted
    add(j, 'Evan', '2026-10-30'); // before the window
    add(j, 'Gus', '2026-11-10', 'skip-level'); // a skip-level met in the window gets a row
    add(j, 'Kim', '2026-10-01', 'skip-level'); // outside the window: no row
    add(j, 'Zed', '2026-11-16T23:30:00-08:00', 'peer'); // known only from a note; counts on Nov 16
    const rows = insightsJson(insightsOf(j, '2026-11-20'), (u) => u).people.map((r) => [r.person, r.relationship, r.counts]);
    assert.deepEqual(rows, [
      ['Evan', 'direct', [2, 0, 1]],
      ['Fay', 'direct', [0, 0, 0]],
      ['Gus', 'skip', [0, 1, 0]],
      ['Priya', 'peer', [0, 0, 0]],
      ['Zed', 'peer', [0, 0, 1]],
      ['Rob', 'manager', [0, 0, 0]],
    ]);
  });

  it('a cell keeps its notes newest first so it can open the latest', () => {
    const j = org();
    const a = add(j, 'Evan', '2026-11-16');
    const b = add(j, 'Evan', '2026-11-18');
    const row = insightsOf(j, '2026-11-20').people.find((r) => r.person.name === 'Evan')!;
    assert.deepEqual(row.notes[2], [b, a]);
  });

  const overdue: Array<{ name: string; extra?: Record<string, Record<string, string>>; notes: Array<[string, string, string?]>; person: string; today: string; expect: number[] }> = [
    { name: 'a weekly direct not met for two weeks is overdue at the end of each week missed', notes: [['Evan', '2026-11-02']], person: 'Evan', today: '2026-11-20', expect: [1, 2] },
    { name: 'a weekly direct met every week is never overdue', notes: [['Evan', '2026-11-02'], ['Evan', '2026-11-09'], ['Evan', '2026-11-16']], person: 'Evan', today: '2026-11-20', expect: [] },
    { name: 'the current week is judged on today, not on its Sunday', notes: [['Evan', '2026-11-12']], person: 'Evan', today: '2026-11-19', expect: [] },
    { name: 'nobody is overdue while away', extra: { Evan: { reportsTo: 'Maya', away: '2026-11-10..2026-11-30' } }, notes: [['Evan', '2026-11-02']], person: 'Evan', today: '2026-11-20', expect: [] },
    { name: 'a never-met direct is due, not overdue', notes: [], person: 'Fay', today: '2026-11-20', expect: [] },
    { name: 'a peer is overdue only after five weeks', notes: [['Priya', '2026-10-05', 'peer']], person: 'Priya', today: '2026-11-20', expect: [1, 2] },
    { name: 'my manager is never overdue', notes: [['Rob', '2026-06-01']], person: 'Rob', today: '2026-11-20', expect: [] },
    { name: 'a later note does not clear an earlier week', notes: [['Evan', '2026-10-26'], ['Evan', '2026-11-17']], person: 'Evan', today: '2026-11-20', expect: [0, 1] },
  ];
  for (const c of overdue) {
    it(c.name, () => {
      const j = org(c.extra);
      for (const [p, d, t] of c.notes) add(j, p, d, t);
      const row = insightsOf(j, c.today).people.find((r) => r.person.name === c.person)!;
      assert.deepEqual(row.overdueWeeks, c.expect);
    });
  }
});

describe('insights: skip-level coverage', () => {
  it('counts active people two or more levels down, away included, inactive not, by branch and depth', () => {
    const j = org();
    add(j, 'Gus', '2026-10-21', 'skip-level'); // 30 days ago
    add(j, 'Jo', '2026-08-24', 'skip-level'); // 88 days ago: in
    add(j, 'Kim', '2026-08-22', 'skip-level'); // 90 days ago: out, but met once
    add(j, 'Kim', '2026-11-19', 'one-on-one'); // a one-on-one is not a skip-level
    add(j, 'Hal', '2026-11-25', 'skip-level'); // scheduled, not met
    add(j, 'Ida', '2026-11-01', 'skip-level'); // inactive: not counted at all
    assert.deepEqual(insightsJson(insightsOf(j, '2026-11-20'), (u) => u).coverage, {
      windowDays: 90, eligible: 4, met: 2, share: 0.5,
      byBranch: [{ branch: 'Evan', eligible: 3, met: 2 }, { branch: 'Fay', eligible: 1, met: 0 }],
      byDepth: [{ depth: 2, eligible: 3, met: 1 }, { depth: 3, eligible: 1, met: 1 }],
      neverMet: ['Hal'],
    });
  });

  const edges: Array<{ name: string; date: string; met: number }> = [
    { name: 'a skip-level today counts', date: '2026-11-20', met: 1 },
    { name: 'one 89 days ago counts', date: '2026-08-23', met: 1 },
    { name: 'one 90 days ago does not', date: '2026-08-22', met: 0 },
    { name: 'one tomorrow does not', date: '2026-11-21', met: 0 },
  ];
  for (const c of edges) {
    it(`the 90-day window: ${c.name}`, () => {
      const j = org();
      add(j, 'Kim', c.date, 'skip-level');
      assert.equal(insightsOf(j, '2026-11-20').coverage.met, c.met);
    });
  }

  it('follows a deep org six levels down, counted under the branch it hangs from', () => {
    const j = org({ L3: { reportsTo: 'Jo' }, L4: { reportsTo: 'L3' }, L5: { reportsTo: 'L4' } });
    add(j, 'L5', '2026-11-01', 'skip-level');
    const c = insightsJson(insightsOf(j, '2026-11-20'), (u) => u).coverage;
    assert.deepEqual(c.byDepth.map((d) => [d.depth, d.eligible, d.met]), [[2, 3, 0], [3, 1, 0], [4, 1, 0], [5, 1, 0], [6, 1, 1]]);
    assert.deepEqual(c.byBranch, [{ branch: 'Evan', eligible: 6, met: 1 }, { branch: 'Fay', eligible: 1, met: 0 }]);
    assert.equal(c.eligible, 7);
  });

  it('has a null share when nobody is two levels down', () => {
    const j = new Journal();
    j.set('people/maya.md', profile('Maya', { relationship: 'self' }));
    j.set('people/evan.md', profile('Evan', { reportsTo: 'Maya' }));
    const c = insightsJson(insightsOf(j, '2026-11-20'), (u) => u).coverage;
    assert.deepEqual([c.eligible, c.met, c.share, c.neverMet], [0, 0, null, []]);
  });
});

describe('insights: follow-up aging', () => {
  const buckets: Array<[number, string]> = [[0, '0-7'], [7, '0-7'], [8, '8-30'], [30, '8-30'], [31, '31-90'], [90, '31-90'], [91, '>90'], [400, '>90']];
  for (const [days, bucket] of buckets) it(`an item ${days} days old is in ${bucket}`, () => assert.equal(ageBucket(days), bucket));

  it('counts open items by their note\'s age, mine vs theirs, and leaves out done, undated and future notes', () => {
    const j = org();
    add(j, 'Evan', '2026-11-20', undefined, '- [ ] @me today\n- [ ] @Evan theirs today\n- [x] @me done already');
    add(j, 'Evan', '2026-11-12', undefined, '- [ ] eight days old, no owner = mine');
    add(j, 'Fay', '2026-10-21', undefined, '- [ ] @Fay thirty days');
    add(j, 'Fay', '2026-10-20', undefined, '- [ ] @Fay thirty-one days');
    add(j, 'Priya', '2026-08-21', 'peer', '- [ ] @me ninety-one days');
    add(j, 'Evan', '2026-11-27', undefined, '- [ ] @me a scheduled agenda item');
    j.set('notes/undated.md', note({ person: 'Evan' }, '- [ ] @me no date'));
    assert.deepEqual(insightsJson(insightsOf(j, '2026-11-20'), (u) => u).aging, {
      mine: { '0-7': 1, '8-30': 1, '31-90': 0, '>90': 1 },
      theirs: { '0-7': 1, '8-30': 1, '31-90': 1, '>90': 0 },
    });
  });
});

const STATUS = '## Updates\n- PAY-123 is done\n- PAY-124 blocked on review\n- ETA for the migration is Friday\n';

describe('insights: status-meeting drift', () => {
  const cases: Array<{ name: string; bodies: string[]; expect: number | null }> = [
    { name: 'three status notes in a row with no growth section are flagged', bodies: [STATUS, STATUS, STATUS], expect: 3 },
    { name: 'two are not enough', bodies: [STATUS, STATUS], expect: null },
    { name: 'an empty growth section (template prompts only) still counts as empty', bodies: [STATUS, `${STATUS}## Growth & feedback\n<!-- What would help you grow? -->\n`, STATUS], expect: 3 },
    { name: 'a written growth section breaks the streak', bodies: [STATUS, `${STATUS}## Growth & feedback\nWants to lead the next design review.\n`, STATUS], expect: null },
    { name: 'the streak counts from the newest note back: an older talk note ends it', bodies: ['We talked about how she wants to grow.\n', STATUS, STATUS, STATUS, STATUS], expect: 4 },
    { name: 'a newest note about how the work happens ends it', bodies: [STATUS, STATUS, STATUS, 'Talked about how the team decides.\nShe feels unheard in planning.\n'], expect: null },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const j = org();
      const texts = new Map<string, string>();
      const uris = c.bodies.map((body, i) => {
        const date = `2026-11-${String(2 + i * 3).padStart(2, '0')}`;
        const uri = add(j, 'Evan', date, undefined, body);
        texts.set(uri, note({ person: 'Evan', date }, body));
        return uri;
      });
      const insights = insightsOf(j, '2026-11-20', 3, allContents(j, texts));
      const drift = insightsJson(insights, (u) => u).drift;
      if (c.expect === null) assert.deepEqual(drift, []);
      else assert.deepEqual(drift, [{ person: 'Evan', files: uris.slice(-c.expect).reverse() }]);
    });
  }

  it('asks a host for the notes it needs, newest first, one at a time per person', () => {
    const j = org();
    const texts = new Map<string, string>();
    const uris = [0, 1, 2, 3].map((i) => {
      const date = `2026-11-0${2 + i}`;
      const uri = add(j, 'Fay', date, undefined, STATUS);
      texts.set(uri, note({ person: 'Fay', date }, STATUS));
      return uri;
    });
    add(j, 'Evan', '2026-11-02', undefined, STATUS); // fewer than three notes: never read
    const known = new Map<string, NoteContent>();
    const asked: string[][] = [];
    for (let reads = driftReads(j.directory(), j.meetings(), '2026-11-20', (u) => known.get(u)); reads.length > 0;
      reads = driftReads(j.directory(), j.meetings(), '2026-11-20', (u) => known.get(u))) {
      asked.push(reads);
      for (const uri of reads) known.set(uri, noteContent(texts.get(uri)!, j.note(uri)!.bodyStartLine));
    }
    assert.deepEqual(asked, [[uris[3]], [uris[2]], [uris[1]], [uris[0]]]);
  });
});

describe('insights: this week', () => {
  it('gathers who is due, follow-ups due, skip-level cool-offs ending and the rotation\'s pick', () => {
    const j = org();
    add(j, 'Evan', '2026-11-02'); // overdue
    add(j, 'Fay', '2026-11-16'); // due Monday next week: later
    add(j, 'Priya', '2026-11-10', 'peer'); // not due
    add(j, 'Gus', '2026-11-04', 'skip-level', [
      '- [ ] implicit cool-off ends Nov 18: over',
      '- [ ] @me talk to Evan after:2026-11-22',
      '- [ ] ends today after:2026-11-20',
      '- [ ] after next week after:2026-11-23',
      '- [ ] report it #escalate',
    ].join('\n'));
    add(j, 'Fay', '2026-11-16', undefined, '- [ ] due today due:2026-11-20\n- [ ] overdue due:2026-11-01\n- [ ] due Sunday due:2026-11-22\n- [ ] later due:2026-11-23\n- [ ] snoozed after:2026-11-21');
    const week = insightsJson(insightsOf(j, '2026-11-20'), (u) => u).thisWeek;
    // Hal is away, Gus was met: Jo and Kim were never met; Kim's branch (Fay) was not the last one visited.
    assert.deepEqual(week, { due: ['Evan'], followUpsDue: 4, coolOffsEnding: 2, skipLevel: 'Kim' });
  });
});
