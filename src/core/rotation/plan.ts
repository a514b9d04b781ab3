/** The weeks ahead: the rotation replayed forward, as if each suggested person were met in their week. */
import { addDays, compareDates } from '../dates';
import type { IsoDate, Meeting } from '../model';
import type { Directory } from '../people';
import { buildOrg, compareNames, pastEvents, scheduledSkipLevels, type SkipEvent } from './org';
import { describe, metAnywhere, pick, snapshot } from './rank';
import type { PlannedSkipLevel, PlannedWeek } from './types';

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
