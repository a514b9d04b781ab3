import assert from 'node:assert/strict';
import { profileScalar } from '../../src/core/profileFrontmatter';
import { yamlScalar } from '../../src/core/templates';

describe('a profile field as YAML (one quoting rule with the templates)', () => {
  const cases: Array<[string, string, string]> = [
    // value, as a profile field, as a template value (a date key keeps a date plain)
    ['2026-11-20', '"2026-11-20"', '2026-11-20'],
    ['Payments', 'Payments', 'Payments'],
    ['R&D: Core', '"R&D: Core"', '"R&D: Core"'],
    ['yes', '"yes"', '"yes"'],
    ['ana@example.com', '"ana@example.com"', '"ana@example.com"'],
  ];
  for (const [value, profile, template] of cases) {
    it(`writes ${JSON.stringify(value)} as ${profile} in a profile and ${template} in a template`, () => {
      assert.equal(profileScalar(value), profile);
      assert.equal(yamlScalar(value), template);
    });
  }
});
