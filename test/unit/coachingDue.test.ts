import assert from 'node:assert/strict';
import { COACHING_SECTION, coachingDue, hasFilledCoachingSection } from '../../src/core/coachingDue';
import { BUILT_IN_TEMPLATES, renderTemplate } from '../../src/core/templates';

const filled = '---\nperson: Carly Chen\n---\n## Their 1:1s\n<!-- How are your 1:1s going? -->\n- Hana is quiet; trying walking 1:1s\n\n## Follow-ups\n';
const empty = `---\nperson: Carly Chen\n---\n${COACHING_SECTION}\n## Follow-ups\n`;
const none = '---\nperson: Carly Chen\n---\n## Check-in\n- tired\n';

describe('coaching prompt', () => {
  const sections: Array<[string, string, boolean]> = [
    ['a written item under Their 1:1s', filled, true],
    ['the prompt as the template leaves it (comment, empty item)', empty, false],
    ['no such section', none, false],
    ['a paragraph under a lower-case heading', '## their 1:1s\nAll good, weekly with everyone.\n', true],
    ['text only in the next section', '## Their 1:1s\n\n## Check-in\n- busy\n', false],
  ];
  for (const [what, text, expected] of sections) {
    it(`${expected ? 'counts' : 'does not count'} ${what} as filled in`, () => assert.equal(hasFilledCoachingSection(text), expected));
  }

  const TODAY = '2026-12-01';
  // what, manager direct, notes, everyWeeks, due
  const cases: Array<[string, boolean, Array<{ date?: string; text: string }>, number, boolean]> = [
    ['a manager direct never asked', true, [], 4, true],
    ['a manager direct asked 3 weeks ago', true, [{ date: '2026-11-10', text: filled }], 4, false],
    ['a manager direct asked exactly 4 weeks ago', true, [{ date: '2026-11-03', text: filled }], 4, false],
    ['a manager direct asked 4 weeks and a day ago', true, [{ date: '2026-11-02', text: filled }], 4, true],
    ['a manager direct whose recent notes left the section empty', true, [{ date: '2026-11-02', text: filled }, { date: '2026-11-24', text: empty }], 4, true],
    ['a manager direct with a filled section in a scheduled (future) note only', true, [{ date: '2026-12-03', text: filled }], 4, true],
    ['a manager direct with a filled section in an undated note only', true, [{ text: filled }], 4, true],
    ['a manager direct asked 5 weeks ago, every 8 weeks', true, [{ date: '2026-10-27', text: filled }], 8, false],
    ['a direct who manages nobody', false, [], 4, false],
  ];
  for (const [what, managerDirect, notes, everyWeeks, due] of cases) {
    it(`is ${due ? '' : 'not '}due for ${what}`, () => assert.equal(coachingDue({ managerDirect }, notes, TODAY, everyWeeks), due));
  }
});

describe('the ${coaching} placeholder', () => {
  const values = { person: 'Carly Chen', date: '2026-12-01', type: 'one-on-one' as const, openFollowUps: 'Nothing open.' };
  it('adds the Their 1:1s section to the built-in one-on-one when due, after Their topics', () => {
    const { text, unknownPlaceholders } = renderTemplate(BUILT_IN_TEMPLATES['one-on-one'], { ...values, coaching: COACHING_SECTION });
    assert.deepEqual(unknownPlaceholders, []);
    assert.deepEqual(text.split('\n').filter((l) => l.startsWith('## ')),
      ['## Check-in', '## Their topics', '## Their 1:1s', '## My topics', '## Growth & feedback', '## Follow-ups']);
    assert.match(text, /How are your 1:1s going\? Who have you not met in a while\?[\s\S]*What is hard about them\? Are you doing skip-levels or peer 1:1s/);
    assert.equal(hasFilledCoachingSection(text), false, 'a fresh prompt is not an answer');
  });
  const empty: Array<[string, Partial<{ coaching: string }>]> = [['absent', {}], ['empty', { coaching: '' }]];
  for (const [what, extra] of empty) {
    it(`leaves no section and no stray blank line when it is ${what}`, () => {
      const { text } = renderTemplate(BUILT_IN_TEMPLATES['one-on-one'], { ...values, ...extra });
      assert.ok(!text.includes('Their 1:1s'));
      assert.ok(!text.includes('${'));
      assert.ok(!/\n\n\n/.test(text), 'a blank line was left where the placeholder was');
    });
  }
  it('keeps an inline ${coaching} in an own template, empty when not due', () => {
    assert.equal(renderTemplate('a ${coaching} b\n', values).text, 'a  b\n');
  });
});
