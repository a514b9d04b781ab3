/** Today's ranking: who is eligible, in rank order, with the reasons from the journal as it is. */
import { isAway } from '../away';
import { relativeDay, shortDate } from '../format';
import type { IsoDate, Meeting } from '../model';
import type { Directory } from '../people';
import { buildOrg, pastEvents, scheduledSkipLevels, type Member, type Org, type SkipEvent } from './org';
import { peersPastWindow } from './peers';
import { RotationState } from './state';
import type { RotationNeed, SkipLevelOptions, SkipLevelSuggestion, SkipLevelSuggestions } from './types';

/** The rotation on one date: who is a candidate, who is left out and why, and the replayed state. */
export interface Snapshot {
  org: Org;
  state: RotationState;
  candidates: Member[];
  excluded: SkipLevelSuggestions['excluded'];
  /** People at depth ≥ 2 with relationship skip, in any state. */
  skipLevels: number;
}

/** Sorts the skip-levels into candidates and the excluded on `date`, and replays `events` into the state. */
export function snapshot(org: Org, events: readonly SkipEvent[], scheduled: ReadonlySet<string>, date: IsoDate): Snapshot {
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
export function pick(state: RotationState, candidates: readonly Member[], limit: number, date: IsoDate): Member[] {
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
export function describe(member: Member, org: Org, state: RotationState, metAtAll: ReadonlySet<string>, today: IsoDate): SkipLevelSuggestion {
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
export function metAnywhere(meetings: readonly Meeting[], today: IsoDate): Set<string> {
  const names = new Set<string>();
  for (const m of meetings) if (m.note.date && m.note.date <= today) names.add(m.person);
  return names;
}

/**
 * The skip-level suggestion for `today`: everyone eligible in rank order (or the first `limit`),
 * peers past their window, and — when there is nobody to suggest — what is missing.
 */
export function suggestSkipLevels(directory: Directory, meetings: readonly Meeting[], today: IsoDate, options: SkipLevelOptions): SkipLevelSuggestions {
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
    peers: peersPastWindow(directory, meetings, today, options.weekMode),
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
