/** Human wording for dates and cadences, shared by the views, the CLI and notifications. */
import { daysBetween } from './dates';
import type { IsoDate } from './model';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Nov 13`, or `Nov 13, 2025` when not in `today`'s year. */
export function shortDate(date: IsoDate, today: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  const base = `${MONTHS[m - 1]} ${d}`;
  return date.slice(0, 4) === today.slice(0, 4) ? base : `${base}, ${y}`;
}

/** `today`, `tomorrow`, `yesterday`, `in 3 days`, `5 days ago`, `in 2 weeks`, `3 weeks ago`. */
export function relativeDay(date: IsoDate, today: IsoDate): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  const abs = Math.abs(days);
  const amount = abs >= 14 ? `${Math.round(abs / 7)} weeks` : `${abs} days`;
  return days > 0 ? `in ${amount}` : `${amount} ago`;
}

/** `weekly`, `biweekly`, `monthly`, `every 3 weeks`, `every 10 days`, `no cadence`. */
export function cadenceLabel(days: number | null | undefined): string {
  if (days === null || days === undefined) return 'no cadence';
  if (days === 1) return 'daily';
  if (days === 7) return 'weekly';
  if (days === 14) return 'biweekly';
  if (days === 30) return 'monthly';
  if (days % 7 === 0) return `every ${days / 7} weeks`;
  return `every ${days} days`;
}
