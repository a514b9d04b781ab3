/**
 * The "This week" strip: 1:1s due or overdue, follow-ups due, skip-level cool-offs that end this
 * week, and the rotation's pick. Every rule comes from its own core home (cadence, follow-up
 * groups, rotation); this only gathers.
 */
import { computeUpcoming, type UpcomingEntry } from '../cadence';
import { followUpGroup } from '../followUpGroups';
import { endOfThisWeek, type WeekMode } from '../thisWeek';
import type { FollowUp, IsoDate, Meeting } from '../model';
import type { Directory } from '../people';
import { suggestSkipLevels, type SkipLevelSuggestion } from '../rotation';

export interface ThisWeek {
  /** Overdue or due this week, most urgent first. */
  due: UpcomingEntry[];
  /** Open items to act on by the end of the week: escalations, overdue, due this week. */
  followUpsDue: FollowUp[];
  /** Skip-level items whose cool-off ends between today and the end of the week. */
  coolOffsEnding: FollowUp[];
  skipLevel: SkipLevelSuggestion | null;
}

/** Follow-ups that count as due: to act on now or by the end of the week. */
export function isFollowUpDue(item: FollowUp, today: IsoDate, weekMode: WeekMode): boolean {
  const group = followUpGroup(item, today, weekMode);
  return !item.done && (group === 'escalate' || group === 'overdue' || group === 'this-week');
}

/**
 * A skip-level item whose cool-off ends on a day in `[from, to]` (cooling off is a skip-level
 * idea only; snoozed items are not counted). It is free to act on from that day on.
 */
export function coolOffEndsBetween(item: FollowUp, from: IsoDate, to: IsoDate): boolean {
  return !item.done && !item.escalate && item.type === 'skip-level' && item.effectiveAfter !== undefined
    && item.effectiveAfter >= from && item.effectiveAfter <= to;
}

export function thisWeek(directory: Directory, meetings: readonly Meeting[], openItems: readonly FollowUp[], today: IsoDate, weekMode: WeekMode): ThisWeek {
  const weekEnd = endOfThisWeek(today, weekMode);
  return {
    due: computeUpcoming(directory, meetings, today, { weekMode }).filter((e) => e.status === 'overdue' || e.status === 'due'),
    followUpsDue: openItems.filter((f) => isFollowUpDue(f, today, weekMode)),
    coolOffsEnding: openItems.filter((f) => coolOffEndsBetween(f, today, weekEnd)),
    skipLevel: suggestSkipLevels(directory, meetings, today, { limit: 1, weekMode }).people[0] ?? null,
  };
}
