/**
 * The follow-up token grammar (docs: docs/FORMAT.md#follow-ups), the one place that knows what a token is. Every
 * reader and writer of tokens goes through it: the follow-up parser, the done/snooze edits, the
 * shareable-summary redaction, the date quick fix and completion.
 *
 * | token | kind |
 * |---|---|
 * | `@me`, `@Carly`, `@"Carly Chen"` | owner |
 * | `due:YYYY-MM-DD`, `📅 YYYY-MM-DD` | due |
 * | `after:YYYY-MM-DD`, `🛫 YYYY-MM-DD` | after |
 * | `done:YYYY-MM-DD`, `✅ YYYY-MM-DD` | done |
 * | `#escalate`, `#confidential` | tags |
 *
 * A token starts at the beginning of the text, after whitespace, or after an opening bracket,
 * quote or emphasis mark; it ends at the end, before whitespace or before punctuation:
 * `(#escalate)`, `**#confidential**` and `(due:2026-01-08)` are tokens, `notes/due:x`,
 * `a@b.c`, `\@name` and `#escalated` are not. Nothing inside inline code, a link's URL, an
 * autolink, an HTML tag or a bare URL is ever a token (`https://x.y/@carly` sets no owner).
 */
import { isIsoDate } from '../dates';

export type DateTokenKind = 'due' | 'after' | 'done';
export type TagTokenKind = 'escalate' | 'confidential';
export type TokenKind = 'owner' | DateTokenKind | TagTokenKind;

/** One token found in a text; offsets are the text's own (0-based, end exclusive). */
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Owner: the name (`Carly Chen`); dates: the value as written (`2026-11-27`, `2026/11/27`); tags: the tag. */
  value: string;
  /** Where `value` starts in the text (for edits of the value alone). */
  valueStart: number;
  /** `emoji` for the Obsidian Tasks forms (`📅`, `🛫`, `✅`). */
  style: 'plain' | 'emoji';
  /** Dates: whether the value is a real calendar date. Always true for owners and tags. */
  valid: boolean;
}

/** What a token may follow: whitespace, or an opening bracket, quote or emphasis mark. */
const OPENERS = new Set(['(', '[', '{', '"', "'", '“', '‘', '«', '*', '_', '~']);
/** What may follow a token besides whitespace: punctuation, closing brackets, quotes and emphasis marks. */
const CLOSERS = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '"', "'", '”', '’', '»', '*', '_', '~']);

const PLAIN_DATE_LABELS: Readonly<Record<string, DateTokenKind>> = { due: 'due', after: 'after', done: 'done' };
const EMOJI_DATES: Readonly<Record<string, DateTokenKind>> = { '📅': 'due', '🛫': 'after', '✅': 'done' };
/** The emoji form of each date kind, for writers. */
export const DATE_EMOJI: Readonly<Record<DateTokenKind, string>> = { due: '📅', after: '🛫', done: '✅' };

/** Characters a date value never holds: it stops at whitespace, brackets, quotes, emphasis and most punctuation. */
const VALUE = String.raw`[^\s()[\]{}<>"'“”‘’«»*_~,;!?]+`;
const PLAIN_DATE = new RegExp(String.raw`(due|after|done):(${VALUE})`, 'iy');
/** Emoji dates only count when a date-shaped value follows: `✅ 3 things` is prose, `📅 2026-13-01` a bad date. */
const EMOJI_DATE = /(📅|🛫|✅)\uFE0F?[ \t\u00A0]*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})/uy;
const QUOTED_OWNER = /@"([^"\n]+)"/y;
const PLAIN_OWNER = /@([\p{L}\p{N}_][\p{L}\p{N}_.'’-]*)/uy;
const TAG = /#(escalate|confidential)/iy;

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

function leftBoundary(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text[at - 1];
  return isSpace(before) || OPENERS.has(before);
}

function rightBoundary(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const after = text[at];
  return isSpace(after) || CLOSERS.has(after);
}

/** The mask character: neither whitespace nor an opener, so nothing next to a masked span starts a token. */
const MASK = '\u2400';

/** What the masked spans start with: a backslash, a backtick, `](`, `<`, and the letters a bare URL starts with. */
const MASK_STARTS = /[\\`\]<hfmwHW]/g;
/** The same without the letters, for a text that holds no bare URL (`hasNoBareUrl`). */
const MASK_STARTS_BUT_URLS = /[\\`\]<]/g;
/** What every bare URL holds (BARE_URL): `://` after its scheme, `mailto:` or `www.`. */
const BARE_URL_MARK = /:\/\/|mailto:|www\./i;
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const AUTOLINK_OR_TAG = /<(?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+|\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?|!--[\s\S]*?--)>/y;
const BARE_URL = /(?:(?:https?|ftp|file):\/\/|mailto:|www\.)[^\s<>]*/iy;

/**
 * The text with everything that is never a token replaced by a mask of the same length, so
 * offsets stay the text's own: inline code spans, backslash escapes, link URLs, autolinks,
 * HTML tags and bare URLs. Text with nothing to mask is returned as it is.
 */
export function maskNonTokenText(text: string): string {
  /** The spans to mask, as flat `[from, to)` pairs in order (no closure per call: this runs per item). */
  let spans: number[] | undefined;
  // Most texts hold no URL: then only the other spans are looked for, not every word's first letter.
  const starts = BARE_URL_MARK.test(text) ? MASK_STARTS : MASK_STARTS_BUT_URLS;
  starts.lastIndex = 0;
  for (let found = starts.exec(text); found; found = starts.exec(text)) {
    const i = found.index;
    const ch = text[i];
    let next = i + 1;
    let end = -1; // the end of a span masked from `from`
    let from = i;
    if (ch === '\\') {
      if (i + 1 < text.length && ESCAPABLE.test(text[i + 1])) end = i + 2;
    } else if (ch === '`') {
      let run = 1;
      while (text[i + run] === '`') run++;
      const close = closingBackticks(text, i + run, run);
      if (close < 0) next = i + run; // literal backticks
      else end = close + run;
    } else if (ch === ']') {
      if (text[i + 1] === '(') {
        from = i + 1;
        end = linkDestinationEnd(text, i + 2);
      }
    } else if (ch === '<') {
      AUTOLINK_OR_TAG.lastIndex = i;
      const m = AUTOLINK_OR_TAG.exec(text);
      if (m) end = i + m[0].length;
    } else if (i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1])) {
      BARE_URL.lastIndex = i;
      const m = BARE_URL.exec(text);
      if (m) {
        // A URL ends before trailing punctuation and an unbalanced closing bracket.
        let url = m[0].replace(/[.,;:!?*_~'"]+$/, '');
        if (url.endsWith(')') && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) url = url.replace(/\)+$/, '');
        (spans ??= []).push(i, Math.min(i + url.length, text.length));
        next = i + Math.max(1, url.length);
      }
    }
    if (end >= 0) {
      (spans ??= []).push(from, Math.min(end, text.length));
      next = end;
    }
    starts.lastIndex = next;
  }
  if (!spans) return text;
  let out = '';
  let copied = 0;
  for (let k = 0; k < spans.length; k += 2) {
    out += text.slice(copied, spans[k]) + MASK.repeat(spans[k + 1] - spans[k]);
    copied = spans[k + 1];
  }
  return out + text.slice(copied);
}

function closingBackticks(text: string, from: number, run: number): number {
  for (let i = text.indexOf('`', from); i >= 0; i = text.indexOf('`', i)) {
    let n = 1;
    while (text[i + n] === '`') n++;
    if (n === run) return i;
    i += n;
  }
  return -1;
}

/** The offset just past the `)` closing a link destination that starts at `from`; -1 when it is not one. */
function linkDestinationEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      if (depth === 0) return i + 1;
      depth--;
    } else if (ch === '\n' && text[i + 1] === '\n') return -1;
  }
  return -1;
}

function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * Where a token can start: `@`, `#`, a `due:`, `after:` or `done:` label (PLAIN_DATE is
 * case-insensitive without `u`, so only ASCII letters match them; a label holds no other start),
 * and the emoji dates (📅 and 🛫 start with the surrogate U+D83D, ✅ is U+2705). Looking for the
 * labels, not for every `a` and `d`, leaves most item texts without a single candidate.
 */
const TOKEN_STARTS = /(?:due|after|done):|[@#\u2705]|\uD83D/gi;

/** Every token of a text, in order. Tokens never overlap. */
export function findTokens(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_STARTS.lastIndex = 0;
  if (!TOKEN_STARTS.test(text)) return tokens;
  const masked = maskNonTokenText(text);
  TOKEN_STARTS.lastIndex = 0;
  for (let found = TOKEN_STARTS.exec(masked); found; found = TOKEN_STARTS.exec(masked)) {
    const i = found.index;
    const token = leftBoundary(masked, i) ? tokenAt(masked, i) : undefined;
    if (token) {
      tokens.push(token);
      TOKEN_STARTS.lastIndex = token.end;
    }
  }
  return tokens;
}

function tokenAt(text: string, at: number): Token | undefined {
  const ch = text[at];
  if (ch === '@') {
    const quoted = matchAt(QUOTED_OWNER, text, at);
    if (quoted && rightBoundary(text, at + quoted[0].length)) {
      return { kind: 'owner', start: at, end: at + quoted[0].length, value: quoted[1].trim(), valueStart: at + 2, style: 'plain', valid: true };
    }
    const plain = matchAt(PLAIN_OWNER, text, at);
    if (!plain) return undefined;
    const name = plain[1].replace(/[.'’-]+$/, '');
    const end = at + 1 + name.length;
    return name && rightBoundary(text, end)
      ? { kind: 'owner', start: at, end, value: name, valueStart: at + 1, style: 'plain', valid: true }
      : undefined;
  }
  if (ch === '#') {
    const tag = matchAt(TAG, text, at);
    if (!tag || !rightBoundary(text, at + tag[0].length)) return undefined;
    const kind = tag[1].toLowerCase() as TagTokenKind;
    return { kind, start: at, end: at + tag[0].length, value: kind, valueStart: at + 1, style: 'plain', valid: true };
  }
  const plain = matchAt(PLAIN_DATE, text, at);
  if (plain) {
    const value = plain[2].replace(/[.:]+$/, '');
    const end = at + plain[1].length + 1 + value.length;
    if (!value || !rightBoundary(text, end)) return undefined;
    const kind = PLAIN_DATE_LABELS[plain[1].toLowerCase()];
    return { kind, start: at, end, value, valueStart: at + plain[1].length + 1, style: 'plain', valid: isIsoDate(value) };
  }
  const emoji = matchAt(EMOJI_DATE, text, at);
  if (emoji && rightBoundary(text, at + emoji[0].length)) {
    const value = emoji[2];
    return {
      kind: EMOJI_DATES[emoji[1]], start: at, end: at + emoji[0].length, value,
      valueStart: at + emoji[0].length - value.length, style: 'emoji', valid: isIsoDate(value),
    };
  }
  return undefined;
}

const TAG_WRITTEN: Readonly<Record<TagTokenKind, RegExp>> = { confidential: /#confidential/i, escalate: /#escalate/i };

/** Whether the text holds a token of this kind (`#confidential` beside punctuation counts). */
export function hasToken(text: string, kind: TokenKind): boolean {
  // A tag token is its own text (masking only hides text): without it written, there is none.
  if ((kind === 'confidential' || kind === 'escalate') && !TAG_WRITTEN[kind].test(text)) return false;
  return findTokens(text).some((t) => t.kind === kind);
}

/** Brackets and emphasis marks that are removed with a token they held alone: `(#escalate)`, `**#confidential**`. */
const WRAPPERS: ReadonlyArray<[string, string]> = [['(', ')'], ['[', ']'], ['{', '}'], ['**', '**'], ['__', '__'], ['~~', '~~'], ['*', '*'], ['_', '_'], ['"', '"'], ['“', '”']];
const CUT = '\u0000';
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WRAPPER_OPENERS = new RegExp(`[${escape(WRAPPERS.map(([o]) => o[0]).join(''))}]`);
const CUTS_AND_SPACES = new RegExp(`[\\s${CUT}]+`, 'g');
const EMPTY_WRAPPER = new RegExp(WRAPPERS.map(([o, c]) => `${escape(o)}[\\s${CUT}]*${CUT}[\\s${CUT}]*${escape(c)}`).join('|'), 'g');

/**
 * The text without the given tokens, and without brackets or emphasis marks left empty by
 * removing them, whitespace collapsed. Used for an item's display text.
 */
export function removeTokens(text: string, remove: readonly Token[]): string {
  // Nothing removed and no cut mark written: no wrapper can be left empty.
  if (remove.length === 0 && !text.includes(CUT)) return collapseWhitespace(text).trim();
  let out = '';
  let at = 0;
  for (const t of inStartOrder(remove)) {
    out += text.slice(at, t.start) + CUT;
    at = t.end;
  }
  out += text.slice(at);
  for (let before = mayHoldEmptyWrapper(out) ? '' : out; before !== out;) {
    before = out;
    out = out.replace(EMPTY_WRAPPER, CUT);
  }
  // Every run of whitespace and cut marks becomes one space.
  return out.replace(CUTS_AND_SPACES, ' ').trim();
}

/** Whitespace that `collapseWhitespace` changes: any but a space, or two spaces in a row. */
const UNCOLLAPSED = /[^\S ]| {2}/;

/** `text.replace(/\s+/g, ' ')`, without building a new string for a text that holds only single spaces. */
export function collapseWhitespace(text: string): string {
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ') : text;
}

function inStartOrder(tokens: readonly Token[]): readonly Token[] {
  for (let i = 1; i < tokens.length; i++) if (tokens[i].start < tokens[i - 1].start) return [...tokens].sort((a, b) => a.start - b.start);
  return tokens;
}

/**
 * Whether EMPTY_WRAPPER can match: a wrapper's opening mark, then only whitespace and cut marks
 * up to a cut mark. Without one, there is no empty wrapper to remove.
 */
function mayHoldEmptyWrapper(out: string): boolean {
  for (let cut = out.indexOf(CUT); cut >= 0; cut = out.indexOf(CUT, cut + 1)) {
    let i = cut - 1;
    while (i >= 0 && (out[i] === CUT || isSpace(out[i]))) i--;
    if (i >= 0 && WRAPPER_OPENERS.test(out[i])) return true;
  }
  return false;
}

/**
 * The line without tokens of `kinds` whose value is a well-formed date, each with the brackets
 * or emphasis marks that held it alone and the whitespace before it; the rest of the line stays
 * byte for byte. Used by the done/snooze edits.
 */
export function stripDateTokens(line: string, kinds: readonly DateTokenKind[]): string {
  let out = line;
  for (const t of findTokens(line).filter((t) => kinds.includes(t.kind as DateTokenKind) && /^\d{4}-\d{2}-\d{2}$/.test(t.value)).reverse()) {
    let start = t.start;
    let end = t.end;
    for (let pair = wrapperAround(out, start, end); pair; pair = wrapperAround(out, start, end)) {
      start -= pair[0].length;
      end += pair[1].length;
    }
    while (start > 0 && isSpace(out[start - 1])) start--;
    out = out.slice(0, start) + out.slice(end);
  }
  return out;
}

function wrapperAround(text: string, start: number, end: number): readonly [string, string] | undefined {
  return WRAPPERS.find(([o, c]) => text.slice(start - o.length, start) === o && text.slice(end, end + c.length) === c);
}

/** A date token being typed at the end of `prefix` (`due:`, `after:`, `📅 `, `🛫 `): where its value starts. */
export function dateTokenBeingTyped(prefix: string): { valueStart: number; kind: DateTokenKind } | undefined {
  const m = /(?:(due|after):|([📅🛫])\uFE0F?\s)([\w-]*)$/u.exec(prefix);
  if (!m || !leftBoundary(prefix, m.index)) return undefined;
  return { valueStart: prefix.length - m[3].length, kind: m[1] ? PLAIN_DATE_LABELS[m[1]] : EMOJI_DATES[m[2]] };
}

/** An owner mention being typed at the end of `prefix` (`@Ca`, `@"Carly C`): where the `@` is and what is typed after it. */
export function mentionBeingTyped(prefix: string): { start: number; typed: string; quoted: boolean } | undefined {
  const quoted = /@"([^"]*)$/.exec(prefix);
  if (quoted && leftBoundary(prefix, quoted.index)) return { start: quoted.index, typed: quoted[1], quoted: true };
  const plain = /@([\p{L}\p{N}._'’-]*)$/u.exec(prefix);
  if (plain && leftBoundary(prefix, plain.index)) return { start: plain.index, typed: plain[1], quoted: false };
  return undefined;
}
