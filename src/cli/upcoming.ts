/** `oneonone upcoming <dir> [--today D] [--json]`: who is due for a 1:1, and when. */
import { describeUpcoming, upcomingOf } from '../core/cadence';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { coachingDue, coachingNotesToRead } from '../core/coachingDue';
import type { LoadResult } from '../node/loadJournal';
import type { CliCommand } from './command';
import { meetingDatesJson, type MeetingDatesJson } from './json';

/** The JSON shape of one Upcoming 1:1s entry. */
export interface UpcomingJson extends MeetingDatesJson {
  person: string;
  relationship: string;
  cadenceDays: number | null;
  status: string;
  /** A manager direct whose next one-on-one should ask about their 1:1s (`oneOnOne.coaching.everyWeeks`). */
  coachingDue: boolean;
}

/** Whether the "Their 1:1s" prompt is due for `name`: reads only the notes of the period. */
async function coachingDueFor(loaded: LoadResult, dir: string, name: string, today: string): Promise<boolean> {
  const weeks = loaded.settings.coachingEveryWeeks;
  const toRead = coachingNotesToRead(loaded.journal, name, today, weeks);
  if (!toRead) return false;
  const notes = await Promise.all(toRead.map(async (n) => ({
    date: n.date,
    text: await readFile(path.join(dir, loaded.relativePaths.get(n.uri) ?? ''), 'utf8').catch(() => ''),
  })));
  return coachingDue({ managerDirect: true }, notes, today, weeks);
}

export const upcoming: CliCommand = {
  name: 'upcoming',
  summary: 'who is due for a 1:1: overdue, due this week, scheduled, later',
  options: { today: 'date', json: 'flag' },
  async run({ dir, loaded, settings, today, json, out }) {
    // The JSON contract lists directs, skip-levels and peers; the manager's 1:1s follow their calendar.
    const entries = upcomingOf(loaded.journal, today, { weekMode: settings.weekMode })
      .filter((e) => e.relationship === 'direct' || e.relationship === 'skip' || e.relationship === 'peer');
    if (json) {
      const due = await Promise.all(entries.map((e) => coachingDueFor(loaded, dir, e.person.name, today)));
      out.json(entries.map((e, i): UpcomingJson => ({
        person: e.person.name,
        relationship: e.relationship,
        cadenceDays: e.cadenceDays,
        ...meetingDatesJson(e),
        status: e.status,
        coachingDue: due[i],
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
