import assert from 'node:assert/strict';
import { Journal } from '../../src/core/journal';
import { namesOf, peopleToOffer, personInFrontmatter } from '../../src/core/peopleToOffer';

function journal(): Journal {
  const j = new Journal();
  j.set('file:///j/people/maya.md', '---\nkind: person\nname: Maya Okafor\naliases: [Maya]\nrelationship: self\n---\n');
  j.set('file:///j/people/carly.md', '---\nkind: person\nname: Carly Chen\naliases: [Carly, CC, carly]\nreportsTo: Maya\n---\n');
  j.set('file:///j/people/ben.md', '---\nkind: person\nname: Ben Adler\nreportsTo: Maya\n---\n');
  j.set('file:///j/people/zoe.md', '---\nkind: person\nname: Zoe Quist\naliases: [Z]\nreportsTo: Carly Chen\n---\n');
  j.set('file:///j/1on1s/x.md', '---\nperson: Ines Moreau\ndate: 2026-11-01\n---\n');
  return j;
}

describe('people completion offers (core/peopleToOffer.ts)', () => {
  const cases: Array<{ what: string; notePerson?: string; includeMe: boolean; order: string[] }> = [
    { what: 'outside a note: me first, then by name', includeMe: true, order: ['me:Maya Okafor', 'Ben Adler', 'Carly Chen', 'Ines Moreau', 'Zoe Quist'] },
    { what: 'in a note with Zoe: Zoe first, then me, then the others', notePerson: 'Zoe Quist', includeMe: true, order: ['note:Zoe Quist', 'me:Maya Okafor', 'Ben Adler', 'Carly Chen', 'Ines Moreau'] },
    { what: 'the note\'s person written as an alias', notePerson: 'CC', includeMe: true, order: ['note:Carly Chen', 'me:Maya Okafor', 'Ben Adler', 'Ines Moreau', 'Zoe Quist'] },
    { what: 'the note\'s person in wiki-link form', notePerson: '[[Ben Adler]]', includeMe: true, order: ['note:Ben Adler', 'me:Maya Okafor', 'Carly Chen', 'Ines Moreau', 'Zoe Quist'] },
    { what: 'a person known only from notes', notePerson: 'Ines Moreau', includeMe: true, order: ['note:Ines Moreau', 'me:Maya Okafor', 'Ben Adler', 'Carly Chen', 'Zoe Quist'] },
    { what: 'an unknown note person changes nothing', notePerson: 'Nobody', includeMe: true, order: ['me:Maya Okafor', 'Ben Adler', 'Carly Chen', 'Ines Moreau', 'Zoe Quist'] },
    { what: 'without me (person:), by name', includeMe: false, order: ['Ben Adler', 'Carly Chen', 'Ines Moreau', 'Zoe Quist'] },
    { what: 'a note with me, without me: nobody first', notePerson: 'Maya', includeMe: false, order: ['Ben Adler', 'Carly Chen', 'Ines Moreau', 'Zoe Quist'] },
  ];
  for (const c of cases) {
    it(`${c.what}`, () => {
      const offers = peopleToOffer(journal().directory(), { includeMe: c.includeMe, ...(c.notePerson ? { notePerson: c.notePerson } : {}) });
      assert.deepEqual(offers.map((o) => (o.role === 'other' ? o.person.name : `${o.role}:${o.person.name}`)), c.order);
    });
  }

  it('lists each person once, their aliases as names to filter on', () => {
    const offers = peopleToOffer(journal().directory(), { includeMe: true, notePerson: 'Carly' });
    assert.equal(new Set(offers.map((o) => o.person)).size, offers.length);
    assert.deepEqual(offers.find((o) => o.person.name === 'Carly Chen')!.names, ['Carly Chen', 'Carly', 'CC']);
  });

  const names: Array<[string, string[], string[]]> = [
    ['no aliases', [], ['Ben Adler']],
    ['an alias differing only in case', ['ben adler', 'Ben'], ['Ben Adler', 'Ben']],
    ['an empty alias', ['', 'B'], ['Ben Adler', 'B']],
  ];
  for (const [what, aliases, expected] of names) {
    it(`namesOf: ${what}`, () => assert.deepEqual(namesOf({ name: 'Ben Adler', aliases }), expected));
  }

  const frontmatter: Array<[string, string[], string | undefined]> = [
    ['a plain name', ['person: Carly Chen', 'date: 2026-11-20'], 'Carly Chen'],
    ['a quoted name with a comment', ['date: 2026-11-20', 'person: "Carly Chen" # my report'], 'Carly Chen'],
    ['a wiki link', ['person: [[Carly Chen]]'], 'Carly Chen'],
    ['still empty', ['person: '], undefined],
    ['no person line', ['kind: person', 'name: Carly Chen'], undefined],
  ];
  for (const [what, lines, expected] of frontmatter) {
    it(`personInFrontmatter: ${what}`, () => assert.equal(personInFrontmatter(lines), expected));
  }
});
