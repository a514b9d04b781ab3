import * as assert from 'node:assert/strict';
import { followUpGroup } from '../../src/core/followUpGroups';
import { diffRows, expectedViews, type Row, type ViewId } from './lib/expectedViews';
import { activeApi, providerOf, readTree, viewOptions } from './lib/helpers';

const VIEWS: ReadonlyArray<{ id: ViewId; name: string }> = [
  { id: 'oneOnOne.upcoming', name: 'Upcoming 1:1s' },
  { id: 'oneOnOne.followUps', name: 'Follow-ups' },
  { id: 'oneOnOne.people', name: 'People' },
];

describe('views show what the core computes for the fixture journal', () => {
  for (const view of VIEWS) {
    it(`${view.name}: every row and child row matches the core`, async () => {
      const api = await activeApi();
      const expected = expectedViews(api.journal, viewOptions())[view.id];
      assert.ok(expected.length > 0, `the core computes no rows for ${view.name} on the fixture journal: the fixture should exercise every view`);
      const shown = await readTree(providerOf(api, view.id));
      const problem = diffRows(expected, shown, view.name);
      if (problem) assert.fail(problem);
    });
  }

  it('Follow-ups: lists every open follow-up of the journal exactly once (but those cooling off or snoozed when they are hidden)', async () => {
    const api = await activeApi();
    const { today, weekMode, showCoolingOff } = viewOptions();
    const leaves = (rows: readonly Row[]): Row[] => rows.flatMap((row) => (row.children.length === 0 ? [row] : leaves(row.children)));
    const shown = leaves(await readTree(providerOf(api, 'oneOnOne.followUps'))).map((row) => row.label).sort();
    const open = api.journal.followUps()
      .filter((item) => !item.done && (showCoolingOff || !['cooling-off', 'snoozed'].includes(followUpGroup(item, today, weekMode))))
      .map((item) => item.text || '(empty follow-up)').sort();
    assert.ok(open.length > 0, 'the fixture journal has no open follow-up to list');
    assert.deepEqual(shown, open, `the Follow-ups view does not list the open follow-ups of the journal one for one (showCoolingOff: ${showCoolingOff})`);
  });
});
