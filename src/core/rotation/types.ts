/** What the skip-level rotation answers (the rules are in `index.ts`). */
import type { IsoDate, Person } from '../model';
import type { WeekMode } from '../thisWeek';

/** One person the rotation suggests, in rank order. */
export interface SkipLevelSuggestion {
  person: Person;
  /** Levels below me (2 = a report of one of my direct reports). */
  depth: number;
  /** The direct report whose subtree the person is in. */
  branch: Person;
  /** The branch's name in reasons: the direct report's team, else their name. */
  branchLabel: string;
  /** Date of the latest past skip-level with the person. */
  lastSkipLevel?: IsoDate;
  /** Skip-levels with the person in the current round (0 = still to meet this round). */
  metThisRound: number;
  /** `never met` / `last skip-level Oct 8 (6 weeks ago)`, `reports to …`, `… last visited …`. */
  reasons: string[];
}

/** A peer whose 3–5 week window has passed (or who was never met). */
export interface PeerSuggestion {
  person: Person;
  lastMet?: IsoDate;
  reasons: string[];
}

/** Why the rotation has nobody to suggest. */
export type RotationNeed =
  /** No person profile is marked `relationship: self` and `oneOnOne.me` names nobody. */
  | 'me'
  /** No profile has `reportsTo`: there is no org chart to rotate through. */
  | 'org-chart'
  /** The chart has nobody two or more levels below me. */
  | 'skip-levels'
  /** There are skip-levels, but all are inactive, away or already scheduled. */
  | 'eligible';

export interface SkipLevelSuggestions {
  /** Everyone eligible, in rank order (cut to `limit` when one was given). */
  people: SkipLevelSuggestion[];
  /** Peers past their window, never-met first, then longest since last met. */
  peers: PeerSuggestion[];
  /** Set when `people` is empty, to say what is missing. */
  need?: RotationNeed;
  /** How many people at depth ≥ 2 were left out, and why. */
  excluded: { inactive: number; away: number; scheduled: number };
  /** Progress of the current round: eligible people met in it / all eligible. */
  round: { met: number; of: number };
}

export interface PlannedSkipLevel {
  /** The date the plan assumes the meeting happens (the week's first day, or the scheduled note's date). */
  date: IsoDate;
  suggestion: SkipLevelSuggestion;
  /** True for a skip-level note already written for that week. */
  scheduled: boolean;
}

export interface PlannedWeek {
  /** First day of the week: today, today + 7, … */
  weekOf: IsoDate;
  meetings: PlannedSkipLevel[];
}

/** How to ask for a ranking. */
export interface SkipLevelOptions {
  /** `oneOnOne.thisWeek` from the settings (`core/settings.ts`), as Upcoming 1:1s reads it for the peers. */
  weekMode: WeekMode;
  /** Cut the ranking to the first `limit` people. */
  limit?: number;
}
