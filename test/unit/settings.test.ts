import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { addDays } from '../../src/core/dates';
import { DEFAULT_SETTINGS, journalOptions, parseSettings, SECTION, SETTING_KEYS, type Settings } from '../../src/core/settings';

interface Manifest {
  contributes: { configuration: { properties: Record<string, { default?: unknown }> } };
}

describe('settings schema (core)', () => {
  it('reads an empty settings object as the defaults', () => {
    assert.deepEqual(parseSettings({}), DEFAULT_SETTINGS);
  });

  it('declares the same defaults as the manifest', () => {
    const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as Manifest;
    const properties = manifest.contributes.configuration.properties;
    const raw = Object.fromEntries(Object.entries(properties).map(([key, p]) => [key, p.default]));
    assert.deepEqual(parseSettings(raw), DEFAULT_SETTINGS);
    assert.deepEqual(Object.keys(properties).sort(), SETTING_KEYS.map((k) => `${SECTION}.${k}`).sort(), 'every setting read is declared');
  });

  const cases: Array<{ name: string; raw: Record<string, unknown>; expected: Partial<Settings> }> = [
    { name: 'trims me', raw: { 'oneOnOne.me': '  Dana Diaz ' }, expected: { me: 'Dana Diaz' } },
    { name: 'leaves out a blank me', raw: { 'oneOnOne.me': '   ' }, expected: {} },
    { name: 'keeps a cool-off in range', raw: { 'oneOnOne.skipLevel.coolOffDays': 7 }, expected: { coolOffDays: 7 } },
    { name: 'clamps a negative cool-off to 0', raw: { 'oneOnOne.skipLevel.coolOffDays': -3 }, expected: { coolOffDays: 0 } },
    { name: 'clamps a huge cool-off to a year', raw: { 'oneOnOne.skipLevel.coolOffDays': 1e12 }, expected: { coolOffDays: 365 } },
    { name: 'clamps an infinite cool-off to a year', raw: { 'oneOnOne.skipLevel.coolOffDays': Infinity }, expected: { coolOffDays: 365 } },
    { name: 'rounds a fractional cool-off', raw: { 'oneOnOne.skipLevel.coolOffDays': 2.6 }, expected: { coolOffDays: 3 } },
    { name: 'ignores a cool-off that is not a number', raw: { 'oneOnOne.skipLevel.coolOffDays': '7' }, expected: {} },
    { name: 'ignores a NaN cool-off', raw: { 'oneOnOne.skipLevel.coolOffDays': NaN }, expected: {} },
    { name: 'clamps skip-levels per week to at least 1', raw: { 'oneOnOne.skipLevel.perWeek': 0 }, expected: { skipLevelsPerWeek: 1 } },
    { name: 'clamps skip-levels per week to at most 50', raw: { 'oneOnOne.skipLevel.perWeek': 900 }, expected: { skipLevelsPerWeek: 50 } },
    { name: 'reads next7Days as the next seven days', raw: { 'oneOnOne.thisWeek': 'next7Days' }, expected: { weekMode: 'next7' } },
    { name: 'reads an unknown week mode as the ISO week', raw: { 'oneOnOne.thisWeek': 'fortnight' }, expected: { weekMode: 'iso' } },
    { name: 'groups by person when asked', raw: { 'oneOnOne.followUps.groupBy': 'person' }, expected: { groupFollowUpsBy: 'person' } },
    { name: 'groups by date otherwise', raw: { 'oneOnOne.followUps.groupBy': 'team' }, expected: {} },
    { name: 'hides cooling-off items when asked', raw: { 'oneOnOne.followUps.showCoolingOff': false }, expected: { showCoolingOff: false } },
    { name: 'ignores a non-boolean showCoolingOff', raw: { 'oneOnOne.followUps.showCoolingOff': 'no' }, expected: {} },
    { name: 'keeps a custom templates folder', raw: { 'oneOnOne.templatesFolder': 'tpl' }, expected: { templatesFolder: 'tpl' } },
    { name: 'keeps a custom people folder', raw: { 'oneOnOne.peopleFolder': 'team/people' }, expected: { peopleFolder: 'team/people' } },
    { name: 'falls back to the default path for a blank newNotePath', raw: { 'oneOnOne.newNotePath': '  ' }, expected: {} },
    { name: 'keeps a custom newNotePath', raw: { 'oneOnOne.newNotePath': 'notes/${date}-${personSlug}.md' }, expected: { newNotePath: 'notes/${date}-${personSlug}.md' } },
    {
      name: 'adds the enabled files.exclude patterns after oneOnOne.exclude, dropping non-strings',
      raw: { 'oneOnOne.exclude': ['archive/**', 3], 'files.exclude': { '**/drafts': true, '**/scratch': false } },
      expected: { exclude: ['archive/**', '**/drafts', '**/drafts/**'] },
    },
    { name: 'ignores an exclude that is not a list', raw: { 'oneOnOne.exclude': 'archive/**' }, expected: {} },
    { name: 'keeps a custom coaching period', raw: { 'oneOnOne.coaching.everyWeeks': 6 }, expected: { coachingEveryWeeks: 6 } },
    { name: 'clamps a coaching period of 0 weeks to 1', raw: { 'oneOnOne.coaching.everyWeeks': 0 }, expected: { coachingEveryWeeks: 1 } },
    { name: 'ignores a coaching period that is not a number', raw: { 'oneOnOne.coaching.everyWeeks': 'monthly' }, expected: {} },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(parseSettings(c.raw), { ...DEFAULT_SETTINGS, ...c.expected });
    });
  }

  it('never yields a cool-off that breaks date arithmetic', () => {
    for (const value of [1e12, -1e12, Infinity, -Infinity, Number.MAX_VALUE]) {
      const { coolOffDays } = parseSettings({ 'oneOnOne.skipLevel.coolOffDays': value });
      assert.match(addDays('2026-11-20', coolOffDays), /^\d{4}-\d{2}-\d{2}$/, `coolOffDays ${value}`);
    }
  });

  it('gives the journal index me and the cool-off', () => {
    assert.deepEqual(journalOptions(parseSettings({ 'oneOnOne.me': 'Dana', 'oneOnOne.skipLevel.coolOffDays': 3 })), { me: 'Dana', coolOffDays: 3 });
    assert.deepEqual(journalOptions(DEFAULT_SETTINGS), { coolOffDays: 14 });
  });
});
