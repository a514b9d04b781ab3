/**
 * What the people directory is built from, kept up to date one file at a time so it is never
 * rebuilt by walking every note: the profile files, the note files per `person` name, and one
 * summary per name (latest date, first file) recomputed only for the names whose notes changed.
 */
import type { Note } from './model';
import { summarizeNotes, type NoteSummary } from './people';
import type { Entry } from './journalEntry';

export class JournalGroups {
  readonly profileUris = new Set<string>();
  private readonly notesByName = new Map<string, Set<string>>();
  private readonly summaries = new Map<string, NoteSummary>();

  /** Keeps the groups in step with one file's change (`old` → `next`; undefined = absent). */
  track(uri: string, old: Entry | undefined, next: Entry | undefined): void {
    if (old?.parsed.kind === 'person') this.profileUris.delete(uri);
    if (next?.parsed.kind === 'person') this.profileUris.add(uri);
    const oldName = old?.parsed.kind === 'note' ? old.parsed.note.personName : undefined;
    const newName = next?.parsed.kind === 'note' ? next.parsed.note.personName : undefined;
    if (oldName !== undefined) {
      this.notesByName.get(oldName)?.delete(uri);
      if (this.notesByName.get(oldName)?.size === 0) this.notesByName.delete(oldName);
      this.summaries.delete(oldName);
    }
    if (newName !== undefined) {
      let uris = this.notesByName.get(newName);
      if (!uris) this.notesByName.set(newName, (uris = new Set()));
      uris.add(uri);
      this.summaries.delete(newName);
    }
  }

  /** How many notes the groups hold. */
  noteCount(): number {
    let notes = 0;
    for (const uris of this.notesByName.values()) notes += uris.size;
    return notes;
  }

  /** One summary per `person` name, recomputed only for the names whose notes changed. */
  noteSummaries(entries: ReadonlyMap<string, Entry>): NoteSummary[] {
    const result: NoteSummary[] = [];
    for (const [name, uris] of this.notesByName) {
      if (!name) continue;
      let summary = this.summaries.get(name);
      if (!summary) {
        const notes: Note[] = [];
        for (const uri of uris) {
          const parsed = entries.get(uri)?.parsed;
          if (parsed?.kind === 'note') notes.push(parsed.note);
        }
        summary = summarizeNotes(notes)[0];
        if (!summary) continue;
        this.summaries.set(name, summary);
      }
      result.push(summary);
    }
    return result;
  }
}
