/**
 * Coaching the managers who report to me (issue 19): who is a *manager direct* (a direct report
 * with people reporting to them, by the `reportsTo` chart) and the size of their team. Pure.
 */
import type { Person } from './model';
import type { Directory } from './people';

/** How many people report directly to `name` by the chart (0 when unknown or nobody). */
export function managesCount(directory: Pick<Directory, 'reportsOf'>, name: string): number {
  return directory.reportsOf(name).length;
}

/** A direct report of mine who manages people themselves. */
export function isManagerDirect(directory: Pick<Directory, 'reportsOf'>, person: Person): boolean {
  return person.relationship === 'direct' && managesCount(directory, person.name) > 0;
}

/** The wording shown for a team's size ("manages 3"); undefined when they manage nobody. */
export function managesLabel(count: number): string | undefined {
  return count > 0 ? `manages ${count}` : undefined;
}

/** The person page's "Manages" row: `3 people (a manager direct)`. */
export function managesRow(count: number): string {
  return `${count} ${count === 1 ? 'person' : 'people'} (a manager direct)`;
}
