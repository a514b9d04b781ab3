/**
 * Talking points (docs/FORMAT.md#people): the list items under a `## Next 1:1` heading in a person's profile,
 * topics queued for the next 1:1 ("things that can wait to the 1:1 should"). Pure: text in, text
 * changes out. The editor layer applies the changes with one WorkspaceEdit.
 *
 * Positions are 0-based lines and characters of the text split on `\r?\n`, which is what an
 * editor means by a position whatever the file's line endings are. Inserted text uses the line
 * ending the file already uses (CRLF stays CRLF).
 */
import { findSection } from './noteEdits';
import { NO_TALKING_POINTS } from './templates';

/** The profile heading talking points are queued under. */
export const TALKING_POINTS_HEADING = '## Next 1:1';
/** The note heading talking points go to. */
export const MY_TOPICS_HEADING = '## My topics';

const NEXT_TITLE = /^next\s+1\s*:\s*1$/i;
const MY_TOPICS_TITLE = /^my\s+topics$/i;
const FOLLOW_UPS_TITLE = /^follow[- ]?ups?$/i;
const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;

/** A queued talking point: one top-level list item of the `## Next 1:1` section. */
export interface TalkingPoint {
  /** 1-based line of the item's marker. */
  line: number;
  /** 1-based last line of the item (its nested items and continuation lines included). */
  endLine: number;
  /** The item's text: its lines without the marker, whitespace collapsed. */
  text: string;
  /** The item's lines as written (line endings removed), to move them whole. */
  source: string[];
}

/** A replacement of the 0-based range `start`–`end` with `text` (an insertion when they are equal). */
export interface TextChange {
  start: { line: number; character: number };
  end: { line: number; character: number };
  text: string;
}

/** The file's line ending: CRLF when its first line ends with one, else LF. */
export function eolOf(text: string): '\r\n' | '\n' {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** The top-level list items of the section that starts at 0-based `heading` and ends before `end`. */
function listItems(lines: readonly string[], heading: number, end: number): TalkingPoint[] {
  const points: TalkingPoint[] = [];
  let current: { start: number; last: number; indent: number; parts: string[]; nested: boolean } | undefined;
  let topIndent: number | undefined;
  let inComment = false;
  const close = (): void => {
    if (!current) return;
    const text = current.parts.join(' ').replace(/\s+/g, ' ').trim();
    if (text) {
      points.push({ line: current.start + 1, endLine: current.last + 1, text, source: lines.slice(current.start, current.last + 1) });
    }
    current = undefined;
  };
  for (let i = heading + 1; i < end; i++) {
    const line = lines[i];
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    if (/^\s*<!--/.test(line) && !line.includes('-->')) {
      close();
      inComment = true;
      continue;
    }
    if (/^\s*<!--.*-->\s*$/.test(line)) {
      close();
      continue;
    }
    const m = LIST_ITEM.exec(line);
    const indent = indentOf(line);
    if (m && (topIndent === undefined || indent <= topIndent)) {
      close();
      topIndent ??= indent;
      current = { start: i, last: i, indent, parts: [m[2] ?? ''], nested: false };
      continue;
    }
    if (!current) continue;
    if (line.trim() === '') {
      // A blank line ends the item unless an indented line continues it.
      const next = lines.slice(i + 1, end).find((l) => l.trim() !== '');
      if (next === undefined || indentOf(next) <= current.indent) close();
      continue;
    }
    // A nested item or a continuation line belongs to the open item; only its own lines make its text.
    current.last = i;
    if (m) current.nested = true;
    else if (!current.nested) current.parts.push(line);
  }
  close();
  return points;
}

/** The talking points queued in a profile, in file order. */
export function parseTalkingPoints(profileText: string): TalkingPoint[] {
  if (!/next\s+1\s*:\s*1/i.test(profileText)) return [];
  const lines = splitLines(profileText);
  const section = findSection(lines, NEXT_TITLE);
  return section ? listItems(lines, section.heading, section.end) : [];
}

/** One line of list-item text: whitespace collapsed, a list marker or checkbox someone selected dropped. */
export function cleanTalkingPoint(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The last line of a section worth writing after: its last non-blank line, the heading at least. */
function lastContentLine(lines: readonly string[], heading: number, end: number): number {
  let last = heading;
  for (let i = heading + 1; i < end; i++) if (lines[i].trim() !== '') last = i;
  return last;
}

/** An insertion of `insert` right after the last non-blank line of the text (a new section at the end). */
function appendSection(lines: readonly string[], eol: string, heading: string, item: string): TextChange {
  let last = lines.length - 1;
  while (last >= 0 && lines[last].trim() === '') last--;
  if (last < 0) {
    const at = { line: 0, character: 0 };
    return { start: at, end: at, text: `${heading}${eol}${item}${eol}` };
  }
  const at = { line: last, character: lines[last].length };
  return { start: at, end: at, text: `${eol}${eol}${heading}${eol}${item}` };
}

/**
 * Queues `point` in a profile: a new item at the end of its `## Next 1:1` section, or the
 * section, created after the last text, when there is none. Nothing else changes.
 */
export function appendTalkingPoint(profileText: string, point: string): TextChange {
  const lines = splitLines(profileText);
  const eol = eolOf(profileText);
  const item = `- ${cleanTalkingPoint(point)}`;
  const section = findSection(lines, NEXT_TITLE);
  if (!section) return appendSection(lines, eol, TALKING_POINTS_HEADING, item);
  const last = lastContentLine(lines, section.heading, section.end);
  const at = { line: last, character: lines[last].length };
  return { start: at, end: at, text: `${eol}${item}` };
}

/**
 * Adds `point` to a note's `## My topics`: it fills the section's first empty list item (the
 * writing spot a template leaves), else goes after the section's last text. A note without the
 * section gets one before its Follow-ups section, else at the end.
 */
export function appendToMyTopics(noteText: string, point: string): TextChange {
  const lines = splitLines(noteText);
  const eol = eolOf(noteText);
  const clean = cleanTalkingPoint(point);
  const section = findSection(lines, MY_TOPICS_TITLE);
  if (section) {
    for (let i = section.heading + 1; i < section.end; i++) {
      const m = /^([ \t]*[-*+])[ \t]*$/.exec(lines[i]);
      if (m) return { start: { line: i, character: 0 }, end: { line: i, character: lines[i].length }, text: `${m[1]} ${clean}` };
    }
    const last = lastContentLine(lines, section.heading, section.end);
    const at = { line: last, character: lines[last].length };
    return { start: at, end: at, text: `${eol}- ${clean}` };
  }
  const followUps = findSection(lines, FOLLOW_UPS_TITLE);
  if (followUps) {
    const at = { line: followUps.heading, character: 0 };
    return { start: at, end: at, text: `${MY_TOPICS_HEADING}${eol}- ${clean}${eol}${eol}` };
  }
  return appendSection(lines, eol, MY_TOPICS_HEADING, `- ${clean}`);
}

/**
 * Removes the given talking points (all of them by default) from a profile: whole lines, the
 * heading stays for the next ones. Adjacent items become one change, so the changes never touch.
 */
export function removeTalkingPoints(profileText: string, points: readonly TalkingPoint[] = parseTalkingPoints(profileText)): TextChange[] {
  const lines = splitLines(profileText);
  const ranges = [...points].sort((a, b) => a.line - b.line).map((p) => ({ from: p.line - 1, to: p.endLine - 1 }));
  const merged: { from: number; to: number }[] = [];
  for (const r of ranges) {
    const prev = merged[merged.length - 1];
    // Items separated only by blank lines go together, blank lines included.
    if (prev && lines.slice(prev.to + 1, r.from).every((l) => l.trim() === '')) prev.to = Math.max(prev.to, r.to);
    else merged.push({ ...r });
  }
  return merged.map(({ from, to }) => {
    if (to + 1 < lines.length) return { start: { line: from, character: 0 }, end: { line: to + 1, character: 0 }, text: '' };
    // The last line of a file without a final newline: take the line ending before it instead.
    const start = from > 0 ? { line: from - 1, character: lines[from - 1].length } : { line: 0, character: 0 };
    return { start, end: { line: to, character: lines[to].length }, text: '' };
  });
}

/**
 * The markdown `${talkingPoints}` stands for in a template: the queued items as written, or an
 * empty list item (a place to write) when nothing is queued.
 */
export function renderTalkingPoints(points: readonly TalkingPoint[]): string {
  if (points.length === 0) return NO_TALKING_POINTS;
  const lines = points.flatMap((p) => p.source);
  const indent = Math.min(...points.map((p) => /^[ \t]*/.exec(p.source[0])![0].length));
  return lines.map((l) => l.slice(Math.min(indent, /^[ \t]*/.exec(l)![0].length))).join('\n');
}

/** Applies changes to a text (for tests and previews); the changes must not overlap. */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }): number => {
    let o = 0;
    for (let i = 0; i < p.line; i++) o += lines[i].length + 1;
    // A CRLF line's `\r` is not a character position: it sits after the line's last one.
    return o + p.character;
  };
  const sorted = [...changes].sort((a, b) => offset(b.start) - offset(a.start));
  let result = text;
  for (const c of sorted) result = result.slice(0, offset(c.start)) + c.text + result.slice(offset(c.end));
  return result;
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
}
