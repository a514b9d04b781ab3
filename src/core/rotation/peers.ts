/** Peers past their window, offered next to the skip-levels. */
import { computeUpcoming, hasPeerWindow } from '../cadence';
import { compareDates } from '../dates';
import { cadenceLabel, relativeDay, shortDate } from '../format';
import type { IsoDate, Meeting } from '../model';
import type { Directory } from '../people';
import type { WeekMode } from '../thisWeek';
import { compareNames } from './org';
import type { PeerSuggestion } from './types';

/**
 * Peers whose window has passed: with the default cadence, last met more than five weeks ago
 * (due at three, overdue after five); with their own `cadence`, past it. Never-met peers too.
 * Away and already scheduled peers are left out, as in Upcoming 1:1s.
 */
export function peersPastWindow(directory: Directory, meetings: readonly Meeting[], today: IsoDate, weekMode: WeekMode): PeerSuggestion[] {
  return computeUpcoming(directory, meetings, today, { weekMode })
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
