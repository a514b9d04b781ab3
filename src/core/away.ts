/**
 * Away: the one home of "is this person away on that date" and of how a leave moves a due date
 * (FORMAT: `away` in a person profile is one range or a list of ranges). Every range counts, for
 * Upcoming 1:1s and for the skip-level rotation's history alike. Pure; dates passed in.
 */
import { addDays } from './dates';
import type { DateRange, IsoDate, Person, PersonProfile } from './model';

/** A profile's away ranges, oldest first; none when it has no `away`. */
export function awayRanges(profile: Pick<PersonProfile, 'away'> | undefined): readonly DateRange[] {
  return profile?.away ?? [];
}

/** The range covering `date`, if any (the latest-ending one when ranges overlap). */
export function awayOn(ranges: readonly DateRange[], date: IsoDate): DateRange | undefined {
  let found: DateRange | undefined;
  for (const r of ranges) if (r.from <= date && date <= r.to && (!found || r.to > found.to)) found = r;
  return found;
}

/** Whether the person is away on `date`: any of their ranges covers it. */
export function isAway(person: Pick<Person, 'profile'>, date: IsoDate): boolean {
  return awayOn(awayRanges(person.profile), date) !== undefined;
}

/**
 * The last day of the leave that covers `date`, following ranges that touch or overlap (back on
 * Jan 5, away again Jan 6 is one leave); undefined when not away on `date`.
 */
export function awayUntil(ranges: readonly DateRange[], date: IsoDate): IsoDate | undefined {
  let until: IsoDate | undefined;
  for (let r = awayOn(ranges, date); r; r = awayOn(ranges, addDays(r.to, 1))) until = r.to;
  return until;
}

/**
 * Where a due date lands once leaves are counted: no 1:1 is due while someone is away, so a due
 * date inside a range moves to the day after it (and past any range that follows at once), and a
 * due date already past while they are away today moves to the day they are back.
 */
export function dueAfterAway(due: IsoDate, ranges: readonly DateRange[], today: IsoDate): IsoDate {
  let result = due;
  const backToday = awayUntil(ranges, today);
  if (backToday !== undefined && result <= backToday) result = addDays(backToday, 1);
  const inside = awayUntil(ranges, result);
  return inside === undefined ? result : addDays(inside, 1);
}
