/**
 * The in-memory index of a journal: `set(uri, text)` / `delete(uri)` one file at a time, queries
 * over everything, and a change event. Re-parsing one file never re-parses the others.
 *
 * Cost model (see bench/): a file's frontmatter is read at once (~0.02 ms), which is all the
 * Upcoming and People data need. A note's body is parsed for follow-ups only when a query asks
 * for them, and only when its text can contain a task item at all; `parseSomeBodies` lets a host
 * do that work ahead of time in small chunks.
 */
import type { FollowUp, JournalDiagnostic, Meeting, Note, PersonProfile, RawFollowUp } from './model';
import { resolveFollowUp, shareableIgnored } from './followUpResolution';
import { diagnosticMessage, isNoteConfidential } from './privacy';
import { buildDirectory, defaultMeetingType, summarizeNotes, type Directory, type NoteSummary } from './people';
import { decodeNoteBytes, stripBom } from './parse/decode';
import { parseJournalFile, type ParsedFile } from './parse/file';
import { mayContainBadTokenDate, mayContainOpenTask, mayContainTask, parseFollowUps } from './parse/followUps';
import { measureNesting } from './parse/markdown';
import { DEFAULT_SETTINGS } from './settings';

export interface JournalOptions {
  /** Name or alias of me, when no profile has `relationship: self`. */
  me?: string;
  /** Implicit cool-off of skip-level follow-ups, in days from the note's date. */
  coolOffDays: number;
}

export const DEFAULT_JOURNAL_OPTIONS: JournalOptions = { coolOffDays: DEFAULT_SETTINGS.coolOffDays };

/** Past this many changed files, the open follow-ups are collected again instead of patched. */
const MAX_PATCHED_FILES = 64;

/** Bodies longer than this are not parsed for follow-ups (a diagnostic says so). */
export const MAX_BODY_CHARS = 1_000_000;

export interface JournalChange {
  /** The files that changed (set or deleted); empty when only options changed. */
  uris: readonly string[];
}

type Listener = (change: JournalChange) => void;

interface Entry {
  parsed: ParsedFile | { kind: 'unreadable'; diagnostics: JournalDiagnostic[] };
  /** The text, kept only until the body has been parsed. */
  text?: string;
  /** Parsed task items; undefined until parsed. */
  items?: RawFollowUp[];
  itemDiagnostics?: JournalDiagnostic[];
  /** False when the text cannot contain an open item, so open-item queries may skip the parse. */
  mayHaveOpen: boolean;
  /**
   * True when parsing the body may report a problem (a bad follow-up date, too deep a nesting):
   * such a body is parsed in the background like one with open items, so `check` and the
   * Problems panel report the same before the note is opened.
   */
  mayHaveProblems?: boolean;
  /** The note's meeting, resolved against the directory of `version`. */
  meeting?: { version: number; meeting: Meeting };
  /** Every item resolved (done ones too), against the directory of `version`. */
  resolved?: { version: number; items: FollowUp[] };
}

export class Journal {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<Listener>();
  private options: JournalOptions;
  /** Bumped when anything the directory depends on changes (profiles, note person/type/date, options). */
  private directoryVersion = 0;
  private cachedDirectory?: { version: number; directory: Directory };
  /**
   * Bumped only when a rebuilt directory resolves names, relationships or me differently (or the
   * options change): a profile's role or team changing leaves resolved notes and items valid.
   */
  private resolutionVersion = 0;
  private resolutionFingerprint = '';
  private cachedMeetings?: { version: number; meetings: Meeting[] };
  private readonly memos = new Map<string, { key: string; value: unknown }>();
  /** Profile files, and note files per `person` name, kept as files change (no full walks). */
  private readonly profileUris = new Set<string>();
  private readonly notesByName = new Map<string, Set<string>>();
  private readonly summaries = new Map<string, NoteSummary>();
  /** The open follow-ups, sorted, and the files changed since they were computed. */
  private openCache?: { resolution: number; items: FollowUp[] };
  private readonly openCacheStale = new Set<string>();
  private batchDepth = 0;
  private batchedUris: string[] = [];
  /** Notes whose bodies may hold open items or problems and are not parsed yet. */
  private readonly unparsedOpen = new Set<string>();

  constructor(options: Partial<JournalOptions> = {}) {
    this.options = { ...DEFAULT_JOURNAL_OPTIONS, ...options };
  }

  // ── Updates ────────────────────────────────────────────────────────────────────────────────

  setOptions(options: Partial<JournalOptions>): void {
    this.options = { ...DEFAULT_JOURNAL_OPTIONS, ...options };
    this.directoryVersion++;
    this.resolutionVersion++;
    this.openCache = undefined;
    this.emit([]);
  }

  /**
   * Changes whenever anything but a note's body changes: profiles, a note's person, type, date
   * or confidentiality, notes added or removed, options. What depends only on those (who is due,
   * the rotation) can be kept while it stays the same.
   */
  get structureVersion(): number {
    return this.directoryVersion;
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
    this.setText(uri, rawText, []);
  }

  private setText(uri: string, rawText: string, extraDiagnostics: JournalDiagnostic[]): void {
    const text = stripBom(rawText);
    const parsed = parseIsolated(uri, text);
    parsed.diagnostics.push(...extraDiagnostics);
    const entry: Entry = { parsed, mayHaveOpen: false };
    if (parsed.kind === 'note') {
      if (text.length > MAX_BODY_CHARS) {
        entry.items = [];
        entry.itemDiagnostics = [{
          uri, line: 1, severity: 'information', code: 'too-large',
          message: `This note is larger than ${MAX_BODY_CHARS / 1_000_000} MB, so its follow-ups are not tracked. Split it into smaller notes.`,
        }];
      } else if (mayContainTask(text)) {
        entry.text = text;
        entry.mayHaveOpen = mayContainOpenTask(text);
        entry.mayHaveProblems = mayContainBadTokenDate(text) || measureNesting(text) !== undefined;
      } else {
        entry.items = [];
      }
    }
    this.replace(uri, entry);
  }

  /** Indexes one file from its bytes: decodes UTF-8 (BOM or not), refuses binary files with a diagnostic. */
  setBytes(uri: string, bytes: Uint8Array): void {
    const decoded = decodeNoteBytes(bytes);
    if (!decoded.ok) {
      this.setUnreadable(uri, decoded.reason);
      return;
    }
    const warnings: JournalDiagnostic[] = decoded.warning
      ? [{ uri, line: 1, severity: 'warning', code: 'not-utf8', message: decoded.warning }]
      : [];
    this.setText(uri, decoded.text, warnings);
  }

  /** Records a file that could not be read, so the problem shows instead of silently missing data. */
  setUnreadable(uri: string, reason: string): void {
    this.replace(uri, {
      parsed: { kind: 'unreadable', diagnostics: [{ uri, line: 1, severity: 'warning', code: 'unreadable', message: reason }] },
      items: [],
      mayHaveOpen: false,
    });
  }

  delete(uri: string): void {
    const old = this.entries.get(uri);
    if (!old) return;
    this.entries.delete(uri);
    this.track(uri, old, undefined);
    this.unparsedOpen.delete(uri);
    if (affectsDirectory(old, undefined)) this.directoryVersion++;
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
    this.track(uri, old, entry);
    if ((entry.mayHaveOpen || entry.mayHaveProblems) && entry.items === undefined) this.unparsedOpen.add(uri);
    else this.unparsedOpen.delete(uri);
    if (affectsDirectory(old, entry)) this.directoryVersion++;
    this.emit([uri]);
  }

  /** Keeps the profile list and the per-name note groups in step with one file's change. */
  private track(uri: string, old: Entry | undefined, next: Entry | undefined): void {
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

  /** One summary per `person` name, recomputed only for the names whose notes changed. */
  private noteSummaries(): NoteSummary[] {
    const result: NoteSummary[] = [];
    for (const [name, uris] of this.notesByName) {
      if (!name) continue;
      let summary = this.summaries.get(name);
      if (!summary) {
        const notes: Note[] = [];
        for (const uri of uris) {
          const parsed = this.entries.get(uri)?.parsed;
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

  private emit(uris: string[]): void {
    this.cachedMeetings = undefined; // cheap to rebuild; holds the changed note objects
    for (const uri of uris) this.openCacheStale.add(uri);
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

  /** How many note bodies that may hold open follow-ups or problems are still unparsed. */
  pendingBodies(): number {
    return this.unparsedOpen.size;
  }

  /** Parses up to `max` pending bodies; returns how many remain. Lets a host index in chunks that yield. */
  parseSomeBodies(max: number): number {
    let n = 0;
    for (const uri of this.unparsedOpen) {
      if (n++ >= max) break;
      const entry = this.entries.get(uri);
      if (entry) this.ensureItems(uri, entry);
    }
    return this.unparsedOpen.size;
  }

  private ensureItems(uri: string, entry: Entry): RawFollowUp[] {
    if (entry.items) return entry.items;
    const text = entry.text ?? '';
    const bodyStartLine = entry.parsed.kind === 'note' ? entry.parsed.note.bodyStartLine : 1;
    const { items, badDates, problem } = parseFollowUps(text, bodyStartLine);
    entry.items = items;
    entry.itemDiagnostics = badDates.map((b) => ({
      uri, line: b.line, severity: 'warning' as const, code: 'bad-follow-up-date' as const,
      message: `"${b.token}" is not a date: write YYYY-MM-DD.`,
      data: { value: b.token },
    }));
    if (problem) entry.itemDiagnostics.push({ uri, line: problem.line, severity: 'warning', code: problem.kind, message: problem.message });
    entry.text = undefined; // the items are all we need from now on
    this.unparsedOpen.delete(uri);
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
    for (const uri of this.profileUris) {
      const parsed = this.entries.get(uri)?.parsed;
      if (parsed?.kind === 'person') profiles.push(parsed.profile);
    }
    return profiles;
  }

  /** How many notes and profiles the journal holds (cheap). */
  counts(): { notes: number; profiles: number } {
    let notes = 0;
    for (const uris of this.notesByName.values()) notes += uris.size;
    return { notes, profiles: this.profileUris.size };
  }

  /** People, org chart and me; rebuilt only when a profile or a note's person/type/date changed. */
  directory(): Directory {
    if (this.cachedDirectory?.version !== this.directoryVersion) {
      const directory = buildDirectory({ profiles: this.profiles(), noteSummaries: this.noteSummaries(), ...(this.options.me ? { me: this.options.me } : {}) });
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
    const version = this.currentResolution();
    if (this.cachedMeetings?.version === version) return this.cachedMeetings.meetings;
    const meetings: Meeting[] = [];
    for (const entry of this.entries.values()) {
      const meeting = this.meetingOf(entry);
      if (meeting) meetings.push(meeting);
    }
    this.cachedMeetings = { version, meetings };
    return meetings;
  }

  private meetingOf(entry: Entry): Meeting | undefined {
    if (entry.parsed.kind !== 'note') return undefined;
    const version = this.currentResolution();
    if (entry.meeting?.version !== version) {
      entry.meeting = { version, meeting: this.resolveMeeting(entry.parsed.note, this.directory()) };
    }
    return entry.meeting.meeting;
  }

  private resolveMeeting(note: Note, directory: Directory): Meeting {
    const person = directory.resolve(note.personName);
    const type = note.explicitType ?? defaultMeetingType(person?.relationship);
    const confidential = isNoteConfidential({ type, confidentiality: note.confidentiality });
    return { note, person: person?.name ?? note.personName, type, confidential };
  }

  /**
   * Follow-ups with people resolved. `includeDone: false` (the default) parses only the bodies
   * that can hold an open item.
   */
  followUps(options: { includeDone?: boolean; parsedOnly?: boolean } = {}): FollowUp[] {
    if (!options.includeDone && !options.parsedOnly) return this.openFollowUps();
    return this.collectFollowUps(options);
  }

  /**
   * Every open follow-up, kept sorted between calls: after a change to a few files only their
   * items are replaced, so a view's refresh costs the change, not the journal. Do not mutate.
   */
  private openFollowUps(): FollowUp[] {
    const resolution = this.currentResolution();
    const cache = this.openCache;
    if (!cache || cache.resolution !== resolution || this.openCacheStale.size > MAX_PATCHED_FILES || this.pendingBodies() > 0) {
      this.openCache = { resolution: this.currentResolution(), items: this.collectFollowUps({}) };
    } else {
      for (const uri of this.openCacheStale) this.patchOpen(cache.items, uri);
    }
    this.openCacheStale.clear();
    return this.openCache!.items;
  }

  /** Replaces one file's items in the sorted open list (they are contiguous: sorted by file, then line). */
  private patchOpen(items: FollowUp[], uri: string): void {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid].uri < uri) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < items.length && items[end].uri === uri) end++;
    const entry = this.entries.get(uri);
    const fresh = entry && entry.parsed.kind === 'note' && (entry.items !== undefined || entry.mayHaveOpen)
      ? this.resolvedItems(uri, entry).filter((f) => !f.done)
      : [];
    items.splice(lo, end - lo, ...fresh);
  }

  private collectFollowUps(options: { includeDone?: boolean; parsedOnly?: boolean }): FollowUp[] {
    const includeDone = options.includeDone ?? false;
    const result: FollowUp[] = [];
    for (const [uri, entry] of this.entries) {
      if (entry.parsed.kind !== 'note') continue;
      if (!includeDone && entry.items === undefined && !entry.mayHaveOpen) continue;
      // While a host is still indexing in the background, it asks only for what is ready.
      if (options.parsedOnly && entry.items === undefined) continue;
      for (const item of this.resolvedItems(uri, entry)) {
        if (includeDone || !item.done) result.push(item);
      }
    }
    return result.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.line - b.line));
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
    return result.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.line - b.line));
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

/** Reads one file's frontmatter; whatever the file holds, a failure is that file's diagnostic, never the journal's. */
function parseIsolated(uri: string, text: string): ParsedFile {
  try {
    return parseJournalFile(uri, text);
  } catch (error) {
    return {
      kind: 'other',
      diagnostics: [{ uri, line: 1, severity: 'warning', code: 'parse-failed', message: `This file could not be read as a note (${String((error as Error)?.message ?? error)}).` }],
    };
  }
}

function meetingDiagnostics(meeting: Meeting, directory: Directory): JournalDiagnostic[] {
  const { note } = meeting;
  const result: JournalDiagnostic[] = [];
  if (shareableIgnored(meeting.type, note.confidentiality)) {
    result.push({
      uri: note.uri, line: note.keyLines.confidentiality ?? 1, severity: 'warning', code: 'skip-level-shareable',
      message: 'A skip-level note is always confidential: what someone tells you in a skip-level must not be shared. It is treated as confidential.',
    });
  }
  if (note.personName && !directory.resolve(note.personName)?.profile) {
    result.push({
      uri: note.uri, line: note.keyLines.person ?? 1, severity: 'information', code: 'unknown-person',
      ...diagnosticMessage(['"', { person: note.personName }, '" has no person profile yet: create one to place them in the org chart.']),
      data: { value: note.personName },
    });
  }
  return result;
}

/** Whether replacing `old` with `next` can change the people directory or resolved meetings. */
function affectsDirectory(old: Entry | undefined, next: Entry | undefined): boolean {
  const a = old?.parsed;
  const b = next?.parsed;
  if (!a || !b) return (a?.kind === 'note' || a?.kind === 'person') || (b?.kind === 'note' || b?.kind === 'person');
  if (a.kind !== b.kind) return true;
  if (a.kind === 'person' && b.kind === 'person') return JSON.stringify(a.profile) !== JSON.stringify(b.profile);
  if (a.kind === 'note' && b.kind === 'note') {
    return a.note.personName !== b.note.personName || a.note.explicitType !== b.note.explicitType || a.note.date !== b.note.date
      || a.note.confidentiality !== b.note.confidentiality;
  }
  return false;
}
