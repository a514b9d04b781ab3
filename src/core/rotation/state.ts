/** The rotation's memory: the past skip-levels replayed into rounds, and the order of rules 1–6. */
import { isAway } from '../away';
import type { IsoDate } from '../model';
import { compareNames, type Member, type Org, type SkipEvent } from './org';

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
export class RotationState {
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
