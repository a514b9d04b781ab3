import assert from 'node:assert/strict';
import { isManagerDirect, managesCount, managesLabel, managesRow } from '../../src/core/coaching';
import { loadFixture } from './helpers/fixtures';

describe('coaching: manager directs', () => {
  // The org fixture is a deep chart: me (Dana) → Carly → Hana, Alex M, Alex N; me → Evan → Lee → Sam.
  const journal = loadFixture('org');
  const directory = journal.directory();

  // name, managesCount, is a manager direct
  const cases: Array<[string, number, boolean]> = [
    ['Carly Chen', 3, true], // a direct with three reports
    ['Evan Ito', 1, true], // a direct whose one report manages someone too
    ['Lee Park', 1, false], // manages, but is a skip-level, not my direct
    ['Sam Stone', 0, false], // the bottom of the chart
    ['Dana Diaz', 2, false], // me
    ['Maya Ross', 2, false], // my manager
    ['Alex', 0, false], // a direct known only from notes
    ['Nobody Known', 0, false],
  ];
  for (const [name, count, managerDirect] of cases) {
    it(`${name} manages ${count}${managerDirect ? ' and is a manager direct' : ''}`, () => {
      assert.equal(managesCount(directory, name), count);
      const person = directory.resolve(name);
      assert.equal(person ? isManagerDirect(directory, person) : false, managerDirect);
    });
  }

  const labels: Array<[number, string | undefined]> = [[0, undefined], [1, 'manages 1'], [12, 'manages 12']];
  for (const [count, label] of labels) {
    it(`words a team of ${count} as ${label ?? 'nothing'}`, () => assert.equal(managesLabel(count), label));
  }

  const rows: Array<[number, string]> = [[1, '1 person (a manager direct)'], [3, '3 people (a manager direct)']];
  for (const [count, row] of rows) {
    it(`words the person page's Manages row for ${count} as "${row}"`, () => assert.equal(managesRow(count), row));
  }
});
