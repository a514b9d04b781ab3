/**
 * Status-meeting drift: a person whose last three or more notes in a row are status notes
 * (`isStatusNote`: mostly status, nothing under growth / feedback).
 */
import type { IsoDate, Meeting, Person } from '../model';
import type { Directory } from '../people';
import { isStatusNote, noteContent, STATUS_MARKERS, type NoteContent } from './noteContent';

/** How many status notes in a row make the signal. */
export const DRIFT_STREAK = 3;

export interface DriftFlag {
  person: Person;
  /** The notes of the streak, newest first. */
  notes: Array<{ uri: string; date: IsoDate; content: NoteContent }>;
}

/** Per person (not me), their notes dated on or before today, newest first. */
export function notesNewestFirst(directory: Directory, meetings: readonly Meeting[], today: IsoDate): Map<Person, Meeting[]> {
  const byPerson = new Map<Person, Meeting[]>();
  for (const m of meetings) {
    const date = m.note.date;
    if (!date || date > today) continue;
    const person = directory.resolve(m.person);
    if (!person || person === directory.me) continue;
    const list = byPerson.get(person) ?? [];
    list.push(m);
    byPerson.set(person, list);
  }
  for (const list of byPerson.values()) {
    list.sort((a, b) => (a.note.date! < b.note.date! ? 1 : a.note.date! > b.note.date! ? -1 : a.note.uri < b.note.uri ? 1 : a.note.uri > b.note.uri ? -1 : 0));
  }
  return byPerson;
}

/**
 * The people drifting into status meetings. `contentOf` gives a note's content when the host has
 * read it; a note it does not know ends the streak (so a host may read notes newest first and
 * stop at the first one that is not a status note: `driftReads` says which).
 */
export function statusDrift(directory: Directory, meetings: readonly Meeting[], today: IsoDate, contentOf: (uri: string) => NoteContent | undefined): DriftFlag[] {
  const flags: DriftFlag[] = [];
  for (const [person, list] of notesNewestFirst(directory, meetings, today)) {
    const streak: DriftFlag['notes'] = [];
    for (const m of list) {
      const content = contentOf(m.note.uri);
      if (!content || !isStatusNote(content)) break;
      streak.push({ uri: m.note.uri, date: m.note.date!, content });
    }
    if (streak.length >= DRIFT_STREAK) flags.push({ person, notes: streak });
  }
  return flags.sort((a, b) => a.person.name.localeCompare(b.person.name, 'en'));
}

/**
 * The notes a host must read for `statusDrift`, given what it already knows: per person with at
 * least `DRIFT_STREAK` notes, newest first up to and including the first note not known yet,
 * stopping at a known note that is not a status note. Call again after reading until empty.
 */
export function driftReads(directory: Directory, meetings: readonly Meeting[], today: IsoDate, contentOf: (uri: string) => NoteContent | undefined): string[] {
  const reads: string[] = [];
  for (const list of notesNewestFirst(directory, meetings, today).values()) {
    if (list.length < DRIFT_STREAK) continue;
    for (const m of list) {
      const content = contentOf(m.note.uri);
      if (!content) {
        reads.push(m.note.uri);
        break;
      }
      if (!isStatusNote(content)) break;
    }
  }
  return reads;
}

/**
 * Fills `known` with the content of every note `statusDrift` needs, reading them through `read`
 * (newest first per person, stopping at the first note that is not a status note). `read`
 * returns the note's whole text, or undefined when it cannot be read (that note ends the streak).
 */
export async function readDriftContents(
  directory: Directory, meetings: readonly Meeting[], today: IsoDate,
  known: Map<string, NoteContent>, read: (uri: string) => Promise<string | undefined>,
): Promise<void> {
  const bodyStart = new Map(meetings.map((m) => [m.note.uri, m.note.bodyStartLine]));
  const unreadable = new Set<string>();
  const lookup = (uri: string): NoteContent | undefined => known.get(uri) ?? (unreadable.has(uri) ? UNREADABLE : undefined);
  for (let reads = driftReads(directory, meetings, today, lookup); reads.length > 0; reads = driftReads(directory, meetings, today, lookup)) {
    await Promise.all(reads.map(async (uri) => {
      const text = await read(uri).catch(() => undefined);
      if (text === undefined) unreadable.add(uri);
      else known.set(uri, noteContent(text, bodyStart.get(uri) ?? 1));
    }));
  }
}

/** Stands for a note that could not be read: not a status note, so it ends the streak. */
const UNREADABLE: NoteContent = { lines: 0, statusLines: 0, markers: [], growth: 'missing' };

/**
 * Why a person is flagged, in words a card and the CLI show (counts and marker names only, no
 * note text): `last 3 notes mostly status (ticket ids, done) · no growth / feedback written`.
 */
export function driftReason(flag: DriftFlag): string {
  const markers = STATUS_MARKERS.map((m) => m.name).filter((name) => flag.notes.some((n) => n.content.markers.includes(name)));
  const missing = flag.notes.every((n) => n.content.growth === 'missing');
  return `last ${flag.notes.length} notes mostly status (${markers.join(', ')}) · ${missing ? 'no growth / feedback section' : 'growth / feedback left empty'}`;
}
