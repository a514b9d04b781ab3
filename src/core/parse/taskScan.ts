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
import { lineAt, lineStarts } from './fence';
import type { BadTokenDate } from './followUps';
import { hasToken } from './tokens';

/** Items nested deeper than this go to remark (and its nesting budget). */
const MAX_DEPTH = 16;

const LIST_MARKER = /^(?:[-*+]|(\d{1,9})[.)])(?= |$)/;
const ATX_HEADING = /^#{1,6}(?: |$)/;
const THEMATIC_BREAK = /^(?:(?:\* *){3,}|(?:- *){3,}|(?:_ *){3,})$/;
const SETEXT_UNDERLINE = /^(?:=+|-+) *$/;
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,}) *$/;
const TASK_CHECK = /^\[([ xX])\]/;

/**
 * The characters (code units below 128) a line's text may start with when it starts a block the
 * scanner handles other than a paragraph: `=` and `-` (a setext underline), `*`, `-` and `_` (a
 * thematic break), `#`, backtick and `~`, `<`, `>`, `+` and digits (list markers). The patterns
 * above all begin with one of them; a line starting with anything else is paragraph text.
 */
const BLOCK_START: readonly boolean[] = Array.from({ length: 128 }, (_, c) => '=-*_#`~<>+0123456789'.includes(String.fromCharCode(c)));

/** Reads a task item's own text (its first paragraph, without the checkbox): ./followUps.ts `readTokens`. */
export type ReadTokens = (itemText: string, line: number, badDates: BadTokenDate[]) => Omit<RawFollowUp, 'line' | 'source' | 'done' | 'underConfidential'>;

interface Item {
  contentCol: number;
  /** Under an item whose own text holds `#confidential`. */
  under: boolean;
  /** Its own text holds `#confidential` (known once its first paragraph is closed). */
  confidential: boolean;
  line: number;
  /** Set for a task item; `maybe` while an empty checkbox waits for its paragraph to go on. */
  task?: { done: boolean; maybe: boolean };
}

interface Paragraph {
  /** The item whose first paragraph this is (starting on its marker line), if any. */
  item?: Item;
  /** Offsets in the text: where the item's text starts (after the checkbox), where it ends. */
  start: number;
  end: number;
  lines: number;
  /** A paragraph in a block quote (which a line without `>` continues only lazily). */
  quoted?: boolean;
}

export interface TaskScan {
  items: RawFollowUp[];
  badDates: BadTokenDate[];
}

/**
 * The task items of a whole file's text from `bodyStartLine` on, exactly as the full parse
 * finds them, or `undefined` when the text holds something this scanner does not model.
 */
export function scanTaskItems(text: string, bodyStartLine: number, readTokens: ReadTokens): TaskScan | undefined {
  const result: TaskScan = { items: [], badDates: [] };
  const starts = lineStarts(text);
  if (bodyStartLine > starts.length) return result;
  const bodyStart = starts[bodyStartLine - 1];
  if (text.indexOf('\t', bodyStart) >= 0) return undefined;
  for (let at = text.indexOf('\r', bodyStart); at >= 0; at = text.indexOf('\r', at + 1)) {
    if (text[at + 1] !== '\n') return undefined;
  }

  const open: Item[] = [];
  let para: Paragraph | undefined;
  /** An open top-level fence, or comment. */
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  /** The last non-blank line was indented code (micromark lets it "interrupt" across blank lines). */
  let afterIndentedCode = false;
  let inQuote = false;
  /** Set when a closed paragraph turned out to hold what the scanner does not model. */
  let refused = false;

  const closeParagraph = (): void => {
    const p = para;
    para = undefined;
    const item = p?.item;
    if (!p || !item) return;
    // Where mdast starts a task item's text after its checkbox, the full parse drops a
    // checkbox-like `[ ]` (`- [ ]` then `[ ] a` on the next line reads "a"), unless a link starts
    // there: a task item whose text starts with `[` after spaces and line endings is not modelled.
    if (item.task) {
      let at = p.start;
      for (let c = text.charCodeAt(at); c === 0x20 || c === 0x0a || c === 0x0d; c = text.charCodeAt(++at));
      if (at < p.end && text.charCodeAt(at) === 0x5b) refused = true;
    }
    const own = text.slice(p.start, p.end);
    item.confidential = hasToken(own, 'confidential');
    const task = item.task;
    if (!task) return;
    // An empty checkbox is a task only when its paragraph goes on to another line.
    if (task.maybe && p.lines === 1) {
      item.task = undefined;
      return;
    }
    const line = item.line;
    result.items.push({
      line,
      source: lineAt(text, starts, line),
      done: task.done,
      ...readTokens(own, line, result.badDates),
      ...(item.under ? { underConfidential: true } : {}),
    });
  };
  const closeItemsFrom = (depth: number): void => {
    open.length = depth;
  };
  /** Plain text from `start` to `end`: the paragraph goes on (lazily too), or one starts, closing the items the line does not continue. */
  const textLine = (start: number, end: number, matched: number): void => {
    if (para) {
      para.end = end;
      para.lines++;
      return;
    }
    inQuote = false;
    closeItemsFrom(matched);
    afterIndentedCode = false;
    para = { start, end, lines: 1 };
  };

  for (let i = bodyStartLine - 1; i < starts.length; i++) {
    const lineStart = starts[i];
    let lineEnd = i + 1 < starts.length ? starts[i + 1] - 1 : text.length;
    if (lineEnd > lineStart && text[lineEnd - 1] === '\r') lineEnd--;

    if (fence) {
      const close = FENCE_CLOSE.exec(text.slice(lineStart, lineEnd));
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (inComment) {
      if (text.slice(lineStart, lineEnd).includes('-->')) inComment = false;
      continue;
    }

    let indent = 0;
    while (lineStart + indent < lineEnd && text.charCodeAt(lineStart + indent) === 0x20) indent++;
    if (lineStart + indent === lineEnd) {
      closeParagraph();
      inQuote = false;
      continue;
    }
    const first = text.charCodeAt(lineStart + indent);

    // Open items this line continues: those whose content column it reaches.
    let matched = 0;
    while (matched < open.length && open[matched].contentCol <= indent) matched++;
    const containerCol = matched > 0 ? open[matched - 1].contentCol : 0;
    const rel = indent - containerCol;

    if (rel >= 4) {
      if (para) {
        para.end = lineEnd;
        para.lines++;
        continue; // paragraph continuation: indented code cannot interrupt a paragraph
      }
      if (inQuote) return undefined;
      closeItemsFrom(matched);
      afterIndentedCode = true;
      continue; // indented code
    }

    // Most lines are prose: a line whose first character starts none of the blocks below is text.
    if (first >= 128 || !BLOCK_START[first]) {
      textLine(lineStart + indent, lineEnd, matched);
      continue;
    }
    const rest = text.slice(lineStart + indent, lineEnd);

    // A setext underline turns the paragraph into a heading: not modelled.
    if (para && SETEXT_UNDERLINE.test(rest)) return undefined;

    if (THEMATIC_BREAK.test(rest)) {
      closeParagraph();
      closeItemsFrom(matched);
      inQuote = false;
      afterIndentedCode = false;
      continue;
    }
    if (ATX_HEADING.test(rest)) {
      closeParagraph();
      closeItemsFrom(matched);
      inQuote = false;
      afterIndentedCode = false;
      continue;
    }
    const fenceOpen = FENCE_OPEN.exec(rest);
    if (fenceOpen && !(fenceOpen[1][0] === '`' && fenceOpen[2].includes('`'))) {
      if (matched > 0) return undefined; // a fence in a list item ends with the item: not modelled
      closeParagraph();
      closeItemsFrom(0);
      inQuote = false;
      afterIndentedCode = false;
      fence = { char: fenceOpen[1][0], length: fenceOpen[1].length };
      continue;
    }
    if (rest[0] === '<') {
      if (matched > 0 || !rest.startsWith('<!--')) return undefined;
      closeParagraph();
      closeItemsFrom(0);
      inQuote = false;
      afterIndentedCode = false;
      // The comment ends on the first line holding `-->`, this one included: `<!-->` and `<!--->` end at once.
      inComment = !rest.slice(2).includes('-->');
      continue;
    }
    if (rest[0] === '>') {
      if (matched > 0) return undefined;
      closeParagraph();
      closeItemsFrom(0);
      afterIndentedCode = false;
      inQuote = true;
      const content = rest.slice(1).replace(/^ /, '');
      if (content === '') continue;
      if (!isPlainText(content)) return undefined;
      para = { start: lineStart, end: lineEnd, lines: 1, quoted: true };
      continue;
    }

    const marker = LIST_MARKER.exec(rest);
    if (marker) {
      const ordered = marker[1];
      const afterMarker = rest.slice(marker[0].length);
      let spaces = 0;
      while (spaces < afterMarker.length && afterMarker.charCodeAt(spaces) === 0x20) spaces++;
      const content = afterMarker.slice(spaces);
      // Empty items, and items that could not interrupt what is open, are not modelled.
      if (content === '' || spaces > 4) return undefined;
      // Only `1.` may interrupt a paragraph of the same container (a lazy line starts a list
      // freely); after indented code, the other numbers are not modelled.
      const interrupting = para !== undefined && !para.quoted && matched === open.length;
      if (afterIndentedCode && ordered !== undefined && Number(ordered) !== 1) return undefined;
      if (interrupting && ordered !== undefined && Number(ordered) !== 1) {
        para!.end = lineEnd; // not a list item: the paragraph goes on
        para!.lines++;
        continue;
      }
      if (LIST_MARKER.test(content) || ATX_HEADING.test(content) || THEMATIC_BREAK.test(content) || FENCE_OPEN.test(content)
        || content[0] === '>' || content[0] === '<') return undefined;
      closeParagraph();
      closeItemsFrom(matched);
      if (open.length >= MAX_DEPTH) return undefined;
      inQuote = false;
      afterIndentedCode = false;
      const parent = open[open.length - 1];
      const item: Item = {
        contentCol: indent + marker[0].length + spaces,
        under: parent ? parent.under || parent.confidential : false,
        confidential: false,
        line: i + 1,
      };
      const contentStart = lineStart + indent + marker[0].length + spaces;
      let textStart = contentStart;
      if (content[0] === '[') {
        const check = TASK_CHECK.exec(content);
        const next = content[3];
        if (!check || (next !== undefined && next !== ' ')) return undefined; // a link label, `[ ]x`, `[ ]:`…
        const empty = content.slice(3).trim() === '';
        item.task = { done: check[1] !== ' ', maybe: empty };
        textStart = contentStart + 3;
      }
      open.push(item);
      para = { item, start: textStart, end: lineEnd, lines: 1 };
      continue;
    }

    textLine(lineStart + indent, lineEnd, matched);
  }
  closeParagraph();
  return refused ? undefined : result;
}

/** Text a block quote may hold here: nothing that could start another block inside it. */
function isPlainText(content: string): boolean {
  return !/^(?: |[-*+>#<`~=_[|\\]|\d{1,9}[.)])/.test(content);
}
