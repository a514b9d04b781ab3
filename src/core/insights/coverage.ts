/**
 * Skip-level coverage: the share of people two or more levels below me met at a skip-level in
 * the last 90 days, by branch (a direct report's subtree) and by depth, and who was never met.
 */
import { daysBetween } from '../dates';
import type { IsoDate, Meeting, Person } from '../model';
import type { Directory } from '../people';
import { branchOf } from '../rotation';

export const COVERAGE_WINDOW_DAYS = 90;

export interface CoverageGroup {
  eligible: number;
  met: number;
}

export interface Coverage {
  windowDays: number;
  eligible: number;
  met: number;
  /** met / eligible; null when nobody is eligible. */
  share: number | null;
  /** By the direct report heading each subtree, in name order. */
  byBranch: Array<CoverageGroup & { branch: Person }>;
  /** By depth below me (2, 3, …), shallowest first. */
  byDepth: Array<CoverageGroup & { depth: number }>;
  /** Eligible people with no skip-level note dated on or before today, in name order. */
  neverMet: Person[];
  /** Eligible people met in the window, in name order (the UI lists them). */
  metPeople: Person[];
}

/** The totals of a coverage, as every report of it (the CLI's JSON, the dashboard) gives them. */
export type CoverageCounts = Pick<Coverage, 'windowDays' | 'eligible' | 'met'>;

export function coverageCounts(c: Coverage): CoverageCounts {
  return { windowDays: c.windowDays, eligible: c.eligible, met: c.met };
}

/** Whether a meeting on `date` counts as "in the last 90 days": 0–89 days before today. */
export function inCoverageWindow(date: IsoDate, today: IsoDate): boolean {
  const days = daysBetween(date, today);
  return days >= 0 && days < COVERAGE_WINDOW_DAYS;
}

/**
 * Eligible: active people at depth ≥ 2 below me (someone away still counts: they are part of
 * the org; inactive people do not). Met: a skip-level note with them dated in the window.
 */
export function skipLevelCoverage(directory: Directory, meetings: readonly Meeting[], today: IsoDate): Coverage {
  const eligible = directory.people.filter((p) => p.active && p.depth !== undefined && p.depth >= 2)
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const everMet = new Set<Person>();
  const metRecently = new Set<Person>();
  for (const m of meetings) {
    const date = m.note.date;
    if (m.type !== 'skip-level' || !date || date > today) continue;
    const person = directory.resolve(m.person);
    if (!person) continue;
    everMet.add(person);
    if (inCoverageWindow(date, today)) metRecently.add(person);
  }
  const branches = new Map<Person, CoverageGroup>();
  const depths = new Map<number, CoverageGroup>();
  const add = <K>(map: Map<K, CoverageGroup>, key: K, met: boolean): void => {
    const g = map.get(key) ?? { eligible: 0, met: 0 };
    g.eligible++;
    if (met) g.met++;
    map.set(key, g);
  };
  for (const person of eligible) {
    const met = metRecently.has(person);
    const branch = branchOf(directory, person);
    if (branch) add(branches, branch, met);
    add(depths, person.depth!, met);
  }
  const metPeople = eligible.filter((p) => metRecently.has(p));
  return {
    windowDays: COVERAGE_WINDOW_DAYS,
    eligible: eligible.length,
    met: metPeople.length,
    share: eligible.length === 0 ? null : metPeople.length / eligible.length,
    byBranch: [...branches].map(([branch, g]) => ({ branch, ...g })).sort((a, b) => a.branch.name.localeCompare(b.branch.name, 'en')),
    byDepth: [...depths].map(([depth, g]) => ({ depth, ...g })).sort((a, b) => a.depth - b.depth),
    neverMet: eligible.filter((p) => !everMet.has(p)),
    metPeople,
  };
}
