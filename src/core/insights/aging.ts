/** Follow-up aging: open items by whole days since their note's date, mine vs theirs. */
import { daysBetween } from '../dates';
import type { FollowUp, IsoDate } from '../model';

export type AgeBucket = '0-7' | '8-30' | '31-90' | '>90';

export const AGE_BUCKETS: readonly AgeBucket[] = ['0-7', '8-30', '31-90', '>90'];

/** The bucket of an item whose note is `days` old (0 = written today). */
export function ageBucket(days: number): AgeBucket {
  if (days <= 7) return '0-7';
  if (days <= 30) return '8-30';
  if (days <= 90) return '31-90';
  return '>90';
}

export type AgingBuckets = Record<AgeBucket, FollowUp[]>;

export interface Aging {
  mine: AgingBuckets;
  theirs: AgingBuckets;
}

function emptyBuckets(): AgingBuckets {
  return { '0-7': [], '8-30': [], '31-90': [], '>90': [] };
}

/** Open items of notes dated on or before today (undated and future notes are left out). */
export function followUpAging(items: readonly FollowUp[], today: IsoDate): Aging {
  const aging: Aging = { mine: emptyBuckets(), theirs: emptyBuckets() };
  for (const item of items) {
    if (item.done || !item.noteDate || item.noteDate > today) continue;
    (item.mine ? aging.mine : aging.theirs)[ageBucket(daysBetween(item.noteDate, today))].push(item);
  }
  return aging;
}
