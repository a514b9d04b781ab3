/** Today's calendar date for the views. `ONEONONE_TODAY` (YYYY-MM-DD) pins it for tests and demos. */
import { isIsoDate, localToday } from '../core/dates';
import type { IsoDate } from '../core/model';

export function today(): IsoDate {
  const pinned = typeof process !== 'undefined' ? process.env?.ONEONONE_TODAY : undefined;
  return pinned && isIsoDate(pinned) ? pinned : localToday();
}
