/**
 * What "this week" means, for Upcoming 1:1s and Follow-ups alike (`oneOnOne.thisWeek`).
 */
import { addDays, startOfIsoWeek } from './dates';
import type { IsoDate } from './model';

/** `iso`: until Sunday of the current ISO week; `next7`: today and the six days after. */
export type WeekMode = 'iso' | 'next7';

/** The last day that still counts as "this week". */
export function endOfThisWeek(today: IsoDate, mode: WeekMode): IsoDate {
  return mode === 'iso' ? addDays(startOfIsoWeek(today), 6) : addDays(today, 6);
}
