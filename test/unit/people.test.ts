import assert from 'node:assert/strict';
import { Journal } from '../../src/core/journal';
import type { Relationship } from '../../src/core/model';
import { buildDirectory, defaultMeetingType } from '../../src/core/people';
import { parseCadence, parseDateRange, parseMeetingType, parseRelationship, parseStringList } from '../../src/core/parse/values';
import { loadFixture, note, profile } from './helpers/fixtures';

describe('people', () => {
  describe('the org fixture, with me marked `relationship: self`', () => {
    const journal = loadFixture('org');
    const directory = journal.directory();

    it('finds me by relationship: self', () => {
      assert.equal(directory.me?.name, 'Dana Diaz');
    });

    // name, relationship, depth below me, manager, active
    const expected: Array<[string, Relationship, number | undefined, string | undefined, boolean]> = [
      ['Dana Diaz', 'self', undefined, 'Maya Ross', true],
      ['Maya Ross', 'manager', undefined, undefined, true],
      ['Priya Shah', 'peer', undefined, 'Maya Ross', true], // same manager as me
      ['Omar Haddad', 'peer', undefined, undefined, true], // explicit, outside the chart
      ['Carly Chen', 'direct', 1, 'Dana Diaz', true],
      ['Evan Ito', 'direct', 1, 'Dana Diaz', true], // reportsTo written as a wiki-link
      ['Lee Park', 'skip', 2, 'Evan Ito', true], // reportsTo written as a unique first name
      ['Sam Stone', 'skip', 3, 'Lee Park', false],
      ['Hana Kim', 'peer', 2, 'Carly Chen', true], // explicit relationship wins over the chart
      ['Alex Moreno', 'skip', 2, 'Carly Chen', true],
      ['Alex Novak', 'skip', 2, 'Carly Chen', true],
      ['Quinn Reed', 'other', undefined, undefined, true], // unknown reportsTo, never met
      ['Yuri Volkov', 'peer', undefined, undefined, true], // note-only: latest note (by date) is a peer 1:1
      ['Zoe Lang', 'peer', undefined, undefined, true], // note-only, wiki-link person, `peer-1:1` alias
      ['Alex', 'direct', undefined, undefined, true], // note-only: an ambiguous first name is its own person; untyped note = one-on-one
    ];
    for (const [name, relationship, depth, manager, active] of expected) {
      it(`infers ${name}: ${relationship}${depth ? ` at depth ${depth}` : ''}${manager ? `, reporting to ${manager}` : ''}`, () => {
        const person = directory.people.find((p) => p.name === name);
        assert.ok(person, `${name} is in the directory`);
        assert.deepEqual(
          [person.relationship, person.depth, person.managerName, person.active],
          [relationship, depth, manager, active],
        );
      });
    }

    it('knows exactly these people, each once', () => {
      assert.deepEqual(directory.people.map((p) => p.name).sort(), expected.map(([name]) => name).sort());
    });

    const lookups: Array<[string, string | undefined]> = [
      ['Carly Chen', 'Carly Chen'],
      ['carly  chen', 'Carly Chen'],
      ['CC', 'Carly Chen'],
      ['cc', 'Carly Chen'],
      ['[[Carly Chen]]', 'Carly Chen'],
      ['[[Carly Chen|Carly]]', 'Carly Chen'],
      ['Evan', 'Evan Ito'],
      ['lee', 'Lee Park'],
      ['[[Zoe Lang]]', 'Zoe Lang'],
      ['Zoe', 'Zoe Lang'], // a unique first name finds people known only from notes too
      ['Nobody Known', undefined],
    ];
    for (const [name, found] of lookups) {
      it(`resolves "${name}" to ${found ?? 'nobody'}`, () => {
        assert.equal(directory.resolve(name)?.name, found);
      });
    }

    it('does not resolve a first name shared by two people', () => {
      const profilesOnly = buildDirectory({ profiles: journal.profiles(), notes: [] });
      assert.equal(profilesOnly.resolve('Alex'), undefined);
      assert.equal(profilesOnly.resolve('Alex Novak')?.name, 'Alex Novak');
    });

    it('lists direct reports by the chart, sorted by name', () => {
      assert.deepEqual(directory.reportsOf('Dana').map((p) => p.name), ['Carly Chen', 'Evan Ito']);
      assert.deepEqual(directory.reportsOf('CC').map((p) => p.name), ['Alex Moreno', 'Alex Novak', 'Hana Kim']);
      assert.deepEqual(directory.reportsOf('Sam Stone'), []);
      assert.deepEqual(directory.reportsOf('Nobody Known'), []);
    });

    it('reads the profile values: aliases, cadence, away, active', () => {
      const carly = directory.resolve('Carly')?.profile;
      assert.deepEqual(
        [carly?.aliases, carly?.cadenceDays, carly?.away, carly?.role, carly?.team],
        [['Carly', 'CC'], 7, [{ from: '2026-12-20', to: '2027-01-05' }], 'Senior Engineer', 'Platform'],
      );
      assert.deepEqual(
        ['Evan Ito', 'Priya Shah', 'Omar Haddad', 'Maya Ross'].map((n) => directory.resolve(n)?.profile?.cadenceDays),
        [14, 28, 30, undefined],
      );
      assert.equal(directory.resolve('Sam Stone')?.profile?.active, false);
    });

    it('reports an unknown reportsTo on the line of the reportsTo key, and nothing else about the chart', () => {
      assert.deepEqual(
        directory.diagnostics.map((d) => [d.uri, d.line, d.severity, d.code, d.data?.value]),
        [['people/quinn-reed.md', 5, 'warning', 'unknown-reports-to', 'Nobody Known']],
      );
    });

    it('resolves notes written with a wiki-link, an alias or a first name to the profiled person', () => {
      const byUri = new Map(journal.meetings().map((m) => [m.note.uri, m.person]));
      assert.equal(byUri.get('1on1s/carly-chen/2026-11-13.md'), 'Carly Chen');
      assert.equal(byUri.get('1on1s/evan-ito/2026-11-10.md'), 'Evan Ito');
    });

    it('offers a profile for each person met only in notes', () => {
      const unknown = journal.diagnostics().filter((d) => d.code === 'unknown-person').map((d) => [d.uri, d.data?.value]);
      assert.deepEqual(unknown, [
        ['1on1s/alex/2026-11-02.md', 'Alex'],
        ['1on1s/yuri-volkov/a-peer.md', 'Yuri Volkov'],
        ['1on1s/yuri-volkov/b-skip.md', 'Yuri Volkov'],
        ['1on1s/zoe-lang/2026-11-05.md', 'Zoe Lang'],
      ]);
    });
  });

  describe('who me is', () => {
    const withoutSelf = (journal: Journal): void => {
      journal.set('people/dana-diaz.md', profile('Dana Diaz', { reportsTo: 'Maya Ross' }));
    };

    it('falls back to the `me` option, by first name, and infers the same chart', () => {
      const journal = loadFixture('org', { me: 'Dana' });
      withoutSelf(journal);
      const directory = journal.directory();
      assert.equal(directory.me?.name, 'Dana Diaz');
      assert.deepEqual(
        ['Dana Diaz', 'Maya Ross', 'Priya Shah', 'Carly Chen', 'Lee Park'].map((n) => directory.resolve(n)?.relationship),
        ['self', 'manager', 'peer', 'direct', 'skip'],
      );
    });

    it('prefers the profile with relationship: self over the `me` option', () => {
      const directory = loadFixture('org', { me: 'Priya Shah' }).directory();
      assert.equal(directory.me?.name, 'Dana Diaz');
      assert.equal(directory.resolve('Priya Shah')?.relationship, 'peer');
    });

    it('knows no me without either, and then infers relationships from notes only', () => {
      const journal = loadFixture('org');
      withoutSelf(journal);
      const directory = journal.directory();
      assert.equal(directory.me, undefined);
      assert.deepEqual(
        ['Carly Chen', 'Lee Park', 'Maya Ross', 'Priya Shah', 'Omar Haddad', 'Yuri Volkov'].map((n) => [directory.resolve(n)?.relationship, directory.resolve(n)?.depth]),
        [['direct', undefined], ['other', undefined], ['other', undefined], ['other', undefined], ['peer', undefined], ['peer', undefined]],
      );
    });

    it('follows a change of the `me` option', () => {
      const journal = loadFixture('org');
      withoutSelf(journal);
      journal.setOptions({ me: 'Evan Ito' });
      const directory = journal.directory();
      assert.equal(directory.me?.name, 'Evan Ito');
      assert.deepEqual(
        ['Lee Park', 'Sam Stone', 'Dana Diaz', 'Carly Chen'].map((n) => [directory.resolve(n)?.relationship, directory.resolve(n)?.depth]),
        [['direct', 1], ['skip', 2], ['manager', undefined], ['peer', undefined]],
      );
    });
  });

  describe('reportsTo cycles', () => {
    const journal = loadFixture('cycles');
    const directory = journal.directory();

    it('reports each member of a cycle once, on its reportsTo line, as an error', () => {
      const cycles = directory.diagnostics.filter((d) => d.code === 'reports-to-cycle').map((d) => [d.uri, d.line, d.severity]);
      assert.deepEqual(cycles.sort(), [
        ['people/ann-avery.md', 4, 'error'],
        ['people/bob-bell.md', 5, 'error'],
        ['people/cat-cole.md', 4, 'error'],
        ['people/eve-egan.md', 4, 'error'],
      ]);
    });

    it('does not report the person hanging below a cycle', () => {
      assert.equal(directory.diagnostics.some((d) => d.uri === 'people/dan-diaz.md'), false);
    });

    it('cuts exactly one link of the cycle so the chart stays a tree', () => {
      const managers = ['Ann Avery', 'Bob Bell', 'Cat Cole'].map((n) => directory.resolve(n)?.managerName);
      assert.equal(managers.filter((m) => m === undefined).length, 1);
      assert.equal(directory.resolve('Eve Egan')?.managerName, undefined);
      assert.equal(directory.resolve('Dan Diaz')?.managerName, 'Ann Avery');
    });

    it('still builds the rest of the chart around the cycle', () => {
      assert.equal(directory.me?.name, 'Mia Self');
      assert.deepEqual([directory.resolve('Fay Fox')?.relationship, directory.resolve('Fay Fox')?.depth], ['direct', 1]);
      assert.equal(directory.resolve('Ann Avery')?.depth, undefined);
    });

    it('terminates when me is inside the cycle', () => {
      const inside = loadFixture('cycles', { me: 'Bob Bell' });
      inside.set('people/mia-self.md', profile('Mia Self'));
      const d = inside.directory();
      assert.equal(d.me?.name, 'Bob Bell');
      assert.equal(d.diagnostics.filter((x) => x.code === 'reports-to-cycle').length, 4);
    });
  });

  describe('duplicate names', () => {
    it('keeps the first profile by path and warns on the other', () => {
      const journal = new Journal();
      journal.set('people/b/carly.md', profile('Carly Chen', { role: 'Designer', aliases: '[Chen]' }));
      journal.set('people/a/carly.md', profile('Carly Chen', { role: 'Engineer' }));
      const directory = journal.directory();
      assert.equal(directory.people.filter((p) => p.name === 'Carly Chen').length, 1);
      assert.equal(directory.resolve('Carly Chen')?.profile?.role, 'Engineer');
      assert.equal(directory.resolve('Chen'), undefined);
      assert.deepEqual(
        directory.diagnostics.map((d) => [d.uri, d.severity, d.code]),
        [['people/b/carly.md', 'warning', 'duplicate-person']],
      );
    });

    it('treats names that differ only by case and accents as the same person', () => {
      const journal = new Journal();
      journal.set('people/jose.md', profile('José Núñez'));
      journal.set('people/jose2.md', profile('jose nunez'));
      journal.set('n.md', note({ person: 'JOSE NUNEZ', date: '2026-11-20' }));
      const directory = journal.directory();
      assert.deepEqual(directory.people.map((p) => p.name), ['José Núñez']);
      assert.equal(journal.meetings()[0].person, 'José Núñez');
    });
  });

  describe('values', () => {
    const cadences: Array<[unknown, number | null | undefined]> = [
      ['weekly', 7], ['Weekly', 7], ['biweekly', 14], ['bi-weekly', 14], ['fortnightly', 14], ['monthly', 30],
      ['every 3 weeks', 21], ['every  3   weeks', 21], ['every 2 weeks', 14], ['2 weeks', 14], ['1 week', 7],
      ['10 days', 10], ['every 10 days', 10], ['1 day', 1], [10, 10],
      ['none', null], ['never', null],
      ['sometimes', undefined], ['0 days', undefined], ['every -3 weeks', undefined], ['every three weeks', undefined],
      [0, undefined], [2.5, undefined], [null, undefined], [true, undefined],
    ];
    for (const [written, days] of cadences) {
      it(`reads cadence ${JSON.stringify(written)} as ${days === null ? 'no cadence' : days === undefined ? 'not a cadence' : `${days} days`}`, () => {
        assert.equal(parseCadence(written), days);
      });
    }

    const ranges: Array<[unknown, { from: string; to: string } | undefined]> = [
      ['2026-12-20..2027-01-05', { from: '2026-12-20', to: '2027-01-05' }],
      ['2026-12-20 .. 2027-01-05', { from: '2026-12-20', to: '2027-01-05' }],
      ['2026-12-20 to 2027-01-05', { from: '2026-12-20', to: '2027-01-05' }],
      ['2026-12-20–2027-01-05', { from: '2026-12-20', to: '2027-01-05' }],
      ['2026-12-20..2026-12-20', { from: '2026-12-20', to: '2026-12-20' }],
      ['2027-01-05..2026-12-20', undefined], // backwards
      ['2026-02-30..2026-03-05', undefined], // not a date
      ['2026-12-20', undefined], // not a range
      ['soon..later', undefined],
      [20261220, undefined],
    ];
    for (const [written, range] of ranges) {
      it(`reads away ${JSON.stringify(written)} as ${range ? `${range.from} to ${range.to}` : 'not a range'}`, () => {
        assert.deepEqual(parseDateRange(written), range);
      });
    }

    const types: Array<[unknown, string | undefined]> = [
      ['one-on-one', 'one-on-one'], ['1:1', 'one-on-one'], ['direct', 'one-on-one'], ['One-On-One', 'one-on-one'],
      ['skip-level', 'skip-level'], ['skip', 'skip-level'], [' Skip Level ', 'skip-level'],
      ['peer', 'peer'], ['peer-1:1', 'peer'],
      ['standup', undefined], ['', undefined], [61, undefined], [undefined, undefined],
    ];
    for (const [written, type] of types) {
      it(`reads meeting type ${JSON.stringify(written)} as ${type ?? 'unknown'}`, () => {
        assert.equal(parseMeetingType(written), type);
      });
    }

    const relationships: Array<[unknown, string | undefined]> = [
      ['direct', 'direct'], ['Skip', 'skip'], ['skip-level', 'skip'], ['peer', 'peer'], ['manager', 'manager'],
      ['self', 'self'], ['me', 'self'], ['friend', undefined], [1, undefined],
    ];
    for (const [written, relationship] of relationships) {
      it(`reads relationship ${JSON.stringify(written)} as ${relationship ?? 'unknown'}`, () => {
        assert.equal(parseRelationship(written), relationship);
      });
    }

    it('reads aliases from a YAML list or a comma-separated string', () => {
      assert.deepEqual(parseStringList(['Carly', ' CC ', '', 7]), ['Carly', 'CC', '7']);
      assert.deepEqual(parseStringList('Carly, CC,,'), ['Carly', 'CC']);
      assert.deepEqual(parseStringList(undefined), []);
    });

    it('gives each relationship its default meeting type', () => {
      assert.deepEqual(
        (['direct', 'skip', 'peer', 'manager', 'self', 'other', undefined] as const).map(defaultMeetingType),
        ['one-on-one', 'skip-level', 'peer', 'one-on-one', 'one-on-one', 'one-on-one', 'one-on-one'],
      );
    });
  });
});
