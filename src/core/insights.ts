/**
 * Everything the dashboard shows (docs/FORMAT.md#views-and-commands), from one pure module behind the webview and
 * `oneonone insights` (docs/FORMAT.md#outside-vs-code): the weeks, the heatmap, skip-level coverage, follow-up aging,
 * status-meeting drift and the "This week" strip. `today` is passed in; dates are calendar dates.
 *
 * The parts live in `insights/`: `weeks.ts` (heatmap), `coverage.ts`, `aging.ts`,
 * `noteContent.ts` (the "mostly status" rule), `drift.ts`, `strip.ts` (This week).
 */
import type { WeekMode } from './thisWeek';
import type { FollowUp, IsoDate, Meeting } from './model';
import type { Directory } from './people';
import { AGE_BUCKETS, followUpAging, type AgeBucket, type Aging } from './insights/aging';
import { coverageCounts, skipLevelCoverage, type Coverage, type CoverageCounts, type CoverageGroup } from './insights/coverage';
import { statusDrift, type DriftFlag } from './insights/drift';
import type { NoteContent } from './insights/noteContent';
import { thisWeek, type ThisWeek } from './insights/strip';
import { heatmap, weeksEndingAt, type HeatmapRow } from './insights/weeks';

export { AGE_BUCKETS, ageBucket, type AgeBucket, type Aging } from './insights/aging';
export { COVERAGE_WINDOW_DAYS, coverageCounts, type Coverage, type CoverageCounts, type CoverageGroup } from './insights/coverage';
export { DRIFT_STREAK, driftReads, driftReason, readDriftContents, type DriftFlag } from './insights/drift';
export { isMostlyStatus, isStatusNote, noteContent, STATUS_MARKERS, type NoteContent } from './insights/noteContent';
export { coolOffEndsBetween, isFollowUpDue, type ThisWeek } from './insights/strip';
export { weeksEndingAt, type HeatmapRow } from './insights/weeks';

/** The default number of weeks (`oneOnOne.dashboard.weeks`). */
export const DEFAULT_INSIGHT_WEEKS = 12;

export interface InsightsInput {
  directory: Directory;
  meetings: readonly Meeting[];
  /** The open follow-ups (done ones are ignored). */
  followUps: readonly FollowUp[];
  today: IsoDate;
  /** How many weeks the heatmap shows. */
  weeks: number;
  weekMode: WeekMode;
  /** A note's content, when the host has read it (see `driftReads`); unknown notes end a drift streak. */
  contentOf: (uri: string) => NoteContent | undefined;
}

export interface Insights {
  today: IsoDate;
  /** Mondays, oldest first; the last is today's week. */
  weeks: IsoDate[];
  people: HeatmapRow[];
  coverage: Coverage;
  aging: Aging;
  drift: DriftFlag[];
  thisWeek: ThisWeek;
}

export function computeInsights(input: InsightsInput): Insights {
  const { directory, meetings, today } = input;
  const open = input.followUps.filter((f) => !f.done);
  const weeks = weeksEndingAt(today, input.weeks);
  return {
    today,
    weeks,
    people: heatmap(directory, meetings, today, weeks),
    coverage: skipLevelCoverage(directory, meetings, today),
    aging: followUpAging(open, today),
    drift: statusDrift(directory, meetings, today, input.contentOf),
    thisWeek: thisWeek(directory, meetings, open, today, input.weekMode),
  };
}

/** The JSON contract of `oneonone insights --json` (issue 17). */
export interface InsightsJson {
  weeks: IsoDate[];
  people: Array<{ person: string; relationship: string; counts: number[]; overdueWeeks: number[] }>;
  coverage: CoverageCounts & {
    share: number | null;
    byBranch: Array<CoverageGroup & { branch: string }>;
    byDepth: Array<CoverageGroup & { depth: number }>;
    neverMet: string[];
  };
  aging: { mine: Record<AgeBucket, number>; theirs: Record<AgeBucket, number> };
  drift: Array<{ person: string; files: string[] }>;
  thisWeek: { due: string[]; followUpsDue: number; coolOffsEnding: number; skipLevel: string | null };
}

/** Plain JSON of the insights; `fileOf` turns a note's URI into the path to print. */
export function insightsJson(insights: Insights, fileOf: (uri: string) => string): InsightsJson {
  const counts = (buckets: Aging['mine']): Record<AgeBucket, number> =>
    Object.fromEntries(AGE_BUCKETS.map((b) => [b, buckets[b].length])) as Record<AgeBucket, number>;
  const c = insights.coverage;
  return {
    weeks: insights.weeks,
    people: insights.people.map((r) => ({ person: r.person.name, relationship: r.relationship, counts: r.counts, overdueWeeks: r.overdueWeeks })),
    coverage: {
      ...coverageCounts(c),
      share: c.share === null ? null : Math.round(c.share * 1000) / 1000,
      byBranch: c.byBranch.map((b) => ({ branch: b.branch.name, eligible: b.eligible, met: b.met })),
      byDepth: c.byDepth.map((d) => ({ depth: d.depth, eligible: d.eligible, met: d.met })),
      neverMet: c.neverMet.map((p) => p.name),
    },
    aging: { mine: counts(insights.aging.mine), theirs: counts(insights.aging.theirs) },
    drift: insights.drift.map((d) => ({ person: d.person.name, files: d.notes.map((n) => fileOf(n.uri)) })),
    thisWeek: {
      due: insights.thisWeek.due.map((e) => e.person.name),
      followUpsDue: insights.thisWeek.followUpsDue.length,
      coolOffsEnding: insights.thisWeek.coolOffsEnding.length,
      skipLevel: insights.thisWeek.skipLevel?.person.name ?? null,
    },
  };
}
