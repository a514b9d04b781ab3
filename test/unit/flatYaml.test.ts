import assert from 'node:assert/strict';
import yaml from 'js-yaml';
import { readFlatYaml } from '../../src/core/parse/flatYaml';
import { flatYamlDifference } from '../fuzz/harness';

/** [shape, YAML, what the flat reader reads: the mapping, or undefined for "ask js-yaml"]. */
const CASES: Array<[string, string, Record<string, unknown> | undefined]> = [
  ['a note as the templates write it', 'person: Carly Chen\ndate: 2026-11-20\ntype: one-on-one\ntags: [career, on-call]\n', { person: 'Carly Chen', date: '2026-11-20', type: 'one-on-one', tags: ['career', 'on-call'] }],
  ['a profile with a flow list and booleans', 'kind: person\nname: Carly Chen\naliases: [Carly, CC]\nactive: true\nrelationship: self\n', { kind: 'person', name: 'Carly Chen', aliases: ['Carly', 'CC'], active: true, relationship: 'self' }],
  ['a block list, indented or not', 'aliases:\n  - Carly\n  - "C. Chen"\ntags:\n- a\n', { aliases: ['Carly', 'C. Chen'], tags: ['a'] }],
  ['a date-time and an away range, kept as written', 'date: 2026-11-20T08:30:00-08:00\naway: 2026-11-26..2026-12-07\n', { date: '2026-11-20T08:30:00-08:00', away: '2026-11-26..2026-12-07' }],
  ['a quoted wiki link and quotes of both kinds', 'person: "[[Carly Chen]]"\nrole: \'it\'\'s me\'\nteam: ""\n', { person: '[[Carly Chen]]', role: "it's me", team: '' }],
  ['the CORE schema words', 'a: True\nb: FALSE\nc: null\nd:\ne: tRue\n', { a: true, b: false, c: null, d: null, e: 'tRue' }],
  ['CRLF line endings, comment lines, blank lines and trailing spaces', '# a comment\r\nperson: Carly  \r\n\r\ndate: 2026-11-20\r\n', { person: 'Carly', date: '2026-11-20' }],
  ['plain text with colons, hashes and quotes inside', 'role: C# lead, a:b\nname: O\'Brien "Bo"\n', { role: 'C# lead, a:b', name: 'O\'Brien "Bo"' }],
  ['an empty flow list and a non-breaking space kept', 'tags: [ ]\nname: x\u00a0\n', { tags: [], name: 'x\u00a0' }],
  ['no frontmatter keys at all (comments only)', '# nothing\n', {}],
  ['an unquoted 1:1, the base-60 number 61 to js-yaml', 'type: 1:1\nat: 1:30:00\n', { type: 61, at: 5400 }],
  // Handed to js-yaml:
  ['numbers', 'cadence: 14\n', undefined],
  ['a comment after a value', 'person: Carly # my report\n', undefined],
  ['a double-quoted escape', 'person: "Carly\\tChen"\n', undefined],
  ['an unquoted wiki link (a nested list to YAML)', 'person: [[Carly Chen]]\n', undefined],
  ['a value going on on the next line', 'person: Carly\n  Chen\n', undefined],
  ['a nested mapping', 'away:\n  from: 2026-11-01\n', undefined],
  ['list items indented differently', 'aliases:\n  - a\n- b\n', undefined],
  ['a duplicate key (js-yaml refuses it)', 'person: a\nperson: b\n', undefined],
  ['a key js-yaml reads as another word', 'True: x\n', undefined],
  ['a tab', 'person:\tCarly\n', undefined],
  ['a block scalar', 'notes: |\n  text\n', undefined],
  ['an anchor', 'person: &a Carly\n', undefined],
  ['a flow mapping', 'away: {from: a}\n', undefined],
  ['a quoted item holding a comma', 'aliases: ["Chen, Carly"]\n', undefined],
  ['an unclosed quote', 'person: "Carly\n', undefined],
  ['an emoji (surrogates go to js-yaml)', 'mood: 😀\n', undefined],
];

describe('the flat frontmatter reader (src/core/parse/flatYaml.ts)', () => {
  for (const [shape, text, expected] of CASES) {
    it(`${expected ? 'reads' : 'hands to js-yaml'} ${shape}`, () => {
      assert.deepEqual(readFlatYaml(text), expected);
      assert.equal(flatYamlDifference(text), undefined);
      if (expected) assert.deepEqual(yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {}, expected);
    });
  }
});
