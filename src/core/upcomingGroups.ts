/**
 * How Upcoming 1:1s are grouped and how a relationship is worded, once for every surface (the
 * Upcoming view, the New 1:1 Note picker, the CLI, the person page).
 */
import type { UpcomingStatus } from './cadence';
import type { Relationship } from './model';

export type UpcomingGroupId = 'overdue' | 'due' | 'scheduled' | 'later';

/** The groups in display order. */
export const UPCOMING_GROUPS: ReadonlyArray<{ id: UpcomingGroupId; label: string }> = [
  { id: 'overdue', label: 'Overdue' },
  { id: 'due', label: 'Due this week' },
  { id: 'scheduled', label: 'Scheduled' },
  { id: 'later', label: 'Later' },
];

/** The group of a status: people who are away are listed under Later (with the date they are back). */
export function upcomingGroupOf(status: UpcomingStatus): UpcomingGroupId {
  return status === 'away' ? 'later' : status;
}

/** The entries of each non-empty group, in display order. */
export function groupUpcoming<T extends { status: UpcomingStatus }>(entries: readonly T[]): Array<{ id: UpcomingGroupId; label: string; entries: T[] }> {
  return UPCOMING_GROUPS
    .map((g) => ({ ...g, entries: entries.filter((e) => upcomingGroupOf(e.status) === g.id) }))
    .filter((g) => g.entries.length > 0);
}

const RELATIONSHIP_PHRASES: Readonly<Record<Relationship, string>> = {
  direct: 'direct report', skip: 'skip-level', peer: 'peer', manager: 'my manager', self: 'me', other: '',
};

/** A relationship as a phrase about the person ("direct report", "my manager"); empty for `other`. */
export function relationshipPhrase(relationship: Relationship): string {
  return RELATIONSHIP_PHRASES[relationship] ?? '';
}

/** A relationship as a label ("direct", "skip-level", "peer"…); `other` stays `other`. */
export function relationshipLabel(relationship: Relationship): string {
  return relationship === 'skip' ? 'skip-level' : relationship;
}
