import assert from 'node:assert/strict';
import { groupFollowUps, groupFollowUpsByPerson } from '../../src/core/followUpGroups';
import { endOfThisWeek } from '../../src/core/thisWeek';
import { Journal } from '../../src/core/journal';

/** Friday 2026-11-20; the ISO week ends Sunday 2026-11-22. */
const TODAY = '2026-11-20';

function journal(): Journal {
  const j = new Journal({ me: 'Maya' });
  j.set('file:///j/people/maya.md', '---\nkind: person\nname: Maya\n---\n');
  j.set('file:///j/a.md', [
    '---', 'person: Carly Chen', 'date: 2026-11-13', '---',
    '- [ ] overdue item due:2026-11-19',
    '- [ ] due sunday due:2026-11-22',
    '- [ ] due monday due:2026-11-23',
    '- [ ] later item due:2026-12-15',
    '- [ ] no date item',
    '- [ ] report it now #escalate due:2026-12-30',
    '- [ ] waiting after:2026-11-30 due:2026-11-21',
    '- [ ] @Carly her item due:2026-11-18',
    '- [x] done item due:2026-11-01',
  ].join('\n'));
  j.set('file:///j/b.md', ['---', 'person: Lena', 'type: skip-level', 'date: 2026-11-10', '---',
    '- [ ] skip item cooling off', '- [ ] skip item escalated #escalate'].join('\n'));
  return j;
}

describe('Follow-ups grouping', () => {
  it('groups my open items by urgency, in order, with escalations first and never cooled off', () => {
    const mine = journal().followUps().filter((f) => f.mine);
    const groups = groupFollowUps(mine, TODAY, { weekMode: 'iso', showCoolingOff: true });
    assert.deepEqual(groups.map((g) => [g.label, g.items.map((i) => i.text)]), [
      ['Escalate now', ['report it now', 'skip item escalated']],
      ['Overdue', ['overdue item']],
      ['Due this week', ['due sunday']],
      ['Cooling off', ['skip item cooling off']],
      ['Snoozed', ['waiting']],
      ['Later', ['due monday', 'later item']],
      ['No date', ['no date item']],
    ]);
  });

  it('counts "this week" as the next 7 days when asked', () => {
    const mine = journal().followUps().filter((f) => f.mine);
    const groups = groupFollowUps(mine, TODAY, { weekMode: 'next7', showCoolingOff: true });
    assert.deepEqual(groups.find((g) => g.id === 'this-week')?.items.map((i) => i.text), ['due sunday', 'due monday']);
    assert.equal(endOfThisWeek(TODAY, 'iso'), '2026-11-22');
    assert.equal(endOfThisWeek('2026-11-23', 'iso'), '2026-11-29', 'a Monday starts a new week');
    assert.equal(endOfThisWeek(TODAY, 'next7'), '2026-11-26');
  });

  it('hides cooling-off and snoozed items when the setting says so', () => {
    const mine = journal().followUps().filter((f) => f.mine);
    const groups = groupFollowUps(mine, TODAY, { weekMode: 'iso', showCoolingOff: false });
    assert.deepEqual(groups.map((g) => g.id), ['escalate', 'overdue', 'this-week', 'later', 'no-date']);
    const byPerson = groupFollowUpsByPerson(mine, TODAY, { weekMode: 'iso', showCoolingOff: false });
    assert.deepEqual(byPerson.map((g) => [g.person, g.items.length]), [['Carly Chen', 6], ['Lena', 1]]);
  });

  it('files a future after: on a skip-level item under Cooling off, and on any other item under Snoozed', () => {
    const mine = journal().followUps().filter((f) => f.mine);
    const groupOf = (text: string): string | undefined => groupFollowUps(mine, TODAY, { weekMode: 'iso', showCoolingOff: true })
      .find((g) => g.items.some((i) => i.text === text))?.id;
    assert.deepEqual([groupOf('skip item cooling off'), groupOf('waiting')], ['cooling-off', 'snoozed']);
    const later = groupFollowUps(mine, '2026-12-01', { weekMode: 'iso', showCoolingOff: true });
    assert.ok(later.find((g) => g.id === 'overdue')?.items.some((i) => i.text === 'waiting'), 'once the snooze ends, its due date counts again');
  });

  it('ends a skip-level cool-off 14 days after the meeting', () => {
    const mine = journal().followUps().filter((f) => f.mine);
    const after = groupFollowUps(mine, '2026-11-24', { weekMode: 'iso', showCoolingOff: true });
    assert.ok(after.find((g) => g.id === 'no-date')?.items.some((i) => i.text === 'skip item cooling off'));
  });

  it('keeps others\' items apart and groups by person in name order', () => {
    const all = journal().followUps();
    assert.deepEqual(all.filter((f) => !f.mine).map((f) => [f.text, f.owner]), [['her item', 'Carly Chen']]);
    const byPerson = groupFollowUpsByPerson(all.filter((f) => f.mine), TODAY, { weekMode: 'iso', showCoolingOff: true });
    assert.deepEqual(byPerson.map((g) => [g.person, g.items.length]), [['Carly Chen', 7], ['Lena', 2]]);
  });
});
