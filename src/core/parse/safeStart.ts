/**
 * Where the markdown parser may start reading a note and still see every task item exactly as
 * it would from the top. Most notes keep their follow-ups at the end, so starting at the block
 * before the first task item saves most of the parse (bench/RESULTS.md).
 *
 * A line is a safe start when it begins a new top-level block whatever came before: the line
 * before it is blank (only spaces or tabs: a line holding U+00A0 or U+3000 is text), it starts
 * in column 0 with something other than whitespace (so it is not inside a list item, block
 * quote or indented code), and no fenced code block or HTML comment is open there
 * (./topLevelCode.ts: only those opening in column 0 are tracked). Any construct that tracking
 * does not model (another HTML block, a fence or comment indented, which may sit in a list item
 * and end with it) stops the scan: only a start found up to it is used. When in doubt, the whole
 * body is parsed. test/fuzz compares this with a parse from the top on generated notes.
 */
import { lineAt, lineStarts } from './fence';
import { topLevelCode } from './topLevelCode';

/**
 * A line that can hold the checkbox of a task item (a superset: it may be inside code): any
 * run of block-quote and list markers, the first task possibly nested on its marker line
 * (`- - [ ] a`, `1. - [ ] x`), or no marker at all (an item whose text starts on the next line);
 * a line ending in `[` may hold the first half of a checkbox that a line ending splits.
 */
const TASK_LINE = /^[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]*)*\[(?:[ \txX]\]|$)/;
const BLANK = /^[ \t]*$/;
/** Indented four columns or more (tabs count to the next multiple of 4). */
const INDENTED_4 = /^(?: {4}| {0,3}\t)/;

export interface SafeStart {
  /** Offset of the start in the text. */
  offset: number;
  /** 1-based line of the start. */
  line: number;
}

/**
 * The last safe start before the first task line outside code and comments, after
 * `bodyStartLine`; undefined when the parse must start at the top of the body.
 */
export function safeStart(text: string, bodyStartLine: number): SafeStart | undefined {
  const starts = lineStarts(text);
  const line = (i: number): string => lineAt(text, starts, i + 1);
  const code = topLevelCode(text, starts[bodyStartLine - 1] ?? text.length);
  let region = 0;
  let best: number | undefined;
  /** The last line before this one that is not blank. */
  let lastText: string | undefined;
  for (let i = bodyStartLine - 1; i < starts.length; i++) {
    const offset = starts[i];
    const current = line(i);
    const textBefore = lastText;
    if (!BLANK.test(current)) lastText = current;
    while (region < code.regions.length && code.regions[region + 1] <= offset) region += 2;
    if (region < code.regions.length && code.regions[region] < offset) continue; // inside a fence or comment, after its opening line
    const blankBefore = i === bodyStartLine - 1 || BLANK.test(line(i - 1));
    // Not at a thematic break that could read as frontmatter, nor at an ordered item other than
    // `1.`, nor after indented code: micromark reads the first line after indented code (and
    // blank lines) as if it interrupted a paragraph, so `2.`, `> 2)` or an empty `-` start no
    // list there, from the top only (test/fuzz/FINDINGS.md).
    if (blankBefore && /^\S/.test(current) && !/^(?:---|\+\+\+)/.test(current) && !/^(?!1[.)])\d{1,9}[.)]/.test(current)
      && !(textBefore !== undefined && INDENTED_4.test(textBefore))) best = i;
    if (TASK_LINE.test(current)) break; // the first task item: start at the latest safe line
    if (offset >= code.untrackedFrom) break; // not tracked: only a start up to this line is known to be safe
  }
  if (best === undefined || best <= bodyStartLine - 1) return undefined;
  return { offset: starts[best], line: best + 1 };
}
