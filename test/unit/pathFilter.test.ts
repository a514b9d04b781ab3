import assert from 'node:assert/strict';
import { createPathFilter } from '../../src/core/pathFilter';
import { enabledPatterns } from '../../src/core/settings';

describe('pathFilter', () => {
  describe('createPathFilter', () => {
    const include = createPathFilter({
      exclude: ['archive/**', './private/**', ...enabledPatterns({ '**/drafts': true, '**/scratch': false, '**/*.tmp.md': true })],
      templatesFolder: '.1on1/templates',
    });

    const cases: Array<[string, boolean, string]> = [
      ['1on1s/carly-chen/2026-11-20.md', true, 'a note'],
      ['people/carly-chen.md', true, 'a profile'],
      ['README.MD', true, 'an upper-case extension'],
      ['people/.hidden.md', true, 'a dot file'],
      ['notes.txt', false, 'a file that is not markdown'],
      ['notes.md.bak', false, 'a backup of a markdown file'],
      ['node_modules/pkg/readme.md', false, 'node_modules at the root'],
      ['docs/node_modules/pkg/readme.md', false, 'node_modules deeper down'],
      ['.git/notes.md', false, 'the .git folder'],
      ['sub/.git/notes.md', false, 'a nested .git folder'],
      ['archive/2025/old.md', false, 'an oneOnOne.exclude pattern'],
      ['archived/notes.md', true, 'a folder that only starts like an excluded one'],
      ['private/x.md', false, 'an exclude pattern written with ./'],
      ['drafts/x.md', false, 'an enabled files.exclude pattern at the root'],
      ['team/drafts/x.md', false, 'an enabled files.exclude pattern deeper down'],
      ['scratch/x.md', true, 'a disabled files.exclude pattern'],
      ['notes/today.tmp.md', false, 'an enabled files.exclude file pattern'],
      ['.1on1/templates/one-on-one.md', false, 'the templates folder'],
      ['.1on1/templates/nested/peer.md', false, 'below the templates folder'],
      ['.1on1/settings.md', true, 'next to the templates folder'],
    ];
    for (const [file, included, what] of cases) {
      it(`${included ? 'includes' : 'excludes'} ${what}: ${file}`, () => assert.equal(include(file), included));
    }

    it('normalises a templates folder written with ./ and a trailing slash', () => {
      const filter = createPathFilter({ exclude: [], templatesFolder: './templates/' });
      assert.deepEqual(['templates/one-on-one.md', 'notes/templates.md'].map(filter), [false, true]);
    });

    it('keeps node_modules and .git out even with no settings at all', () => {
      const filter = createPathFilter({ exclude: [] });
      assert.deepEqual(['a.md', 'node_modules/a.md', '.git/a.md', '.1on1/templates/a.md'].map(filter), [true, false, false, true]);
    });
  });

  describe('enabledPatterns', () => {
    it('keeps only the files.exclude patterns set to true, each also as a folder', () => {
      assert.deepEqual(enabledPatterns({ '**/drafts': true, '**/scratch': false, '**/old/': true, '**/x': 'yes', '**/y': { when: '$(basename).ts' } }), [
        '**/drafts', '**/drafts/**', '**/old/', '**/old/**',
      ]);
    });

    it('reads a missing or malformed setting as no patterns', () => {
      assert.deepEqual([enabledPatterns(undefined), enabledPatterns(null), enabledPatterns('**/x'), enabledPatterns(7)], [[], [], [], []]);
    });
  });
});
