/**
 * The one markdown parser of the core: remark + only the GFM task-list syntax (all of GFM would
 * double the cost and adds nothing the journal reads). It parses bodies: where the frontmatter
 * ends is the fence helper's answer (./fence.ts), so callers hand it the text after the block.
 * (remark-frontmatter also rejects a `...` closing fence, and its failed attempt on a `---` that
 * never closes changes how later lists parse: test/fuzz/FINDINGS.md.)
 *
 * micromark's cost grows with how deeply containers (block quotes, list items) nest: a line of
 * 4,000 `- ` takes it minutes. So a note is measured first (a linear scan of its lines) and
 * refused, with the line that nests too deeply, when it is beyond a budget no real note comes
 * near. Refused notes are reported, never parsed.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Root } from 'mdast';

/** Adds just the task-list construct to remark's parser. */
function remarkTaskListItems(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTaskListItemFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkTaskListItems);

/** Parses markdown (a body, without frontmatter). No budget: see `parseMarkdownBounded`. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}

/** How deeply block quotes and list items may nest on one line. Real notes stay under ~10. */
export const MAX_NESTING = 64;
/** How much nesting a whole note may hold (the sum over its lines): bounds the parse time. */
export const MAX_NESTING_TOTAL = 20_000;

/** Why a note was not parsed: the line that broke the budget, in words for a diagnostic. */
export interface TooComplex {
  /** 1-based line of `text`. */
  line: number;
  message: string;
}

export type BoundedParse = { ok: true; tree: Root } | { ok: false; tooComplex: TooComplex };

/** Parses like `parseMarkdown` when the text is within the nesting budget; otherwise says where it is not. */
export function parseMarkdownBounded(text: string): BoundedParse {
  const tooComplex = measureNesting(text);
  return tooComplex ? { ok: false, tooComplex } : { ok: true, tree: parseMarkdown(text) };
}

/**
 * An over-estimate of how deeply each line nests (block-quote markers and list markers on the
 * line, plus the list items its indentation keeps it in), checked against the budget. Linear in
 * the text's length.
 */
export function measureNesting(text: string): TooComplex | undefined {
  const open: number[] = []; // content columns of list items that indentation may continue
  let total = 0;
  let lineNo = 0;
  for (let start = 0; start <= text.length; lineNo++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let i = start;
    let col = 0;
    // Skips spaces and tabs (inlined twice: no closure is allocated per line).
    for (; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 0x20) col++;
      else if (ch === 0x09) col += 4 - (col % 4);
      else break;
    }
    if (i < end && !(i === end - 1 && text[i] === '\r')) {
      while (open.length > 0 && open[open.length - 1] > col) open.pop();
      let depth = open.length;
      for (;;) {
        const ch = text[i];
        if (ch === '>') {
          i++;
          col++;
          depth++;
        } else if ((ch === '-' || ch === '*' || ch === '+') && (i + 1 >= end || text[i + 1] === ' ' || text[i + 1] === '\t')) {
          i++;
          col++;
          depth++;
          open.push(col + 1);
        } else if (ch >= '0' && ch <= '9') {
          let k = i;
          while (k < end && k - i < 9 && text[k] >= '0' && text[k] <= '9') k++;
          if ((text[k] !== '.' && text[k] !== ')') || !(k + 1 >= end || text[k + 1] === ' ' || text[k + 1] === '\t')) break;
          col += k + 1 - i;
          i = k + 1;
          depth++;
          open.push(col + 1);
        } else break;
        if (depth > MAX_NESTING) {
          return { line: lineNo + 1, message: `This line nests block quotes and lists more than ${MAX_NESTING} deep, so this note's follow-ups are not read. Remove the extra \`>\` or list markers.` };
        }
        for (; i < end; i++) {
          const ch = text.charCodeAt(i);
          if (ch === 0x20) col++;
          else if (ch === 0x09) col += 4 - (col % 4);
          else break;
        }
      }
      total += depth;
      if (total > MAX_NESTING_TOTAL) {
        return { line: lineNo + 1, message: `This note nests block quotes and lists too deeply to be read quickly (by this line, ${MAX_NESTING_TOTAL} levels in all), so its follow-ups are not read. Flatten the nesting or split the note.` };
      }
    }
    start = end + 1;
  }
  return undefined;
}
