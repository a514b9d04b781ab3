/**
 * The skip-level rotation (docs/FORMAT.md#skip-level-rotation): who to meet for a skip-level next, with reasons, and a plan
 * for the next weeks. Pure and deterministic: the directory and meetings in, `today` passed in;
 * the order of the input never changes the result.
 *
 * Who is eligible: everyone two or more levels below me in the org chart whose relationship is
 * `skip` (an explicit `relationship` on a profile wins over the chart, as everywhere else), who
 * is active, not away today, and has no skip-level note dated after today.
 *
 * The rules, in order (each one only decides among the people the rules above it leave tied):
 * 1. **Never met first**: nobody with a past skip-level note comes before someone without one.
 * 2. **Rounds** (coverage): the rotation goes in rounds; a round ends when everyone eligible has
 *    had a skip-level in it, and nobody is suggested a second time in a round while someone
 *    eligible has not been met in it. The rounds are replayed from the notes, so nothing is
 *    stored: a round closes at the skip-level that completes it. Someone who joins, or comes back
 *    from leave, holds the round open until they have been met, which puts them first.
 * 3. **Spread across branches** (a branch is the subtree of one of my direct reports): the next
 *    pick avoids the branch of the previous skip-level whenever the rules above allow someone
 *    from another branch.
 * 4. **Longest since the last skip-level** with the person.
 * 5. **Every branch and every depth over time**: the branch, then the depth, with the smallest
 *    share of its people met this round. Branches are drawn down in proportion to their size (so
 *    no small branch runs dry early and leaves a long run of one big branch at the end of a
 *    round), and deeper levels are met in proportion, not only the leads at depth 2.
 * 6. **Name**, so ties always break the same way.
 *
 * Why rule 4 sits below rule 3 and above rule 5: within a round the order is the previous
 * round's order (oldest first) except where a pick would repeat the previous branch, so a person
 * moves at most about one place from round to round and the gap between two skip-levels with
 * the same person stays close to one round (test/unit/rotation.test.ts measures it).
 */
import { isAway } from './away';
import { computeUpcoming, hasPeerWindow } from './cadence';
import { addDays, compareDates } from './dates';
import { cadenceLabel, relativeDay, shortDate } from './format';
import type { IsoDate, Meeting, Person } from './model';
import type { Directory } from './people';

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

// ── The org as the rotation sees it ──────────────────────────────────────────────────────────

interface Member {
  person: Person;
  name: string;
  depth: number;
  branch: Person;
  manager?: Person;
}

interface Org {
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

function buildOrg(directory: Directory): Org {
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
interface SkipEvent {
  name: string;
  date: IsoDate;
}

/** Past skip-levels with people at depth ≥ 2, oldest first; one per person and date. */
function pastEvents(org: Org, meetings: readonly Meeting[], today: IsoDate): SkipEvent[] {
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
function scheduledSkipLevels(org: Org, meetings: readonly Meeting[], today: IsoDate): Map<string, Meeting> {
  const result = new Map<string, Meeting>();
  for (const m of meetings) {
    const date = m.note.date;
    if (m.type !== 'skip-level' || !date || date <= today || !org.members.has(m.person)) continue;
    const seen = result.get(m.person);
    if (!seen || date < seen.note.date! || (date === seen.note.date && m.note.uri < seen.note.uri)) result.set(m.person, m);
  }
  return result;
}

function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'en') || (a < b ? -1 : a > b ? 1 : 0);
}

// ── The replayed state ───────────────────────────────────────────────────────────────────────

/**
 * What the rotation knows after replaying the past skip-levels: per person the last one and the
 * count in the current round, per branch the last visit, and the previous pick's branch.
 * `record` advances it as if one more skip-level happened, which ranking and planning use.
 *
 * A round closes once everyone who was eligible at that moment has been met in it. The journal
 * does not say who was eligible in the past, so the replay infers it: nobody counts while their
 * `away` range covers the date; someone counts from the last repeat skip-level (one with a
 * person met before) that precedes their first one — since "never met first" puts newcomers
 * ahead of any repeat, someone met for the first time after a repeat was not there yet when that
 * repeat happened; and someone inactive now counts until their last skip-level (they were there
 * at least until then). That keeps the replayed rounds in step with the rounds the manager lived
 * through when people join, leave and go away.
 *
 * Every `away` range of a profile counts (a second leave no longer hides the first). What it
 * cannot know: someone who joins just as the very first round ends looks like a member of it,
 * which can shift a round boundary by a person; bench/rotation-sim.ts counts the effect.
 */
class RotationState {
  private seq = 0;
  readonly lastSeq = new Map<string, number>();
  readonly lastDate = new Map<string, IsoDate>();
  readonly roundCount = new Map<string, number>();
  private readonly metInRound = new Set<string>();
  readonly branchDate = new Map<string, IsoDate>();
  prevBranch?: string;
  /** The people a round may have to wait for: skip-levels, active or not. */
  private readonly pool: Member[];
  private readonly inPool: Set<string>;
  /** Candidates per branch and per depth, and how many of them were met this round. */
  private readonly total = new Map<string, number>();
  private readonly met = new Map<string, number>();
  /** Per person, the event numbers after which, and until which, they count for closing a round. */
  private readonly presentAfter = new Map<string, number>();
  private readonly presentUntil = new Map<string, number>();

  /** Replays `events` (oldest first), then closes the round if it is complete on `date`. */
  constructor(private readonly org: Org, private readonly candidates: ReadonlySet<string>, events: readonly SkipEvent[], date: IsoDate) {
    this.pool = [...org.members.values()].filter((m) => m.person.relationship === 'skip');
    this.inPool = new Set(this.pool.map((m) => m.name));
    for (const name of candidates) {
      for (const key of this.keys(org.members.get(name)!)) this.total.set(key, (this.total.get(key) ?? 0) + 1);
    }
    let lastRepeat = 0;
    events.forEach((event, i) => {
      if (this.presentAfter.has(event.name)) lastRepeat = i + 1;
      else this.presentAfter.set(event.name, lastRepeat);
      if (!this.org.members.get(event.name)?.person.active) this.presentUntil.set(event.name, i + 1);
    });
    for (const m of this.pool) {
      if (!this.presentAfter.has(m.name)) this.presentAfter.set(m.name, lastRepeat);
      if (!m.person.active && !this.presentUntil.has(m.name)) this.presentUntil.set(m.name, -1);
    }
    for (const event of events) this.record(event.name, event.date);
    this.closeIfComplete(date, this.seq + 1);
  }

  private keys(member: Member): string[] {
    return [`b:${member.branch.name}`, `d:${member.depth}`];
  }

  record(name: string, date: IsoDate): void {
    const member = this.org.members.get(name);
    if (!member) return;
    this.closeIfComplete(date, this.seq + 1);
    this.seq++;
    this.lastSeq.set(name, this.seq);
    this.lastDate.set(name, date);
    this.branchDate.set(member.branch.name, date);
    this.prevBranch = member.branch.name;
    if (!this.inPool.has(name)) return;
    this.roundCount.set(name, (this.roundCount.get(name) ?? 0) + 1);
    if (!this.metInRound.has(name)) {
      this.metInRound.add(name);
      if (this.candidates.has(name)) for (const key of this.keys(member)) this.met.set(key, (this.met.get(key) ?? 0) + 1);
    }
    this.closeIfComplete(date, this.seq);
  }

  /** Starts a new round when everyone eligible on `date`, at event number `at`, has been met in this one. */
  private closeIfComplete(date: IsoDate, at: number): void {
    if (this.metInRound.size === 0) return;
    for (const m of this.pool) {
      if (this.metInRound.has(m.name) || isAway(m.person, date)) continue;
      if ((this.presentAfter.get(m.name) ?? 0) < at && at <= (this.presentUntil.get(m.name) ?? Infinity)) return;
    }
    this.metInRound.clear();
    this.roundCount.clear();
    this.met.clear();
  }

  get metThisRound(): number {
    let n = 0;
    for (const name of this.metInRound) if (this.candidates.has(name)) n++;
    return n;
  }

  /** Share of the candidates in a branch (`b:`) or at a depth (`d:`) met this round. */
  share(key: string): number {
    return (this.met.get(key) ?? 0) / (this.total.get(key) ?? 1);
  }

  /** Negative when `a` ranks before `b`: rules 1–6 of the module comment. */
  compare(a: Member, b: Member): number {
    const neverA = this.lastSeq.has(a.name) ? 1 : 0;
    const neverB = this.lastSeq.has(b.name) ? 1 : 0;
    if (neverA !== neverB) return neverA - neverB;
    const countA = this.roundCount.get(a.name) ?? 0;
    const countB = this.roundCount.get(b.name) ?? 0;
    if (countA !== countB) return countA - countB;
    const repeatA = a.branch.name === this.prevBranch ? 1 : 0;
    const repeatB = b.branch.name === this.prevBranch ? 1 : 0;
    if (repeatA !== repeatB) return repeatA - repeatB;
    const lastA = this.lastSeq.get(a.name) ?? 0;
    const lastB = this.lastSeq.get(b.name) ?? 0;
    if (lastA !== lastB) return lastA - lastB;
    const branchA = this.share(`b:${a.branch.name}`);
    const branchB = this.share(`b:${b.branch.name}`);
    if (branchA !== branchB) return branchA - branchB;
    const depthA = this.share(`d:${a.depth}`);
    const depthB = this.share(`d:${b.depth}`);
    if (depthA !== depthB) return depthA - depthB;
    return compareNames(a.name, b.name);
  }
}

// ── Ranking ──────────────────────────────────────────────────────────────────────────────────

interface Snapshot {
  org: Org;
  state: RotationState;
  candidates: Member[];
  excluded: SkipLevelSuggestions['excluded'];
  /** People at depth ≥ 2 with relationship skip, in any state. */
  skipLevels: number;
}

function snapshot(org: Org, events: readonly SkipEvent[], scheduled: ReadonlySet<string>, date: IsoDate): Snapshot {
  const excluded = { inactive: 0, away: 0, scheduled: 0 };
  const candidates: Member[] = [];
  let skipLevels = 0;
  for (const member of org.members.values()) {
    if (member.person.relationship !== 'skip') continue;
    skipLevels++;
    if (!member.person.active) excluded.inactive++;
    else if (isAway(member.person, date)) excluded.away++;
    else if (scheduled.has(member.name)) excluded.scheduled++;
    else candidates.push(member);
  }
  const state = new RotationState(org, new Set(candidates.map((c) => c.name)), events, date);
  return { org, state, candidates, excluded, skipLevels };
}

/** Picks up to `limit` people in rank order, advancing `state` as if each were met on `date`. */
function pick(state: RotationState, candidates: readonly Member[], limit: number, date: IsoDate): Member[] {
  const pool = [...candidates];
  const picks: Member[] = [];
  while (picks.length < limit && pool.length > 0) {
    let best = 0;
    for (let i = 1; i < pool.length; i++) if (state.compare(pool[i], pool[best]) < 0) best = i;
    const [chosen] = pool.splice(best, 1);
    picks.push(chosen);
    state.record(chosen.name, date);
  }
  return picks;
}

/** The suggestion for one member, with reasons from the journal as it is (not the hypothetical picks). */
function describe(member: Member, org: Org, state: RotationState, metAtAll: ReadonlySet<string>, today: IsoDate): SkipLevelSuggestion {
  const last = state.lastDate.get(member.name);
  const branchLabel = org.branchLabels.get(member.branch.name) ?? member.branch.name;
  const reasons: string[] = [];
  if (last) reasons.push(`last skip-level ${shortDate(last, today)} (${relativeDay(last, today)})`);
  else reasons.push(metAtAll.has(member.name) ? 'no skip-level yet' : 'never met');
  if (member.manager) {
    const team = member.manager.profile?.team;
    reasons.push(`reports to ${member.manager.name}${team ? ` (${team})` : ''}`);
  }
  const visited = state.branchDate.get(member.branch.name);
  reasons.push(visited ? `${branchLabel} last visited ${relativeDay(visited, today)}` : `${branchLabel} not visited yet`);
  return {
    person: member.person,
    depth: member.depth,
    branch: member.branch,
    branchLabel,
    ...(last ? { lastSkipLevel: last } : {}),
    metThisRound: state.roundCount.get(member.name) ?? 0,
    reasons,
  };
}

/** Names of everyone met in any past note (for `never met` vs `no skip-level yet`). */
function metAnywhere(meetings: readonly Meeting[], today: IsoDate): Set<string> {
  const names = new Set<string>();
  for (const m of meetings) if (m.note.date && m.note.date <= today) names.add(m.person);
  return names;
}

/**
 * The skip-level suggestion for `today`: everyone eligible in rank order (or the first `limit`),
 * peers past their window, and — when there is nobody to suggest — what is missing.
 */
export function suggestSkipLevels(directory: Directory, meetings: readonly Meeting[], today: IsoDate, options: { limit?: number } = {}): SkipLevelSuggestions {
  const org = buildOrg(directory);
  const scheduled = new Set(scheduledSkipLevels(org, meetings, today).keys());
  const snap = snapshot(org, pastEvents(org, meetings, today), scheduled, today);
  const met = metAnywhere(meetings, today);
  const described = new Map(snap.candidates.map((c) => [c.name, describe(c, org, snap.state, met, today)]));
  const round = { met: snap.state.metThisRound, of: snap.candidates.length };
  const limit = Math.max(0, options.limit ?? snap.candidates.length);
  const people = pick(snap.state, snap.candidates, limit, today).map((m) => described.get(m.name)!);
  const need = snap.candidates.length > 0 ? undefined : needOf(org, snap);
  return {
    people,
    peers: peersPastWindow(directory, meetings, today),
    ...(need ? { need } : {}),
    excluded: snap.excluded,
    round,
  };
}

function needOf(org: Org, snap: Snapshot): RotationNeed {
  if (!org.me) return 'me';
  if (!org.hasChart) return 'org-chart';
  if (snap.skipLevels === 0) return 'skip-levels';
  return 'eligible';
}

/**
 * The next `weeks` weeks of the rotation, `perWeek` skip-levels a week, assuming each suggested
 * person is met in their week (on its first day). Skip-level notes already written for a week
 * fill that week's slots first.
 */
export function planRotation(directory: Directory, meetings: readonly Meeting[], today: IsoDate, weeks: number, perWeek: number): PlannedWeek[] {
  const org = buildOrg(directory);
  const met = metAnywhere(meetings, today);
  const real = pastEvents(org, meetings, addDays(today, 7 * Math.max(0, weeks)));
  const planned: SkipEvent[] = [];
  const result: PlannedWeek[] = [];
  for (let week = 0; week < weeks; week++) {
    const weekOf = addDays(today, 7 * week);
    const weekEnd = addDays(weekOf, 7);
    // What has happened before the week: notes up to today (this week) or up to the day before
    // (later weeks), then the plan's own picks, which come after every note of their date.
    const cutoff = week === 0 ? today : addDays(weekOf, -1);
    const history = [...real.filter((e) => e.date <= cutoff), ...planned]
      .sort((a, b) => compareDates(a.date, b.date) || rank(a) - rank(b));
    const future = scheduledSkipLevels(org, meetings, cutoff);
    const snap = snapshot(org, history, new Set(future.keys()), weekOf);
    const thisWeek = [...future.values()]
      .filter((m) => m.note.date! < weekEnd)
      .sort((a, b) => compareDates(a.note.date, b.note.date) || compareNames(a.person, b.person));
    const entries: PlannedSkipLevel[] = [];
    for (const m of thisWeek) {
      const member = org.members.get(m.person)!;
      entries.push({ date: m.note.date!, suggestion: describe(member, org, snap.state, met, weekOf), scheduled: true });
    }
    const described = new Map(snap.candidates.map((c) => [c.name, describe(c, org, snap.state, met, weekOf)]));
    for (const chosen of pick(snap.state, snap.candidates, Math.max(0, perWeek - thisWeek.length), weekOf)) {
      entries.push({ date: weekOf, suggestion: described.get(chosen.name)!, scheduled: false });
      planned.push({ name: chosen.name, date: weekOf });
    }
    result.push({ weekOf, meetings: entries });
  }
  return result;

  function rank(e: SkipEvent): number {
    const i = planned.indexOf(e);
    return i === -1 ? -1 : i;
  }
}

// ── Peers ────────────────────────────────────────────────────────────────────────────────────

/**
 * Peers whose window has passed: with the default cadence, last met more than five weeks ago
 * (due at three, overdue after five); with their own `cadence`, past it. Never-met peers too.
 * Away and already scheduled peers are left out, as in Upcoming 1:1s.
 */
export function peersPastWindow(directory: Directory, meetings: readonly Meeting[], today: IsoDate): PeerSuggestion[] {
  return computeUpcoming(directory, meetings, today, { weekMode: 'iso' })
    .filter((e) => e.relationship === 'peer' && (e.status === 'overdue' || (e.status === 'due' && !e.lastMet)))
    .sort((a, b) => (a.lastMet ? 1 : 0) - (b.lastMet ? 1 : 0) || compareDates(a.lastMet, b.lastMet) || compareNames(a.person.name, b.person.name))
    .map((e) => {
      const reasons: string[] = [];
      if (e.lastMet) {
        reasons.push(`last met ${shortDate(e.lastMet, today)} (${relativeDay(e.lastMet, today)})`);
        reasons.push(hasPeerWindow(e.person, e.cadenceDays) ? 'past the 3–5 week window' : `past their cadence (${cadenceLabel(e.cadenceDays)})`);
      } else {
        reasons.push('never met');
      }
      const team = e.person.profile?.team;
      if (team) reasons.push(team);
      return { person: e.person, ...(e.lastMet ? { lastMet: e.lastMet } : {}), reasons };
    });
}

// ── Wording shared by the CLI and the extension ──────────────────────────────────────────────

/** What the rotation needs, in one or two sentences. */
export function describeNeed(need: RotationNeed, excluded?: SkipLevelSuggestions['excluded']): string {
  switch (need) {
    case 'me':
      return 'Skip-level suggestions need to know who you are: add `relationship: self` to your own person profile (or set `oneOnOne.me`), and `reportsTo` to the profiles of the people in your org.';
    case 'org-chart':
      return 'Skip-level suggestions need an org chart: no person profile has `reportsTo`. Import your org chart from a CSV file, or add person profiles with `reportsTo`, so the rotation can reach people two or more levels below you.';
    case 'skip-levels':
      return 'Nobody is two or more levels below you in the org chart yet: skip-levels are with the reports of your direct reports. Add `reportsTo` to their person profiles.';
    case 'eligible': {
      const parts = excluded
        ? [excluded.scheduled ? `${excluded.scheduled} already scheduled` : '', excluded.away ? `${excluded.away} away` : '', excluded.inactive ? `${excluded.inactive} inactive` : '']
          .filter(Boolean)
        : [];
      return `Nobody to suggest for a skip-level right now${parts.length ? `: ${parts.join(', ')}` : ''}.`;
    }
  }
}

/** The plan as a markdown document (for a read-only preview). */
export function planMarkdown(plan: readonly PlannedWeek[], peers: readonly PeerSuggestion[], today: IsoDate, perWeek: number, need?: RotationNeed): string {
  const cell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const lines: string[] = [
    `# Skip-level plan: ${plan.length} week${plan.length === 1 ? '' : 's'} from ${shortDate(today, today)}`,
    '',
    `${perWeek === 1 ? 'One skip-level' : `${perWeek} skip-levels`} a week (\`oneOnOne.skipLevel.perWeek\`), through everyone two or more levels below you, assuming each is met in its week. Everyone is met once before anyone twice; consecutive skip-levels come from different branches when possible.`,
    '',
  ];
  const rows = plan.flatMap((week) => week.meetings.map((m) => [
    shortDate(m.date, today) + (m.scheduled ? ' (scheduled)' : ''),
    m.suggestion.person.name,
    m.suggestion.branchLabel,
    String(m.suggestion.depth),
    m.suggestion.reasons.join(' · '),
  ]));
  if (rows.length > 0) {
    lines.push('| Week of | Person | Branch | Depth | Why |', '|---|---|---|---|---|');
    for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  } else {
    lines.push(need ? describeNeed(need) : 'Nobody to plan a skip-level with.');
  }
  if (peers.length > 0) {
    lines.push('', '## Peers past their window', '');
    for (const peer of peers) lines.push(`- **${peer.person.name}** — ${peer.reasons.join(' · ')}`);
  }
  return lines.join('\n') + '\n';
}
