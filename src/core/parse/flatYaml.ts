/**
 * A fast reader for the flat frontmatter notes and profiles are written in (docs/FORMAT.md):
 * one `key: value` per line, values plain words, dates, single- or double-quoted strings
 * without escapes, `true`/`false`/`null`, flow lists `[a, "b"]` and block lists of `- item`
 * lines, and the base-60 integers an unquoted `type: 1:1` is (61). It reads them as js-yaml
 * with the CORE schema does (./frontmatter.ts), about three times faster, and returns
 * `undefined` for anything else, which js-yaml then reads: other numbers, escapes, comments
 * after a value, multi-line scalars, nested mappings, anchors, tags, tabs, unusual characters,
 * duplicate keys. It never guesses: test/fuzz compares it with js-yaml on generated frontmatter.
 */

/** Characters outside these (controls, tabs, surrogates, U+2028/9, BOM, U+FFFE/F) send the text to js-yaml. */
const UNUSUAL = /[^\n\r\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const LONE_CR = /\r(?!\n)/;
/** An unquoted `1:1` or `10:30`: a base-60 integer to YAML 1.1 and js-yaml's CORE schema. */
const SEXAGESIMAL = /^[1-9][0-9]{0,5}(?::[0-5]?[0-9])+$/;
/** What a plain item of a flow list may not hold here (brackets, braces, comments, colons, quotes). */
const FLOW_SPECIAL = /[[\]{}#:"']/;
/** A date, or an `away:` range of two: text to the CORE schema (it has no timestamps). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:\.\.\d{4}-\d{2}-\d{2})?$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$/;
const LIST_ITEM = /^( *)- +(.*)$/;
/** Longer keys go to js-yaml (which limits implicit keys). */
const MAX_KEY = 128;

/** Marks "not sure": the caller falls back to js-yaml. */
const UNSURE = Symbol('unsure');
type Scalar = string | number | boolean | null;

/** The mapping the YAML text holds, or `undefined` when this reader is not sure (then ask js-yaml). */
export function readFlatYaml(yamlText: string): Record<string, unknown> | undefined {
  if (UNUSUAL.test(yamlText)) return undefined;
  const hasCr = yamlText.indexOf('\r') >= 0;
  if (hasCr && LONE_CR.test(yamlText)) return undefined;
  const result: Record<string, unknown> = {};
  const lines = yamlText.split('\n');
  /** The key whose value is empty so far (a block list may follow), its list, and the list's indent. */
  let pending: string | undefined;
  let list: Scalar[] | undefined;
  let listIndent = -1;
  /** A blank or comment line came after the pending key: a list item after it is not modelled. */
  let gap = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (hasCr && line.charCodeAt(line.length - 1) === 0x0d) line = line.slice(0, -1);
    const first = line.charCodeAt(0);
    if (line.length === 0 || first === 0x23 || (first === 0x20 && onlySpaces(line))) { // a blank or comment line
      gap = true;
      continue;
    }
    if (first === 0x20 || first === 0x2d) { // an indented line or `- item`: only a block list item of the pending key
      const item = LIST_ITEM.exec(line);
      if (!item || pending === undefined || gap) return undefined;
      const indent = item[1].length;
      if (listIndent >= 0 && indent !== listIndent) return undefined;
      listIndent = indent;
      const value = scalar(trimSpaces(item[2]));
      if (value === UNSURE) return undefined;
      (list ??= []).push(value);
      continue;
    }
    if (pending !== undefined) {
      result[pending] = list ?? null;
      pending = undefined;
      list = undefined;
      listIndent = -1;
    }
    gap = false;
    const m = KEY_LINE.exec(line);
    if (!m) return undefined;
    const key = m[1];
    if (key.length > MAX_KEY || isSpecialKey(key) || Object.prototype.hasOwnProperty.call(result, key)) return undefined;
    const written = m[2] === undefined ? '' : trimSpaces(m[2]);
    if (written === '') {
      pending = key;
      result[key] = null; // keeps the key's place (and catches a duplicate) until its list is known
      continue;
    }
    const value = written.charCodeAt(0) === 0x5b ? flowList(written) : scalar(written);
    if (value === UNSURE) return undefined;
    result[key] = value;
  }
  if (pending !== undefined) result[pending] = list ?? null;
  return result;
}

/** Keys js-yaml would read as another value (`True: x` is the key "true") or treats specially. */
function isSpecialKey(key: string): boolean {
  switch (key) {
    case 'true': case 'True': case 'TRUE': case 'false': case 'False': case 'FALSE':
    case 'null': case 'Null': case 'NULL': case '__proto__':
      return true;
    default:
      return false;
  }
}

function onlySpaces(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return true;
}

function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** A block-context scalar (trimmed, not empty): quoted, a date, or plain text starting with a letter. */
function scalar(text: string): Scalar | typeof UNSURE {
  const c = text.charCodeAt(0);
  if (c === 0x22 || c === 0x27) return quoted(text);
  if (c >= 0x30 && c <= 0x39) {
    if (ISO_DATE.test(text) || ISO_DATE_TIME.test(text)) return text;
    return SEXAGESIMAL.test(text) ? sexagesimal(text) : UNSURE;
  }
  if (!startsPlainWord(c)) return UNSURE;
  // A comment, or a `: ` that would start a mapping, is not modelled.
  if (text.includes(' #') || text.includes(': ') || text.endsWith(':')) return UNSURE;
  return word(text);
}

/** js-yaml's base-60 integer (`1:1` is 61, `1:30:00` is 5400), as its CORE schema computes it. */
function sexagesimal(text: string): number {
  let value = 0;
  for (const part of text.split(':')) value = value * 60 + Number(part);
  return value;
}

/** Letters (ASCII, or any character from U+00A0 on) and `_`: a plain scalar starting so is text unless it is a word below. */
function startsPlainWord(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0xa0;
}

/** The CORE schema's words for true, false and null; any other plain text is a string. */
function word(text: string): Scalar {
  switch (text) {
    case 'true': case 'True': case 'TRUE': return true;
    case 'false': case 'False': case 'FALSE': return false;
    case 'null': case 'Null': case 'NULL': return null;
    default: return text;
  }
}

/** A quoted scalar that is the whole text: `"…"` without backslashes, `'…'` with `''` for a quote. */
function quoted(text: string): string | typeof UNSURE {
  const q = text[0];
  if (text.length < 2 || text[text.length - 1] !== q) return UNSURE;
  const inner = text.slice(1, -1);
  if (q === '"') return inner.includes('"') || inner.includes('\\') ? UNSURE : inner;
  // Single quotes: every quote inside must be doubled.
  if (inner.replace(/''/g, '').includes("'")) return UNSURE;
  return inner.replace(/''/g, "'");
}

/** `[a, "b", c]` on one line: items plain words or quoted strings without commas. */
function flowList(text: string): Scalar[] | typeof UNSURE {
  if (text.charCodeAt(text.length - 1) !== 0x5d) return UNSURE;
  const end = text.length - 1;
  const items: Scalar[] = [];
  for (let from = 1; from <= end;) {
    let comma = text.indexOf(',', from);
    if (comma < 0 || comma > end) comma = end;
    const item = trimSpaces(text.slice(from, comma));
    if (item === '' && comma === end && items.length === 0) return items; // `[]`, `[ ]`
    const c = item.charCodeAt(0);
    if (c === 0x22 || c === 0x27) {
      const value = quoted(item);
      if (value === UNSURE) return UNSURE;
      items.push(value);
    } else {
      if (item === '' || !startsPlainWord(c) || FLOW_SPECIAL.test(item)) return UNSURE;
      items.push(word(item));
    }
    from = comma + 1;
  }
  return items;
}
