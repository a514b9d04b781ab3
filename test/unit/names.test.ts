import assert from 'node:assert/strict';
import { initials, nameKey, slugify, stripWikiLink } from '../../src/core/names';

describe('names', () => {
  const cases: Array<[string, string, string, string, string]> = [
    // written, without wiki-link, lookup key, slug, initials
    ['Carly Chen', 'Carly Chen', 'carly chen', 'carly-chen', 'C.C.'],
    ['[[Carly Chen]]', 'Carly Chen', 'carly chen', 'carly-chen', 'C.C.'],
    ['[[Carly Chen|Carly]]', 'Carly Chen', 'carly chen', 'carly-chen', 'C.C.'],
    ['  carly   CHEN ', 'carly   CHEN', 'carly chen', 'carly-chen', 'C.C.'],
    ['José Núñez', 'José Núñez', 'jose nunez', 'jose-nunez', 'J.N.'],
    ['Anne-Marie O’Neil', 'Anne-Marie O’Neil', 'anne-marie o’neil', 'anne-marie-o-neil', 'A.M.O.'],
  ];
  for (const [written, plain, key, slug, short] of cases) {
    it(`reads "${written}" as "${plain}", key "${key}", slug "${slug}", initials "${short}"`, () => {
      assert.deepEqual([stripWikiLink(written), nameKey(written), slugify(written), initials(written)], [plain, key, slug, short]);
    });
  }
});
