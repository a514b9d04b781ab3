/**
 * The in-memory index of a journal: `set(uri, text)` / `delete(uri)` one file at a time, queries
 * over everything, and a change event. Re-parsing one file never re-parses the others.
 *
 * Cost model (see bench/): a file's frontmatter is read at once (~0.02 ms), which is all the
 * Upcoming and People data need. A note's body is parsed for follow-ups only when a query asks
 * for them, and only when its text can contain a task item at all; `parseSomeBodies` lets a host
 * do that work ahead of time in small chunks.
 */
import { countOnOrBefore, type DatedNote } from './cadence';
import type { FollowUp, IsoDate, JournalDiagnostic, Meeting, Note, PersonProfile, RawFollowUp } from './model';
import { resolveFollowUp } from './followUpResolution';
import { buildDirectory, type Directory } from './people';
import { DEFAULT_SETTINGS } from './settings';
import { affectsDirectory, bytesEntry, checkEntryProblems, displayOnlyProfileChange, needsBodyParse, parseEntryBody, textEntry, unreadableEntry, type Entry } from './journalEntry';
import { byFileAndLine, meetingDiagnostics, resolveMeeting } from './journalResolution';
import { JournalGroups } from './journalGroups';
import { MeetingList } from './meetingList';
import { OpenFollowUpList } from './openFollowUps';

export { MAX_BODY_CHARS } from './journalEntry';

export interface JournalOptions {
  /** Name or alias of me, when no profile has `relationship: self`. */
  me?: string;
  /** Implicit cool-off of skip-level follow-ups, in days from the note's date. */
  coolOffDays: number;
}

export const DEFAULT_JOURNAL_OPTIONS: JournalOptions = { coolOffDays: DEFAULT_SETTINGS.coolOffDays };

export interface JournalChange {
  /** The files that changed (set or deleted); empty when only options changed. */
  uris: readonly string[];
}

type Listener = (change: JournalChange) => void;

export class Journal {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<Listener>();
  private options: JournalOptions;
  /** Bumped when anything the directory is built from changes (profiles, a name's latest or first note, options). */
  private directoryVersion = 0;
  /** Bumped when anything but a note's body changes (see `structureVersion`). */
  private structure = 0;
  private cachedDirectory?: { version: number; directory: Directory };
  /**
   * Bumped only when a rebuilt directory resolves names, relationships or me differently (or the
   * options change): a profile's role or team changing leaves resolved notes and items valid.
   */
  private resolutionVersion = 0;
  private resolutionFingerprint = '';
  /** The meetings, patched as notes change. */
  private readonly meetingList = new MeetingList();
  private readonly memos = new Map<string, { key: string; value: unknown }>();
  /** Profile files, and note files per `person` name, kept as files change (no full walks). */
  private readonly groups = new JournalGroups(this.entries);
  /** The open follow-ups, sorted, patched as files change. */
  private readonly open = new OpenFollowUpList();
  /** The open follow-ups of the bodies parsed so far, for a host's views while it indexes in the background. */
  private readonly parsedOpen = new OpenFollowUpList();
  private batchDepth = 0;
  private batchedUris: string[] = [];
  /** Notes whose bodies may hold open items or problems and are not parsed yet. */
  private readonly unparsedOpen = new Set<string>();
  /** Notes whose bodies hold only ticked checkboxes, not looked at for problems yet (`checkEntryProblems`). */
  private readonly unchecked = new Set<string>();

  constructor(options: Partial<JournalOptions> = {}) {
    this.options = { ...DEFAULT_JOURNAL_OPTIONS, ...options };
  }

  // ── Updates ────────────────────────────────────────────────────────────────────────────────

  setOptions(options: Partial<JournalOptions>): void {
    this.options = { ...DEFAULT_JOURNAL_OPTIONS, ...options };
    this.directoryVersion++;
    this.structure++;
    this.resolutionVersion++;
    this.open.invalidate();
    this.parsedOpen.invalidate();
    this.emit([]);
  }

  /**
   * Changes whenever anything but a note's body changes: profiles, a note's person, type, date
   * or confidentiality, notes added or removed, options. What depends only on those (who is due,
   * the rotation) can be kept while it stays the same.
   */
  get structureVersion(): number {
    return this.structure;
  }

  /** Keeps one value per `name`, recomputed only when `key` changes. */
  memo<T>(name: string, key: string, compute: () => T): T {
    const hit = this.memos.get(name);
    if (hit && hit.key === key) return hit.value as T;
    const value = compute();
    this.memos.set(name, { key, value });
    return value;
  }

  /** Indexes (or re-indexes) one file from its text. */
  set(uri: string, rawText: string): void {
    this.replace(uri, textEntry(uri, rawText, []));
  }

  /** Indexes one file from its bytes: decodes UTF-8 (BOM or not), refuses binary files with a diagnostic. */
  setBytes(uri: string, bytes: Uint8Array): void {
    this.replace(uri, bytesEntry(uri, bytes));
  }

  /** Records a file that could not be read, so the problem shows instead of silently missing data. */
  setUnreadable(uri: string, reason: string): void {
    this.replace(uri, unreadableEntry(uri, reason));
  }

  delete(uri: string): void {
    const old = this.entries.get(uri);
    if (!old) return;
    this.entries.delete(uri);
    this.noteStructure(old, undefined, this.groups.track(uri, old, undefined));
    this.unparsedOpen.delete(uri);
    this.unchecked.delete(uri);
    if (old.parsed.kind === 'note') this.meetingList.markStale([uri], true);
    this.emit([uri]);
  }

  /** Runs `update` and fires one change event for all the files it touched. */
  batch(update: () => void): void {
    this.batchDepth++;
    try {
      update();
    } finally {
      this.batchDepth--;
      if (this.batchDepth === 0 && this.batchedUris.length > 0) {
        const uris = this.batchedUris;
        this.batchedUris = [];
        this.fire(uris);
      }
    }
  }

  onDidChange(listener: Listener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private replace(uri: string, entry: Entry): void {
    const old = this.entries.get(uri);
    this.entries.set(uri, entry);
    const groupsChanged = this.groups.track(uri, old, entry);
    const display = displayOnlyProfileChange(old, entry);
    // A role, team, email or talking point edited: the directory keeps its people (and every
    // resolution and memo built on it), the person just takes the new profile.
    if (display) this.patchProfile(display.before, display.after);
    else this.noteStructure(old, entry, groupsChanged);
    if (needsBodyParse(entry)) this.unparsedOpen.add(uri);
    else this.unparsedOpen.delete(uri);
    if (entry.problemsUnchecked) this.unchecked.add(uri);
    else this.unchecked.delete(uri);
    this.emit([uri]);
  }

  /** Puts `after` where the current directory holds `before` (a rebuilt directory reads it from the entries anyway). */
  private patchProfile(before: PersonProfile, after: PersonProfile): void {
    if (this.cachedDirectory?.version !== this.directoryVersion) return;
    const directory = this.cachedDirectory.directory;
    for (const person of directory.people) if (person.profile === before) person.profile = after;
    if (directory.me?.profile === before) directory.me.profile = after;
  }

  /** Bumps the versions a file's change affects; `groupsChanged` is what `JournalGroups.track` said. */
  private noteStructure(old: Entry | undefined, next: Entry | undefined, groupsChanged: boolean): void {
    if (!affectsDirectory(old, next)) return;
    this.structure++;
    if (groupsChanged) this.directoryVersion++;
  }

  private emit(uris: string[]): void {
    this.meetingList.markStale(uris);
    this.open.markStale(uris);
    this.parsedOpen.markStale(uris);
    if (this.batchDepth > 0) {
      this.batchedUris.push(...uris);
      return;
    }
    this.fire(uris);
  }

  private fire(uris: readonly string[]): void {
    for (const listener of [...this.listeners]) listener({ uris });
  }

  // ── Background work ────────────────────────────────────────────────────────────────────────

  /**
   * How much background work is left: note bodies that may hold open follow-ups or problems and
   * are still unparsed, then bodies with only ticked checkboxes not yet looked at for problems.
   */
  pendingBodies(): number {
    return this.unparsedOpen.size + this.unchecked.size;
  }

  /**
   * Parses up to `max` pending bodies, resolving a note's open items too (the open list's first
   * query then only collects them), then looks at the unchecked ones (parsing those that may
   * report a problem); returns how many remain. Lets a host index in chunks that yield.
   */
  parseSomeBodies(max: number): number {
    let n = 0;
    for (const uri of this.unparsedOpen) {
      if (n++ >= max) break;
      const entry = this.entries.get(uri);
      if (entry?.parsed.kind === 'note') this.resolvedOpenItems(uri, entry);
      else if (entry) this.ensureItems(uri, entry);
    }
    for (const uri of this.unchecked) {
      if (n++ >= max) break;
      this.unchecked.delete(uri);
      const entry = this.entries.get(uri);
      if (!entry) continue;
      const text = checkEntryProblems(entry);
      if (needsBodyParse(entry)) this.ensureItems(uri, entry, text);
    }
    return this.pendingBodies();
  }

  private ensureItems(uri: string, entry: Entry, decoded?: string): RawFollowUp[] {
    if (entry.items) return entry.items;
    const items = parseEntryBody(uri, entry, decoded);
    this.parsedOpen.markStale([uri]);
    this.unparsedOpen.delete(uri);
    this.unchecked.delete(uri);
    return items;
  }

  // ── Queries ────────────────────────────────────────────────────────────────────────────────

  /** Every indexed file's URI. */
  uris(): string[] {
    return [...this.entries.keys()];
  }

  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  /** All 1:1 notes, as written. */
  notes(): Note[] {
    const notes: Note[] = [];
    for (const entry of this.entries.values()) if (entry.parsed.kind === 'note') notes.push(entry.parsed.note);
    return notes;
  }

  note(uri: string): Note | undefined {
    const parsed = this.entries.get(uri)?.parsed;
    return parsed?.kind === 'note' ? parsed.note : undefined;
  }

  profiles(): PersonProfile[] {
    const profiles: PersonProfile[] = [];
    for (const uri of this.groups.profileUris) {
      const parsed = this.entries.get(uri)?.parsed;
      if (parsed?.kind === 'person') profiles.push(parsed.profile);
    }
    return profiles;
  }

  /** How many notes and profiles the journal holds (cheap). */
  counts(): { notes: number; profiles: number } {
    return { notes: this.groups.noteCount(), profiles: this.groups.profileUris.size };
  }

  /** Per written `person` name, its dated notes sorted by date, then URI (for Upcoming; do not mutate). */
  datedNotesByName(): ReadonlyMap<string, readonly DatedNote[]> {
    return this.groups.datesByName;
  }

  /**
   * The latest meeting date on or before `today` per canonical person name: what
   * `lastMetDates(journal.meetings(), today)` (./cadence.ts) gives, read from the dated notes per
   * written name (O(names · log notes), no walk of the notes) and kept until the structure changes.
   * Do not mutate.
   */
  lastMetDates(today: IsoDate): ReadonlyMap<string, IsoDate> {
    return this.memo('lastMetDates', `${this.structure}|${today}`, () => {
      const directory = this.directory();
      const result = new Map<string, IsoDate>();
      for (const [name, dates] of this.groups.datesByName) {
        const date = latestOnOrBefore(dates, today);
        if (date === undefined) continue;
        const person = directory.resolve(name)?.name ?? name;
        const seen = result.get(person);
        if (!seen || date > seen) result.set(person, date);
      }
      return result;
    });
  }

  /** People, org chart and me; rebuilt only when a profile or a note's person/type/date changed. */
  directory(): Directory {
    if (this.cachedDirectory?.version !== this.directoryVersion) {
      const directory = buildDirectory({ profiles: this.profiles(), noteSummaries: this.groups.noteSummaries(), ...(this.options.me ? { me: this.options.me } : {}) });
      this.cachedDirectory = { version: this.directoryVersion, directory };
      const fingerprint = JSON.stringify([directory.me?.name, directory.people.map((p) => [p.name, p.aliases, p.relationship])]);
      if (fingerprint !== this.resolutionFingerprint) {
        this.resolutionFingerprint = fingerprint;
        this.resolutionVersion++;
      }
    }
    return this.cachedDirectory.directory;
  }

  /** The resolution version, after bringing the directory up to date. */
  private currentResolution(): number {
    this.directory();
    return this.resolutionVersion;
  }

  /** Notes with person, type and confidentiality resolved; only changed notes are resolved again. */
  meetings(): Meeting[] {
    return this.meetingList.get(this.currentResolution(), () => {
      const meetings: Meeting[] = [];
      for (const entry of this.entries.values()) {
        const meeting = this.meetingOf(entry);
        if (meeting) meetings.push(meeting);
      }
      return meetings;
    }, (uri) => {
      const entry = this.entries.get(uri);
      return entry && this.meetingOf(entry);
    });
  }

  private meetingOf(entry: Entry): Meeting | undefined {
    if (entry.parsed.kind !== 'note') return undefined;
    const version = this.currentResolution();
    if (entry.meeting?.version !== version) {
      entry.meeting = { version, meeting: resolveMeeting(entry.parsed.note, this.directory()) };
    }
    return entry.meeting.meeting;
  }


  /**
   * Follow-ups with people resolved. `includeDone: false` (the default) parses only the bodies
   * that can hold an open item; `parsedOnly` parses none (a host's views while it indexes in
   * the background). The open lists are kept sorted between calls: do not mutate them.
   */
  followUps(options: { includeDone?: boolean; parsedOnly?: boolean } = {}): FollowUp[] {
    if (!options.includeDone) return options.parsedOnly ? this.parsedOpenFollowUps() : this.openFollowUps();
    return this.collectFollowUps(options);
  }

  /**
   * One note's follow-ups, done ones included, with people resolved (its body parsed if it was
   * not): lets a host look through the journal a few notes at a time. Empty for anything else.
   */
  followUpsIn(uri: string): FollowUp[] {
    const entry = this.entries.get(uri);
    return entry?.parsed.kind === 'note' ? this.resolvedItems(uri, entry) : [];
  }

  /**
   * Every open follow-up, kept sorted between calls: after a change to a few files only their
   * items are replaced, so a view's refresh costs the change, not the journal. Do not mutate.
   */
  private openFollowUps(): FollowUp[] {
    return this.open.get(this.currentResolution(), () => this.collectFollowUps({}), (uri) => {
      const entry = this.entries.get(uri);
      return entry && entry.parsed.kind === 'note' && (entry.items !== undefined || entry.mayHaveOpen)
        ? this.resolvedOpenItems(uri, entry)
        : [];
    });
  }

  /** The open follow-ups of the bodies parsed so far, kept sorted between calls like `openFollowUps`. Do not mutate. */
  private parsedOpenFollowUps(): FollowUp[] {
    return this.parsedOpen.get(this.currentResolution(), () => this.collectFollowUps({ parsedOnly: true }), (uri) => {
      const entry = this.entries.get(uri);
      return entry && entry.parsed.kind === 'note' && entry.items !== undefined ? this.resolvedOpenItems(uri, entry) : [];
    });
  }

  /** A note's open items with people resolved: only those are resolved when no query needed the done ones yet. */
  private resolvedOpenItems(uri: string, entry: Entry): FollowUp[] {
    const version = this.currentResolution();
    if (entry.resolved?.version === version) return entry.resolved.items.filter((f) => !f.done);
    if (entry.resolvedOpen?.version !== version) {
      const meeting = this.meetingOf(entry)!;
      const directory = this.directory();
      const items: FollowUp[] = [];
      for (const item of this.ensureItems(uri, entry)) {
        if (!item.done) items.push(resolveFollowUp(item, meeting, directory, directory.me?.name, this.options.coolOffDays));
      }
      entry.resolvedOpen = { version, items };
    }
    return entry.resolvedOpen.items;
  }

  private collectFollowUps(options: { includeDone?: boolean; parsedOnly?: boolean }): FollowUp[] {
    const includeDone = options.includeDone ?? false;
    const result: FollowUp[] = [];
    for (const [uri, entry] of this.entries) {
      if (entry.parsed.kind !== 'note') continue;
      if (!includeDone && entry.items === undefined && !entry.mayHaveOpen) continue;
      // While a host is still indexing in the background, it asks only for what is ready.
      if (options.parsedOnly && entry.items === undefined) continue;
      if (includeDone) result.push(...this.resolvedItems(uri, entry));
      else result.push(...this.resolvedOpenItems(uri, entry));
    }
    return result.sort(byFileAndLine);
  }

  /** A note's items with people resolved, cached until the note or the directory changes. */
  private resolvedItems(uri: string, entry: Entry): FollowUp[] {
    const version = this.currentResolution();
    if (entry.resolved?.version !== version) {
      const meeting = this.meetingOf(entry)!;
      const directory = this.directory();
      const items = this.ensureItems(uri, entry).map((item) => resolveFollowUp(item, meeting, directory, directory.me?.name, this.options.coolOffDays));
      entry.resolved = { version, items };
    }
    return entry.resolved.items;
  }

  /**
   * Every diagnostic: per file, the org chart, and follow-up dates. `parseBodies: false` skips
   * bodies not parsed yet (their follow-up date problems show once they are).
   */
  diagnostics(options: { parseBodies?: boolean } = {}): JournalDiagnostic[] {
    const parseBodies = options.parseBodies ?? true;
    const directory = this.directory();
    const result: JournalDiagnostic[] = [];
    for (const [uri, entry] of this.entries) {
      result.push(...entry.parsed.diagnostics);
      if (entry.parsed.kind === 'note') {
        if (parseBodies) this.ensureItems(uri, entry);
        result.push(...(entry.itemDiagnostics ?? []));
      }
    }
    result.push(...directory.diagnostics);
    for (const meeting of this.meetings()) result.push(...meetingDiagnostics(meeting, directory));
    return result.sort(byFileAndLine);
  }

  /**
   * Diagnostics of one file (cheap: no other body is parsed). `parseBody: false` leaves an
   * unparsed body alone, like `diagnostics({ parseBodies: false })`.
   */
  diagnosticsFor(uri: string, options: { parseBody?: boolean } = {}): JournalDiagnostic[] {
    const entry = this.entries.get(uri);
    if (!entry) return [];
    const directory = this.directory();
    const result = [...entry.parsed.diagnostics];
    if (entry.parsed.kind === 'note') {
      if (options.parseBody ?? true) this.ensureItems(uri, entry);
      result.push(...(entry.itemDiagnostics ?? []));
      result.push(...meetingDiagnostics(this.meetingOf(entry)!, directory));
    }
    result.push(...directory.diagnostics.filter((d) => d.uri === uri));
    return result.sort((a, b) => a.line - b.line);
  }
}

/** The latest date on or before `today` in a list sorted by date. */
function latestOnOrBefore(dates: readonly DatedNote[], today: IsoDate): IsoDate | undefined {
  const count = countOnOrBefore(dates, today);
  return count > 0 ? dates[count - 1].date : undefined;
}
