/**
 * What the people directory is built from, kept up to date one file at a time so it is never
 * rebuilt by walking every note: the profile files, the note files per `person` name, the dated
 * notes per name in date order (what Upcoming reads, ./cadence.ts), and one summary per name
 * (latest note, first file) derived from those without walking the name's notes.
 */
import type { DatedNote } from './cadence';
import type { Note } from './model';
import type { NoteSummary } from './people';
import type { Entry } from './journalEntry';

export class JournalGroups {
  readonly profileUris = new Set<string>();
  private readonly notesByName = new Map<string, Set<string>>();
  /** Per `person` name, its dated notes sorted by date, then URI. */
  readonly datesByName = new Map<string, DatedNote[]>();
  /** Per name, the first of its files by URI (absent: not known, found again when asked). */
  private readonly firstUris = new Map<string, string>();
  private readonly summaries = new Map<string, NoteSummary>();

  /** `entries` is the store the groups describe (already holding the change when `track` runs). */
  constructor(private readonly entries: ReadonlyMap<string, Entry>) {}

  /**
   * Keeps the groups in step with one file's change (`old` → `next`; undefined = absent).
   * Returns whether what the directory is built from may have changed: a profile, or the
   * summary of a name (a note's date edited that is not its name's latest changes nothing).
   */
  track(uri: string, old: Entry | undefined, next: Entry | undefined): boolean {
    if (old?.parsed.kind === 'person') this.profileUris.delete(uri);
    if (next?.parsed.kind === 'person') this.profileUris.add(uri);
    const oldNote = old?.parsed.kind === 'note' ? old.parsed.note : undefined;
    const newNote = next?.parsed.kind === 'note' ? next.parsed.note : undefined;
    const oldName = oldNote?.personName;
    const newName = newNote?.personName;
    const oldBefore = oldName === undefined ? undefined : this.summaries.get(oldName);
    const newBefore = newName === undefined || newName === oldName ? undefined : this.summaries.get(newName);
    this.trackNote(uri, oldNote, newNote);
    let changed = old?.parsed.kind === 'person' || next?.parsed.kind === 'person';
    if (oldName !== undefined) changed = this.summaryChanged(oldName, oldBefore) || changed;
    if (newName !== undefined && newName !== oldName) changed = this.summaryChanged(newName, newBefore) || changed;
    return changed;
  }

  /**
   * Forgets `name`'s summary and says whether it differs from `before`. A summary nobody asked
   * for since the name last changed is not recomputed just to compare: a first index adds every
   * note without building one summary per note (the directory asks once, for all names).
   */
  private summaryChanged(name: string, before: NoteSummary | undefined): boolean {
    this.summaries.delete(name);
    if (!before) return true;
    return !sameSummary(before, this.summaryOf(name));
  }

  private trackNote(uri: string, oldNote: Note | undefined, newNote: Note | undefined): void {
    if (oldNote?.date) this.removeDate(oldNote.personName, { date: oldNote.date, uri });
    if (newNote?.date) this.addDate(newNote.personName, { date: newNote.date, uri });
    if (oldNote?.personName === newNote?.personName) return; // same name: the file groups stay
    if (oldNote) {
      const name = oldNote.personName;
      this.notesByName.get(name)?.delete(uri);
      if (this.notesByName.get(name)?.size === 0) this.notesByName.delete(name);
      if (this.firstUris.get(name) === uri) this.firstUris.delete(name);
    }
    if (newNote) {
      const name = newNote.personName;
      let uris = this.notesByName.get(name);
      if (!uris) this.notesByName.set(name, (uris = new Set()));
      uris.add(uri);
      const first = this.firstUris.get(name);
      if (uris.size === 1 || (first !== undefined && uri < first)) this.firstUris.set(name, uri);
    }
  }

  private addDate(name: string, note: DatedNote): void {
    let dates = this.datesByName.get(name);
    if (!dates) this.datesByName.set(name, (dates = []));
    dates.splice(datePosition(dates, note), 0, note);
  }

  private removeDate(name: string, note: DatedNote): void {
    const dates = this.datesByName.get(name);
    if (!dates) return;
    const at = datePosition(dates, note);
    if (dates[at]?.uri === note.uri && dates[at].date === note.date) dates.splice(at, 1);
    if (dates.length === 0) this.datesByName.delete(name);
  }

  /** How many notes the groups hold. */
  noteCount(): number {
    let notes = 0;
    for (const uris of this.notesByName.values()) notes += uris.size;
    return notes;
  }

  /**
   * One summary per `person` name, as `summarizeNotes` (./people.ts) gives it: the latest note
   * (by date, then the later URI; undated notes count as the earliest) and the first file.
   */
  noteSummaries(): NoteSummary[] {
    const result: NoteSummary[] = [];
    for (const name of this.notesByName.keys()) {
      const summary = name ? this.summaryOf(name) : undefined;
      if (summary) result.push(summary);
    }
    return result;
  }

  private summaryOf(name: string): NoteSummary | undefined {
    const uris = this.notesByName.get(name);
    if (!uris) return undefined;
    let summary = this.summaries.get(name);
    if (!summary) {
      {
        let first = this.firstUris.get(name);
        if (first === undefined) {
          for (const uri of uris) if (first === undefined || uri < first) first = uri;
          this.firstUris.set(name, first!);
        }
        const dated = this.datesByName.get(name)?.at(-1);
        let latest = dated ? { date: dated.date, uri: dated.uri } : undefined;
        if (!latest) for (const uri of uris) if (!latest || uri > latest.uri) latest = { date: '', uri };
        const note = this.entries.get(latest!.uri)?.parsed;
        const type = (note?.kind === 'note' ? note.note.explicitType : undefined) ?? 'one-on-one';
        summary = { personName: name, firstUri: first!, latest: { ...latest!, type } };
        this.summaries.set(name, summary);
      }
    }
    return summary;
  }
}

/** Where `note` is, or would go, in a list sorted by date, then URI. */
function datePosition(dates: readonly DatedNote[], note: DatedNote): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const d = dates[mid];
    if (d.date < note.date || (d.date === note.date && d.uri < note.uri)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sameSummary(a: NoteSummary | undefined, b: NoteSummary | undefined): boolean {
  if (!a || !b) return a === b;
  return a.firstUri === b.firstUri && a.latest.date === b.latest.date && a.latest.uri === b.latest.uri && a.latest.type === b.latest.type;
}
