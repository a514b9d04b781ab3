import assert from 'node:assert/strict';
import { Journal } from '../../src/core/journal';
import { MEETING_TYPES, type MeetingType } from '../../src/core/model';
import { parseFollowUps } from '../../src/core/parse/followUps';
import {
  BUILT_IN_TEMPLATES, firstAgendaPosition, newNotePath, openFollowUpsFor, relativeUriPath, renderOpenFollowUps,
  renderTemplate, unknownPlaceholders, yamlScalar, type FollowUpReminder, TEMPLATE_PLACEHOLDERS, NOTE_PATH_PLACEHOLDERS,
  indentSteps, TEMPLATE_INDENT,
} from '../../src/core/templates';
import { COACHING_SECTION } from '../../src/core/coachingDue';
import { note, profile } from './helpers/fixtures';

const values = (type: MeetingType, extra: Partial<Parameters<typeof renderTemplate>[1]> = {}): Parameters<typeof renderTemplate>[1] => ({
  person: 'Carly Chen', date: '2026-11-20', type, openFollowUps: 'Nothing open from earlier 1:1s.', ...extra,
});

function headings(text: string): string[] {
  return text.split('\n').filter((l) => /^## /.test(l));
}

describe('templates', () => {
  describe('the built-in templates', () => {
    for (const type of MEETING_TYPES) {
      it(`renders the ${type} template into a valid 1:1 note of that type, with no diagnostics and no task items`, () => {
        const { text, unknownPlaceholders: unknown } = renderTemplate(BUILT_IN_TEMPLATES[type], values(type));
        assert.deepEqual(unknown, []);
        const journal = new Journal();
        journal.set('people/carly.md', profile('Carly Chen'));
        journal.set('1on1s/carly-chen/2026-11-20.md', text);
        const parsed = journal.note('1on1s/carly-chen/2026-11-20.md');
        assert.ok(parsed, 'the rendered template is not a 1:1 note');
        assert.deepEqual([parsed.personName, parsed.explicitType, parsed.date, parsed.confidentiality], ['Carly Chen', type, '2026-11-20', 'confidential']);
        assert.deepEqual(journal.diagnosticsFor('1on1s/carly-chen/2026-11-20.md'), []);
        assert.deepEqual(parseFollowUps(text).items, [], 'a fresh note must not hold an (empty) follow-up');
        assert.ok(!text.includes('${'), 'a placeholder was left in the rendered template');
      });
    }

    for (const type of MEETING_TYPES) {
      it(`indents the ${type} note it renders by ${TEMPLATE_INDENT} spaces only (VS Code detects no odd indentation)`, () => {
        const { text } = renderTemplate(BUILT_IN_TEMPLATES[type], values(type, { coaching: COACHING_SECTION, talkingPoints: '- the offsite\n  - who pays' }));
        assert.deepEqual(indentSteps(text).filter((s) => s !== TEMPLATE_INDENT), []);
      });
    }

    const steps: Array<[string, string, number[]]> = [
      ['no indentation', '# a\n- b\n', []],
      ['a comment aligned under its opening', '<!-- a\n     b -->\n', [5]],
      ['nested list items', '- a\n  - b\n    - c\n- d\n', [2]],
      ['blank lines do not count', '- a\n\n  - b\n', [2]],
      ['two kinds of step', '- a\n  - b\n      c\n', [2, 4]],
    ];
    for (const [what, text, expected] of steps) {
      it(`indentSteps: ${what}`, () => assert.deepEqual(indentSteps(text), expected));
    }

    it('gives the one-on-one the five sections, in order: about how the work happens and growth, not status', () => {
      const text = BUILT_IN_TEMPLATES['one-on-one'];
      assert.deepEqual(headings(text), ['## Check-in', '## Their topics', '## My topics', '## Growth & feedback', '## Follow-ups']);
      assert.match(text, /not status/);
    });

    it('reminds in the skip-level template that it is confidential, and asks open questions', () => {
      const text = BUILT_IN_TEMPLATES['skip-level'];
      assert.match(text, /\*\*Confidential\.\*\*/);
      assert.match(text, /#escalate/);
      assert.ok((text.match(/\?/g) ?? []).length >= 5, 'the skip-level template should ask open questions');
      assert.ok(headings(text).includes('## Follow-ups'));
    });

    it('is about what each side sees and needs in the peer template', () => {
      assert.deepEqual(headings(BUILT_IN_TEMPLATES.peer), ['## Check-in', '## What each of us sees', '## What we need from each other', '## My topics', '## Follow-ups']);
    });

    it('leaves an empty item under My topics when no talking point is queued', () => {
      const { text } = renderTemplate('## My topics\n${talkingPoints}\n', values('peer'));
      assert.equal(text, '## My topics\n- \n');
    });

    it('uses every placeholder it documents, and only those', () => {
      for (const type of MEETING_TYPES) {
        assert.deepEqual(unknownPlaceholders(BUILT_IN_TEMPLATES[type], TEMPLATE_PLACEHOLDERS), [], type);
        // The coaching prompt is for one-on-ones with a manager direct only.
        for (const name of TEMPLATE_PLACEHOLDERS.filter((n) => n !== 'coaching' || type === 'one-on-one')) assert.ok(BUILT_IN_TEMPLATES[type].includes(`\${${name}}`), `${type} does not use \${${name}}`);
      }
    });
  });

  describe('renderTemplate', () => {
    const cases: Array<[string, string, string]> = [
      ['replaces every known placeholder, each time it appears', '${person} ${date} ${type} ${person}', 'Carly Chen 2026-11-20 peer Carly Chen'],
      ['leaves an unknown placeholder exactly as written', 'Hi ${person}, ${mood} ${ person }', 'Hi Carly Chen, ${mood} ${ person }'],
      ['leaves other dollar forms alone', '$person $$ ${} $5', '$person $$ ${} $5'],
      ['inserts the open follow-ups markdown as it is', '## Follow-ups\n${openFollowUps}\n', '## Follow-ups\n- [a](x.md#L3)\n'],
      ['inserts the queued talking points as they are', '## My topics\n${talkingPoints}\n', '## My topics\n- [a](x.md#L3)\n'],
    ];
    for (const [name, template, expected] of cases) {
      it(name, () => {
        assert.equal(renderTemplate(template, values('peer', { openFollowUps: '- [a](x.md#L3)', talkingPoints: '- [a](x.md#L3)' })).text, expected);
      });
    }

    it('reports each unknown placeholder once, in order of first use', () => {
      const { unknownPlaceholders: unknown } = renderTemplate('${b} ${person} ${a} ${b} ${a}', values('peer'));
      assert.deepEqual(unknown, ['b', 'a']);
    });

    it('does not treat Object.prototype names as placeholders it knows', () => {
      const { text, unknownPlaceholders: unknown } = renderTemplate('${toString} ${constructor}', values('peer'));
      assert.equal(text, '${toString} ${constructor}');
      assert.deepEqual(unknown, ['toString', 'constructor']);
    });

    const names: Array<[string, string]> = [
      ['Carly Chen', 'person: Carly Chen'],
      ['Anne-Marie O’Neil', 'person: Anne-Marie O’Neil'],
      ['Ana: the second', 'person: "Ana: the second"'],
      ['#1 fan', 'person: "#1 fan"'],
      ['yes', 'person: "yes"'],
      ['[[Carly Chen]]', 'person: "[[Carly Chen]]"'],
    ];
    for (const [name, line] of names) {
      it(`writes the person "${name}" in frontmatter as a YAML value that reads back the same`, () => {
        const { text } = renderTemplate(BUILT_IN_TEMPLATES['one-on-one'], values('one-on-one', { person: name }));
        assert.equal(text.split('\n')[1], line);
        const journal = new Journal();
        journal.set('n.md', text);
        assert.equal(journal.note('n.md')?.personName, name.replace(/^\[\[|\]\]$/g, ''));
      });
    }

    it('keeps a placeholder inside a longer frontmatter value unquoted, and a quoted one as the template quotes it', () => {
      const template = '---\ntitle: 1:1 with ${person}\nperson: "${person}"\n---\n${person}: body\n';
      assert.equal(renderTemplate(template, values('peer', { person: 'Ana: B' })).text, '---\ntitle: 1:1 with Ana: B\nperson: "Ana: B"\n---\nAna: B: body\n');
    });

    const scalars: Array<[string, string]> = [
      ['2026-11-20', '2026-11-20'], ['skip-level', 'skip-level'], ['1:1', '"1:1"'], ['42', '"42"'], ['null', '"null"'],
      ['Carly ', '"Carly "'], ['José Núñez', 'José Núñez'], ['say "hi"', '"say \\"hi\\""'],
      ['R&D / Payments', 'R&D / Payments'], ['12:30:00', '"12:30:00"'], ['1.5', '"1.5"'],
    ];
    for (const [value, expected] of scalars) {
      it(`writes ${JSON.stringify(value)} as the YAML scalar ${expected}`, () => assert.equal(yamlScalar(value), expected));
    }
  });

  describe('open follow-ups from earlier notes', () => {
    function journalWithHistory(): Journal {
      const journal = new Journal({ me: 'Dana Diaz' });
      journal.batch(() => {
        journal.set('file:///w/people/dana.md', profile('Dana Diaz', { relationship: 'self' }));
        journal.set('file:///w/people/carly.md', profile('Carly Chen', { aliases: '[Carly]', reportsTo: 'Dana Diaz' }));
        journal.set('file:///w/people/lee.md', profile('Lee Park', { reportsTo: 'Carly Chen' }));
        journal.set('file:///w/1on1s/carly-chen/2026-11-06.md', note({ person: 'Carly', date: '2026-11-06' },
          '## Follow-ups\n- [ ] @me send the [draft] budget due:2026-11-25\n- [x] @me done already\n'));
        journal.set('file:///w/1on1s/carly-chen/2026-11-13.md', note({ person: 'Carly Chen', date: '2026-11-13' },
          '## Follow-ups\n- [ ] @Carly write the on-call proposal\n'));
        journal.set('file:///w/1on1s/carly-chen/2026-11-20.md', note({ person: 'Carly Chen', date: '2026-11-20' }, '- [ ] @me same day, not earlier\n'));
        journal.set('file:///w/1on1s/lee-park/2026-11-10.md', note({ person: 'Lee Park', type: 'skip-level', date: '2026-11-10' }, '- [ ] @me someone else\n'));
      });
      return journal;
    }

    it('keeps the open items of earlier notes with that person, oldest note first, done ones and other people left out', () => {
      const items = openFollowUpsFor(journalWithHistory().followUps(), 'Carly Chen', '2026-11-20');
      assert.deepEqual(items.map((i) => `${i.uri.split('/').pop()}:${i.line} ${i.text}`), [
        '2026-11-06.md:6 send the [draft] budget',
        '2026-11-13.md:6 write the on-call proposal',
      ]);
    });

    it('renders them as plain list items linking to the line they were written on, never as task items', () => {
      const journal = journalWithHistory();
      const items = openFollowUpsFor(journal.followUps(), 'Carly Chen', '2026-11-20');
      const markdown = renderOpenFollowUps(items, { noteUri: 'file:///w/1on1s/carly-chen/2026-11-20.md', date: '2026-11-20' });
      assert.equal(markdown, [
        'Still open from earlier 1:1s (tick them where they were written):',
        '- [send the \\[draft\\] budget](2026-11-06.md#L6) · mine · due Nov 25 · from Nov 6',
        '- [write the on-call proposal](2026-11-13.md#L6) · Carly Chen · from Nov 13',
      ].join('\n'));
      assert.deepEqual(parseFollowUps(`---\nperson: x\n---\n${markdown}\n`).items, []);
    });

    it('links relative to where the new note goes, and says when a skip-level item is still cooling off', () => {
      const journal = journalWithHistory();
      const items = openFollowUpsFor(journal.followUps(), 'Lee Park', '2026-11-17');
      const markdown = renderOpenFollowUps(items, { noteUri: 'file:///w/notes/2026/lee.md', date: '2026-11-17' });
      assert.equal(markdown.split('\n')[1], '- [someone else](../../1on1s/lee-park/2026-11-10.md#L6) · mine · cooling off until Nov 24 · from Nov 10');
    });

    it('says there is nothing open when there is nothing', () => {
      assert.equal(renderOpenFollowUps([], { noteUri: 'a.md', date: '2026-11-20' }), 'Nothing open from earlier 1:1s.');
    });

    const degenerate: Array<[string, string]> = [['x', '- [x](a.md#L1)'], [' ', '- [(follow-up)](a.md#L1)'], ['', '- [(follow-up)](a.md#L1)']];
    for (const [text, line] of degenerate) {
      it(`writes an item whose text is ${JSON.stringify(text)} so that it cannot read as a checkbox`, () => {
        const item: FollowUpReminder = { uri: 'a.md', line: 1, text, owner: null, mine: false };
        const markdown = renderOpenFollowUps([item], { noteUri: 'b.md', date: '2026-11-20' });
        assert.equal(markdown.split('\n')[1], line);
        assert.deepEqual(parseFollowUps(`${markdown}\n`).items, []);
      });
    }
  });

  describe('relativeUriPath', () => {
    const cases: Array<[string, string, string]> = [
      ['file:///w/1on1s/carly/2026-11-20.md', 'file:///w/1on1s/carly/2026-11-13.md', '2026-11-13.md'],
      ['file:///w/1on1s/carly/2026-11-20.md', 'file:///w/1on1s/dana/2026-11-13.md', '../dana/2026-11-13.md'],
      ['file:///w/a.md', 'file:///w/1on1s/dana/x.md', '1on1s/dana/x.md'],
      ['file:///w/1on1s/my%20notes/a.md', 'file:///w/1on1s/my%20notes/b.md', 'b.md'],
      ['1on1s/carly/a.md', 'people/carly.md', '../../people/carly.md'],
      ['vscode-vfs://github/x/a.md', 'file:///w/b.md', 'file:///w/b.md'],
    ];
    for (const [from, to, expected] of cases) {
      it(`links from ${from} to ${to} as ${expected}`, () => assert.equal(relativeUriPath(from, to), expected));
    }
  });

  describe('newNotePath', () => {
    const cases: Array<[string, string, string]> = [
      ['1on1s/${personSlug}/${date}.md', 'Carly Chen', '1on1s/carly-chen/2026-11-20.md'],
      ['${type}/${date} ${person}.md', 'Carly Chen', 'peer/2026-11-20 Carly Chen.md'],
      ['notes/${person}/${date}', 'AC/DC: "live"?', 'notes/AC-DC- -live/2026-11-20.md'],
      ['/../${personSlug}//./${date}.md', 'José Núñez', 'jose-nunez/2026-11-20.md'],
      ['1on1s\\${personSlug}\\${date}.MD', 'Carly Chen', '1on1s/carly-chen/2026-11-20.MD'],
      ['${personSlug}/${week}.md', 'Carly Chen', 'carly-chen/${week}.md'],
      ['', 'Carly Chen', 'carly-chen/2026-11-20.md'],
    ];
    for (const [pattern, person, expected] of cases) {
      it(`expands "${pattern}" for ${person} to ${expected}`, () => {
        assert.equal(newNotePath(pattern, { person, date: '2026-11-20', type: 'peer' }), expected);
      });
    }

    it('reports the placeholders of a path pattern it does not know', () => {
      assert.deepEqual(unknownPlaceholders('${personSlug}/${year}/${date}-${week}.md', NOTE_PATH_PLACEHOLDERS), ['year', 'week']);
    });
  });

  describe('firstAgendaPosition', () => {
    it('puts the cursor on the empty bullet of the first section of each built-in template', () => {
      for (const type of MEETING_TYPES) {
        const { text } = renderTemplate(BUILT_IN_TEMPLATES[type], values(type));
        const lines = text.split('\n');
        const at = firstAgendaPosition(text);
        assert.equal(lines[at.line], '- ', type);
        assert.equal(at.character, 2);
        const heading = lines.slice(0, at.line).filter((l) => l.startsWith('## '));
        assert.equal(heading.length, 1, `${type}: the cursor is not in the first section`);
      }
    });

    it('prefers the first empty bullet to a title heading above it', () => {
      assert.deepEqual(firstAgendaPosition('---\nperson: a\n---\n# Sync with a\n\n## Notes\n- \n'), { line: 6, character: 2 });
    });

    const cases: Array<[string, string, { line: number; character: number }]> = [
      ['the line after the first heading when there is no empty bullet', '---\nperson: a\n---\n# Title\ntext\n', { line: 4, character: 0 }],
      ['the first body line when there is no heading', '---\nperson: a\n---\nhello\n', { line: 3, character: 0 }],
      ['the top of a file without frontmatter or heading', 'hello', { line: 0, character: 0 }],
    ];
    for (const [name, text, expected] of cases) it(`falls back to ${name}`, () => assert.deepEqual(firstAgendaPosition(text), expected));
  });
});
