/**
 * Calendar-date arithmetic on ISO `YYYY-MM-DD` strings.
 *
 * Every computation goes through UTC so the machine's time zone can never shift a date: a note
 * dated 2026-11-20 is on Nov 20 in Los Angeles and in Tokyo alike.
 */
import type { IsoDate } from './model';

/**
 * A date-time such as `2026-11-13T16:30:00-08:00` or YAML's `2026-11-13 23:30:00 -08:00`: the
 * date written in it is the one that counts.
 */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[Tt]|[ \t]+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[ \t]*(?:Z|[+-]\d{1,2}(?::?\d{2})?))?$/i;

const DAY_MS = 86_400_000;

/** True when `text` is a real calendar date `YYYY-MM-DD` (no Feb 30). */
export function isIsoDate(text: string): boolean {
  // `/^(\d{4})-(\d{2})-(\d{2})$/` read by hand: this runs for every date token of every follow-up.
  if (text.length !== 10 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) return false;
  const y = digitsAt(text, 0, 4);
  const mo = digitsAt(text, 5, 7);
  const d = digitsAt(text, 8, 10);
  if (y < 0 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** The number the ASCII digits in `[from, to)` write, -1 when another character is there. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Reads a date as written in frontmatter or a token: `YYYY-MM-DD` or an ISO date-time (the date
 * written in it, whatever its offset). Returns undefined when it is not a valid date.
 */
export function parseCalendarDate(value: unknown): IsoDate | undefined {
  if (value instanceof Date) {
    // Only reached when a YAML engine produced a Date; YAML date-only values are UTC midnight.
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (isIsoDate(text)) return text;
  const m = ISO_DATE_TIME.exec(text);
  if (m && isIsoDate(m[1])) return m[1];
  return undefined;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in `month` (1–12) of `year`, exactly as `new Date(Date.UTC(year, month, 0))` counted them
 * before (without allocating a Date): years 0–99 are 1900–1999 to `Date.UTC`.
 */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1];
  const y = year >= 0 && year < 100 ? year + 1900 : year;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/** Days since 1970-01-01 for a valid ISO date. */
export function toDayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Adds calendar months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `b - a` in days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 = Monday … 6 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  return (toDayNumber(date) + 3) % 7; // 1970-01-01 was a Thursday
}

/** The Monday of the ISO week containing `date`. */
export function startOfIsoWeek(date: IsoDate): IsoDate {
  return addDays(date, -isoWeekday(date));
}

/** Today's date in the local time zone of this machine: the only place the clock is read. */
export function localToday(now: Date = new Date()): IsoDate {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function compareDates(a: IsoDate | undefined, b: IsoDate | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}
