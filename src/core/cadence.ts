/**
 * Who is due for a 1:1, and when (docs/FORMAT.md#cadence). Pure: the journal's meetings and people in,
 * `today` passed in.
 */
import { awayOn, awayRanges, awayUntil, dueAfterAway } from './away';
import { addDays, daysBetween, compareDates } from './dates';
import { cadenceLabel, relativeDay, shortDate } from './format';
import { endOfThisWeek, type WeekMode } from './thisWeek';
import type { IsoDate, Meeting, Person, Relationship } from './model';
import type { Journal } from './journal';
import type { Directory } from './people';
import { detailText, type Part } from './privacy';

export type UpcomingStatus = 'overdue' | 'due' | 'scheduled' | 'later' | 'away';

export interface UpcomingEntry {
  person: Person;
  relationship: Relationship;
  /** Days between 1:1s; null = no cadence (manager, skip-level). */
  cadenceDays: number | null;
  lastMet?: IsoDate;
  nextDue?: IsoDate;
  /** Earliest future-dated note with the person. */
  scheduledDate?: IsoDate;
  scheduledUri?: string;
  /** The latest past note with the person. */
  lastUri?: string;
  status: UpcomingStatus;
}

/** Peers: due after three weeks, overdue only after five (docs/FORMAT.md#cadence). */
export const PEER_DUE_DAYS = 21;
export const PEER_OVERDUE_DAYS = 35;

/**
 * The one home of the peer window: a peer on the default cadence (no `cadence` in the profile)
 * is due at three weeks and overdue only after five. A peer with their own cadence is not.
 */
export function hasPeerWindow(person: Person, cadenceDays: number | null): boolean {
  return person.relationship === 'peer' && person.profile?.cadenceDays === undefined && cadenceDays === PEER_DUE_DAYS;
}

const DEFAULT_CADENCE: Partial<Record<Relationship, number | null>> = {
  direct: 7,
  peer: PEER_DUE_DAYS,
  manager: null,
  skip: null,
};

export function cadenceFor(person: Person): number | null {
  const explicit = person.profile?.cadenceDays;
  if (explicit !== undefined) return explicit;
  return DEFAULT_CADENCE[person.relationship] ?? null;
}

/** Whether a person belongs in Upcoming 1:1s at all. */
function isTracked(person: Person, cadence: number | null, scheduled: boolean): boolean {
  if (!person.active || person.relationship === 'self') return false;
  if (person.relationship === 'direct' || person.relationship === 'peer' || person.relationship === 'manager') return true;
  // Skip-levels follow the rotation; they appear here only when a cadence or a meeting is set.
  return cadence !== null || scheduled;
}

export interface UpcomingOptions {
  weekMode: WeekMode;
}

/** A dated note: what Upcoming needs of a meeting. */
export interface DatedNote {
  date: IsoDate;
  uri: string;
}

/** How many of `dates` (sorted by date) are on or before `today`: the index of the first one after it (binary search). */
export function countOnOrBefore(dates: readonly DatedNote[], today: IsoDate): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid].date <= today) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The latest meeting on or before `today` and the earliest after it, per person. */
interface LastAndNext {
  last: Map<Person, DatedNote>;
  next: Map<Person, DatedNote>;
}

/** Same date: the first file by URI counts, so the answer does not depend on the order notes were read. */
function keepLast(map: Map<Person, DatedNote>, person: Person, note: DatedNote): void {
  const seen = map.get(person);
  if (!seen || note.date > seen.date || (note.date === seen.date && note.uri < seen.uri)) map.set(person, note);
}

function keepNext(map: Map<Person, DatedNote>, person: Person, note: DatedNote): void {
  const seen = map.get(person);
  if (!seen || note.date < seen.date || (note.date === seen.date && note.uri < seen.uri)) map.set(person, note);
}

export function computeUpcoming(directory: Directory, meetings: readonly Meeting[], today: IsoDate, options: UpcomingOptions): UpcomingEntry[] {
  const found: LastAndNext = { last: new Map(), next: new Map() };
  for (const meeting of meetings) {
    const date = meeting.note.date;
    const person = directory.resolve(meeting.person);
    if (!date || !person) continue;
    if (date <= today) keepLast(found.last, person, { date, uri: meeting.note.uri });
    else keepNext(found.next, person, { date, uri: meeting.note.uri });
  }
  return upcomingEntries(directory, found, today, options);
}

/**
 * Upcoming from the dated notes per written `person` name, each list sorted by date then URI
 * (what the journal keeps up to date as files change): costs the number of names, not of notes.
 */
export function computeUpcomingByName(directory: Directory, datesByName: ReadonlyMap<string, readonly DatedNote[]>, today: IsoDate, options: UpcomingOptions): UpcomingEntry[] {
  const found: LastAndNext = { last: new Map(), next: new Map() };
  for (const [name, dates] of datesByName) {
    const person = directory.resolve(name);
    if (!person || dates.length === 0) continue;
    const lo = countOnOrBefore(dates, today);
    if (lo < dates.length) keepNext(found.next, person, dates[lo]);
    if (lo > 0) {
      let first = lo - 1;
      while (first > 0 && dates[first - 1].date === dates[lo - 1].date) first--;
      keepLast(found.last, person, dates[first]);
    }
  }
  return upcomingEntries(directory, found, today, options);
}

function upcomingEntries(directory: Directory, { last, next }: LastAndNext, today: IsoDate, options: UpcomingOptions): UpcomingEntry[] {
  const entries: UpcomingEntry[] = [];
  const weekEnd = endOfThisWeek(today, options.weekMode);
  for (const person of directory.people) {
    const cadenceDays = cadenceFor(person);
    const lastMeeting = last.get(person);
    const nextMeeting = next.get(person);
    if (!isTracked(person, cadenceDays, nextMeeting !== undefined)) continue;
    const lastMet = lastMeeting?.date;
    let nextDue = cadenceDays === null ? undefined : lastMet ? addDays(lastMet, cadenceDays) : today;
    const away = awayRanges(person.profile);
    const awayToday = awayOn(away, today) !== undefined;
    // No 1:1 is due while someone is away (every range counts): see core/away.ts.
    if (nextDue && away.length > 0) nextDue = dueAfterAway(nextDue, away, today);

    let status: UpcomingStatus;
    if (nextMeeting) status = 'scheduled';
    else if (awayToday) status = 'away';
    else if (!nextDue) status = 'later';
    else if (isOverdue(person, cadenceDays, lastMet, nextDue, today)) status = 'overdue';
    else if (nextDue <= weekEnd) status = 'due';
    else status = 'later';

    entries.push({
      person,
      relationship: person.relationship,
      cadenceDays,
      status,
      ...(lastMet ? { lastMet, lastUri: lastMeeting!.uri } : {}),
      ...(nextDue ? { nextDue } : {}),
      ...(nextMeeting ? { scheduledDate: nextMeeting.date, scheduledUri: nextMeeting.uri } : {}),
    });
  }
  return entries.sort(compareUpcoming);
}

/**
 * Upcoming 1:1s of a journal, kept until something they depend on changes: a note's body being
 * edited does not recompute them.
 */
export function upcomingOf(journal: Journal, today: IsoDate, options: UpcomingOptions): UpcomingEntry[] {
  return journal.memo('upcoming', `${journal.structureVersion}|${today}|${options.weekMode}`,
    () => computeUpcomingByName(journal.directory(), journal.datedNotesByName(), today, options));
}

/** The latest meeting date on or before `today`, per canonical person name. */
export function lastMetDates(meetings: readonly Meeting[], today: IsoDate): Map<string, IsoDate> {
  const result = new Map<string, IsoDate>();
  for (const m of meetings) {
    const date = m.note.date;
    if (!date || date > today) continue;
    const seen = result.get(m.person);
    if (!seen || date > seen) result.set(m.person, date);
  }
  return result;
}

function isOverdue(person: Person, cadence: number | null, lastMet: IsoDate | undefined, nextDue: IsoDate, today: IsoDate): boolean {
  if (person.relationship === 'manager' && person.profile?.cadenceDays === undefined) return false; // their calendar rules
  if (!lastMet) return false; // never met = due now, not overdue
  if (hasPeerWindow(person, cadence)) return daysBetween(lastMet, today) > PEER_OVERDUE_DAYS;
  return nextDue < today;
}

const STATUS_ORDER: Record<UpcomingStatus, number> = { overdue: 0, due: 1, scheduled: 2, later: 3, away: 4 };

function compareUpcoming(a: UpcomingEntry, b: UpcomingEntry): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status]
    || compareDates(a.scheduledDate, b.scheduledDate)
    || compareDates(a.nextDue, b.nextDue)
    || a.person.name.localeCompare(b.person.name);
}

/**
 * The facts of an Upcoming row after the name, as privacy parts: `due in 2 days`, `weekly`,
 * `{ date: 'last met Nov 13' }` (left out in privacy mode: next to initials it points at one
 * person), `2 topics`.
 */
export function upcomingParts(entry: UpcomingEntry, today: IsoDate): Part[] {
  const parts: Part[] = [];
  const back = entry.status === 'away' ? awayUntil(awayRanges(entry.person.profile), today) : undefined;
  if (entry.status === 'scheduled' && entry.scheduledDate) {
    parts.push(`scheduled ${shortDate(entry.scheduledDate, today)} (${relativeDay(entry.scheduledDate, today)})`);
  } else if (back) {
    parts.push(`away until ${shortDate(back, today)}`);
  } else if (!entry.lastMet && entry.nextDue) {
    parts.push('never met · due now');
  } else if (entry.nextDue) {
    const rel = relativeDay(entry.nextDue, today);
    parts.push(rel === 'today' ? 'due today' : `due ${rel}`);
  }
  parts.push(entry.relationship === 'manager' && entry.cadenceDays === null ? 'their calendar' : cadenceLabel(entry.cadenceDays));
  if (entry.lastMet) parts.push({ date: `last met ${shortDate(entry.lastMet, today)}` });
  else if (!entry.nextDue) parts.push('never met');
  // Talking points queued in the profile (docs/FORMAT.md#people): `· 2 topics`.
  const topics = entry.person.profile?.talkingPoints?.length ?? 0;
  if (topics > 0) parts.push(`${topics} topic${topics === 1 ? '' : 's'}`);
  return parts;
}

/** `due in 2 days · weekly · last met Nov 13 · 2 topics` (the row's description after the name). */
export function describeUpcoming(entry: UpcomingEntry, today: IsoDate, options: { hideLastMet?: boolean } = {}): string {
  return detailText(upcomingParts(entry, today), options.hideLastMet === true);
}
