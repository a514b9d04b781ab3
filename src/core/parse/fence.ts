/**
 * Lines and the frontmatter fence: the one place that knows where a file's frontmatter block
 * starts and ends (docs: docs/FORMAT.md#notes). Everything that looks for the frontmatter (the note
 * reader, templates, the follow-up insertion, completion, the org-chart import, redaction) asks
 * here.
 *
 * - Lines end at `\r\n`, `\n` or a lone `\r`, as in CommonMark: a file saved with old Mac line
 *   endings is read like any other.
 * - The block opens with `---` on the first line and closes at the first later line that is
 *   `---` or `...` (YAML's document end), each optionally followed by spaces or tabs. A block
 *   that never closes is no frontmatter.
 */

/** Splits text into lines without their line endings (`\r\n`, `\n` or `\r`). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The offset where each line starts (line endings `\r\n`, `\n` or `\r`). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') < 0) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x0a) starts.push(i + 1);
    else if (ch === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * The text of 1-based line `line`, without its line ending, as a string of its own: a follow-up
 * keeps its source line for the session, and a plain substring would keep the whole note's text
 * alive with it (V8 makes a substring a view of its parent; worst 10k journal: 50 MB of heap).
 */
export function lineAt(text: string, starts: readonly number[], line: number): string {
  const start = starts[line - 1] ?? text.length;
  const end = line < starts.length ? starts[line] : text.length;
  let to = end;
  if (text.charCodeAt(to - 1) === 0x0a && to > start) to--;
  if (text.charCodeAt(to - 1) === 0x0d && to > start) to--;
  return detachedSlice(text, start, to);
}

/**
 * `text.slice(start, end)` as a string that references no other: a concatenation, flattened by
 * reading a character of it (V8 copies it out then). For substrings kept long after their text.
 */
export function detachedSlice(text: string, start: number, end: number): string {
  const joined = ' ' + text.slice(start, end);
  joined.charCodeAt(1);
  return joined.slice(1);
}

const OPENING_FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/** Whether a line (without its line ending) opens a frontmatter block, when it is the first line. */
export function isOpeningFence(line: string): boolean {
  return OPENING_FENCE.test(line);
}

/** Whether a line (without its line ending) can close a frontmatter block. */
export function isClosingFence(line: string): boolean {
  return CLOSING_FENCE.test(line);
}

/**
 * The 0-based index of the closing fence of the frontmatter block in `lines` (lines without
 * endings, the first being the file's first line); undefined when there is no closed block.
 * `limit` bounds the search (e.g. while the block is being typed).
 */
export function closingFenceIndex(lines: { readonly length: number; at(index: number): string | undefined }, limit = Infinity): number | undefined {
  if (!isOpeningFence(lines.at(0) ?? '')) return undefined;
  const end = Math.min(lines.length, limit);
  for (let i = 1; i < end; i++) if (isClosingFence(lines.at(i) ?? '')) return i;
  return undefined;
}

/** Where the frontmatter block of a text is. */
export interface FrontmatterBlock {
  /** Offset of the first YAML line (after the opening fence's line ending). */
  contentStart: number;
  /** Offset of the closing fence line (the YAML ends before it). */
  contentEnd: number;
  /** Offset of the first body line (after the closing fence's line ending), or the text's length. */
  bodyOffset: number;
  /** Offset of the end of the closing fence line (before its line ending). */
  closingEnd: number;
  /** 1-based line of the closing fence. */
  closingLine: number;
  /** 1-based line of the first body line. */
  bodyStartLine: number;
}

/** The frontmatter block at the top of `text` (no BOM), or undefined when there is none. Reads only up to the closing fence. */
export function findFrontmatter(text: string): FrontmatterBlock | undefined {
  if (!text.startsWith('---')) return undefined;
  let start = 0;
  for (let line = 1; start < text.length || line === 1; line++) {
    const { end, next } = lineEnd(text, start);
    const content = text.slice(start, end);
    if (line === 1) {
      if (!isOpeningFence(content) || next === end) return undefined;
    } else if (isClosingFence(content)) {
      return { contentStart: lineEnd(text, 0).next, contentEnd: start, closingEnd: end, bodyOffset: next, closingLine: line, bodyStartLine: line + 1 };
    }
    if (next === end) return undefined; // the last line, and no closing fence
    start = next;
  }
  return undefined;
}

/** Where the line starting at `start` ends (before its line ending) and where the next one starts. */
function lineEnd(text: string, start: number): { end: number; next: number } {
  for (let i = start; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x0a) return { end: i, next: i + 1 };
    if (ch === 0x0d) return { end: i, next: text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1 };
  }
  return { end: text.length, next: text.length };
}
