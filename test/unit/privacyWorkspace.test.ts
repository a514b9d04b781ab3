import assert from 'node:assert/strict';
import { enabledPatterns } from '../../src/core/settings';
import {
  WORKSPACE, isPrivacyExcludeKey, journalFolders, planHiding, privacyExcludeKey, readSavedHiding, restoreSetting, saveSetting,
  withPrivacyExclude, type HidingPlan, type SavedSetting,
} from '../../src/core/privacyWorkspace';

describe('hiding the journal while privacy mode is on', () => {
  it('hides the top-level folders that hold notes and profiles, not root files or glob-like names', () => {
    assert.deepEqual(
      journalFolders(['1on1s/carly-chen/2026-11-13.md', 'people/carly-chen.md', '1on1s/dana/a.md', 'root-note.md', 'we{ird}/x.md', 'a\\b\\c.md']),
      ['1on1s', 'a', 'people'],
    );
  });

  it('adds one recognisable key for all of them, and none when there is nothing to hide', () => {
    const key = privacyExcludeKey(['1on1s', 'people'])!;
    assert.equal(key, '{1on1s,people,.1on1-privacy-mode}');
    assert.ok(isPrivacyExcludeKey(key));
    assert.equal(privacyExcludeKey([]), undefined);
    assert.ok(!isPrivacyExcludeKey('{1on1s,people}'));
    assert.ok(!isPrivacyExcludeKey('**/.git'));
  });

  it('never lets the journal index take the privacy key for an exclusion of its own', () => {
    assert.deepEqual(enabledPatterns({ '**/.tmp': true, '{1on1s,.1on1-privacy-mode}': true }), ['**/.tmp', '**/.tmp/**']);
  });

  const KEY = '{1on1s,people,.1on1-privacy-mode}';
  const adding: Array<[string, unknown, unknown]> = [
    ['an unset setting', undefined, { [KEY]: true }],
    ['the user\'s own patterns, kept as written', { '**/.git': true, '**/*.tmp': false }, { '**/.git': true, '**/*.tmp': false, [KEY]: true }],
    ['a setting with an older privacy key', { a: true, '{old,.1on1-privacy-mode}': true }, { a: true, [KEY]: true }],
    ['a setting that is not an object (left alone)', 'oops', undefined],
  ];
  for (const [what, current, next] of adding) {
    it(`adds the key to ${what}`, () => {
      assert.deepEqual(withPrivacyExclude(current, KEY), next);
    });
  }

  // saved before, current after privacy mode (and maybe the user) changed it → what is written back
  const restoring: Array<[string, SavedSetting | undefined, unknown, ReturnType<typeof restoreSetting>]> = [
    ['unsets a setting that was unset', { had: false }, { [KEY]: true }, { change: true, value: undefined }],
    ['gives back an empty object as an empty object', { had: true, value: {} }, { [KEY]: true }, { change: true, value: {} }],
    ['gives back the user\'s value exactly', { had: true, value: { b: true, a: false } }, { b: true, a: false, [KEY]: true }, { change: true, value: { b: true, a: false } }],
    ['keeps a pattern the user added while privacy mode was on', { had: false }, { [KEY]: true, mine: true }, { change: true, value: { mine: true } }],
    ['keeps a change the user made to their own pattern meanwhile', { had: true, value: { a: true } }, { a: false, [KEY]: true }, { change: true, value: { a: false } }],
    ['leaves alone a setting from which the user removed the key', { had: true, value: { a: true } }, { a: true, b: true }, { change: false }],
    ['leaves alone a setting the key was never written to (a crash between saving and writing)', { had: false }, undefined, { change: false }],
    ['removes a key left behind when the saved copy is lost', undefined, { a: true, [KEY]: true }, { change: true, value: { a: true } }],
    ['unsets a setting holding only a key left behind', undefined, { [KEY]: true }, { change: true, value: undefined }],
  ];
  for (const [what, saved, current, restore] of restoring) {
    it(`${what} when privacy mode goes off`, () => {
      assert.deepEqual(restoreSetting(saved, current), restore);
    });
  }

  const saving: Array<[string, unknown, SavedSetting]> = [
    ['an unset setting as unset', undefined, { had: false }],
    ['the user\'s value as it is', { a: true }, { had: true, value: { a: true } }],
    ['a value without a key left behind by a crash', { a: true, [KEY]: true }, { had: true, value: { a: true } }],
    ['a value holding only a key left behind as unset', { [KEY]: true }, { had: false }],
  ];
  for (const [what, current, saved] of saving) {
    it(`saves ${what}`, () => {
      assert.deepEqual(saveSetting(current), saved);
    });
  }

  it('round-trips every saved shape: save, add the key, restore gives back what was there', () => {
    for (const original of [undefined, {}, { a: true }, { z: false, a: true, '**/x': true }]) {
      const saved = saveSetting(original);
      const written = withPrivacyExclude(original, KEY);
      assert.deepEqual(restoreSetting(saved, written), { change: true, value: original }, JSON.stringify(original));
    }
  });
});

describe('hiding the journal in every folder of a multi-root workspace', () => {
  const A = 'file:///work/team-a';
  const B = 'file:///work/team-b';
  const cases: Array<[string, string[], string[], HidingPlan[]]> = [
    ['one folder open: the workspace settings hide its journal folders', [A], [`${A}/1on1s/carly-chen/a.md`, `${A}/people/carly-chen.md`], [
      { where: WORKSPACE, folders: ['1on1s', 'people'], key: '{1on1s,people,.1on1-privacy-mode}' },
    ]],
    ['two folders: each folder\'s settings hide its own journal folders', [A, B], [`${A}/1on1s/x/a.md`, `${B}/notes/y.md`, `${B}/people/y.md`], [
      { where: A, folders: ['1on1s'], key: '{1on1s,.1on1-privacy-mode}' },
      { where: B, folders: ['notes', 'people'], key: '{notes,people,.1on1-privacy-mode}' },
    ]],
    ['a folder without journal files is left alone', [A, B], [`${B}/1on1s/x/a.md`], [
      { where: B, folders: ['1on1s'], key: '{1on1s,.1on1-privacy-mode}' },
    ]],
    ['a file belongs to the innermost folder holding it', [A, `${A}/nested`], [`${A}/nested/1on1s/x.md`, `${A}/people/p.md`], [
      { where: A, folders: ['people'], key: '{people,.1on1-privacy-mode}' },
      { where: `${A}/nested`, folders: ['1on1s'], key: '{1on1s,.1on1-privacy-mode}' },
    ]],
    ['names are decoded, files outside every folder and at a folder\'s root ignored', [A, B], [`${A}/one%20on%20ones/x.md`, 'file:///elsewhere/1on1s/x.md', `${B}/root.md`, `${A}-other/1on1s/x.md`], [
      { where: A, folders: ['one on ones'], key: '{one on ones,.1on1-privacy-mode}' },
    ]],
    ['no folder open: nothing to hide', [], [`${A}/1on1s/x.md`], []],
  ];
  for (const [what, roots, files, plans] of cases) {
    it(what, () => assert.deepEqual(planHiding(roots, files), plans));
  }

  const stored: Array<[string, unknown, ReturnType<typeof readSavedHiding>]> = [
    ['nothing saved', undefined, undefined],
    ['a copy saved before multi-root workspaces were handled counts as the workspace\'s own', { files: { had: true, value: { a: true } }, search: { had: false } }, { [WORKSPACE]: { files: { had: true, value: { a: true } }, search: { had: false } } }],
    ['a copy per folder', { [A]: { files: { had: false } }, [B]: { search: { had: true, value: {} } } }, { [A]: { files: { had: false } }, [B]: { search: { had: true, value: {} } } }],
    ['something unreadable is dropped, not restored', { [A]: 'oops', [B]: { files: { had: false } } }, { [B]: { files: { had: false } } }],
  ];
  for (const [what, value, saved] of stored) {
    it(`reads the saved settings: ${what}`, () => assert.deepEqual(readSavedHiding(value), saved));
  }
});
