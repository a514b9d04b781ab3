/**
 * Where the markdown parser may start reading a note and still see every task item exactly as
 * it would from the top. Most notes keep their follow-ups at the end, so starting at the block
 * before the first task item saves most of the parse (bench/RESULTS.md).
 *
 * A line is a safe start when it begins a new top-level block whatever came before: the line
 * before it is blank (only spaces or tabs: a line holding U+00A0 or U+3000 is text), it starts
 * in column 0 with something other than whitespace (so it is not inside a list item, block
 * quote or indented code), and no fenced code block or HTML comment is open there. Only fences
 * and comments that open in column 0 are tracked: they are top-level blocks. Any construct this
 * scan does not track (another HTML block, a fence or comment indented, which may sit in a list
 * item and end with it) stops the scan: only a start found before it is used. When in doubt,
 * the whole body is parsed. test/fuzz compares this with a parse from the top on generated notes.
 */
import { lineAt, lineStarts } from './fence';

/**
 * A line that can hold the checkbox of a task item (a superset: it may be inside code): any
 * run of block-quote and list markers, the first task possibly nested on its marker line
 * (`- - [ ] a`, `1. - [ ] x`), or no marker at all (an item whose text starts on the next line);
 * a line ending in `[` may hold the first half of a checkbox that a line ending splits.
 */
const TASK_LINE = /^[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]*)*\[(?:[ \txX]\]|$)/;
const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const TOP_LEVEL_FENCE = /^(`{3,}|~{3,})(.*)$/;
const INDENTED_FENCE = /^[ \t]+(?:`{3,}|~{3,})/;
const HTML_START = /^[ \t]*</;
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
  let best: number | undefined;
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  /** The last line before this one that is not blank. */
  let lastText: string | undefined;
  for (let i = bodyStartLine - 1; i < starts.length; i++) {
    const current = line(i);
    const textBefore = lastText;
    if (!BLANK.test(current)) lastText = current;
    if (fence) {
      const close = FENCE.exec(current);
      if (close && close[2][0] === fence.char && close[2].length >= fence.length && BLANK.test(close[3])) fence = undefined;
      continue;
    }
    if (inComment) {
      if (current.includes('-->')) inComment = false;
      continue;
    }
    const blankBefore = i === bodyStartLine - 1 || BLANK.test(line(i - 1));
    // Not at a thematic break that could read as frontmatter, nor at an ordered item other than
    // `1.`, nor after indented code: micromark reads the first line after indented code (and
    // blank lines) as if it interrupted a paragraph, so `2.`, `> 2)` or an empty `-` start no
    // list there, from the top only (test/fuzz/FINDINGS.md).
    if (blankBefore && /^\S/.test(current) && !/^(?:---|\+\+\+)/.test(current) && !/^(?!1[.)])\d{1,9}[.)]/.test(current)
      && !(textBefore !== undefined && INDENTED_4.test(textBefore))) best = i;
    if (TASK_LINE.test(current)) break; // the first task item: start at the latest safe line
    const open = TOP_LEVEL_FENCE.exec(current);
    if (open) {
      // A backtick fence's info string cannot hold a backtick: such a line is not a fence.
      if (open[1][0] === '`' && open[2].includes('`')) continue;
      fence = { char: open[1][0], length: open[1].length };
    } else if (current.startsWith('<!--')) {
      // The comment ends on the first line holding `-->`, this one included: `<!-->` and `<!--->` end at once.
      inComment = !current.slice(2).includes('-->');
    } else if (HTML_START.test(current) || INDENTED_FENCE.test(current)) {
      break; // not tracked here: only a start up to this line is known to be safe
    }
  }
  if (best === undefined || best <= bodyStartLine - 1) return undefined;
  return { offset: starts[best], line: best + 1 };
}
