/**
 * The heatmap: 1:1 notes per person per ISO week, and the weeks in which each person was
 * overdue by their cadence (the cadence core decides what overdue means).
 */
import { computeUpcoming } from '../cadence';
import { addDays, startOfIsoWeek } from '../dates';
import type { IsoDate, Meeting, Person, Relationship } from '../model';
import { moodHistory, type MoodPoint } from '../mood';
import type { Directory } from '../people';

/** The Mondays of the last `count` ISO weeks, oldest first; the last is `today`'s week. */
export function weeksEndingAt(today: IsoDate, count: number): IsoDate[] {
  const monday = startOfIsoWeek(today);
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(monday, -7 * (count - 1 - i)));
}

/** One row of the heatmap. */
export interface HeatmapRow {
  person: Person;
  relationship: Relationship;
  /** `counts[i]`: notes with the person dated in `weeks[i]`'s week, not after today. */
  counts: number[];
  /** `notes[i]`: those notes' URIs, newest first (a cell opens the first). */
  notes: string[][];
  /** Indexes of the weeks at whose end (or today, for this week) the person was overdue. */
  overdueWeeks: number[];
  /** The `mood` of their notes in the window, oldest first (`core/mood.ts`); confidential. */
  moods: MoodPoint[];
}

/** Rows come in this order of relationship, then by name. */
const ROW_ORDER: Readonly<Record<Relationship, number>> = { direct: 0, skip: 1, peer: 2, manager: 3, other: 4, self: 5 };

/**
 * Who gets a row: my directs, peers and manager (active ones), and anyone met in the window.
 * A week is overdue when, on its last day (today for the current week), the cadence core would
 * list the person as overdue from the notes written up to that day.
 */
export function heatmap(directory: Directory, meetings: readonly Meeting[], today: IsoDate, weeks: readonly IsoDate[]): HeatmapRow[] {
  const first = weeks[0];
  const rows = new Map<Person, HeatmapRow>();
  const rowOf = (person: Person): HeatmapRow => {
    let row = rows.get(person);
    if (!row) {
      row = { person, relationship: person.relationship, counts: weeks.map(() => 0), notes: weeks.map(() => []), overdueWeeks: [], moods: [] };
      rows.set(person, row);
    }
    return row;
  };
  for (const person of directory.people) {
    if (person.active && (person.relationship === 'direct' || person.relationship === 'peer' || person.relationship === 'manager')) rowOf(person);
  }
  const withMood = new Map<HeatmapRow, Meeting['note'][]>();
  if (first !== undefined) {
    const sorted = [...meetings].sort((a, b) => (a.note.date! < b.note.date! ? 1 : a.note.date! > b.note.date! ? -1 : a.note.uri < b.note.uri ? 1 : -1));
    for (const m of sorted) {
      const date = m.note.date;
      if (!date || date > today || date < first) continue;
      const person = directory.resolve(m.person);
      if (!person || person === directory.me) continue;
      const i = weeks.indexOf(startOfIsoWeek(date));
      if (i < 0) continue;
      const row = rowOf(person);
      row.counts[i]++;
      row.notes[i].push(m.note.uri);
      if (m.note.mood !== undefined) withMood.set(row, [...(withMood.get(row) ?? []), m.note]);
    }
  }
  for (const [row, notes] of withMood) row.moods = moodHistory(notes, today);
  weeks.forEach((monday, i) => {
    const isCurrent = i === weeks.length - 1;
    const day = isCurrent ? today : addDays(monday, 6);
    const known = isCurrent ? meetings : meetings.filter((m) => m.note.date !== undefined && m.note.date <= day);
    // Only "overdue" is read here, which `oneOnOne.thisWeek` does not change; the columns are ISO weeks.
    for (const entry of computeUpcoming(directory, known, day, { weekMode: 'iso' })) {
      if (entry.status !== 'overdue') continue;
      rows.get(entry.person)?.overdueWeeks.push(i);
    }
  });
  return [...rows.values()].sort((a, b) => ROW_ORDER[a.relationship] - ROW_ORDER[b.relationship] || a.person.name.localeCompare(b.person.name, 'en'));
}
