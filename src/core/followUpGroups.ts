/**
 * The Follow-ups view's grouping and order, as pure functions of the items and `today`:
 * Escalate now / Overdue / Due this week / Cooling off / Snoozed / Later / No date.
 */
import { compareDates } from './dates';
import { coolingOffUntil, snoozedUntil } from './followUpResolution';
import type { FollowUp, IsoDate } from './model';
import { endOfThisWeek, type WeekMode } from './thisWeek';

export type FollowUpGroupId = 'escalate' | 'overdue' | 'this-week' | 'cooling-off' | 'snoozed' | 'later' | 'no-date';

export const FOLLOW_UP_GROUPS: ReadonlyArray<{ id: FollowUpGroupId; label: string }> = [
  { id: 'escalate', label: 'Escalate now' },
  { id: 'overdue', label: 'Overdue' },
  { id: 'this-week', label: 'Due this week' },
  { id: 'cooling-off', label: 'Cooling off' },
  { id: 'snoozed', label: 'Snoozed' },
  { id: 'later', label: 'Later' },
  { id: 'no-date', label: 'No date' },
];

export function followUpGroup(item: FollowUp, today: IsoDate, mode: WeekMode): FollowUpGroupId {
  // An escalation is acted on now: it is never cooled off and always comes first.
  if (item.escalate) return 'escalate';
  if (coolingOffUntil(item, today)) return 'cooling-off';
  if (snoozedUntil(item, today)) return 'snoozed';
  if (!item.due) return 'no-date';
  if (item.due < today) return 'overdue';
  if (item.due <= endOfThisWeek(today, mode)) return 'this-week';
  return 'later';
}

/** Most urgent first: due date, then the end of the wait (cool-off or snooze), then the oldest note, then file order. */
export function compareFollowUps(a: FollowUp, b: FollowUp): number {
  return compareDates(a.due, b.due)
    || compareDates(a.effectiveAfter, b.effectiveAfter)
    || compareDates(a.noteDate, b.noteDate)
    || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0)
    || a.line - b.line;
}

export interface FollowUpGroup {
  id: FollowUpGroupId;
  label: string;
  items: FollowUp[];
}

export interface GroupOptions {
  weekMode: WeekMode;
  /** `oneOnOne.followUps.showCoolingOff`: false hides the items that wait (cooling off or snoozed). */
  showCoolingOff: boolean;
}

/** Whether the group holds items that are waiting for a date (hidden when showCoolingOff is off). */
function isWaiting(id: FollowUpGroupId): boolean {
  return id === 'cooling-off' || id === 'snoozed';
}

/** Non-empty groups in display order, items sorted within each. */
export function groupFollowUps(items: readonly FollowUp[], today: IsoDate, options: GroupOptions): FollowUpGroup[] {
  const byGroup = new Map<FollowUpGroupId, FollowUp[]>();
  for (const item of items) {
    if (item.done) continue;
    const id = followUpGroup(item, today, options.weekMode);
    if (isWaiting(id) && !options.showCoolingOff) continue;
    const list = byGroup.get(id) ?? [];
    list.push(item);
    byGroup.set(id, list);
  }
  return FOLLOW_UP_GROUPS.filter((g) => byGroup.has(g.id)).map((g) => ({ ...g, items: byGroup.get(g.id)!.sort(compareFollowUps) }));
}

/** Groups by the note's person instead; people in name order, items by urgency. */
export function groupFollowUpsByPerson(items: readonly FollowUp[], today: IsoDate, options: GroupOptions): Array<{ person: string; items: FollowUp[] }> {
  const byPerson = new Map<string, FollowUp[]>();
  for (const item of items) {
    if (item.done) continue;
    if (!options.showCoolingOff && isWaiting(followUpGroup(item, today, options.weekMode))) continue;
    const list = byPerson.get(item.person) ?? [];
    list.push(item);
    byPerson.set(item.person, list);
  }
  return [...byPerson.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([person, list]) => ({ person, items: list.sort(compareFollowUps) }));
}
