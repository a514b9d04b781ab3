import assert from 'node:assert/strict';
import { keyLineFinder, readFrontmatter } from '../../src/core/parse/frontmatter';
import { seededRandom } from '../../bench/random';
import { parseJournalFile } from '../../src/core/parse/file';
import { Journal } from '../../src/core/journal';

const crlf = (text: string): string => text.replace(/\n/g, '\r\n');

describe('frontmatter', () => {
  describe('dates stay calendar dates', () => {
    const cases: Array<[string, string]> = [
      ['2026-11-20', '2026-11-20'],
      ['"2026-11-20"', '2026-11-20'],
      ['2026-11-13T16:30:00-08:00', '2026-11-13'],
      ['2026-11-13T23:30:00+09:00', '2026-11-13'],
      ['2026-01-01', '2026-01-01'],
      ['2026-11-13 23:30:00 -08:00', '2026-11-13'],
    ];
    for (const [written, expected] of cases) {
      it(`reads "date: ${written}" as ${expected}, never shifted by the time zone`, () => {
        const parsed = parseJournalFile('n.md', `---\nperson: Carly Chen\ndate: ${written}\n---\n`);
        assert.equal(parsed.kind, 'note');
        assert.equal(parsed.kind === 'note' ? parsed.note.date : undefined, expected);
        assert.deepEqual(parsed.diagnostics, []);
      });
    }

    it('hands the YAML date back as the string written, not a Date', () => {
      const fm = readFrontmatter('---\ndate: 2026-11-20\n---\n');
      assert.equal(fm.data?.date, '2026-11-20');
    });
  });

  describe('malformed YAML', () => {
    const cases: Array<[string, string, number]> = [
      ['a badly indented key on line 4', '---\nperson: Carly Chen\ndate: 2026-11-20\n type: one-on-one\n---\nbody\n', 4],
      ['a duplicated key on line 5', '---\nperson: Carly Chen\ndate: 2026-11-20\ntype: peer\nperson: Dana Diaz\n---\n', 5],
      ['a key without a value pair on line 3', '---\nperson: Carly Chen\nfoo: : bar\ndate: 2026-11-20\n---\n', 3],
    ];
    /** [what, frontmatter lines after the opening fence, the file line to point at, words the message must hold] */
    const openings: Array<[string, string[], number, RegExp]> = [
      ['an unclosed double quote', ['person: "Carly Chen', 'date: 2026-11-20', 'type: peer'], 2, /never closed: add a closing "/],
      ['an unclosed single quote', ['person: Carly Chen', "date: '2026-11-20", 'type: peer'], 3, /never closed: add a closing '/],
      ['an unclosed list', ['person: Carly Chen', 'tags: [career, growth', 'date: 2026-11-20'], 3, /list that starts with \[ is not closed: end it with \]/],
      ['an unclosed mapping', ['person: Carly Chen', 'meta: {a: 1', 'date: 2026-11-20'], 3, /mapping that starts with \{ is not closed/],
      ['a list item without a comma', ['person: Carly Chen', 'tags: ["career" "growth"]', 'date: 2026-11-20'], 3, /separate its items with commas/],
    ];
    for (const [what, yamlLines, line, words] of openings) {
      it(`points ${what} at the line that opened it (${line}) and says what to change`, () => {
        const text = ['---', ...yamlLines, '---', 'body', ''].join('\n');
        const fm = readFrontmatter(text);
        assert.equal(fm.error?.line, line);
        assert.match(fm.error?.message ?? '', words);
        assert.doesNotMatch(fm.error?.message ?? '', /missed comma|flow collection|stream/);
        assert.equal(readFrontmatter(crlf(text)).error?.line, line);
      });
    }

    const plain: Array<[string, string[], number, RegExp]> = [
      ['a duplicated key', ['person: Carly Chen', 'person: Dana Diaz'], 3, /`person` is written twice: keep one/],
      ['a badly indented key', ['person: Carly Chen', ' date: 2026-11-20'], 3, /indented differently/],
      ['a line that is not a key', ['person: Carly Chen', 'foo: : bar'], 3, /not a `key: value` pair/],
    ];
    for (const [what, yamlLines, line, words] of plain) {
      it(`says in plain words how to fix ${what} on line ${line}`, () => {
        const fm = readFrontmatter(['---', ...yamlLines, '---', ''].join('\n'));
        assert.equal(fm.error?.line, line);
        assert.match(fm.error?.message ?? '', words);
      });
    }

    for (const [what, text, line] of cases) {
      it(`reports ${what} at file line ${line}`, () => {
        const fm = readFrontmatter(text);
        assert.equal(fm.data, undefined);
        assert.equal(fm.error?.line, line);
        assert.match(fm.error?.message ?? '', new RegExp(`\\(line ${line}\\)`));
      });

      it(`reports ${what} at file line ${line} with CRLF line endings`, () => {
        assert.equal(readFrontmatter(crlf(text)).error?.line, line);
      });

      it(`reports ${what} at file line ${line} as a yaml error diagnostic of the note`, () => {
        const parsed = parseJournalFile('n.md', text);
        assert.equal(parsed.kind, 'other');
        assert.deepEqual(parsed.diagnostics.map((d) => [d.line, d.severity, d.code]), [[line, 'error', 'yaml']]);
      });
    }

    it('reports malformed YAML at the file line through the journal even with a UTF-8 BOM', () => {
      const journal = new Journal();
      journal.set('n.md', '\uFEFF---\nperson: Carly Chen\ndate: 2026-11-20\n type: one-on-one\n---\n');
      assert.deepEqual(journal.diagnosticsFor('n.md').map((d) => [d.line, d.code]), [[4, 'yaml']]);
    });

    it('ignores malformed YAML in a markdown file that is not part of the journal', () => {
      const parsed = parseJournalFile('readme.md', '---\ntitle: Readme\n subtitle: x\n---\n');
      assert.deepEqual(parsed, { kind: 'other', diagnostics: [] });
    });
  });

  describe('shapes of files', () => {
    it('reads CRLF frontmatter and counts the body start in file lines', () => {
      const fm = readFrontmatter(crlf('---\nperson: Carly Chen\ndate: 2026-11-20\n---\n## Check-in\n'));
      assert.deepEqual(fm.data, { person: 'Carly Chen', date: '2026-11-20' });
      assert.equal(fm.bodyStartLine, 5);
    });

    const fences: Array<[string, string]> = [
      ['plain fences', '---\nperson: Carly Chen\ndate: 2026-11-20\n---\n## Check-in\n'],
      ['an opening fence with trailing spaces', '---  \nperson: Carly Chen\ndate: 2026-11-20\n---\n## Check-in\n'],
      ['a closing fence with trailing spaces', '---\nperson: Carly Chen\ndate: 2026-11-20\n--- \t\n## Check-in\n'],
      ['CRLF and a closing fence with a trailing space', '---\r\nperson: Carly Chen\r\ndate: 2026-11-20\r\n--- \r\n## Check-in\r\n'],
    ];
    for (const [what, text] of fences) {
      it(`starts the body on the line after the closing fence with ${what}`, () => {
        const fm = readFrontmatter(text);
        assert.deepEqual([fm.data, fm.bodyStartLine], [{ person: 'Carly Chen', date: '2026-11-20' }, 5]);
      });
    }

    it('accepts frontmatter closed by `...` (YAML document end)', () => {
      const text = '---\nperson: Carly Chen\ndate: 2026-11-20\n...\n## Check-in\n- [ ] a\n';
      const fm = readFrontmatter(text);
      assert.deepEqual([fm.data, fm.bodyStartLine, fm.error], [{ person: 'Carly Chen', date: '2026-11-20' }, 5, undefined]);
      assert.equal(parseJournalFile('n.md', text).kind, 'note');
    });

    it('takes no follow-up from frontmatter closed by `...`', () => {
      const journal = new Journal();
      journal.set('n.md', '---\nperson: Carly Chen\ndate: 2026-11-20\nnotes: |\n  - [ ] not a task\n...\n- [ ] a task\n');
      assert.deepEqual(journal.followUps().map((f) => [f.line, f.text]), [[7, 'a task']]);
    });

    it('reads a file with old Mac (CR-only) line endings as a note, with its follow-ups on the right lines', () => {
      const journal = new Journal();
      journal.set('n.md', '---\rperson: Carly Chen\rdate: 2026-11-20\r---\r## Follow-ups\r- [ ] a due:2026-11-27\r');
      assert.equal(journal.note('n.md')?.date, '2026-11-20');
      assert.deepEqual(journal.diagnosticsFor('n.md').filter((d) => d.code !== 'unknown-person'), []);
      assert.deepEqual(journal.followUps().map((f) => [f.line, f.text, f.due, f.source]), [[6, 'a', '2026-11-27', '- [ ] a due:2026-11-27']]);
    });

    it('reads a note with a UTF-8 BOM through the journal', () => {
      const journal = new Journal();
      journal.set('n.md', '\uFEFF---\nperson: Carly Chen\ndate: 2026-11-20\n---\n');
      assert.equal(journal.note('n.md')?.personName, 'Carly Chen');
      assert.equal(journal.note('n.md')?.date, '2026-11-20');
    });

    it('reads an empty file as no frontmatter', () => {
      assert.deepEqual(readFrontmatter(''), { raw: '', bodyStartLine: 1 });
      assert.deepEqual(parseJournalFile('empty.md', ''), { kind: 'other', diagnostics: [] });
    });

    it('reads a file without frontmatter as no frontmatter, whatever its body says', () => {
      const text = '# Reading list\n\nperson: Carly Chen\n- [ ] read a book\n';
      assert.deepEqual(readFrontmatter(text), { raw: '', bodyStartLine: 1 });
      assert.equal(parseJournalFile('list.md', text).kind, 'other');
    });

    it('does not take a thematic break later in the file for frontmatter', () => {
      assert.equal(readFrontmatter('intro\n---\nperson: Carly\n---\n').data, undefined);
    });

    it('reads an empty frontmatter block as an empty mapping that is not a note', () => {
      const fm = readFrontmatter('---\n---\nbody\n');
      assert.deepEqual(fm.data, {});
      assert.equal(fm.bodyStartLine, 3);
      assert.equal(parseJournalFile('n.md', '---\n---\nbody\n').kind, 'other');
    });

    const notMappings: Array<[string, string]> = [
      ['a list', '---\n- person\n- Carly Chen\n---\nbody\n'],
      ['a bare string', '---\nperson Carly Chen\n---\nbody\n'],
      ['a number', '---\n42\n---\nbody\n'],
    ];
    for (const [what, text] of notMappings) {
      it(`ignores frontmatter that is ${what}, not a mapping, without a diagnostic`, () => {
        const fm = readFrontmatter(text);
        assert.equal(fm.data, undefined);
        assert.equal(fm.error, undefined);
        assert.deepEqual(parseJournalFile('n.md', text), { kind: 'other', diagnostics: [] });
      });
    }

    it('keeps a note with person and date as a note, with tags as a list', () => {
      const parsed = parseJournalFile('n.md', '---\nperson: "[[Carly Chen]]"\ndate: 2026-11-20\ntags: [career, growth]\n---\n');
      assert.deepEqual(parsed, {
        kind: 'note',
        note: { uri: 'n.md', personName: 'Carly Chen', date: '2026-11-20', tags: ['career', 'growth'], bodyStartLine: 6, keyLines: { person: 2, date: 3 } },
        diagnostics: [],
      });
    });

    it('reads an unquoted `type: 1:1` as one-on-one, not as the YAML base-60 number 61', () => {
      const parsed = parseJournalFile('n.md', '---\nperson: Carly Chen\ndate: 2026-11-20\ntype: 1:1\n---\n');
      assert.equal(parsed.kind === 'note' ? parsed.note.explicitType : undefined, 'one-on-one');
      assert.deepEqual(parsed.diagnostics.map((d) => d.code), ['type-alias']);
    });
  });

  describe('values copied out of the text', () => {
    const cases: Array<[string, unknown]> = [
      ['person: Amara O’Brien-Okafor\ntags: [a long tag name here, b]', { person: 'Amara O’Brien-Okafor', tags: ['a long tag name here', 'b'] }],
      ['__proto__: a long value of a key\nperson: A', { ['__proto__']: 'a long value of a key', person: 'A' }],
      ['__proto__: [a long value of a key, b]\nperson: A', { ['__proto__']: ['a long value of a key', 'b'], person: 'A' }],
      ['__proto__:\n  x: a long value of a key\nperson: A', { ['__proto__']: { x: 'a long value of a key' }, person: 'A' }],
    ];
    for (const [yamlText, expected] of cases) {
      it(`reads ${JSON.stringify(yamlText)} as written, a key __proto__ kept a plain property`, () => {
        const data = readFrontmatter(`---\n${yamlText}\n---\nbody`).data as Record<string, unknown>;
        assert.equal(Object.getPrototypeOf(data), Object.prototype);
        assert.deepEqual(Object.getOwnPropertyNames(data), Object.getOwnPropertyNames(expected));
        assert.equal(JSON.stringify(data), JSON.stringify(expected));
      });
    }
  });

  describe('the line of a key (keyLineFinder)', () => {
    /** The rule as one regular expression per key over split lines: what the finder reads by hand. */
    const byRegExp = (raw: string, key: string): number | undefined => {
      const pattern = new RegExp(`^\\s*['"]?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?\\s*:`);
      const index = raw.split(/\r\n|\r|\n/).findIndex((l) => pattern.test(l));
      return index < 0 ? undefined : index + 1;
    };
    const cases: Array<[string, string, number | undefined]> = [
      ['\nperson: A\ndate: 2026-01-01', 'date', 3],
      ['\nperson: A\ndate: 2026-01-01', 'person', 2],
      ['\n  "person" : A', 'person', 2],
      ["\n'person': A", 'person', 2],
      ['\n"person\': A', 'person', 2],
      ['\npersonal: A\nperson: B', 'person', 3],
      ['\nperson\u00a0: A', 'person', 2],
      ['\n\u3000person: A', 'person', 2],
      ['\nperson\n: A', 'person', undefined],
      ['\r\nperson: A\rdate: x', 'date', 3],
      ['\n# person: A', 'person', undefined],
      ['\n- person: A', 'person', undefined],
      ['\nperson:', 'person', 2],
      ['\nperson', 'person', undefined],
      ['\n"": A', '"', 2],
      ['\n""": A', '"', 2],
      ['', 'person', undefined],
    ];
    for (const [raw, key, line] of cases) {
      it(`finds ${JSON.stringify(key)} in ${JSON.stringify(raw)} on line ${line}`, () => {
        assert.equal(keyLineFinder(raw)(key), line);
        assert.equal(byRegExp(raw, key), line);
      });
    }

    it('answers as the regular expression does on 20,000 generated frontmatters', () => {
      const random = seededRandom(20261202);
      const pieces = ['person', 'date', 'type', 'per', ' ', '\t', '\u00a0', '\u2028', '"', "'", ':', ': x', '\n', '\r\n', '\r', '#', '-', 'x', '\ufeff'];
      const keys = ['person', 'date', 'type', 'per', '"', 'x'];
      for (let n = 0; n < 20_000; n++) {
        let raw = '';
        const length = Math.floor(random() * 14);
        for (let i = 0; i < length; i++) raw += pieces[Math.floor(random() * pieces.length)];
        const finder = keyLineFinder(raw);
        for (const key of keys) assert.equal(finder(key), byRegExp(raw, key), `${JSON.stringify(raw)} ${key}`);
      }
    });
  });
});
