/**
 * The org chart and the past as the rotation sees them: who is two or more levels below me, in
 * which branch, and the skip-levels already held or written for a future date.
 */
import { compareDates } from '../dates';
import type { IsoDate, Meeting, Person } from '../model';
import type { Directory } from '../people';

/** Someone at depth ≥ 2, with their branch (the direct report above them) and manager. */
export interface Member {
  person: Person;
  name: string;
  depth: number;
  branch: Person;
  manager?: Person;
}

/** The org chart from my point of view: everyone at depth ≥ 2 and how each branch is named. */
export interface Org {
  me?: Person;
  hasChart: boolean;
  /** Everyone at depth ≥ 2, by canonical name. */
  members: Map<string, Member>;
  branchLabels: Map<string, string>;
}

/**
 * The direct report whose subtree `person` is in (a direct report is their own branch);
 * undefined for anyone not below me.
 */
export function branchOf(directory: Directory, person: Person): Person | undefined {
  if (person.depth === undefined) return undefined;
  let branch: Person | undefined = person;
  // Walk up to the direct report; depth is defined, so the chain reaches me.
  for (let steps = 0; branch && branch.depth !== 1 && steps < person.depth; steps++) {
    branch = branch.managerName ? directory.resolve(branch.managerName) : undefined;
  }
  return branch?.depth === 1 ? branch : undefined;
}

/** The rotation's view of the directory: empty when nobody is `me`. */
export function buildOrg(directory: Directory): Org {
  const members = new Map<string, Member>();
  const hasChart = directory.people.some((p) => p.managerName !== undefined);
  const me = directory.me;
  const branchHeads = new Set<Person>();
  if (me) {
    for (const person of directory.people) {
      if (person.depth === undefined || person.depth < 2) continue;
      const branch = branchOf(directory, person);
      if (!branch) continue;
      branchHeads.add(branch);
      const manager = person.managerName ? directory.resolve(person.managerName) : undefined;
      members.set(person.name, { person, name: person.name, depth: person.depth, branch, ...(manager ? { manager } : {}) });
    }
  }
  // A branch is named by its head's team; two heads with the same team get their names added.
  const labels = new Map<string, string>();
  const count = new Map<string, number>();
  for (const head of branchHeads) {
    const team = head.profile?.team;
    if (team) count.set(team, (count.get(team) ?? 0) + 1);
  }
  for (const head of branchHeads) {
    const team = head.profile?.team;
    labels.set(head.name, !team ? head.name : (count.get(team) ?? 0) > 1 ? `${team} (${head.name})` : team);
  }
  return { ...(me ? { me } : {}), hasChart, members, branchLabels: labels };
}

/** One past skip-level, in the order the rotation replays them. */
export interface SkipEvent {
  name: string;
  date: IsoDate;
}

/** Past skip-levels with people at depth ≥ 2, oldest first; one per person and date. */
export function pastEvents(org: Org, meetings: readonly Meeting[], today: IsoDate): SkipEvent[] {
  const seen = new Set<string>();
  const events: SkipEvent[] = [];
  for (const m of meetings) {
    const date = m.note.date;
    if (m.type !== 'skip-level' || !date || date > today || !org.members.has(m.person)) continue;
    const key = `${date}\u0000${m.person}`;
    if (seen.has(key)) continue; // an agenda and its notes on the same day are one meeting
    seen.add(key);
    events.push({ name: m.person, date });
  }
  return events.sort((a, b) => compareDates(a.date, b.date) || compareNames(a.name, b.name));
}

/** Future-dated skip-level notes with people at depth ≥ 2: earliest per person. */
export function scheduledSkipLevels(org: Org, meetings: readonly Meeting[], today: IsoDate): Map<string, Meeting> {
  const result = new Map<string, Meeting>();
  for (const m of meetings) {
    const date = m.note.date;
    if (m.type !== 'skip-level' || !date || date <= today || !org.members.has(m.person)) continue;
    const seen = result.get(m.person);
    if (!seen || date < seen.note.date! || (date === seen.note.date && m.note.uri < seen.note.uri)) result.set(m.person, m);
  }
  return result;
}

/** Names in a fixed order, the same in every locale: the last tie-break. */
export function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'en') || (a < b ? -1 : a > b ? 1 : 0);
}
