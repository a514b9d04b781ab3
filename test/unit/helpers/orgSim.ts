/**
 * Generated orgs and simulated years of skip-levels, for the rotation tests and
 * `bench/rotation-sim.ts`. Everything is seeded: the same options give the same org, the same
 * churn and the same picks.
 *
 * An org is me plus a tree of person profiles (`reportsTo`), built into a real `Directory`, so
 * the rotation sees exactly what it sees in a journal. A simulation runs week by week: churn
 * first (people join, leave, go away), then a strategy picks `perWeek` people and each pick is
 * met that week (a skip-level note dated that week, the k-th pick on the week's k-th day). The
 * metrics are computed here, independently of the rotation's own bookkeeping.
 */
import { isAway } from '../../../src/core/away';
import { addDays } from '../../../src/core/dates';
import type { IsoDate, Meeting, Person, PersonProfile } from '../../../src/core/model';
import { buildDirectory, type Directory } from '../../../src/core/people';
import { seededRandom } from '../../../bench/random';

export { seededRandom };


const FIRST = ['Ada', 'Ben', 'Cleo', 'Dev', 'Edda', 'Femi', 'Gus', 'Hana', 'Ivo', 'Jade', 'Kofi', 'Lina', 'Milo', 'Nia', 'Omar', 'Pia', 'Quin', 'Rosa', 'Sven', 'Tara', 'Uma', 'Vik', 'Wren', 'Xia', 'Yusuf', 'Zoe'];
const LAST = ['Abe', 'Berg', 'Cruz', 'Dahl', 'Eze', 'Fox', 'Gill', 'Holt', 'Ito', 'Jung', 'Kerr', 'Lund', 'Moss', 'Noor', 'Okoro', 'Park', 'Quade', 'Ruiz', 'Sato', 'Toth', 'Ueda', 'Vega', 'Wolf', 'Yilmaz', 'Zhou'];

export interface OrgOptions {
  /** People in the org, me included. */
  size: number;
  /** Deepest level below me (2–5). */
  maxDepth: number;
  seed: number;
}

export interface SimOrg {
  me: string;
  /** name → profile; profiles are replaced (never mutated) on change. */
  profiles: Map<string, PersonProfile>;
  /** Names not used yet, in a seeded random order (names carry no hint of branch or depth). */
  spareNames: string[];
  random: () => number;
}

const MAX_REPORTS = 8;

function makeProfile(name: string, reportsTo: string | undefined, extra: Partial<PersonProfile> = {}): PersonProfile {
  return { uri: `people/${name.toLowerCase().replace(/\s+/g, '-')}.md`, name, aliases: [], active: true, ...(reportsTo ? { reportsTo } : {}), ...extra };
}

/** Depth of each active person below me. */
export function depths(org: SimOrg): Map<string, number> {
  const result = new Map<string, number>();
  const depthOf = (name: string): number => {
    if (name === org.me) return 0;
    const known = result.get(name);
    if (known !== undefined) return known;
    const manager = org.profiles.get(name)?.reportsTo;
    const d = manager ? depthOf(manager) + 1 : 0;
    result.set(name, d);
    return d;
  };
  for (const name of org.profiles.keys()) depthOf(name);
  return result;
}

function reportCounts(org: SimOrg): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of org.profiles.values()) if (p.active && p.reportsTo) counts.set(p.reportsTo, (counts.get(p.reportsTo) ?? 0) + 1);
  return counts;
}

/** A random active manager for a new person at depth ≤ maxDepth, with room for one more report. */
function pickManager(org: SimOrg, maxDepth: number, minDepth = 0): string {
  const d = depths(org);
  const counts = reportCounts(org);
  const managers = [...org.profiles.values()]
    .filter((p) => p.active && (d.get(p.name) ?? 0) < maxDepth && (d.get(p.name) ?? 0) >= minDepth && (counts.get(p.name) ?? 0) < MAX_REPORTS)
    .map((p) => p.name)
    .sort();
  if (managers.length === 0) return org.me;
  return managers[Math.floor(org.random() * managers.length)];
}

export function generateOrg(options: OrgOptions): SimOrg {
  const random = seededRandom(options.seed);
  const names: string[] = [];
  for (const last of LAST) for (const first of FIRST) names.push(`${first} ${last}`);
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [names[i], names[j]] = [names[j], names[i]];
  }
  const me = names.pop()!;
  const org: SimOrg = { me, profiles: new Map([[me, makeProfile(me, undefined, { relationship: 'self' })]]), spareNames: names, random };
  const directs = Math.max(3, Math.min(7, Math.round(options.size / 9)));
  const add = (manager: string): string => {
    const name = org.spareNames.pop()!;
    org.profiles.set(name, makeProfile(name, manager));
    return name;
  };
  const heads = Array.from({ length: directs }, () => add(me));
  // One chain to the deepest level, so every depth 2..maxDepth exists.
  let chain = heads[0];
  for (let depth = 2; depth <= options.maxDepth; depth++) chain = add(chain);
  while (org.profiles.size < options.size) add(pickManager(org, options.maxDepth, 1));
  return org;
}

export function directoryOf(org: SimOrg): Directory {
  return buildDirectory({ profiles: [...org.profiles.values()], notes: [] });
}

export interface Churn {
  /** Expected joins, departures and leaves of absence per person per year. */
  joinRate: number;
  leaveRate: number;
  awayRate: number;
  /**
   * Whether someone can take a second leave of absence: it is added to the profile's `away`
   * list, beside the first.
   */
  repeatLeaves: boolean;
}

export const STABLE: Churn = { joinRate: 0, leaveRate: 0, awayRate: 0, repeatLeaves: false };
/** About 15 % joining, 12 % leaving and 25 % taking a leave of 2–12 weeks per year; one leave each. */
export const CHURN: Churn = { joinRate: 0.15, leaveRate: 0.12, awayRate: 0.25, repeatLeaves: false };
/** The same churn, where people also take second leaves (both stay in `away`). */
export const CHURN_REPEAT_LEAVES: Churn = { ...CHURN, repeatLeaves: true };

/** Applies one week of churn on `date`: joins, departures (a manager's reports move up), leaves of absence. */
export function applyChurn(org: SimOrg, churn: Churn, date: IsoDate, maxDepth: number): void {
  const weekly = (rate: number): number => {
    const active = [...org.profiles.values()].filter((p) => p.active).length;
    const expected = (rate * active) / 52;
    let n = Math.floor(expected);
    if (org.random() < expected - n) n++;
    return n;
  };
  const d = depths(org);
  const belowMe = (minDepth: number): PersonProfile[] =>
    [...org.profiles.values()].filter((p) => p.active && (d.get(p.name) ?? 0) >= minDepth).sort((a, b) => (a.name < b.name ? -1 : 1));
  const choose = <T>(list: T[]): T | undefined => (list.length ? list[Math.floor(org.random() * list.length)] : undefined);

  for (let i = weekly(churn.leaveRate); i > 0; i--) {
    const leaver = choose(belowMe(2));
    if (!leaver) break;
    org.profiles.set(leaver.name, { ...leaver, active: false });
    for (const p of [...org.profiles.values()]) {
      if (p.active && p.reportsTo === leaver.name) org.profiles.set(p.name, { ...p, reportsTo: leaver.reportsTo! });
    }
  }
  for (let i = weekly(churn.joinRate); i > 0 && org.spareNames.length > 0; i--) {
    const name = org.spareNames.pop()!;
    org.profiles.set(name, makeProfile(name, pickManager(org, maxDepth, 1)));
  }
  for (let i = weekly(churn.awayRate); i > 0; i--) {
    const person = choose(belowMe(2).filter((p) => !p.away || (churn.repeatLeaves && p.away[p.away.length - 1].to < date)));
    if (!person) break;
    const weeks = 2 + Math.floor(org.random() * 11);
    org.profiles.set(person.name, { ...person, away: [...(person.away ?? []), { from: date, to: addDays(date, 7 * weeks - 1) }] });
  }
}

/** A ranking strategy: who to meet this week, in order. */
export type Strategy = (directory: Directory, meetings: readonly Meeting[], today: IsoDate, count: number) => string[];

/** The naive ranking: longest since the last skip-level (never met first), ties by name. */
export const naiveStrategy: Strategy = (directory, meetings, today, count) => {
  const last = new Map<string, IsoDate>();
  const scheduled = new Set<string>();
  for (const m of meetings) {
    if (m.type !== 'skip-level' || !m.note.date) continue;
    if (m.note.date > today) scheduled.add(m.person);
    else if ((last.get(m.person) ?? '') < m.note.date) last.set(m.person, m.note.date);
  }
  return eligiblePeople(directory, today)
    .filter((p) => !scheduled.has(p.name))
    .sort((a, b) => (last.get(a.name) ?? '').localeCompare(last.get(b.name) ?? '') || a.name.localeCompare(b.name, 'en'))
    .slice(0, count)
    .map((p) => p.name);
};

/** Who may be suggested on `date`: depth ≥ 2, a skip relationship, active, not away. */
export function eligiblePeople(directory: Directory, date: IsoDate): Person[] {
  return directory.people.filter((p) => (p.depth ?? 0) >= 2 && p.relationship === 'skip' && p.active
    && !isAway(p, date));
}

export function skipLevel(person: string, date: IsoDate): Meeting {
  return {
    note: { uri: `1on1s/${person}/${date}.md`, personName: person, explicitType: 'skip-level', date, tags: [], bodyStartLine: 6, keyLines: {} },
    person,
    type: 'skip-level',
    confidential: true,
  };
}

export interface SimOptions {
  org: OrgOptions;
  churn: Churn;
  weeks: number;
  perWeek: number;
  start: IsoDate;
}

/** One pick: who, when, and what the org looked like then. */
export interface Pick {
  week: number;
  date: IsoDate;
  person: string;
  branch: string;
  depth: number;
  /** Everyone eligible when the pick was made, with their branch. */
  eligible: Map<string, string>;
}

export interface SimResult {
  picks: Pick[];
  /** Eligible people at the end of each week. */
  eligibleCounts: number[];
  /** Depth ≥ 3 people present (active) during each simulated year, by year index. */
  deepPresent: Array<Set<string>>;
}

/** The name of the direct report whose subtree `person` is in. */
export function branchOf(directory: Directory, person: Person): string {
  let p: Person | undefined = person;
  while (p && p.depth !== 1) p = p.managerName ? directory.resolve(p.managerName) : undefined;
  return p?.name ?? '?';
}

export function simulate(options: SimOptions, strategy: Strategy): SimResult {
  const org = generateOrg(options.org);
  const meetings: Meeting[] = [];
  const picks: Pick[] = [];
  const eligibleCounts: number[] = [];
  const deepPresent: Array<Set<string>> = [];
  for (let week = 0; week < options.weeks; week++) {
    const date = addDays(options.start, 7 * week);
    if (week > 0) applyChurn(org, options.churn, date, options.org.maxDepth);
    const directory = directoryOf(org);
    const year = Math.floor(week / 52);
    const deep = (deepPresent[year] ??= new Set());
    for (const p of directory.people) if (p.active && (p.depth ?? 0) >= 3) deep.add(p.name);
    const eligible = new Map(eligiblePeople(directory, date).map((p) => [p.name, branchOf(directory, p)]));
    eligibleCounts.push(eligible.size);
    const chosen = strategy(directory, meetings, date, options.perWeek);
    chosen.forEach((name, k) => {
      const person = directory.resolve(name)!;
      const day = addDays(date, k);
      picks.push({ week, date: day, person: name, branch: branchOf(directory, person), depth: person.depth!, eligible });
      meetings.push(skipLevel(name, day));
    });
  }
  return { picks, eligibleCounts, deepPresent };
}

export interface SimMetrics {
  picks: number;
  /** Picks of someone already met in the current round while someone eligible was not. */
  coverageViolations: number;
  /** Longest gap, in weeks, between two skip-levels with the same person. */
  longestGap: number;
  /**
   * Longest wait, in weeks, of anyone: the gaps above, plus the wait for a first skip-level (from
   * the first week someone was eligible) and the wait still open at the end of the simulation.
   */
  longestWait: number;
  /** Consecutive picks from the same branch although someone the higher rules allow was in another. */
  avoidableSameBranch: number;
  /** All consecutive same-branch picks. */
  sameBranch: number;
  /** Longest run of consecutive picks from one branch. */
  longestBranchRun: number;
  /** Per simulated year: share of the depth ≥ 3 people present that year who were met that year. */
  deepShareByYear: number[];
}

/**
 * The figures of a simulation, from the picks alone. A round starts empty; a pick of someone
 * already met in the round while an eligible person is not is a coverage violation; the round
 * closes once everyone eligible at that moment has been met in it.
 */
export function measure(result: SimResult): SimMetrics {
  let violations = 0;
  let avoidable = 0;
  let same = 0;
  let run = 1;
  let longestRun = result.picks.length ? 1 : 0;
  let longestGap = 0;
  const lastWeek = new Map<string, number>();
  const everMet = new Set<string>();
  const firstEligible = new Map<string, number>();
  const lastEligible = new Map<string, number>();
  let round = new Set<string>();
  result.picks.forEach((pick, i) => {
    const eligible = [...pick.eligible.keys()];
    for (const name of eligible) {
      if (!firstEligible.has(name)) firstEligible.set(name, pick.week);
      lastEligible.set(name, pick.week);
    }
    if (eligible.every((name) => round.has(name))) round = new Set();
    // The people the higher rules allow: never met, else not met this round, else everyone.
    const neverMet = eligible.filter((name) => !everMet.has(name));
    const unmet = eligible.filter((name) => !round.has(name));
    const allowed = neverMet.length ? neverMet : unmet.length ? unmet : eligible;
    if (round.has(pick.person) && unmet.length > 0) violations++;
    const prev = result.picks[i - 1];
    if (prev && prev.branch === pick.branch) {
      same++;
      run++;
      if (allowed.some((name) => pick.eligible.get(name) !== pick.branch)) avoidable++;
    } else {
      run = 1;
    }
    longestRun = Math.max(longestRun, run);
    const last = lastWeek.get(pick.person);
    if (last !== undefined) longestGap = Math.max(longestGap, pick.week - last);
    lastWeek.set(pick.person, pick.week);
    everMet.add(pick.person);
    round.add(pick.person);
    if (eligible.every((name) => round.has(name))) round = new Set();
  });
  const end = result.eligibleCounts.length;
  let longestWait = longestGap;
  for (const [name, week] of firstEligible) {
    const first = result.picks.find((p) => p.person === name);
    longestWait = Math.max(longestWait, (first?.week ?? (lastEligible.get(name) ?? end - 1) + 1) - week);
  }
  const stillThere = new Set(result.picks.length ? result.picks[result.picks.length - 1].eligible.keys() : []);
  for (const [name, week] of lastWeek) if (stillThere.has(name)) longestWait = Math.max(longestWait, end - week);
  const deepShareByYear = result.deepPresent.map((present, year) => {
    const met = new Set(result.picks.filter((p) => Math.floor(p.week / 52) === year && p.depth >= 3).map((p) => p.person));
    return present.size ? [...met].filter((n) => present.has(n)).length / present.size : 1;
  });
  return { picks: result.picks.length, coverageViolations: violations, longestGap, longestWait, avoidableSameBranch: avoidable, sameBranch: same, longestBranchRun: longestRun, deepShareByYear };
}
