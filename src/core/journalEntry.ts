/**
 * One indexed file of the journal: what its frontmatter says (read at once, cheap) and, once a
 * query needs them, its task items (the body parse). The store in ./journal.ts holds one entry
 * per file; this module owns how an entry is made from a file and how its body is parsed.
 */
import type { FollowUp, JournalDiagnostic, Meeting, PersonProfile, RawFollowUp } from './model';
import { decodeAcceptedBytes, decodeNoteBytes, stripBom } from './parse/decode';
import { parseJournalFile, type ParsedFile } from './parse/file';
import { findFrontmatter } from './parse/fence';
import { mayContainBadTokenDate, parseFollowUps, precheckBody, withinNestingBudget } from './parse/followUps';

/** Bodies longer than this are not parsed for follow-ups (a diagnostic says so). */
export const MAX_BODY_CHARS = 1_000_000;

export interface Entry {
  parsed: ParsedFile | { kind: 'unreadable'; diagnostics: JournalDiagnostic[] };
  /**
   * The text, kept only until the body has been parsed; for a file read as bytes, `bytes`
   * instead (decoded again when the body is parsed: a kept string is copied by every young
   * garbage collection until it is old, which cost more than the decoding on long notes, while
   * a byte array's contents live outside the collected heap).
   */
  text?: string;
  /** The file's bytes, kept instead of `text` until the body has been parsed (never changed). */
  bytes?: Uint8Array;
  /** Parsed task items; undefined until parsed. */
  items?: RawFollowUp[];
  itemDiagnostics?: JournalDiagnostic[];
  /** False when the text cannot contain an open item, so open-item queries may skip the parse. */
  mayHaveOpen: boolean;
  /**
   * True when parsing the body may report a problem (a bad follow-up date, too deep a nesting):
   * such a body is parsed in the background like one with open items, so `check` and the
   * Problems panel report the same before the note is opened. (Bad dates are looked for only
   * when `mayHaveOpen` is false: a body that may hold open items is parsed anyway.)
   */
  mayHaveProblems?: boolean;
  /**
   * Set for a body with only ticked checkboxes that has not been looked at for problems yet
   * (`checkEntryProblems`): the background pass does it after the bodies that may hold open
   * items, so the first index does not pay for it before any view has its data.
   */
  problemsUnchecked?: boolean;
  /** Where the body's first possible checkbox is (bad dates are looked for from there on). */
  firstCheckbox?: number;
  /** The text is within the nesting budget (`withinNestingBudget`), measured when it was set. */
  withinBudget?: boolean;
  /** The note's meeting, resolved against the directory of `version`. */
  meeting?: { version: number; meeting: Meeting };
  /** Every item resolved (done ones too), against the directory of `version`. */
  resolved?: { version: number; items: FollowUp[] };
  /** The open items resolved, against the directory of `version` (when `resolved` is not current). */
  resolvedOpen?: { version: number; items: FollowUp[] };
}

/**
 * The entry of a file read as text (a BOM is dropped); `extraDiagnostics` come from decoding.
 * `bytes`, when given, are what `rawText` was decoded from, kept instead of the text.
 */
export function textEntry(uri: string, rawText: string, extraDiagnostics: readonly JournalDiagnostic[], bytes?: Uint8Array): Entry {
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
    } else {
      // Checkboxes in the frontmatter or in top-level code blocks and comments do not count.
      const { firstCheckbox, mayHaveOpen } = precheckBody(text, findFrontmatter(text)?.bodyOffset ?? 0);
      if (firstCheckbox >= 0) {
        if (bytes) entry.bytes = bytes;
        else entry.text = text;
        entry.mayHaveOpen = mayHaveOpen;
        // A body that may hold open items is parsed anyway (which measures its nesting then):
        // only the others are measured, and looked at for bad dates, later.
        if (!mayHaveOpen) {
          entry.problemsUnchecked = true;
          entry.firstCheckbox = firstCheckbox;
        }
      } else {
        entry.items = [];
      }
    }
  }
  return entry;
}

/** The entry of a file read as bytes: UTF-8 decoded (BOM or not); a binary file is unreadable, with its reason. */
export function bytesEntry(uri: string, bytes: Uint8Array): Entry {
  const decoded = decodeNoteBytes(bytes);
  if (!decoded.ok) return unreadableEntry(uri, decoded.reason);
  const warnings: JournalDiagnostic[] = decoded.warning
    ? [{ uri, line: 1, severity: 'warning', code: 'not-utf8', message: decoded.warning }]
    : [];
  return textEntry(uri, decoded.text, warnings, bytes);
}

/** The text an entry's body is parsed from: kept, or decoded again from the kept bytes exactly as `bytesEntry` did. */
function sourceText(entry: Entry): string {
  if (entry.text !== undefined) return entry.text;
  if (!entry.bytes) return '';
  return stripBom(decodeAcceptedBytes(entry.bytes));
}

/** The entry of a file that could not be read, so the problem shows instead of silently missing data. */
export function unreadableEntry(uri: string, reason: string): Entry {
  return {
    parsed: { kind: 'unreadable', diagnostics: [{ uri, line: 1, severity: 'warning', code: 'unreadable', message: reason }] },
    items: [],
    mayHaveOpen: false,
  };
}

/**
 * Looks at a body with only ticked checkboxes for what parsing it could report (too deep a
 * nesting, a bad date), without parsing it: afterwards `needsBodyParse` says whether it must be.
 * Returns the text it decoded, for that parse.
 */
export function checkEntryProblems(entry: Entry): string | undefined {
  if (!entry.problemsUnchecked) return undefined;
  entry.problemsUnchecked = undefined;
  if (entry.items) return undefined;
  const text = sourceText(entry);
  entry.withinBudget = withinNestingBudget(text);
  entry.mayHaveProblems = !entry.withinBudget || mayContainBadTokenDate(text, entry.firstCheckbox ?? 0);
  return text;
}

/** Whether the body still has to be parsed before open-item queries or diagnostics can use it. */
export function needsBodyParse(entry: Entry): boolean {
  return (entry.mayHaveOpen || entry.mayHaveProblems === true) && entry.items === undefined;
}

/** The entry's task items, parsing its body the first time (the text is dropped afterwards); `decoded`: its text, when the caller has it. */
export function parseEntryBody(uri: string, entry: Entry, decoded?: string): RawFollowUp[] {
  if (entry.items) return entry.items;
  const text = decoded ?? sourceText(entry);
  const bodyStartLine = entry.parsed.kind === 'note' ? entry.parsed.note.bodyStartLine : 1;
  const { items, badDates, problem } = parseFollowUps(text, bodyStartLine, entry.withinBudget === undefined ? {} : { withinBudget: entry.withinBudget });
  entry.items = items;
  entry.itemDiagnostics = badDates.map((b) => ({
    uri, line: b.line, severity: 'warning' as const, code: 'bad-follow-up-date' as const,
    message: `"${b.token}" is not a date: write YYYY-MM-DD.`,
    data: { value: b.token },
  }));
  if (problem) entry.itemDiagnostics.push({ uri, line: problem.line, severity: 'warning', code: problem.kind, message: problem.message });
  entry.text = undefined; // the items are all we need from now on
  entry.bytes = undefined;
  entry.problemsUnchecked = undefined;
  return items;
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

/**
 * The profile fields that only show (the People view's description, the person page, talking
 * points): they never change how names resolve, who is me, relationships, the org chart,
 * cadences, Upcoming, or any diagnostic of the directory. Every other field of `PersonProfile`
 * does, or may (name, aliases, reportsTo and its line, relationship, cadence, away, active, uri),
 * and so does `team`: privacy mode hides team names in every text, and works out which words to
 * hide when the directory's people change (a patched team would leave the new name shown).
 */
export const DISPLAY_ONLY_PROFILE_FIELDS = ['role', 'email', 'talkingPoints'] as const;

/**
 * Whether replacing `old` with `next` changes a person profile in its display-only fields alone
 * (`DISPLAY_ONLY_PROFILE_FIELDS`, with the same diagnostics): the directory can then keep every
 * person and just take the new profile. Returns the two profiles when so.
 */
export function displayOnlyProfileChange(old: Entry | undefined, next: Entry | undefined): { before: PersonProfile; after: PersonProfile } | undefined {
  const a = old?.parsed;
  const b = next?.parsed;
  if (a?.kind !== 'person' || b?.kind !== 'person') return undefined;
  if (JSON.stringify(a.diagnostics) !== JSON.stringify(b.diagnostics)) return undefined;
  return JSON.stringify(withoutDisplayFields(a.profile)) === JSON.stringify(withoutDisplayFields(b.profile)) ? { before: a.profile, after: b.profile } : undefined;
}

function withoutDisplayFields(profile: PersonProfile): Partial<PersonProfile> {
  const rest: Partial<PersonProfile> = { ...profile };
  for (const field of DISPLAY_ONLY_PROFILE_FIELDS) delete rest[field];
  return rest;
}

/** Whether replacing `old` with `next` can change the people directory or resolved meetings. */
export function affectsDirectory(old: Entry | undefined, next: Entry | undefined): boolean {
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
