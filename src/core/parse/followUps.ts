/**
 * Follow-ups: GFM task-list items anywhere in a note's body, read with remark +
 * remark-frontmatter + only the GFM task-list syntax extension (all of GFM would double the cost
 * and adds nothing here). Code blocks, HTML and frontmatter never yield follow-ups because the
 * markdown parser never turns them into list items.
 */
import type { Root, RootContent, ListItem, Paragraph } from 'mdast';
import { isIsoDate } from '../dates';
import type { RawFollowUp } from '../model';
import { parseMarkdown } from './markdown';
import { safeStart } from './safeStart';

/** A token in an item's text whose date is not a real calendar date. */
export interface BadTokenDate {
  line: number;
  token: string;
}

export interface FollowUpParse {
  items: RawFollowUp[];
  badDates: BadTokenDate[];
}

/**
 * Cheap pre-check: can this text contain an open task item at all? A superset of what the
 * parser accepts, so a `false` lets the index skip the body parse for open follow-ups.
 */
export function mayContainOpenTask(text: string): boolean {
  return /\[[ \t]\]/.test(text);
}

/** Same pre-check for any task item, open or done. */
export function mayContainTask(text: string): boolean {
  return /\[[ \txX]\]/.test(text);
}

/**
 * Parses every task item in a whole file's text (frontmatter included, so lines are the file's).
 * Given the body's first line, the parser starts at the safe start before the first task item
 * when there is one (never inside the frontmatter).
 */
export function parseFollowUps(text: string, bodyStartLine?: number): FollowUpParse {
  const result: FollowUpParse = { items: [], badDates: [] };
  if (!mayContainTask(text)) return result;
  const start = bodyStartLine === undefined ? undefined : safeStart(text, bodyStartLine);
  const part = start ? text.slice(start.offset) : text;
  const shift = start ? start.line - 1 : 0;
  const tree: Root = parseMarkdown(part);
  const lineStarts = indexLineStarts(text);
  // `underConfidential`: an ancestor list item is tagged #confidential (SPEC §1.2).
  const visit = (nodes: RootContent[], underConfidential: boolean): void => {
    for (const node of nodes) {
      let below = underConfidential;
      if (node.type === 'listItem') {
        const item = readTaskItem(node, part, shift, text, lineStarts, result.badDates);
        if (item) result.items.push(underConfidential ? { ...item, underConfidential: true } : item);
        below ||= item ? item.confidentialTag : hasNestedList(node) && ownTags(node, part).confidentialTag;
      }
      // Task items live in lists, possibly inside block quotes; nothing else can hold one.
      if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') {
        visit(node.children, below);
      }
    }
  };
  visit(tree.children, false);
  return result;
}

function hasNestedList(node: ListItem): boolean {
  return node.children.some((c) => c.type === 'list');
}

/** The tokens of a plain (non-task) list item's own paragraph. */
function ownTags(node: ListItem, part: string): TokenFields {
  const paragraph = node.children.find((c): c is Paragraph => c.type === 'paragraph');
  const start = paragraph?.position?.start.offset;
  const end = paragraph?.position?.end.offset;
  return readTokens(start === undefined || end === undefined ? '' : part.slice(start, end));
}

/** `part` is the parsed text, which starts `shift` lines into the file's `text`. */
function readTaskItem(node: ListItem, part: string, shift: number, text: string, lineStarts: number[], badDates: BadTokenDate[]): RawFollowUp | undefined {
  if (typeof node.checked !== 'boolean' || !node.position) return undefined;
  const paragraph = node.children.find((c): c is Paragraph => c.type === 'paragraph');
  const start = paragraph?.position?.start.offset;
  const end = paragraph?.position?.end.offset;
  const line = node.position.start.line + shift;
  // mdast moves the paragraph's start past the checkbox only when the item starts with plain
  // text; with emphasis, code or a link first, the slice still begins with `[ ]`.
  const itemText = start === undefined || end === undefined ? '' : part.slice(start, end).replace(/^\[[ \txX]\][ \t]*/, '');
  const tokens = readTokens(itemText, line, badDates);
  return {
    line,
    source: lineText(text, lineStarts, line),
    done: node.checked,
    ...tokens,
  };
}

type TokenFields = Omit<RawFollowUp, 'line' | 'source' | 'done'>;

const DATE_TOKENS: ReadonlyArray<{ field: 'due' | 'after' | 'doneDate'; plain: string; emoji: string }> = [
  { field: 'due', plain: 'due', emoji: '📅' },
  { field: 'after', plain: 'after', emoji: '🛫' },
  { field: 'doneDate', plain: 'done', emoji: '✅' },
];

/** `@me`, `@Carly`, `@"Carly Chen"` — not the `@` inside an e-mail address. */
const MENTION = /(?<![\p{L}\p{N}_.@])@(?:"([^"\n]+)"|([\p{L}\p{N}_][\p{L}\p{N}_.'’-]*))/u;

/** Hides inline code spans (same length) so tokens inside them are not read: `@types/node` is no owner. */
function maskCodeSpans(text: string): string {
  return text.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (m) => '\u2400'.repeat(m.length));
}

/** Reads the metadata tokens of an item's text and returns the text without them. */
export function readTokens(itemText: string, line = 1, badDates: BadTokenDate[] = []): TokenFields {
  let rest = itemText.replace(/\s+/g, ' ');
  let masked = maskCodeSpans(rest);
  // Removes a token from the text and from its masked twin at the same place.
  const cut = (index: number, length: number): void => {
    rest = rest.slice(0, index) + rest.slice(index + length);
    masked = masked.slice(0, index) + masked.slice(index + length);
  };
  const fields: TokenFields = { text: '', escalate: false, confidentialTag: false, style: 'plain' };

  for (const { field, plain, emoji } of DATE_TOKENS) {
    const plainRe = new RegExp(`(?<!\\S)${plain}:(\\S+)`, 'i');
    const emojiRe = new RegExp(`${emoji}\\uFE0F?\\s*(\\d{4}-\\d{2}-\\d{2})`, 'u');
    const e = emojiRe.exec(masked);
    const p = plainRe.exec(masked);
    const match = [e, p].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0];
    if (!match) continue;
    const value = match[1].replace(/[.,;)]+$/, '');
    if (!isIsoDate(value)) {
      badDates.push({ line, token: match[0] });
      continue;
    }
    if (fields[field] === undefined) fields[field] = value;
    if (match === e) fields.style = 'emoji';
    cut(match.index, match[0].length);
  }

  const mention = MENTION.exec(masked);
  if (mention) {
    const name = (mention[1] ?? mention[2]).replace(/[.'’-]+$/, '').trim();
    fields.ownerMention = name;
    cut(mention.index, mention[1] !== undefined ? mention[0].length : name.length + 1);
  }

  const tag = (name: string): boolean => {
    const re = new RegExp(`(?<!\\S)#${name}(?![\\p{L}\\p{N}_/-])`, 'iu');
    let found = false;
    for (let m = re.exec(masked); m; m = re.exec(masked)) {
      found = true;
      cut(m.index, m[0].length);
    }
    return found;
  };
  fields.escalate = tag('escalate');
  fields.confidentialTag = tag('confidential');
  fields.text = rest.replace(/\s+/g, ' ').trim();
  return fields;
}

function indexLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineText(text: string, starts: number[], line: number): string {
  const start = starts[line - 1] ?? text.length;
  const end = line < starts.length ? starts[line] - 1 : text.length;
  return text.slice(start, end).replace(/\r$/, '');
}
