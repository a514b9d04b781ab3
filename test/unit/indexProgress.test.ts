import assert from 'node:assert/strict';
import { indexProgressText, type IndexProgress } from '../../src/core/indexProgress';

describe('the progress row while the journal is indexed', () => {
  const cases: Array<[string, IndexProgress, string | undefined]> = [
    ['says it is looking for notes while the files are still listed (no total yet)', { phase: 'scanning', done: 0, total: 0 }, 'Looking for notes…'],
    ['counts the notes read once the listing is done', { phase: 'scanning', done: 120, total: 400 }, 'Indexing notes… 120/400'],
    ['counts the first note read too', { phase: 'scanning', done: 0, total: 10_097 }, 'Indexing notes… 0/10097'],
    ['counts the bodies left to read for follow-ups', { phase: 'parsing', remaining: 3 }, 'Reading follow-ups… 3 notes left'],
    ['says "note" for the last one', { phase: 'parsing', remaining: 1 }, 'Reading follow-ups… 1 note left'],
    ['shows no row when ready', { phase: 'ready' }, undefined],
  ];
  for (const [behaviour, state, text] of cases) {
    it(behaviour, () => assert.equal(indexProgressText(state), text));
  }
});
