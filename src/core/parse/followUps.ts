/**
 * Follow-ups: GFM task-list items anywhere in a note's body, read with remark +
 * remark-frontmatter + only the GFM task-list syntax extension (all of GFM would double the cost
 * and adds nothing here). Code blocks, HTML and frontmatter never yield follow-ups because the
 * markdown parser never turns them into list items.
 */
import type { ListItem, Paragraph, RootContent } from 'mdast';
import { isIsoDate } from '../dates';
import type { RawFollowUp } from '../model';
import { measureNesting, parseMarkdown } from './markdown';
import { detachedSlice, findFrontmatter, lineAt, lineStarts } from './fence';
import { safeStart } from './safeStart';
import { topLevelCode } from './topLevelCode';
import { scanTaskItems, taskItem } from './taskScan';
import { collapseWhitespace, findTokens, hasToken, removeTokens, type DateTokenKind, type Token } from './tokens';

/** A token in an item's text whose date is not a real calendar date. */
export interface BadTokenDate {
  line: number;
  token: string;
}

/** Why a note's follow-ups could not be read: the note is too deeply nested, or the parser failed on it. */
export interface ParseProblem {
  line: number;
  kind: 'too-complex' | 'parse-failed';
  message: string;
}

export interface FollowUpParse {
  items: RawFollowUp[];
  badDates: BadTokenDate[];
  /** Set when the follow-ups were not read; `items` is then empty. */
  problem?: ParseProblem;
}

/**
 * Cheap pre-check: can this text contain a task item at all? A superset of what the parser
 * accepts (see `precheckBody` for the one the index uses, which also skips top-level code).
 */
export function mayContainTask(text: string): boolean {
  return nextCheckbox(text, 0) >= 0;
}

/**
 * Where the first possible checkbox at or after `from` is, or -1: a checkbox as micromark reads
 * it, `[x]`, `[X]` or an unchecked one holding a space, a tab or a line ending (`[`, a line
 * break, `]`). (`indexOf` finds the brackets several times faster than a regular expression.)
 */
function nextCheckbox(text: string, from: number): number {
  for (let at = text.indexOf('[', from); at >= 0; at = text.indexOf('[', at + 1)) {
    const inside = text.charCodeAt(at + 1);
    let close = at + 2;
    if (inside === 0x0d && text.charCodeAt(at + 2) === 0x0a) close = at + 3;
    else if (inside !== 0x20 && inside !== 0x09 && inside !== 0x0a && inside !== 0x0d && inside !== 0x78 && inside !== 0x58) continue;
    if (text.charCodeAt(close) === 0x5d) return at;
  }
  return -1;
}

/** What the cheap pre-checks say about a body, with top-level code skipped (`precheckBody`). */
export interface BodyPrecheck {
  /** Where the first possible checkbox outside top-level code is, or -1 when there is none. */
  firstCheckbox: number;
  /** Whether an open checkbox may be there (outside top-level code). */
  mayHaveOpen: boolean;
}

/**
 * `firstCheckbox` and `mayContainOpenTask` for the body that starts at offset `from`, skipping
 * the checkboxes inside top-level fenced code and HTML comments (`topLevelCode`): a template
 * pasted in a code block does not make a note "may hold an open item". Still a superset of what
 * the parser accepts: where the code tracking is unsure, checkboxes count.
 */
export function precheckBody(text: string, from: number): BodyPrecheck {
  let at = nextCheckbox(text, from);
  if (at < 0) return { firstCheckbox: -1, mayHaveOpen: false };
  const code = topLevelCode(text, from).regions;
  let region = 0;
  let first = -1;
  for (; at >= 0; at = nextCheckbox(text, at + 1)) {
    while (region < code.length && code[region + 1] <= at) region += 2;
    if (region < code.length && code[region] <= at) {
      at = code[region + 1] - 1; // inside code: go on after it
      continue;
    }
    if (first < 0) first = at;
    const inside = text.charCodeAt(at + 1);
    if (inside !== 0x78 && inside !== 0x58) return { firstCheckbox: first, mayHaveOpen: true }; // not `x`/`X`: open
  }
  return { firstCheckbox: first, mayHaveOpen: false };
}

/**
 * Cheap pre-check: can this text hold a date token that is not a valid date? A superset (it looks
 * at every `due:`/`after:`/`done:` and emoji date from `from` on), so a `false` means parsing the
 * body cannot report a bad follow-up date. Dates are read only from a task item's own text, which
 * starts at its checkbox: `from` may be where the first possible checkbox is (`firstCheckbox`).
 */
export function mayContainBadTokenDate(text: string, from = 0): boolean {
  BAD_DATE_CANDIDATE.lastIndex = from;
  for (let m = BAD_DATE_CANDIDATE.exec(text); m; m = BAD_DATE_CANDIDATE.exec(text)) {
    const value = m[1] ?? m[2];
    if (!/^\d{4}-\d{2}-\d{2}(?![\d/.-])/.test(value) || !isIsoDate(value.slice(0, 10))) return true;
  }
  return false;
}

/**
 * Each date label and the value after it. Without the `u` flag (several times faster on long
 * text): the emoji are their surrogate pairs, a value's `\S*` runs over the same code units, and
 * no other letter folds to these ASCII ones.
 */
const BAD_DATE_CANDIDATE = /(?:due|after|done):(\S*)|(?:\uD83D[\uDCC5\uDEEB]|\u2705)\uFE0F?[ \t\u00A0]*(\S*)/gi;

export interface ParseOptions {
  /** `false` forces the remark parse (the fuzzer compares both). */
  fastPath?: boolean;
  /** What `withinNestingBudget(text)` says, when the caller has measured it already. */
  withinBudget?: boolean;
}

/**
 * Whether the whole text (frontmatter included) is within the nesting budget of ./markdown.ts.
 * Then so is every part of its body that a parse may start at: the frontmatter's closing fence
 * and a safe start are non-blank lines in column 0, where the measure holds no open list item,
 * so from there on it counts each line alike and its running total only grows with more text.
 */
export function withinNestingBudget(text: string): boolean {
  return measureNesting(text) === undefined;
}

/**
 * Parses every task item in a whole file's text (lines are the file's). The parser starts at the
 * body's first line (`bodyStartLine`, by default found by the fence helper), or later at the safe
 * start before the first task item when there is one; the frontmatter is never parsed. Most
 * notes are read by the line scanner of ./taskScan.ts instead (`fastPath: false` forces remark).
 * Never throws: a note too deeply nested to parse in bounded time, or one the parser fails on,
 * gives no items and a `problem`.
 */
export function parseFollowUps(text: string, bodyStartLine = findFrontmatter(text)?.bodyStartLine ?? 1, options: ParseOptions = {}): FollowUpParse {
  const result: FollowUpParse = { items: [], badDates: [] };
  if (!mayContainTask(text)) return result;
  const fastPath = options.fastPath ?? true;
  try {
    // The fast path first (./taskScan.ts): it reads the note shapes people write, and says so
    // when a note holds anything else, which remark then parses. Within the nesting budget from
    // the top, a remark parse would not refuse the note either (it measures less of it), so
    // neither the safe start nor a second measure is needed for the scanner's answer.
    if (fastPath && (options.withinBudget ?? withinNestingBudget(text))) {
      const fast = scanTaskItems(text, bodyStartLine, readTokens);
      if (fast) return fast;
    }
    const starts = lineStarts(text);
    // The frontmatter is never parsed as markdown: the fence helper, not remark, says where it ends.
    const start = safeStart(text, bodyStartLine) ?? (bodyStartLine > 1 ? { offset: starts[bodyStartLine - 1] ?? text.length, line: bodyStartLine } : undefined);
    const part = start ? text.slice(start.offset) : text;
    const shift = start ? start.line - 1 : 0;
    const tooComplex = measureNesting(part);
    if (tooComplex) {
      return { items: [], badDates: [], problem: { kind: 'too-complex', line: tooComplex.line + shift, message: tooComplex.message } };
    }
    const tree = parseMarkdown(part);
    // Iterative, so no nesting depth can overflow the stack. Task items live in lists, possibly
    // inside block quotes; nothing else can hold one.
    const stack: Array<{ node: RootContent; underConfidential: boolean }> = [];
    const push = (nodes: readonly RootContent[], underConfidential: boolean): void => {
      for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i], underConfidential });
    };
    push(tree.children, false);
    for (let next = stack.pop(); next; next = stack.pop()) {
      const { node, underConfidential } = next;
      if (node.type === 'listItem') {
        const item = readTaskItem(node, part, shift, text, starts, result.badDates, underConfidential);
        if (item) result.items.push(item);
        push(node.children, underConfidential || hasToken(ownText(node, part), 'confidential'));
      } else if (node.type === 'list' || node.type === 'blockquote') {
        push(node.children, underConfidential);
      }
    }
    return result;
  } catch (error) {
    return {
      items: [], badDates: [],
      problem: { kind: 'parse-failed', line: bodyStartLine, message: `This note's follow-ups could not be read (${String((error as Error)?.message ?? error)}).` },
    };
  }
}

/** `part` is the parsed text, which starts `shift` lines into the file's `text`. */
function readTaskItem(node: ListItem, part: string, shift: number, text: string, lineStarts: number[], badDates: BadTokenDate[], underConfidential: boolean): RawFollowUp | undefined {
  if (typeof node.checked !== 'boolean' || !node.position) return undefined;
  const itemText = ownText(node, part);
  const line = node.position.start.line + shift;
  return taskItem(readTokens(itemText, line, badDates), line, lineAt(text, lineStarts, line), node.checked, underConfidential);
}

/** The text of a list item's own paragraph, without its checkbox. */
function ownText(node: ListItem, part: string): string {
  const paragraph = node.children.find((c): c is Paragraph => c.type === 'paragraph');
  const start = paragraph?.position?.start.offset;
  const end = paragraph?.position?.end.offset;
  // mdast moves the paragraph's start past the checkbox only when the item starts with plain
  // text; with emphasis, code or a link first, the slice still begins with `[ ]`.
  return start === undefined || end === undefined ? '' : part.slice(start, end).replace(/^\[[ \txX]\][ \t]*/, '');
}

type TokenFields = Omit<RawFollowUp, 'line' | 'source' | 'done' | 'underConfidential'>;

const DATE_FIELDS: Readonly<Record<DateTokenKind, 'due' | 'after' | 'doneDate'>> = { due: 'due', after: 'after', done: 'doneDate' };

/**
 * Reads the metadata tokens of an item's text (grammar: ./tokens.ts) and returns the text
 * without them. For each date kind the first valid token counts; every invalid one is reported
 * and stays in the text. The first owner mention wins.
 */
export function readTokens(itemText: string, line = 1, badDates: BadTokenDate[] = []): TokenFields {
  // A copy of its own: an item without whitespace would be the note's text itself otherwise, and
  // its fields (kept in the index) views that keep the whole note alive (see ./fence.ts `lineAt`).
  const collapsed = collapseWhitespace(itemText);
  const text = detachedSlice(collapsed, 0, collapsed.length);
  const fields: TokenFields = { text: '', escalate: false, confidentialTag: false, style: 'plain' };
  const cut: Token[] = [];
  for (const token of findTokens(text)) {
    if (token.kind === 'owner') {
      if (fields.ownerMention !== undefined) continue;
      fields.ownerMention = token.value;
    } else if (token.kind === 'escalate') fields.escalate = true;
    else if (token.kind === 'confidential') fields.confidentialTag = true;
    else {
      if (!token.valid) {
        badDates.push({ line, token: text.slice(token.start, token.end) });
        continue;
      }
      const field = DATE_FIELDS[token.kind];
      if (fields[field] === undefined) {
        fields[field] = token.value;
        if (token.style === 'emoji') fields.style = 'emoji';
      }
      // A comma, semicolon or full stop right after a date goes with it: `due:2026-11-27, please`.
      if (text[token.end] === ',' || text[token.end] === ';' || text[token.end] === '.') {
        cut.push({ ...token, end: token.end + 1 });
        continue;
      }
    }
    cut.push(token);
  }
  fields.text = removeTokens(text, cut);
  return fields;
}
