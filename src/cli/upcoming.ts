/** `oneonone upcoming <dir> [--today D] [--json]`: who is due for a 1:1, and when. */
import { describeUpcoming, upcomingOf } from '../core/cadence';
import type { CliCommand } from './command';

/** The JSON shape of one Upcoming 1:1s entry. */
export interface UpcomingJson {
  person: string;
  relationship: string;
  cadenceDays: number | null;
  lastMet: string | null;
  nextDue: string | null;
  scheduledDate: string | null;
  status: string;
}

export const upcoming: CliCommand = {
  name: 'upcoming',
  summary: 'who is due for a 1:1: overdue, due this week, scheduled, later',
  options: { today: 'date', json: 'flag' },
  run({ loaded, settings, today, json, out }) {
    // The JSON contract lists directs, skip-levels and peers; the manager's 1:1s follow their calendar.
    const entries = upcomingOf(loaded.journal, today, { weekMode: settings.weekMode })
      .filter((e) => e.relationship === 'direct' || e.relationship === 'skip' || e.relationship === 'peer');
    if (json) {
      out.json(entries.map((e): UpcomingJson => ({
        person: e.person.name,
        relationship: e.relationship,
        cadenceDays: e.cadenceDays,
        lastMet: e.lastMet ?? null,
        nextDue: e.nextDue ?? null,
        scheduledDate: e.scheduledDate ?? null,
        status: e.status,
      })));
      return 0;
    }
    if (entries.length === 0) {
      out.line('No one to meet: add person profiles or 1:1 notes.');
      return 0;
    }
    out.table(['Status', 'Person', 'When'], entries.map((e) => [e.status, e.person.name, describeUpcoming(e, today)]), 80);
    return 0;
  },
};
