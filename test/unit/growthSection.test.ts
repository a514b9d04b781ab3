import assert from 'node:assert/strict';
import { isGrowthHeading } from '../../src/core/growthSection';
import { noteContent } from '../../src/core/insights/noteContent';
import { growthSections } from '../../src/core/personPage';

describe('the growth / feedback heading (one rule for the person page, the review export and drift)', () => {
  const cases: Array<[string, boolean]> = [
    ['Growth & feedback', true],
    ['Growth & support', true],
    ['Feedback for me', true],
    ['Career', true],
    ['career goals', true],
    ['Updates', false],
    ['Regrowth plan', false],
    ['Feedbackloop metrics', false],
    ['Notes', false],
  ];
  for (const [title, opens] of cases) {
    it(`${opens ? 'opens' : 'does not open'} a growth / feedback section: "${title}"`, () => {
      assert.equal(isGrowthHeading(title), opens);
    });
    it(`the person page and the drift signal agree on "${title}"`, () => {
      const text = `## ${title}\n- something written\n`;
      assert.equal(growthSections(text).length > 0, opens);
      assert.equal(noteContent(text).growth, opens ? 'written' : 'missing');
    });
  }
});
