/**
 * Reminders (docs/FORMAT.md#views-and-commands): at most one digest notification a day, at start-up or at
 * `oneOnOne.reminders.time` (local), opt-in with `oneOnOne.reminders.enabled`. Pure: the last day
 * a digest was shown and the local date and time are passed in; the host keeps a timer.
 */
import { computeUpcoming } from './cadence';
import { addDays, daysBetween } from './dates';
import { followUpGroup } from './followUpGroups';
import { coolOffEndsBetween } from './insights/strip';
import type { FollowUp, IsoDate, Meeting } from './model';
import type { Directory } from './people';
import type { WeekMode } from './thisWeek';

export const DEFAULT_REMINDER_TIME = '09:00';

export interface ReminderSettings {
  enabled: boolean;
  /** `HH:MM`, 24-hour, local time. */
  time: string;
}

/** A local moment: the calendar date and the minutes since local midnight. */
export interface LocalMoment {
  date: IsoDate;
  minutes: number;
}

/** Minutes since midnight of an `HH:MM` time; undefined when it is not one (`9:00` is fine, `25:00` is not). */
export function parseReminderTime(text: string): number | undefined {
  const m = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!m) return undefined;
  const [h, min] = [Number(m[1]), Number(m[2])];
  return h < 24 && min < 60 ? h * 60 + min : undefined;
}

/** The time of day reminders use: the setting, or 09:00 when it is not a valid `HH:MM`. */
export function reminderMinutes(settings: ReminderSettings): number {
  return parseReminderTime(settings.time) ?? parseReminderTime(DEFAULT_REMINDER_TIME)!;
}

export interface ReminderDecision {
  /** Show the digest now. */
  showNow: boolean;
  /** When to check again (undefined while reminders are off). */
  next?: LocalMoment;
}

/**
 * Whether to show the digest now, and when to look again. Once a day: not again on a day it was
 * shown (nor when the clock went back before that day); from the reminder time on, the first
 * check of the day shows it, so a start-up after 09:00 shows it at once.
 */
export function decideReminder(lastShown: IsoDate | undefined, now: LocalMoment, settings: ReminderSettings): ReminderDecision {
  if (!settings.enabled) return { showNow: false };
  const at = reminderMinutes(settings);
  const tomorrow = { date: addDays(now.date, 1), minutes: at };
  if (lastShown !== undefined && lastShown >= now.date) return { showNow: false, next: tomorrow };
  if (now.minutes >= at) return { showNow: true, next: tomorrow };
  return { showNow: false, next: { date: now.date, minutes: at } };
}

/** Minutes from `now` to `next` on the calendar (a timer may fire an hour off across a DST change: the host checks again). */
export function minutesUntil(now: LocalMoment, next: LocalMoment): number {
  return Math.max(0, daysBetween(now.date, next.date) * 1440 + next.minutes - now.minutes);
}

/** What the digest counts. */
export interface DigestCounts {
  /** Canonical names of the people with a 1:1 due today or overdue. */
  due: string[];
  /** Open follow-ups due today or overdue, and escalations. */
  followUpsDue: number;
  /** Skip-level cool-offs that ended since the last digest (today, the first time). */
  coolOffsEnded: number;
}

export function digestCounts(
  directory: Directory, meetings: readonly Meeting[], openItems: readonly FollowUp[], today: IsoDate,
  lastShown: IsoDate | undefined, weekMode: WeekMode,
): DigestCounts {
  const from = lastShown !== undefined && lastShown < today ? addDays(lastShown, 1) : today;
  return {
    due: computeUpcoming(directory, meetings, today, { weekMode })
      .filter((e) => e.status === 'overdue' || (e.status === 'due' && e.nextDue !== undefined && e.nextDue <= today))
      .map((e) => e.person.name),
    followUpsDue: openItems.filter((f) => {
      if (f.done) return false;
      const group = followUpGroup(f, today, weekMode);
      return group === 'escalate' || group === 'overdue' || (group === 'this-week' && f.due === today);
    }).length,
    coolOffsEnded: openItems.filter((f) => coolOffEndsBetween(f, from, today)).length,
  };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * `2 1:1s due today · 3 follow-ups due · 1 cool-off ended`; with names when `names` is given
 * (never in privacy mode: counts only). Undefined when there is nothing to say.
 */
export function digestText(counts: DigestCounts, names?: (name: string) => string): string | undefined {
  const parts: string[] = [];
  if (counts.due.length > 0) {
    const who = names ? ` (${counts.due.slice(0, 3).map(names).join(', ')}${counts.due.length > 3 ? ', …' : ''})` : '';
    parts.push(`${plural(counts.due.length, '1:1', '1:1s')} due today${who}`);
  }
  if (counts.followUpsDue > 0) parts.push(`${plural(counts.followUpsDue, 'follow-up', 'follow-ups')} due`);
  if (counts.coolOffsEnded > 0) parts.push(`${plural(counts.coolOffsEnded, 'cool-off', 'cool-offs')} ended`);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
