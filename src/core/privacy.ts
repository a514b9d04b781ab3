/**
 * Privacy mode's rules (docs/FORMAT.md#confidentiality), pure: what a surface shows for a person, a note's text, a path
 * or a detail line, which follow-ups and notes are confidential, and how a masked picker is still
 * searched by the real name. The vscode layer (src/vscode/privacy.ts) holds the on/off state and
 * hands these results to every surface; nothing here knows about VS Code.
 */
import type { Confidentiality, MeetingType } from './model';
import { initials, nameKey } from './names';

/** What privacy mode shows instead of a confidential note's text. */
export const CONFIDENTIAL_PLACEHOLDER = 'Confidential item';
/** What privacy mode shows instead of a note's path (paths name people: `1on1s/carly-chen/…`). */
export const HIDDEN_PATH = 'the note';

/**
 * Display names for privacy mode: initials, with a number when two people share them
 * ("D.D. (1)", "D.D. (2)"), so the two rows stay tellable apart. The number follows the order of
 * the real names, so it is stable while the same people exist. Keyed by `nameKey`.
 */
export function initialsLabels(names: readonly string[]): Map<string, string> {
  const byInitials = new Map<string, string[]>();
  for (const name of names) {
    const key = nameKey(name);
    const short = initials(name);
    const group = byInitials.get(short) ?? [];
    if (!group.includes(key)) group.push(key);
    byInitials.set(short, group);
  }
  const labels = new Map<string, string>();
  for (const [short, keys] of byInitials) {
    if (keys.length === 1) {
      labels.set(keys[0], short);
      continue;
    }
    [...keys].sort((a, b) => a.localeCompare(b, 'en')).forEach((key, i) => labels.set(key, `${short} (${i + 1})`));
  }
  return labels;
}

/** A person as shown: the name, or in privacy mode their (disambiguated) initials. */
export function personText(name: string, on: boolean, labels?: ReadonlyMap<string, string>): string {
  if (!on) return name;
  return labels?.get(nameKey(name)) ?? initials(name);
}

/**
 * A note's text as shown: in privacy mode hidden when it is confidential, and otherwise with the
 * names and aliases of people (`masker`) written as their initials — "ask Kwame" in a shareable
 * note still names someone on a shared screen.
 */
export function noteText(text: string, confidential: boolean, on: boolean, masker?: NameMasker): string {
  if (!on) return text;
  if (confidential) return CONFIDENTIAL_PLACEHOLDER;
  return masker ? masker(text) : text;
}

/** What privacy mode writes for a team's name inside a text. */
export const HIDDEN_TEAM = 'a team';

/** Rewrites the people named in a text as their initials. */
export type NameMasker = (text: string) => string;

/**
 * A masker for these people: every name and alias, as a whole word (case as written; longest
 * first, so "Carly Chen" wins over "Carly"), becomes the person's privacy-mode label, and every
 * team's name becomes "a team".
 */
export function nameMasker(people: ReadonlyArray<{ name: string; aliases: readonly string[]; team?: string }>, labels?: ReadonlyMap<string, string>): NameMasker {
  const shown = new Map<string, string>();
  for (const person of people) {
    const label = personText(person.name, true, labels);
    for (const written of [person.name, ...person.aliases]) {
      const key = written.trim();
      if (key.length >= 2 && !shown.has(key)) shown.set(key, label);
    }
  }
  // Team names point at people too ("reports to E.P. (Platform)"): "a team".
  for (const person of people) {
    const team = person.team?.trim();
    if (team && team.length >= 2 && !shown.has(team)) shown.set(team, HIDDEN_TEAM);
  }
  if (shown.size === 0) return (text) => text;
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = [...shown.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives})(?![\\p{L}\\p{N}_])`, 'gu');
  return (text) => text.replace(pattern, (m) => shown.get(m) ?? m);
}

/** A workspace-relative path as shown: in privacy mode, "the note". */
export function pathText(relativePath: string, on: boolean): string {
  return on ? HIDDEN_PATH : relativePath;
}

/**
 * One piece of a detail line (description, tooltip line, picker detail, message):
 * - a string is kept as written: group names, counts, due state, meeting type, fixed words;
 * - `{ person }` becomes initials in privacy mode;
 * - `{ note, confidential }` is a note's text, hidden when confidential;
 * - `{ role }`, `{ team }`, `{ date }`, `{ alias }`, `{ email }`, `{ path }` identify someone next
 *   to their initials and are left out in privacy mode (a last-met or note date, an org unit);
 * - `undefined`, `null`, `false` and `''` are skipped, so parts can be written conditionally.
 */
export type Part =
  | string
  | undefined
  | null
  | false
  | { person: string }
  | { note: string; confidential: boolean }
  | { role: string }
  | { team: string }
  | { date: string }
  | { alias: string }
  | { email: string }
  | { path: string };

/** The text a part shows; undefined when it shows nothing. */
export function partText(part: Part, on: boolean, labels?: ReadonlyMap<string, string>, masker?: NameMasker): string | undefined {
  if (part === undefined || part === null || part === false || part === '') return undefined;
  if (typeof part === 'string') return part;
  if ('person' in part) return personText(part.person, on, labels);
  if ('note' in part) return noteText(part.note, part.confidential, on, masker);
  if (on) return undefined;
  if ('role' in part) return part.role || undefined;
  if ('team' in part) return part.team || undefined;
  if ('date' in part) return part.date || undefined;
  if ('alias' in part) return part.alias || undefined;
  if ('email' in part) return part.email || undefined;
  return part.path || undefined;
}

/** Parts joined by `separator`, those that show nothing left out. */
export function detailText(parts: readonly Part[], on: boolean, labels?: ReadonlyMap<string, string>, separator = ' · ', masker?: NameMasker): string {
  return parts.map((p) => partText(p, on, labels, masker)).filter((t): t is string => t !== undefined).join(separator);
}

/**
 * A diagnostic's message written as parts (names as `{ person }`, files as `{ path }`): its plain
 * text for the CLI and the parts the privacy layer shows (docs/FORMAT.md#confidentiality).
 */
export function diagnosticMessage(parts: readonly Part[]): { message: string; shown: readonly Part[] } {
  return { message: detailText(parts, false, undefined, ''), shown: parts };
}

/**
 * Whether a value written in a file reads like someone's name: one to four words of letters
 * (with `'`, `-` or `.` inside), one of them capitalised — "Dana", "Zed Quinn", "O'Neil", but
 * not `standup`, `every 3 weeks`, `due:friday` or `2026/11/20`.
 */
export function looksLikeName(value: string): boolean {
  const words = value.trim().split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 4
    && words.every((w) => /^\p{L}[\p{L}\p{M}'’.-]*$/u.test(w))
    && words.some((w) => /^\p{Lu}/u.test(w));
}

/**
 * What a diagnostic shows as parts: its own, else its whole message as a shareable note's text,
 * so the people and teams it names still become initials and "a team" in privacy mode. A value
 * the journal could not read (`data.value` with no `data.suggestion`: an unknown `type`,
 * `relationship`, `cadence`, `mood`…) is echoed by the message; when it reads like a name it is
 * shown as a person too (initials in privacy mode), since the journal cannot tell a typo from
 * someone it does not know.
 */
export function diagnosticParts(diagnostic: { message: string; shown?: readonly Part[]; data?: Readonly<Record<string, string>> }): readonly Part[] {
  if (diagnostic.shown) return diagnostic.shown;
  const written = diagnostic.data?.suggestion === undefined ? diagnostic.data?.value?.trim() : undefined;
  if (written && looksLikeName(written) && diagnostic.message.includes(written)) {
    const parts: Part[] = [];
    diagnostic.message.split(written).forEach((piece, i) => {
      if (i > 0) parts.push({ person: written });
      if (piece) parts.push({ note: piece, confidential: false });
    });
    return parts;
  }
  return [{ note: diagnostic.message, confidential: false }];
}

/** Case-, accent- and spacing-insensitive form for matching what was typed. */
function fold(text: string): string {
  return nameKey(text);
}

/**
 * Whether what was typed in a picker matches an item's real texts (name, aliases, role…), so a
 * masked picker can still be searched by the real name: every typed word must occur in them.
 * An empty query matches nothing (the picker shows everything then anyway).
 */
export function matchesQuery(query: string, realTexts: readonly string[]): boolean {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return false;
  const haystack = realTexts.map(fold).join(' ');
  return words.every((w) => haystack.includes(w));
}

/** What confidentiality depends on for a note. */
export interface NoteConfidentiality {
  type: MeetingType;
  /** As written; undefined = confidential by default. */
  confidentiality?: Confidentiality;
}

/** What confidentiality depends on for one follow-up (or any list item) of a note. */
export interface ItemConfidentiality {
  /** `#confidential` on the item itself. */
  confidentialTag: boolean;
  /** The item is nested under a list item tagged `#confidential`. */
  underConfidential?: boolean;
}

/**
 * Whether a note is confidential (docs/FORMAT.md#notes, #confidentiality): by default yes; `shareable` makes it not,
 * except a skip-level note, which always is.
 */
export function isNoteConfidential(note: NoteConfidentiality): boolean {
  return note.type === 'skip-level' || note.confidentiality !== 'shareable';
}

/**
 * Whether a follow-up is confidential, decided per item (docs/FORMAT.md#follow-ups, #confidentiality): its note is, or it is
 * tagged `#confidential`, or it sits under an item tagged so — even inside a shareable note.
 */
export function isConfidential(item: ItemConfidentiality, note: NoteConfidentiality): boolean {
  return isNoteConfidential(note) || item.confidentialTag || item.underConfidential === true;
}

/** Why opening something from a 1:1 surface shows confidential text; undefined when it does not. */
export type ConfidentialReason = 'skip-level' | 'note' | 'item' | 'parts';

/**
 * Whether opening a note (at a follow-up, when `item` is given) puts confidential text on screen,
 * and why, decided per item (docs/FORMAT.md#confidentiality): a skip-level or confidential note; a follow-up tagged
 * `#confidential` or nested under one; a shareable note that still holds confidential parts
 * (`#confidential` items or paragraphs, "(private)" sections — `parts` counts them).
 */
export function whyConfidential(
  note: NoteConfidentiality,
  item?: ItemConfidentiality,
  parts?: { confidentialItems: number; privateSections: number },
): ConfidentialReason | undefined {
  if (note.type === 'skip-level') return 'skip-level';
  if (isNoteConfidential(note)) return 'note';
  if (item && isConfidential(item, note)) return 'item';
  if (parts && parts.confidentialItems + parts.privateSections > 0) return 'parts';
  return undefined;
}
