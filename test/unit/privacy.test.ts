import assert from 'node:assert/strict';
import { Journal } from '../../src/core/journal';
import {
  CONFIDENTIAL_PLACEHOLDER, HIDDEN_PATH, detailText, diagnosticParts, initialsLabels, looksLikeName, isConfidential, isNoteConfidential, matchesQuery,
  nameMasker, noteText, pathText, personText, whyConfidential, type Part,
} from '../../src/core/privacy';
import { note, profile } from './helpers/fixtures';

describe('privacy layer rules', () => {
  describe('people', () => {
    const labels = initialsLabels(['Dana Diaz', 'Carly Chen', 'Dan Dorsey', 'Evan Ito', 'dana  diaz']);
    const cases: Array<[string, boolean, string]> = [
      ['Carly Chen', false, 'Carly Chen'],
      ['Carly Chen', true, 'C.C.'],
      ['Evan Ito', true, 'E.I.'],
      // Two people with the same initials stay tellable apart, numbered in the order of their names.
      ['Dan Dorsey', true, 'D.D. (1)'],
      ['Dana Diaz', true, 'D.D. (2)'],
      // The same person written another way is still one person.
      ['dana diaz', true, 'D.D. (2)'],
      // Someone the list does not know still becomes initials.
      ['Zoe Young', true, 'Z.Y.'],
    ];
    for (const [name, on, shown] of cases) {
      it(`shows "${name}" as "${shown}" with privacy mode ${on ? 'on' : 'off'}`, () => {
        assert.equal(personText(name, on, labels), shown);
      });
    }
  });

  describe('note text and paths', () => {
    const cases: Array<[string, boolean, boolean, string]> = [
      ['raise the salary band', true, true, CONFIDENTIAL_PLACEHOLDER],
      ['raise the salary band', true, false, 'raise the salary band'],
      ['book the offsite', false, true, 'book the offsite'],
    ];
    for (const [text, confidential, on, shown] of cases) {
      it(`shows ${confidential ? 'confidential' : 'shareable'} text ${on ? 'hidden' : 'as written'} with privacy mode ${on ? 'on' : 'off'}`, () => {
        assert.equal(noteText(text, confidential, on), shown);
      });
    }
    it('hides a note path in privacy mode, since paths name people', () => {
      assert.deepEqual([pathText('1on1s/carly-chen/2026-11-13.md', true), pathText('1on1s/carly-chen/2026-11-13.md', false)], [HIDDEN_PATH, '1on1s/carly-chen/2026-11-13.md']);
    });
  });

  describe('detail lines', () => {
    const parts: Part[] = [
      { person: 'Carly Chen' },
      'direct',
      { role: 'Senior Engineer' },
      { team: 'Payments' },
      { date: 'last met Nov 19' },
      { alias: 'CC' },
      { email: 'carly@example.com' },
      { path: '1on1s/carly-chen' },
      'due in 2 days',
      undefined,
      false,
      '',
      '3 open',
    ];
    const cases: Array<[boolean, string]> = [
      [false, 'Carly Chen · direct · Senior Engineer · Payments · last met Nov 19 · CC · carly@example.com · 1on1s/carly-chen · due in 2 days · 3 open'],
      // Next to initials, role, team, dates, aliases, e-mail and paths would point at one person: gone.
      // Group, counts and due state stay: the manager still needs them.
      [true, 'C.C. · direct · due in 2 days · 3 open'],
    ];
    for (const [on, shown] of cases) {
      it(`keeps what the manager needs and drops what identifies someone (privacy mode ${on ? 'on' : 'off'})`, () => {
        assert.equal(detailText(parts, on), shown);
      });
    }
    it('hides a confidential note text part and keeps a shareable one', () => {
      assert.equal(detailText([{ note: 'secret', confidential: true }, { note: 'plain', confidential: false }], true, undefined, ' / '), `${CONFIDENTIAL_PLACEHOLDER} / plain`);
    });
  });

  describe('searching a masked picker by the real name', () => {
    const real = ['Dana Diaz', 'DD', 'Engineering Manager'];
    const cases: Array<[string, boolean]> = [
      ['Dana', true],
      ['dana d', true],
      ['diaz dana', true],
      ['DÁNA', true],
      ['manager', true],
      ['Carly', false],
      ['dana carly', false],
      ['', false],
      ['   ', false],
    ];
    for (const [query, matches] of cases) {
      it(`${matches ? 'matches' : 'does not match'} "${query}"`, () => {
        assert.equal(matchesQuery(query, real), matches);
      });
    }
  });

  describe('what is confidential', () => {
    const notes: Array<[string, Parameters<typeof isNoteConfidential>[0], boolean]> = [
      ['a 1:1 note with nothing written', { type: 'one-on-one' }, true],
      ['a shareable 1:1 note', { type: 'one-on-one', confidentiality: 'shareable' }, false],
      ['a confidential peer note', { type: 'peer', confidentiality: 'confidential' }, true],
      ['a skip-level note marked shareable', { type: 'skip-level', confidentiality: 'shareable' }, true],
    ];
    for (const [what, note, confidential] of notes) {
      it(`treats ${what} as ${confidential ? 'confidential' : 'shareable'}`, () => {
        assert.equal(isNoteConfidential(note), confidential);
      });
    }
    const items: Array<[string, Parameters<typeof isConfidential>[0], Parameters<typeof isConfidential>[1], boolean]> = [
      ['a plain item in a shareable note', { confidentialTag: false }, { type: 'one-on-one', confidentiality: 'shareable' }, false],
      ['a #confidential item in a shareable note', { confidentialTag: true }, { type: 'one-on-one', confidentiality: 'shareable' }, true],
      ['an item nested under a #confidential one in a shareable note', { confidentialTag: false, underConfidential: true }, { type: 'peer', confidentiality: 'shareable' }, true],
      ['a plain item of a skip-level note marked shareable', { confidentialTag: false }, { type: 'skip-level', confidentiality: 'shareable' }, true],
      ['a plain item of a confidential note', { confidentialTag: false }, { type: 'one-on-one' }, true],
    ];
    for (const [what, item, note, confidential] of items) {
      it(`treats ${what} as ${confidential ? 'confidential' : 'shareable'}`, () => {
        assert.equal(isConfidential(item, note), confidential);
      });
    }

    it('marks follow-ups nested under a #confidential item, task or not, as confidential in a shareable note', () => {
      const journal = new Journal({ me: 'Me' });
      journal.set('file:///1on1s/a.md', [
        '---', 'person: Carly Chen', 'date: 2026-11-20', 'confidentiality: shareable', '---',
        '- [ ] plain one',
        '- [ ] the reorg #confidential',
        '  - [ ] nested under a confidential task',
        '    - [ ] two levels down',
        '- a private topic #confidential',
        '  - [ ] nested under a plain confidential item',
        '- an open topic',
        '  - [ ] nested under a plain item',
      ].join('\n'));
      const shown = journal.followUps().map((f) => [f.text, f.confidential]);
      assert.deepEqual(shown, [
        ['plain one', false],
        ['the reorg', true],
        ['nested under a confidential task', true],
        ['two levels down', true],
        ['nested under a plain confidential item', true],
        ['nested under a plain item', false],
      ]);
    });
  });
});

describe('asking before opening confidential text', () => {
  const none = { confidentialItems: 0, privateSections: 0 };
  const cases: Array<[string, Parameters<typeof whyConfidential>, ReturnType<typeof whyConfidential>]> = [
    ['a skip-level note, even marked shareable', [{ type: 'skip-level', confidentiality: 'shareable' }], 'skip-level'],
    ['a confidential 1:1 note', [{ type: 'one-on-one' }], 'note'],
    ['a #confidential follow-up in a shareable note', [{ type: 'one-on-one', confidentiality: 'shareable' }, { confidentialTag: true }, none], 'item'],
    ['a follow-up nested under a #confidential one in a shareable note', [{ type: 'peer', confidentiality: 'shareable' }, { confidentialTag: false, underConfidential: true }, none], 'item'],
    ['a plain follow-up of a shareable note with a (private) section', [{ type: 'one-on-one', confidentiality: 'shareable' }, { confidentialTag: false }, { confidentialItems: 0, privateSections: 1 }], 'parts'],
    ['a shareable note with a #confidential paragraph', [{ type: 'one-on-one', confidentiality: 'shareable' }, undefined, { confidentialItems: 1, privateSections: 0 }], 'parts'],
    ['a plain follow-up of a wholly shareable note', [{ type: 'one-on-one', confidentiality: 'shareable' }, { confidentialTag: false }, none], undefined],
  ];
  for (const [what, args, reason] of cases) {
    it(`${reason ? `asks first (${reason})` : 'does not ask'} for ${what}`, () => {
      assert.equal(whyConfidential(...args), reason);
    });
  }
});

describe('names inside shareable text', () => {
  const people = [
    { name: 'Kwame Mensah', aliases: ['Kwame', 'KM'], team: 'Platform' },
    { name: 'Carly Chen', aliases: ['Carly', 'CC'] },
    { name: 'Robert Lindqvist', aliases: ['Rob'] },
  ];
  const mask = nameMasker(people, initialsLabels(people.map((p) => p.name)));
  const cases: Array<[string, string]> = [
    ['ask Kwame to get feedback to designers', 'ask K.M. to get feedback to designers'],
    ['@"Carly Chen" and Carly both', '@"C.C." and C.C. both'],
    ['rob the bank, Rob said', 'rob the bank, R.L. said'],
    ['Kwameson is someone else; CCTV too', 'Kwameson is someone else; CCTV too'],
    ['(Carly)', '(C.C.)'],
    ['reports to Kwame Mensah (Platform) · Platform last visited 3 weeks ago', 'reports to K.M. (a team) · a team last visited 3 weeks ago'],
  ];
  for (const [text, shown] of cases) {
    it(`writes "${text}" as "${shown}"`, () => assert.equal(mask(text), shown));
  }
  it('is applied by noteText to shareable text in privacy mode only', () => {
    assert.deepEqual([noteText('ask Kwame', false, true, mask), noteText('ask Kwame', false, false, mask), noteText('ask Kwame', true, true, mask)], ['ask K.M.', 'ask Kwame', CONFIDENTIAL_PLACEHOLDER]);
  });
});

describe('diagnostic messages in privacy mode', () => {
  // Profiles that make the directory report problems that name people and files.
  const files: Array<[string, string]> = [
    ['file:///j/people/carly-chen.md', profile('Carly Chen', { team: 'Payments', reportsTo: 'Nadia Unknown' })],
    ['file:///j/people/zz-carly-chen.md', profile('Carly Chen')],
    ['file:///j/people/kwame-mensah.md', profile('Kwame Mensah', { reportsTo: 'Kwame Mensah' })],
    ['file:///j/people/ines-ortiz.md', profile('Ines Ortiz', { reportsTo: 'Oren Park' })],
    ['file:///j/people/oren-park.md', profile('Oren Park', { reportsTo: 'Ines Ortiz' })],
    ['file:///j/1on1s/zoe-quinn/2026-11-02.md', note({ person: 'Zoe Quinn', date: '2026-11-02', type: 'standup' })],
    // Values the journal cannot read that read like names of people it does not know.
    ['file:///j/1on1s/lee-stone/2026-11-09.md', note({ person: 'Lee Stone', date: '2026-11-09', type: 'Yusuf Bello', confidentiality: 'Mara', mood: 'Theo' })],
    ['file:///j/people/lee-stone.md', profile('Lee Stone', { relationship: "Ada O'Neil", cadence: 'When Sam Asks' })],
  ];
  const journal = new Journal();
  for (const [uri, text] of files) journal.set(uri, text);
  const people = journal.directory().people;
  const labels = initialsLabels(people.map((p) => p.name));
  const masker = nameMasker(people.map((p) => ({ name: p.name, aliases: p.aliases, team: p.profile?.team })), labels);
  const shown = (code: string, on: boolean): string[] => journal.diagnostics()
    .filter((d) => d.code === code).map((d) => detailText(diagnosticParts(d), on, labels, '', masker)).sort();
  const cases: Array<[string, string[], string[]]> = [
    ['duplicate-person', ['Another profile already uses the name "Carly Chen" (file:///j/people/carly-chen.md); this one is ignored.'], ['Another profile already uses the name "C.C."; this one is ignored.']],
    ['unknown-reports-to', ['reportsTo "Nadia Unknown" is not a known person: create a profile for them or fix the name.'], ['reportsTo "N.U." is not a known person: create a profile for them or fix the name.']],
    ['reports-to-cycle', [
      'Kwame Mensah reports to themselves.',
      'reportsTo forms a cycle: Ines Ortiz → Oren Park → Ines Ortiz. The org chart ignores this link until it is fixed.',
      'reportsTo forms a cycle: Ines Ortiz → Oren Park → Ines Ortiz. The org chart ignores this link until it is fixed.',
    ], [
      'K.M. reports to themselves.',
      'reportsTo forms a cycle: I.O. → O.P. → I.O.. The org chart ignores this link until it is fixed.',
      'reportsTo forms a cycle: I.O. → O.P. → I.O.. The org chart ignores this link until it is fixed.',
    ]],
    ['unknown-person', ['"Zoe Quinn" has no person profile yet: create one to place them in the org chart.'], ['"Z.Q." has no person profile yet: create one to place them in the org chart.']],
    // No parts of its own: the whole message is masked as a shareable note's text would be, and
    // an unreadable value that reads like a name shows as initials; one that does not, as written.
    ['bad-type', [
      'Unknown meeting type "Yusuf Bello": use one-on-one, skip-level or peer. Treated as the person\'s default type.',
      'Unknown meeting type "standup": use one-on-one, skip-level or peer. Treated as the person\'s default type.',
      'Unknown relationship "Ada O\'Neil": use direct, skip, peer, manager or self. It is inferred from the org chart instead.',
    ], [
      'Unknown meeting type "Y.B.": use one-on-one, skip-level or peer. Treated as the person\'s default type.',
      'Unknown meeting type "standup": use one-on-one, skip-level or peer. Treated as the person\'s default type.',
      'Unknown relationship "A.O.": use direct, skip, peer, manager or self. It is inferred from the org chart instead.',
    ]],
    ['bad-confidentiality', ['Unknown confidentiality "Mara": use confidential or shareable. Treated as confidential.'], ['Unknown confidentiality "M.": use confidential or shareable. Treated as confidential.']],
    ['bad-cadence', ['Unknown cadence "When Sam Asks": use weekly, biweekly, monthly, "every N weeks" or "N days". The default is used.'], ['Unknown cadence "W.S.A.": use weekly, biweekly, monthly, "every N weeks" or "N days". The default is used.']],
  ];
  for (const [code, off, on] of cases) {
    it(`shows ${code} with names as initials and no path in privacy mode, and as written otherwise`, () => {
      assert.deepEqual(shown(code, false), off);
      assert.deepEqual(shown(code, true), on);
    });
  }
  it('keeps the plain message (what the CLI prints) the text shown with privacy mode off', () => {
    for (const d of journal.diagnostics()) assert.equal(detailText(diagnosticParts(d), false, labels, '', masker), d.message);
  });
  it('shows an unreadable mood that reads like a name as initials, also inside the backticks', () => {
    const [mood] = journal.diagnostics().filter((d) => d.code === 'bad-mood');
    assert.match(mood.message, /`mood: Theo`/);
    assert.match(detailText(diagnosticParts(mood), true, labels, '', masker), /^`mood: T\.` is not a mood/);
  });
  it('keeps a value that was understood (a type alias) as written', () => {
    assert.deepEqual(diagnosticParts({ message: '"Skip" means skip-level.', data: { value: 'Skip', suggestion: 'skip-level' } }), [{ note: '"Skip" means skip-level.', confidential: false }]);
  });
  const nameLike: Array<[string, boolean]> = [
    ['Dana', true], ['Zed Quinn', true], ["Ada O'Neil", true], ['José Núñez', true], ['van der Berg', true], ['the Payments standup sync call', false],
    ['standup', false], ['every 3 weeks', false], ['due:friday', false], ['2026/11/20', false], ['', false],
  ];
  for (const [value, expected] of nameLike) {
    it(`${expected ? 'reads' : 'does not read'} "${value}" as a name`, () => assert.equal(looksLikeName(value), expected));
  }
  it('masks names and teams the directory knows in a message without parts', () => {
    assert.equal(detailText(diagnosticParts({ message: 'Carly Chen of Payments' }), true, labels, '', masker), 'C.C. of a team');
  });
});
