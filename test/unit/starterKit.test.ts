import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MEETING_TYPES } from '../../src/core/model';
import {
  buildStarterKit, coachingQuestions, expandSnippet, kitTemplateText, NAME_STANDIN, snippetQuestions, withoutNames,
  type KitSnippet, type KitTemplate, type StarterKitInput,
} from '../../src/core/starterKit';
import { BUILT_IN_TEMPLATES } from '../../src/core/templates';

const ROOT = path.resolve(__dirname, '..', '..');
const SNIPPETS: KitSnippet[] = Object.entries(JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets', 'markdown.json'), 'utf8')) as Record<string, Omit<KitSnippet, 'name'>>)
  .map(([name, s]) => ({ name, ...s }));
const BUILT_IN: KitTemplate[] = MEETING_TYPES.map((type) => ({ type, text: BUILT_IN_TEMPLATES[type], source: { kind: 'built-in' } }));
const SETTINGS = { coolOffDays: 14, skipLevelsPerWeek: 1, coachingEveryWeeks: 4 };

const kit = (over: Partial<StarterKitInput> = {}): string => buildStarterKit({ templates: BUILT_IN, snippets: SNIPPETS, settings: SETTINGS, names: [], ...over });

describe('starter kit', () => {
  describe('names are taken out of templates', () => {
    // text, names, expected
    const cases: Array<[string, string, string[], string]> = [
      ['a full name before its alias', 'Ask Carly Chen, then Carly.', ['Carly', 'Carly Chen'], `Ask ${NAME_STANDIN}, then ${NAME_STANDIN}.`],
      ['whole words only', 'Carlyle and Scarly stay; CC goes.', ['Carly', 'CC'], `Carlyle and Scarly stay; ${NAME_STANDIN} goes.`],
      ['names with letters beyond ASCII', 'Talk to Zoë Ólafsdóttir', ['Zoë Ólafsdóttir'], `Talk to ${NAME_STANDIN}`],
      ['names with regex characters', 'Ask (A.J.) or A.J. now', ['A.J.'], `Ask (${NAME_STANDIN}) or ${NAME_STANDIN} now`],
      ['nothing when one letter (too short to be sure)', 'A plan for Q', ['Q'], 'A plan for Q'],
      ['nothing when no names are known', 'Ask Carly', [], 'Ask Carly'],
    ];
    for (const [what, text, names, expected] of cases) it(`replaces ${what}`, () => assert.equal(withoutNames(text, names), expected));
  });

  describe('templates', () => {
    it('writes placeholders as plain stand-ins and drops the places the extension fills in', () => {
      const text = kitTemplateText(BUILT_IN[0], []);
      assert.match(text, /^---\nperson: Their Name\ntype: one-on-one\ndate: YYYY-MM-DD\n/);
      assert.doesNotMatch(text, /\$\{/);
      assert.doesNotMatch(text, /\n\n\n/);
      assert.ok(!text.includes('## Their 1:1s'), 'the coaching prompt is for the extension to add when due');
    });

    it('takes the names out of a workspace template written with someone in mind', () => {
      const template: KitTemplate = { type: 'peer', text: '---\nperson: ${person}\n---\n## Ask Dana Diaz about hiring\n', source: { kind: 'workspace', path: '.1on1/templates/peer.md' } };
      const text = kit({ templates: [template], names: ['Dana Diaz', 'Dana'] });
      assert.ok(!text.includes('Dana'), text);
      assert.ok(text.includes(`## Ask ${NAME_STANDIN} about hiring`));
      assert.ok(text.includes("From this team's template (`.1on1/templates/peer.md`)"));
    });

    it('lists the templates in meeting order, each in a fence a template\'s own code block cannot close', () => {
      const text = kit({ templates: [...BUILT_IN].reverse() });
      assert.deepEqual([...text.matchAll(/^### (1:1 with a direct report|Skip-level 1:1|Peer 1:1)$/gm)].map((m) => m[1]), ['1:1 with a direct report', 'Skip-level 1:1', 'Peer 1:1']);
      assert.equal([...text.matchAll(/^````markdown$/gm)].length, 3);
    });
  });

  describe('snippets', () => {
    const byPrefix = new Map(SNIPPETS.map((s) => [s.prefix, s]));
    // prefix, questions expected among them, lines that must not be there
    const cases: Array<[string, string[], RegExp]> = [
      ['1on1', ['How are you, really? What is taking most of your energy this week?', 'Anything from last time that is still on your mind?', 'What do you want to make sure we talk about today?'], /What I want to ask|@me|\$/],
      ['skip', ['What slows your team down that I might not see from where I sit?', 'Do you get the feedback you need? From whom?'], /Confidential\.|\$/],
      ['feedback', ['What is one thing I could do differently to help you more?'], /Situation|Ask:/],
      ['fm', [], /./],
      ['fu', [], /./],
    ];
    for (const [prefix, expected, absent] of cases) {
      it(`keeps the questions of ${prefix}${expected.length ? '' : ' (none)'}`, () => {
        const questions = snippetQuestions(byPrefix.get(prefix)!);
        for (const q of expected) assert.ok(questions.includes(q), `missing "${q}" in ${JSON.stringify(questions)}`);
        if (expected.length === 0) assert.deepEqual(questions, []);
        for (const q of questions) assert.doesNotMatch(q, absent);
      });
    }

    const expansions: Array<[string, string]> = [
      ['- ${1:Anything?}', '- Anything?'],
      ['${2|one-on-one,skip-level|}', 'one-on-one'],
      ['due:${7:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}', 'due:YYYY-MM-DD'],
      ['- $3$0', '- '],
    ];
    for (const [body, expected] of expansions) it(`expands ${body} to ${expected}`, () => assert.equal(expandSnippet(body), expected));
  });

  describe('the practice in plain words', () => {
    const text = kit();
    const said: Array<[string, RegExp]> = [
      ['confidential by default', /confidential by default/],
      ['the exception for illegal or unethical matters', /illegal or unethical is addressed right away/],
      ['the cool-off with its length from the settings', /Wait about 14 days before acting/],
      ['that cooling off is for skip-levels only', /Cooling off is only for skip-levels/],
      ['snoozing, apart from cooling off', /snoozed until then[\s\S]*not the skip-level cool-off/],
      ['the skip-level rotation through every level', /about 1 skip-level a week[\s\S]*all the way down the ladder/],
      ['the peer cadence', /every 3–5 weeks is plenty/],
      ['the coaching questions, every few weeks', /About every 4 weeks, ask them:\n {2}- How are your 1:1s going\?/],
      ['the mood words', /rough \(1\), low \(2\), okay \(3\), good \(4\), great \(5\)/],
    ];
    for (const [what, pattern] of said) it(`says ${what}`, () => assert.match(text, pattern));

    it('follows the settings', () => {
      const other = kit({ settings: { coolOffDays: 21, skipLevelsPerWeek: 2, coachingEveryWeeks: 6 } });
      for (const pattern of [/Wait about 21 days/, /about 2 skip-levels a week/, /About every 6 weeks/]) assert.match(other, pattern);
    });

    it('asks the four coaching questions of the "Their 1:1s" prompt', () => {
      assert.deepEqual(coachingQuestions(), ['How are your 1:1s going?', 'Who have you not met in a while?', 'What is hard about them?', 'Are you doing skip-levels or peer 1:1s too?']);
    });

    it('is shareable markdown: no frontmatter of a note, no placeholder, no comment left open', () => {
      assert.doesNotMatch(text.split('````')[0], /^---\nperson:/);
      assert.doesNotMatch(text, /\$\{\w+\}/);
      assert.equal((text.match(/<!--/g) ?? []).length, (text.match(/-->/g) ?? []).length);
    });
  });
});
