import assert from 'node:assert/strict';
import { journalFolderFor } from '../../src/core/journalFolder';

describe('which folder is the journal', () => {
  const folders = ['file:///w/team', 'file:///w/team/nested', 'file:///w/other'];
  const cases: Array<{ name: string; folders: readonly string[]; hint?: string; expected: string | undefined }> = [
    { name: 'no folder open: none', folders: [], hint: 'file:///w/team/a.md', expected: undefined },
    { name: 'no file in hand: the first folder', folders, expected: 'file:///w/team' },
    { name: 'the folder holding the file', folders, hint: 'file:///w/other/1on1s/a.md', expected: 'file:///w/other' },
    { name: 'the deepest folder holding the file', folders, hint: 'file:///w/team/nested/a.md', expected: 'file:///w/team/nested' },
    { name: 'a file outside every folder: the first folder', folders, hint: 'file:///elsewhere/a.md', expected: 'file:///w/team' },
    { name: 'a sibling with a shared prefix is not inside', folders: ['file:///w/team', 'file:///w/team-b'], hint: 'file:///w/team-b/a.md', expected: 'file:///w/team-b' },
    { name: 'an untitled document: the first folder', folders, hint: 'untitled:Untitled-1', expected: 'file:///w/team' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.equal(journalFolderFor(c.folders, c.hint), c.expected);
    });
  }
});
