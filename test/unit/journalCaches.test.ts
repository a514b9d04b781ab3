import assert from 'node:assert/strict';
import { lastMetDates, upcomingOf } from '../../src/core/cadence';
import { Journal } from '../../src/core/journal';

/** A small journal as texts, edited step by step; a fresh index of the same texts is the oracle. */
const PROFILES: Record<string, string> = {
  'file:///j/people/maya.md': '---\nkind: person\nname: Maya\nrelationship: self\n---\n',
  'file:///j/people/ann.md': '---\nkind: person\nname: Ann Lee\naliases: [Ann]\nreportsTo: Maya\n---\n',
  'file:///j/people/bo.md': '---\nkind: person\nname: Bo Ray\nreportsTo: Ann Lee\n---\n',
};

function note(person: string, date: string, items: string[], type = ''): string {
  return `---\nperson: ${person}\ndate: ${date}\n${type ? `type: ${type}\n` : ''}---\n## Notes\ntext\n\n## Follow-ups\n${items.join('\n')}\n`;
}

function fresh(texts: Map<string, string>): Journal {
  const j = new Journal();
  for (const [uri, text] of texts) j.set(uri, text);
  return j;
}

const view = (j: Journal): string[] => j.followUps().map((f) => `${f.uri}:${f.line}:${f.text}:${f.owner}:${f.type}:${f.effectiveAfter ?? ''}`);

describe('the journal keeps its query results in step with every change', () => {
  it('open follow-ups and Upcoming equal a fresh index after each edit, addition, deletion and profile change', () => {
    const texts = new Map(Object.entries(PROFILES));
    const journal = fresh(texts);
    const steps: Array<(t: Map<string, string>) => void> = [
      (t) => t.set('file:///j/n1.md', note('Ann', '2026-11-10', ['- [ ] @me one due:2026-11-21', '- [x] done one'])),
      (t) => t.set('file:///j/n2.md', note('Bo Ray', '2026-11-12', ['- [ ] bo item', '- [ ] @Ann ask'], 'skip')),
      (t) => t.set('file:///j/n0.md', note('Ann', '2026-11-03', ['- [ ] first file by name'])),
      (t) => t.set('file:///j/n1.md', note('Ann', '2026-11-10', ['- [x] @me one due:2026-11-21', '- [ ] new line', '- [ ] another'])),
      (t) => t.set('file:///j/n2.md', note('Bo Ray', '2026-11-12', ['- [ ] bo item'], 'skip').replace('text\n', 'text\nmore text\n')),
      (t) => t.delete('file:///j/n0.md'),
      (t) => t.set('file:///j/people/bo.md', PROFILES['file:///j/people/bo.md'].replace('reportsTo: Ann Lee', 'reportsTo: Maya')),
      (t) => t.set('file:///j/people/ann.md', PROFILES['file:///j/people/ann.md'].replace('aliases: [Ann]', 'aliases: [Annie]\nrole: Lead')),
      (t) => t.set('file:///j/n3.md', note('Cy New', '2026-11-25', ['- [ ] scheduled prep'])),
      (t) => t.set('file:///j/n1.md', note('Ann', '2026-11-18', ['- [ ] moved date'])),
      (t) => t.set('file:///j/n4.md', note('Ann Lee', '2026-11-18', ['- [ ] same day, other file'])),
      (t) => t.set('file:///j/n1.md', '# no longer a note\n'),
      (t) => t.set('file:///j/n0.md', note('Bo', '2026-11-30', ['- [ ] back again'])),
      (t) => t.delete('file:///j/n4.md'),
    ];
    steps.forEach((step, i) => {
      const before = new Map(texts);
      step(texts);
      for (const [uri, text] of texts) if (before.get(uri) !== text) journal.set(uri, text);
      for (const uri of before.keys()) if (!texts.has(uri)) journal.delete(uri);
      const oracle = fresh(texts);
      assert.deepEqual(view(journal), view(oracle), `open follow-ups after step ${i + 1}`);
      const upcoming = (j: Journal): string[] => upcomingOf(j, '2026-11-20', { weekMode: 'iso' }).map((e) => `${e.person.name}:${e.status}:${e.nextDue ?? ''}:${e.scheduledDate ?? ''}`);
      assert.deepEqual(upcoming(journal), upcoming(oracle), `Upcoming after step ${i + 1}`);
      const meetings = (j: Journal): string[] => j.meetings().map((m) => `${m.note.uri}:${m.person}:${m.type}:${m.confidential}:${m.note.date}`).sort();
      assert.deepEqual(meetings(journal), meetings(oracle), `meetings after step ${i + 1}`);
      const lastMet = (m: ReadonlyMap<string, string>): string[] => [...m].map(([name, date]) => `${name}:${date}`).sort();
      assert.deepEqual(lastMet(journal.lastMetDates('2026-11-20')), lastMet(lastMetDates(oracle.meetings(), '2026-11-20')), `last met dates after step ${i + 1}`);
    });
  });

  it('returns the same Upcoming object while only bodies change, and a new one when a date changes', () => {
    const texts = new Map(Object.entries(PROFILES));
    texts.set('file:///j/n1.md', note('Ann', '2026-11-10', ['- [ ] a']));
    const journal = fresh(texts);
    const first = upcomingOf(journal, '2026-11-20', { weekMode: 'iso' });
    journal.set('file:///j/n1.md', note('Ann', '2026-11-10', ['- [ ] a', '- [ ] b']));
    assert.equal(upcomingOf(journal, '2026-11-20', { weekMode: 'iso' }), first);
    journal.set('file:///j/n1.md', note('Ann', '2026-11-17', ['- [ ] a']));
    const moved = upcomingOf(journal, '2026-11-20', { weekMode: 'iso' });
    assert.notEqual(moved, first);
    assert.equal(moved.find((e) => e.person.name === 'Ann Lee')?.lastMet, '2026-11-17');
    assert.notEqual(upcomingOf(journal, '2026-11-21', { weekMode: 'iso' }), moved, 'another day is another answer');
  });

  it('patches the meetings in place after a body edit: the other notes keep their meeting objects', () => {
    const texts = new Map(Object.entries(PROFILES));
    texts.set('file:///j/n1.md', note('Ann', '2026-11-10', ['- [ ] a']));
    texts.set('file:///j/n2.md', note('Bo Ray', '2026-11-12', ['- [ ] b']));
    const journal = fresh(texts);
    const before = journal.meetings();
    const other = before.find((m) => m.note.uri === 'file:///j/n2.md');
    journal.set('file:///j/n1.md', note('Ann', '2026-11-10', ['- [ ] a', '- [ ] c']));
    const after = journal.meetings();
    assert.equal(after.find((m) => m.note.uri === 'file:///j/n2.md'), other);
    assert.deepEqual(after.map((m) => m.note.uri), ['file:///j/n1.md', 'file:///j/n2.md'], 'the store order is kept');
  });

  it('shows the first file by URI as the last meeting when two notes share the latest date, whatever the order they were read in', () => {
    const a = note('Ann', '2026-11-10', []);
    for (const order of [['file:///j/a.md', 'file:///j/b.md'], ['file:///j/b.md', 'file:///j/a.md']]) {
      const journal = fresh(new Map([...Object.entries(PROFILES), ...order.map((u): [string, string] => [u, a])]));
      const ann = upcomingOf(journal, '2026-11-20', { weekMode: 'iso' }).find((e) => e.person.name === 'Ann Lee');
      assert.equal(ann?.lastUri, 'file:///j/a.md', `read in the order ${order.join(', ')}`);
    }
  });

  it('keeps the open follow-ups and those of the bodies parsed so far in step while bodies are parsed a few at a time and many notes change at once', () => {
    const texts = new Map(Object.entries(PROFILES));
    const people = ['Ann', 'Bo Ray', 'Maya', 'Cy New'];
    const noteOf = (i: number, round: number): string => note(people[(i + round) % 4], `2026-11-${String(1 + ((i * 7 + round) % 28)).padStart(2, '0')}`,
      i % 5 === 0 ? ['- [x] all done'] : [`- [ ] item ${i} round ${round}`, ...(i % 3 === 0 ? [`- [ ] @Ann second ${i}`, '- [x] ticked'] : [])]);
    for (let i = 0; i < 150; i++) texts.set(`file:///j/notes/n${String(i).padStart(3, '0')}.md`, noteOf(i, 0));
    const journal = new Journal();
    journal.batch(() => { for (const [uri, text] of texts) journal.set(uri, text); });
    const open = (list: ReturnType<Journal['followUps']>): string[] => list.filter((f) => !f.done).map((f) => `${f.uri}:${f.line}:${f.text}:${f.owner}`);
    const check = (when: string): void => {
      // The parsed-only list is patched; the same question with done ones included is collected afresh.
      assert.deepEqual(open(journal.followUps({ parsedOnly: true })), open(journal.followUps({ parsedOnly: true, includeDone: true })), `parsed so far, ${when}`);
    };
    check('before any body is parsed');
    const edits: Array<[string, () => void]> = [
      ['one note edited', () => journal.set('file:///j/notes/n004.md', noteOf(4, 1))],
      ['100 notes edited in one batch (more than are patched one by one)', () => journal.batch(() => {
        for (let i = 20; i < 120; i++) journal.set(`file:///j/notes/n${String(i).padStart(3, '0')}.md`, noteOf(i, 2));
      })],
      ['a profile changed', () => journal.set('file:///j/people/bo.md', PROFILES['file:///j/people/bo.md'].replace('reportsTo: Ann Lee', 'reportsTo: Maya'))],
      ['70 notes deleted', () => journal.batch(() => { for (let i = 0; i < 70; i++) journal.delete(`file:///j/notes/n${String(i * 2).padStart(3, '0')}.md`); })],
    ];
    let round = 0;
    while (journal.pendingBodies() > 0) {
      journal.parseSomeBodies(9);
      check(`after parse round ${++round}`);
      if (round % 3 === 0 && edits.length > 0) {
        const [what, edit] = edits.shift()!;
        edit();
        check(`after: ${what}`);
      }
    }
    for (const [what, edit] of edits) { edit(); check(`after: ${what}`); }
    while (journal.pendingBodies() > 0) journal.parseSomeBodies(50);
    assert.deepEqual(open(journal.followUps({ parsedOnly: true })), open(journal.followUps()), 'every body parsed: the two lists agree');
    assert.ok(journal.followUps().length > 50, `the journal has open follow-ups to compare (${journal.followUps().length})`);
  });

  it('patches the complete open list after more notes changed than are patched one by one, as a fresh index would list them', () => {
    const texts = new Map(Object.entries(PROFILES));
    for (let i = 0; i < 120; i++) texts.set(`file:///j/m${i}.md`, note('Ann', '2026-11-10', [`- [ ] first ${i}`]));
    const journal = fresh(texts);
    assert.equal(journal.followUps().length, 120);
    journal.batch(() => {
      for (let i = 0; i < 120; i += 1) {
        const uri = `file:///j/m${i}.md`;
        const text = i % 2 ? note('Bo Ray', '2026-11-11', [`- [ ] changed ${i}`, `- [ ] added ${i}`]) : note('Ann', '2026-11-10', ['- [x] now done']);
        texts.set(uri, text);
        journal.set(uri, text);
      }
      texts.set('file:///j/a-new.md', note('Maya', '2026-11-12', ['- [ ] a new note sorts first']));
      journal.set('file:///j/a-new.md', texts.get('file:///j/a-new.md')!);
    });
    assert.deepEqual(view(journal), view(fresh(texts)));
  });
});
