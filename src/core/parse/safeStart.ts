/**
 * Where the markdown parser may start reading a note and still see every task item exactly as
 * it would from the top. Most notes keep their follow-ups at the end, so starting at the block
 * before the first task item saves most of the parse (bench/RESULTS.md).
 *
 * A line is a safe start when it begins a new top-level block whatever came before: the line
 * before it is blank, it has no indentation (so it is not inside a list item, block quote or
 * indented code), and no fenced code block or HTML comment is open there. Any construct this
 * scan does not track (an HTML block other than a comment, a fence indented like code) stops the
 * scan: only a start found before it is used. When in doubt, the whole text is parsed.
 */

/** A line that can start a task item (a superset: it may be inside code). */
const TASK_LINE = /^[ \t]*(?:>[ \t]*)*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ \txX]\]/;
const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const INDENTED_FENCE = /^\s{4,}(`{3,}|~{3,})/;
const HTML_START = /^ {0,3}</;
const COMMENT_START = /^ {0,3}<!--/;

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
  const lines = text.split('\n');
  let best: number | undefined;
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  for (let i = bodyStartLine - 1; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (fence) {
      const close = FENCE.exec(line);
      if (close && close[2][0] === fence.char && close[2].length >= fence.length && close[3].trim() === '') fence = undefined;
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    const blankBefore = i === bodyStartLine - 1 || lines[i - 1].trim() === '';
    // Not at a thematic break that could read as frontmatter, nor at an ordered item other than
    // `1.`: after indented code, micromark reads `2.` there as a paragraph, from the top only.
    if (blankBefore && /^\S/.test(line) && !/^(?:---|\+\+\+)/.test(line) && !/^(?!1[.)])\d{1,9}[.)]/.test(line)) best = i;
    if (TASK_LINE.test(line)) break; // the first task item: start at the latest safe line
    const open = FENCE.exec(line);
    if (open) {
      // A backtick fence's info string cannot hold a backtick: such a line is not a fence.
      if (open[2][0] === '`' && open[3].includes('`')) continue;
      fence = { char: open[2][0], length: open[2].length };
    } else if (COMMENT_START.test(line)) {
      inComment = !line.slice(line.indexOf('<!--') + 4).includes('-->');
    } else if (HTML_START.test(line) || INDENTED_FENCE.test(line)) {
      break; // not tracked here: only a start up to this line is known to be safe
    }
  }
  if (best === undefined || best <= bodyStartLine - 1) return undefined;
  let offset = 0;
  for (let i = 0; i < best; i++) offset += lines[i].length + 1;
  return { offset, line: best + 1 };
}
