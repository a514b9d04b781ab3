import assert from 'node:assert/strict';
import type { UpcomingStatus } from '../../src/core/cadence';
import type { Relationship } from '../../src/core/model';
import { groupUpcoming, relationshipLabel, relationshipPhrase, upcomingGroupOf } from '../../src/core/upcomingGroups';

describe('Upcoming groups and relationship wording (core)', () => {
  const statuses: Array<[UpcomingStatus, string]> = [
    ['overdue', 'overdue'], ['due', 'due'], ['scheduled', 'scheduled'], ['later', 'later'], ['away', 'later'],
  ];
  for (const [status, group] of statuses) {
    it(`lists a ${status} person under ${group}`, () => assert.equal(upcomingGroupOf(status), group));
  }

  it('keeps the groups in display order and leaves out the empty ones', () => {
    const entries = [{ status: 'away' as const, n: 1 }, { status: 'overdue' as const, n: 2 }, { status: 'later' as const, n: 3 }];
    assert.deepEqual(groupUpcoming(entries).map((g) => [g.label, g.entries.map((e) => e.n)]), [['Overdue', [2]], ['Later', [1, 3]]]);
  });

  const words: Array<[Relationship, string, string]> = [
    ['direct', 'direct', 'direct report'],
    ['skip', 'skip-level', 'skip-level'],
    ['peer', 'peer', 'peer'],
    ['manager', 'manager', 'my manager'],
    ['self', 'self', 'me'],
    ['other', 'other', ''],
  ];
  for (const [relationship, label, phrase] of words) {
    it(`words ${relationship} as "${label}" and "${phrase}"`, () => {
      assert.deepEqual([relationshipLabel(relationship), relationshipPhrase(relationship)], [label, phrase]);
    });
  }
});
