/**
 * What the dashboard webview is given: the insights turned into labels, counts and opaque link
 * tokens, with every name through the privacy layer's `name` and, in privacy mode, nothing but
 * initials and counts (no dates next to a person, no reasons naming anyone, no paths).
 * No `vscode` import: the unit tests check privacy mode on it in Node.
 */
import { shortDate } from '../../core/format';
import { AGE_BUCKETS, coverageCounts, driftReason, type AgeBucket, type CoverageCounts, type CoverageGroup, type Insights } from '../../core/insights';
import type { FollowUp, IsoDate } from '../../core/model';
import { moodTrend, moodWord } from '../../core/mood';

/** A link the webview may ask to follow: a token the host resolves, never a path or a URI. */
export type LinkToken = string;

export interface DashboardModel {
  privacy: boolean;
  today: string;
  weeks: Array<{ label: string; long: string }>;
  thisWeek: {
    due: Array<{ label: string; overdue: boolean; link: LinkToken }>;
    followUpsDue: number;
    coolOffsEnding: number;
    skipLevel: { label: string; why: string; link: LinkToken } | null;
  };
  heatmap: Array<{
    label: string;
    relationship: string;
    /** Opens the person's latest note in the window, when there is one. */
    link?: LinkToken;
    cells: Array<{ count: number; overdue: boolean; link?: LinkToken }>;
    /** The mood trend over the window's notes (oldest first); null when none, or in privacy mode. */
    mood: { values: number[]; word: string; direction: string; label: string } | null;
  }>;
  /** Whether the heatmap has a Mood column: someone has a mood in the window, and privacy mode is off. */
  moodColumn: boolean;
  coverage: CoverageCounts & {
    percent: number | null;
    byBranch: Array<CoverageGroup & { label: string }>;
    byDepth: Array<CoverageGroup & { label: string }>;
    neverMet: Array<{ label: string; link: LinkToken }>;
  };
  aging: {
    buckets: readonly AgeBucket[];
    mine: Array<{ count: number; link?: LinkToken }>;
    theirs: Array<{ count: number; link?: LinkToken }>;
  };
  drift: Array<{ label: string; why: string; notes: Array<{ label: string; link: LinkToken }> }>;
  /** True when the journal has no notes and no people yet. */
  empty: boolean;
}

/** What a link token stands for, kept on the host side. */
export type LinkTarget =
  | { kind: 'note'; uri: string }
  | { kind: 'newNote'; person: string }
  | { kind: 'suggestSkipLevel' }
  | { kind: 'followUps'; title: string; items: FollowUp[] };

export interface ModelOptions {
  /** Privacy mode: initials and counts only. */
  privacy: boolean;
  /** The privacy layer's name: initials in privacy mode. */
  name: (name: string) => string;
}

/** Builds the model and the table its tokens resolve through (tokens are fresh for each build). */
export function buildDashboardModel(insights: Insights, options: ModelOptions, empty = false): { model: DashboardModel; links: Map<LinkToken, LinkTarget> } {
  const links = new Map<LinkToken, LinkTarget>();
  const link = (target: LinkTarget): LinkToken => {
    const token = `l${links.size}`;
    links.set(token, target);
    return token;
  };
  const { privacy, name } = options;
  const today = insights.today;
  const day = (date: IsoDate): string => shortDate(date, today);
  const c = insights.coverage;
  const tw = insights.thisWeek;

  const agingRow = (owner: 'mine' | 'theirs') => AGE_BUCKETS.map((bucket) => {
    const items = insights.aging[owner][bucket];
    const title = `${owner === 'mine' ? 'My' : 'Their'} open follow-ups from notes ${bucket === '>90' ? 'over 90' : bucket} days old`;
    return { count: items.length, ...(items.length > 0 ? { link: link({ kind: 'followUps', title, items }) } : {}) };
  });

  const model: DashboardModel = {
    privacy,
    today: day(today),
    weeks: insights.weeks.map((monday) => ({ label: day(monday), long: `week of ${day(monday)}` })),
    thisWeek: {
      due: tw.due.map((e) => ({ label: name(e.person.name), overdue: e.status === 'overdue', link: link({ kind: 'newNote', person: e.person.name }) })),
      followUpsDue: tw.followUpsDue.length,
      coolOffsEnding: tw.coolOffsEnding.length,
      skipLevel: tw.skipLevel
        ? {
          label: name(tw.skipLevel.person.name),
          // The reasons name managers and teams: hidden in privacy mode.
          why: privacy ? `level ${tw.skipLevel.depth}` : tw.skipLevel.reasons.join(' · '),
          link: link({ kind: 'suggestSkipLevel' }),
        }
        : null,
    },
    heatmap: insights.people.map((row) => {
      const latest = [...row.notes].reverse().find((n) => n.length > 0)?.[0];
      // Mood is confidential like the notes it comes from: nothing of it in privacy mode.
      const trend = privacy ? undefined : moodTrend(row.moods, 4);
      return {
        label: name(row.person.name),
        relationship: row.relationship,
        ...(latest ? { link: link({ kind: 'note', uri: latest }) } : {}),
        cells: row.counts.map((count, i) => ({
          count,
          overdue: row.overdueWeeks.includes(i),
          ...(row.notes[i].length > 0 ? { link: link({ kind: 'note', uri: row.notes[i][0] }) } : {}),
        })),
        mood: trend
          ? { values: trend.points.map((p) => p.value), word: moodWord(trend.latest.value), direction: trend.direction, label: `${name(row.person.name)}, mood over the last ${trend.points.length === 1 ? 'note' : `${trend.points.length} notes`}: ${trend.summary}` }
          : null,
      };
    }),
    moodColumn: !privacy && insights.people.some((r) => r.moods.length > 0),
    coverage: {
      ...coverageCounts(c),
      percent: c.share === null ? null : Math.round(c.share * 100),
      byBranch: c.byBranch.map((b) => ({
        label: privacy ? name(b.branch.name) : `${b.branch.name}${b.branch.profile?.team ? ` (${b.branch.profile.team})` : ''}`,
        met: b.met, eligible: b.eligible,
      })),
      byDepth: c.byDepth.map((d) => ({ label: `${d.depth} levels down`, met: d.met, eligible: d.eligible })),
      neverMet: c.neverMet.map((p) => ({ label: name(p.name), link: link({ kind: 'newNote', person: p.name }) })),
    },
    aging: { buckets: AGE_BUCKETS, mine: agingRow('mine'), theirs: agingRow('theirs') },
    drift: insights.drift.map((flag) => ({
      label: name(flag.person.name),
      why: driftReason(flag),
      notes: flag.notes.map((n, i) => ({ label: privacy ? `note ${i + 1}` : day(n.date), link: link({ kind: 'note', uri: n.uri }) })),
    })),
    empty,
  };
  return { model, links };
}
