import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Journal } from '../../src/core/journal';
import { MEETING_TYPES } from '../../src/core/model';
import { parseFollowUps } from '../../src/core/parse/followUps';
import { indentSteps, TEMPLATE_INDENT } from '../../src/core/templates';

interface Snippet {
  prefix: string;
  description: string;
  body: string | string[];
}

const ROOT = path.resolve(__dirname, '..', '..');
const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets', 'markdown.json'), 'utf8')) as Record<string, Snippet>;
const byPrefix = new Map(Object.values(snippets).map((s) => [s.prefix, s]));

/** The text right after expansion: each tab stop's default (a choice's first option), variables as on 2026-11-20. */
function expand(snippet: Snippet): string {
  let text = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
  text = text.replace(/\$CURRENT_YEAR/g, '2026').replace(/\$CURRENT_MONTH/g, '11').replace(/\$CURRENT_DATE/g, '20');
  text = text.replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1');
  for (let i = 0; i < 3; i++) text = text.replace(/\$\{\d+:([^{}]*)\}/g, '$1');
  return text.replace(/\$\{\d+\}|\$\d+/g, '');
}

describe('snippets', () => {
  it('contributes the markdown snippets file in package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { snippets: Array<{ language: string; path: string }> } };
    assert.deepEqual(pkg.contributes.snippets, [{ language: 'markdown', path: './snippets/markdown.json' }]);
  });

  it('has the seven prefixes of SPEC §4, each with a description', () => {
    assert.deepEqual([...byPrefix.keys()].sort(), ['1on1', 'career', 'feedback', 'fm', 'fu', 'peer', 'skip']);
    for (const [prefix, s] of byPrefix) assert.ok(s.description.length > 10, `${prefix} has no useful description`);
  });

  it('offers the three meeting types as a choice in fm, and expands into a valid note', () => {
    const fm = byPrefix.get('fm')!;
    const body = Array.isArray(fm.body) ? fm.body.join('\n') : fm.body;
    assert.ok(body.includes(`|${MEETING_TYPES.join(',')}|`), 'fm does not offer the types as a choice');
    const journal = new Journal();
    journal.set('n.md', `${expand(fm)}\n`);
    const note = journal.note('n.md');
    assert.deepEqual([note?.personName, note?.explicitType, note?.date, note?.confidentiality], ['Name', 'one-on-one', '2026-11-20', 'confidential']);
    assert.deepEqual(journal.diagnosticsFor('n.md').filter((d) => d.severity === 'error' || d.severity === 'warning'), []);
  });

  const agendas: Array<[string, string[]]> = [
    ['1on1', ['## Check-in', '## Their topics', '## My topics', '## Growth & feedback', '## Follow-ups']],
    ['skip', ['## Follow-ups']],
    ['peer', ['## Follow-ups']],
  ];
  for (const [prefix, headings] of agendas) {
    it(`expands ${prefix} into an agenda whose follow-up is a real task item owned by @me`, () => {
      const text = expand(byPrefix.get(prefix)!);
      for (const heading of headings) assert.ok(text.split('\n').includes(heading), `${prefix} has no "${heading}"`);
      const { items, badDates } = parseFollowUps(text);
      assert.equal(items.length, 1);
      assert.equal(items[0].ownerMention, 'me');
      assert.deepEqual(badDates, []);
    });
  }

  it('reminds in the skip snippet that it is confidential, and leaves its follow-up to the implicit cool-off', () => {
    const text = expand(byPrefix.get('skip')!);
    assert.match(text, /Confidential/);
    const [item] = parseFollowUps(text).items;
    assert.equal(item.after, undefined, 'an after: of today would end the cool-off at once');
  });

  it('expands fu into one follow-up with a due date', () => {
    const [item] = parseFollowUps(expand(byPrefix.get('fu')!)).items;
    assert.deepEqual([item.ownerMention, item.text, item.due], ['me', 'what', '2026-11-20']);
  });

  for (const prefix of ['1on1', 'skip', 'peer', 'fu', 'fm', 'career', 'feedback']) {
    it(`expands ${prefix} with indentation in steps of ${TEMPLATE_INDENT} spaces only, like the templates`, () => {
      assert.deepEqual(indentSteps(expand(byPrefix.get(prefix)!)).filter((s) => s !== TEMPLATE_INDENT), []);
    });
  }

  it('never suggests an owner that is not a person, like @them', () => {
    for (const [prefix, s] of byPrefix) assert.ok(!JSON.stringify(s.body).includes('them|'), `${prefix} offers @them`);
  });
});
