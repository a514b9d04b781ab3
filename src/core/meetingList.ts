/**
 * The journal's meetings (its notes, person and type resolved), kept in the store's order
 * between queries: a changed or added note is replaced or appended in place, so a view's
 * refresh after an edit costs the edit, not the journal. A deleted note, or many changes at
 * once, rebuild the list (in store order, as a fresh index would have it).
 */
import type { Meeting } from './model';

/** Past this many changed files, the list is rebuilt instead of patched. */
const MAX_PATCHED_FILES = 256;

export class MeetingList {
  private cache?: { version: number; meetings: Meeting[]; at: Map<string, number> };
  private readonly stale = new Set<string>();
  private removed = false;

  /** Files that changed since the list was built; `removed` when one of them left the store. */
  markStale(uris: readonly string[], removed = false): void {
    if (!this.cache) return; // the next query builds the list anyway (a first index marks nothing)
    for (const uri of uris) this.stale.add(uri);
    if (removed) this.removed = true;
  }

  /**
   * The list for `version` (the journal's resolution version): built with `collect` when it
   * cannot be patched, else patched with `meetingOf` (undefined: the file is not a note).
   */
  get(version: number, collect: () => Meeting[], meetingOf: (uri: string) => Meeting | undefined): Meeting[] {
    let cache = this.cache;
    if (cache && cache.version === version && !this.removed && this.stale.size <= MAX_PATCHED_FILES) {
      for (const uri of this.stale) {
        const meeting = meetingOf(uri);
        const at = cache.at.get(uri);
        if (at !== undefined && meeting) cache.meetings[at] = meeting;
        else if (meeting) {
          cache.at.set(uri, cache.meetings.length);
          cache.meetings.push(meeting);
        } else if (at !== undefined) {
          cache = undefined; // a note became another kind of file: rebuild in store order
          break;
        }
      }
    } else cache = undefined;
    if (!cache) {
      const meetings = collect();
      cache = { version, meetings, at: new Map(meetings.map((m, i) => [m.note.uri, i])) };
    }
    this.cache = cache;
    this.stale.clear();
    this.removed = false;
    return cache.meetings;
  }
}
