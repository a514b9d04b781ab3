/**
 * The fast path of follow-up detection: a line scanner that models just the block structure
 * notes are written in, and reads their task items without building a syntax tree (≈ 20× faster
 * than remark on a typical note, bench/RESULTS.md "P1"). It is conservative: on anything it does
 * not model it returns `undefined`, and the caller parses the note with remark, which stays the
 * authority (test/fuzz compares the two on every generated note).
 *
 * Modelled: paragraphs and their lazy continuation lines; bullet and ordered list items, nested
 * by indentation (content columns; where only `1.` may interrupt a paragraph, another number
 * is refused rather than modelled); ATX headings; thematic breaks; fenced code and HTML comments at
 * the top level; indented code; block quotes at the top level holding plain text; `\n` and
 * `\r\n` line endings.
 *
 * Refused (→ remark): tabs, a lone `\r`, HTML blocks other than top-level comments, fences or
 * comments inside list items, quotes holding anything but plain text or inside list items,
 * setext underlines, empty list items, two list markers on one line, items whose text starts
 * with a link label, task items whose text starts with `[`, a list item after indented code that could not start a list there, items
 * indented 5+ columns after their marker, and lists nested deeper than `MAX_DEPTH`.
 */
import type { RawFollowUp } from '../model';
import { detachedSlice, lineStarts } from './fence';
import type { BadTokenDate } from './followUps';
import { hasToken } from './tokens';
import { closesFence } from './topLevelCode';

/** Items nested deeper than this go to remark (and its nesting budget). */
const MAX_DEPTH = 16;

/*
 * Block starts are recognised by hand on the note's own text (offsets, no substring per line):
 * a list item, heading or thematic break on every few lines made the scanner allocate more than
 * it read. Each reader below says the pattern it stands for, matched against the line's text from
 * its first non-space character (`rest`) to its end, without the line ending.
 */
/**
 * The characters (code units below 128) a line's text may start with when it starts a block the
 * scanner handles other than a paragraph: `=` and `-` (a setext underline), `*`, `-` and `_` (a
 * thematic break), `#`, backtick and `~`, `<`, `>`, `+` and digits (list markers). The readers
 * below all begin with one of them; a line starting with anything else is paragraph text.
 */
const BLOCK_START: readonly boolean[] = Array.from({ length: 128 }, (_, c) => '=-*_#`~<>+0123456789'.includes(String.fromCharCode(c)));

/** Reads a task item's own text (its first paragraph, without the checkbox): ./followUps.ts `readTokens`. */
export type ReadTokens = (itemText: string, line: number, badDates: BadTokenDate[]) => Omit<RawFollowUp, 'line' | 'source' | 'done' | 'underConfidential'>;

export interface TaskScan {
  items: RawFollowUp[];
  badDates: BadTokenDate[];
}

/**
 * The scanner's state between lines: the open list items (by depth) and the paragraph being
 * read. Kept in fields of one object, not in variables closed over, so the line loop's own
 * variables stay local to it.
 */
class ScanState {
  /** How many list items are open; by depth: content column, under a `#confidential` item, holds one itself. */
  depth = 0;
  readonly cols = new Int32Array(MAX_DEPTH);
  readonly under = new Uint8Array(MAX_DEPTH);
  readonly confidential = new Uint8Array(MAX_DEPTH);
  /** A paragraph is open: its offsets (for an item, from after the checkbox), its line count. */
  para = false;
  paraStart = 0;
  paraEnd = 0;
  paraLines = 0;
  /** A paragraph in a block quote (which a line without `>` continues only lazily). */
  paraQuoted = false;
  /** The depth of the item whose first paragraph this is (starting on its marker line), -1 when none. */
  paraItem = -1;
  /** That item's line, where its line starts and ends (its source line), and its checkbox: 0 none, 1 open, 2 ticked. */
  itemLine = 0;
  itemLineStart = 0;
  itemLineEnd = 0;
  itemTask = 0;
  /** An empty checkbox, a task only if its paragraph goes on to another line. */
  itemMaybe = false;
  inQuote = false;
  /** The last non-blank line was indented code (micromark lets it "interrupt" across blank lines). */
  afterIndentedCode = false;
  /** Set when a closed paragraph turned out to hold what the scanner does not model. */
  refused = false;
  /** The next `#` at or after the last paragraph looked at (-1: none), for `mayHoldConfidentialTag`. */
  nextHash = 0;

  constructor(readonly text: string, readonly result: TaskScan, readonly readTokens: ReadTokens) {}

  openParagraph(start: number, end: number, item: number, quoted: boolean): void {
    this.para = true;
    this.paraStart = start;
    this.paraEnd = end;
    this.paraLines = 1;
    this.paraItem = item;
    this.paraQuoted = quoted;
  }

  /** Plain text from `start` to `end`: the paragraph goes on (lazily too), or one starts, closing the items the line does not continue. */
  textLine(start: number, end: number, matched: number): void {
    if (this.para) {
      this.paraEnd = end;
      this.paraLines++;
      return;
    }
    this.inQuote = false;
    this.depth = matched;
    this.afterIndentedCode = false;
    this.openParagraph(start, end, -1, false);
  }

  closeParagraph(): void {
    if (!this.para) return;
    this.para = false;
    const k = this.paraItem;
    if (k < 0) return;
    const { text } = this;
    const start = this.paraStart;
    const end = this.paraEnd;
    // Where mdast starts a task item's text after its checkbox, the full parse drops a
    // checkbox-like `[ ]` (`- [ ]` then `[ ] a` on the next line reads "a"), unless a link starts
    // there: a task item whose text starts with `[` after spaces and line endings is not modelled.
    if (this.itemTask !== 0) {
      let at = start;
      for (let c = text.charCodeAt(at); c === 0x20 || c === 0x0a || c === 0x0d; c = text.charCodeAt(++at));
      if (at < end && text.charCodeAt(at) === 0x5b) this.refused = true;
    }
    // Most items are no task and hold no `#confidential`: their text is not even copied out then.
    const mayHoldTag = this.mayHoldConfidentialTag(start, end);
    const own = mayHoldTag || this.itemTask !== 0 ? text.slice(start, end) : '';
    this.confidential[k] = mayHoldTag && hasToken(own, 'confidential') ? 1 : 0;
    if (this.itemTask === 0 || (this.itemMaybe && this.paraLines === 1)) return;
    const line = this.itemLine;
    const source = detachedSlice(text, this.itemLineStart, this.itemLineEnd);
    this.result.items.push(taskItem(this.readTokens(own, line, this.result.badDates), line, source, this.itemTask === 2, this.under[k] === 1));
  }

  /**
   * Whether `#confidential` may be written in `[from, to)`: what `hasToken(…, 'confidential')`
   * looks for first (`/#confidential/i`; without the `u` flag only ASCII letters fold). Paragraphs
   * close in the text's order, so one search for `#` serves them all.
   */
  private mayHoldConfidentialTag(from: number, to: number): boolean {
    const { text } = this;
    if (this.nextHash >= 0 && this.nextHash < from) this.nextHash = text.indexOf('#', from);
    for (; this.nextHash >= 0 && this.nextHash + 13 <= to; this.nextHash = text.indexOf('#', this.nextHash + 1)) {
      if (isConfidentialTagAt(text, this.nextHash)) return true;
    }
    return false;
  }
}

/**
 * A task item from its token fields, completed in place (a spread into a new literal costs more
 * per item). Both readers build items here, so an item's fields come in one order whichever read it.
 */
export function taskItem(fields: ReturnType<ReadTokens>, line: number, source: string, done: boolean, underConfidential: boolean): RawFollowUp {
  const item = fields as RawFollowUp;
  item.line = line;
  item.source = source;
  item.done = done;
  if (underConfidential) item.underConfidential = true;
  return item;
}

/**
 * The task items of a whole file's text from `bodyStartLine` on, exactly as the full parse
 * finds them, or `undefined` when the text holds something this scanner does not model.
 */
export function scanTaskItems(text: string, bodyStartLine: number, readTokens: ReadTokens): TaskScan | undefined {
  const result: TaskScan = { items: [], badDates: [] };
  const bodyStart = offsetOfLine(text, bodyStartLine);
  if (bodyStart < 0) return result;
  if (text.indexOf('\t', bodyStart) >= 0) return undefined;
  for (let at = text.indexOf('\r', bodyStart); at >= 0; at = text.indexOf('\r', at + 1)) {
    if (text[at + 1] !== '\n') return undefined;
  }
  // From here on every line ends at `\n` (a `\r` before it is dropped).

  const s = new ScanState(text, result, readTokens);
  const cols = s.cols;
  /** An open top-level fence (its character and length; 0 when none), or comment. */
  let fenceChar = 0;
  let fenceLength = 0;
  let inComment = false;
  /** Where the `-->` ending the open comment is (-1: nowhere, the comment runs to the end). */
  let commentEnd = -1;

  let lineNumber = bodyStartLine - 1;
  for (let lineStart = bodyStart, next: number; lineStart <= text.length; lineStart = next) {
    lineNumber++;
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    next = lineEnd + 1; // past the text's end after its last line
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--;

    if (fenceChar !== 0) {
      if (closesFence(text, lineStart, lineEnd, fenceChar, fenceLength)) fenceChar = 0;
      continue;
    }
    if (inComment) {
      // `-->` holds no line ending: the comment ends on the line its first one is on.
      if (commentEnd >= 0 && commentEnd < lineEnd) inComment = false;
      continue;
    }

    let indent = 0;
    while (lineStart + indent < lineEnd && text.charCodeAt(lineStart + indent) === 0x20) indent++;
    if (lineStart + indent === lineEnd) {
      s.closeParagraph();
      s.inQuote = false;
      continue;
    }
    const restStart = lineStart + indent;
    const first = text.charCodeAt(restStart);

    // Open items this line continues: those whose content column it reaches.
    let matched = 0;
    while (matched < s.depth && cols[matched] <= indent) matched++;
    const containerCol = matched > 0 ? cols[matched - 1] : 0;
    const rel = indent - containerCol;

    if (rel >= 4) {
      if (s.para) {
        s.paraEnd = lineEnd;
        s.paraLines++;
        continue; // paragraph continuation: indented code cannot interrupt a paragraph
      }
      if (s.inQuote) return undefined;
      s.depth = matched;
      s.afterIndentedCode = true;
      continue; // indented code
    }

    // Most lines are prose: a line whose first character starts none of the blocks below is text.
    if (first >= 128 || !BLOCK_START[first]) {
      s.textLine(restStart, lineEnd, matched);
      continue;
    }

    // A setext underline turns the paragraph into a heading: not modelled.
    if (s.para && isSetextUnderline(text, restStart, lineEnd)) return undefined;

    if (isThematicBreak(text, restStart, lineEnd) || isAtxHeading(text, restStart, lineEnd)) {
      s.closeParagraph();
      s.depth = matched;
      s.inQuote = false;
      s.afterIndentedCode = false;
      continue;
    }
    const fenceRun = fenceRunAt(text, restStart, lineEnd);
    // A backtick fence's info string holds no backtick.
    if (fenceRun > 0 && !(first === 0x60 && holdsChar(text, 0x60, restStart + fenceRun, lineEnd))) {
      if (matched > 0) return undefined; // a fence in a list item ends with the item: not modelled
      s.closeParagraph();
      s.depth = 0;
      s.inQuote = false;
      s.afterIndentedCode = false;
      fenceChar = first;
      fenceLength = fenceRun;
      continue;
    }
    if (first === 0x3c) { // `<`
      if (matched > 0 || !text.startsWith('<!--', restStart)) return undefined;
      s.closeParagraph();
      s.depth = 0;
      s.inQuote = false;
      s.afterIndentedCode = false;
      // The comment ends on the first line holding `-->`, this one included: `<!-->` and `<!--->` end at once.
      commentEnd = text.indexOf('-->', restStart + 2);
      inComment = commentEnd < 0 || commentEnd + 3 > lineEnd;
      continue;
    }
    if (first === 0x3e) { // `>`
      if (matched > 0) return undefined;
      s.closeParagraph();
      s.depth = 0;
      s.afterIndentedCode = false;
      s.inQuote = true;
      const content = text.slice(restStart + 1, lineEnd).replace(/^ /, '');
      if (content === '') continue;
      if (!isPlainText(content)) return undefined;
      s.openParagraph(lineStart, lineEnd, -1, true);
      continue;
    }

    const marker = listMarkerAt(text, restStart, lineEnd);
    if (marker > 0) {
      const ordered = first >= 0x30 && first <= 0x39;
      let spaces = 0;
      while (restStart + marker + spaces < lineEnd && text.charCodeAt(restStart + marker + spaces) === 0x20) spaces++;
      const contentStart = restStart + marker + spaces;
      // Empty items, and items that could not interrupt what is open, are not modelled.
      if (contentStart === lineEnd || spaces > 4) return undefined;
      // Only `1.` may interrupt a paragraph of the same container (a lazy line starts a list
      // freely); after indented code, the other numbers are not modelled.
      const interrupting = s.para && !s.paraQuoted && matched === s.depth;
      const notOne = ordered && !isNumberOne(text, restStart, restStart + marker - 1);
      if (s.afterIndentedCode && notOne) return undefined;
      if (interrupting && notOne) {
        s.paraEnd = lineEnd; // not a list item: the paragraph goes on
        s.paraLines++;
        continue;
      }
      const c = text.charCodeAt(contentStart);
      if (listMarkerAt(text, contentStart, lineEnd) > 0 || isAtxHeading(text, contentStart, lineEnd) || isThematicBreak(text, contentStart, lineEnd)
        || fenceRunAt(text, contentStart, lineEnd) > 0 || c === 0x3e || c === 0x3c) return undefined;
      s.closeParagraph();
      s.depth = matched;
      if (s.depth >= MAX_DEPTH) return undefined;
      s.inQuote = false;
      s.afterIndentedCode = false;
      const k = s.depth++;
      cols[k] = indent + marker + spaces;
      s.under[k] = k > 0 && (s.under[k - 1] === 1 || s.confidential[k - 1] === 1) ? 1 : 0;
      s.confidential[k] = 0;
      let textStart = contentStart;
      let task = 0;
      let maybe = false;
      if (c === 0x5b) { // `[`
        const check = text.charCodeAt(contentStart + 1);
        const after = contentStart + 3 < lineEnd ? text.charCodeAt(contentStart + 3) : -1;
        const isCheckbox = contentStart + 2 < lineEnd && (check === 0x20 || check === 0x78 || check === 0x58) && text.charCodeAt(contentStart + 2) === 0x5d;
        if (!isCheckbox || (after !== -1 && after !== 0x20)) return undefined; // a link label, `[ ]x`, `[ ]:`…
        maybe = text.slice(contentStart + 3, lineEnd).trim() === '';
        task = check === 0x20 ? 1 : 2;
        textStart = contentStart + 3;
      }
      s.itemLine = lineNumber;
      s.itemLineStart = lineStart;
      s.itemLineEnd = lineEnd;
      s.itemTask = task;
      s.itemMaybe = maybe;
      s.openParagraph(textStart, lineEnd, k, false);
      continue;
    }

    s.textLine(restStart, lineEnd, matched);
  }
  s.closeParagraph();
  return s.refused ? undefined : result;
}

/** Where 1-based line `line` starts (line endings `\n`, `\r\n` or `\r`, as ./fence.ts counts them); -1 past the end. */
function offsetOfLine(text: string, line: number): number {
  if (text.indexOf('\r') >= 0) {
    const starts = lineStarts(text);
    return line <= starts.length ? starts[line - 1] : -1;
  }
  let at = 0;
  for (let n = 1; n < line; n++) {
    const end = text.indexOf('\n', at);
    if (end < 0) return -1;
    at = end + 1;
  }
  return at;
}

/** Whether the character `code` is in `[from, to)`. */
function holdsChar(text: string, code: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

/** `/^(?:=+|-+) *$/`: a setext underline. */
function isSetextUnderline(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  if (c !== 0x3d && c !== 0x2d) return false;
  let i = from + 1;
  while (i < to && text.charCodeAt(i) === c) i++;
  while (i < to && text.charCodeAt(i) === 0x20) i++;
  return i === to;
}

/** `/^(?:(?:\* *){3,}|(?:- *){3,}|(?:_ *){3,})$/`: three or more of one of `*`, `-`, `_`, spaces between. */
function isThematicBreak(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  if (c !== 0x2a && c !== 0x2d && c !== 0x5f) return false;
  let marks = 0;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === c) marks++;
    else if (ch !== 0x20) return false;
  }
  return marks >= 3;
}

/** `/^#{1,6}(?: |$)/`: an ATX heading. */
function isAtxHeading(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && i - from < 7 && text.charCodeAt(i) === 0x23) i++;
  const hashes = i - from;
  return hashes >= 1 && hashes <= 6 && (i === to || text.charCodeAt(i) === 0x20);
}

/**
 * `/^(`{3,}|~{3,})(.*)$/`: the length of the run of three or more backticks or tildes that opens
 * a fence, 0 when there is none. (`.` stops at U+2028 and U+2029, so a line holding one is no
 * fence to that expression either.)
 */
function fenceRunAt(text: string, from: number, to: number): number {
  const c = text.charCodeAt(from);
  if (c !== 0x60 && c !== 0x7e) return 0;
  let i = from + 1;
  while (i < to && text.charCodeAt(i) === c) i++;
  const run = i - from;
  if (run < 3) return 0;
  for (; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x2028 || ch === 0x2029) return 0;
  }
  return run;
}

/** `/^(?:[-*+]|(\d{1,9})[.)])(?= |$)/`: the length of the list marker at `from`, 0 when there is none. */
function listMarkerAt(text: string, from: number, to: number): number {
  const c = text.charCodeAt(from);
  let end: number;
  if (c === 0x2d || c === 0x2a || c === 0x2b) end = from + 1;
  else {
    let i = from;
    while (i < to && i - from < 10 && isDigit(text.charCodeAt(i))) i++;
    const digits = i - from;
    if (digits < 1 || digits > 9 || i >= to) return 0;
    const after = text.charCodeAt(i);
    if (after !== 0x2e && after !== 0x29) return 0;
    end = i + 1;
  }
  return end === to || text.charCodeAt(end) === 0x20 ? end - from : 0;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Whether the digits in `[from, to)` are the number 1 (`1`, `01`…). */
function isNumberOne(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to - 1 && text.charCodeAt(i) === 0x30) i++;
  return i === to - 1 && text.charCodeAt(i) === 0x31;
}

/** Whether `#confidential` (ASCII letters in any case) starts at `at`. */
function isConfidentialTagAt(text: string, at: number): boolean {
  for (let i = 0; i < 12; i++) if ((text.charCodeAt(at + 1 + i) | 0x20) !== CONFIDENTIAL.charCodeAt(i)) return false;
  return true;
}

const CONFIDENTIAL = 'confidential';

/** Text a block quote may hold here: nothing that could start another block inside it. */
function isPlainText(content: string): boolean {
  return !/^(?: |[-*+>#<`~=_[|\\]|\d{1,9}[.)])/.test(content);
}
