/**
 * Frontmatter reading: the block is found by the fence helper (./fence.ts), its YAML read by
 * the flat reader of ./flatYaml.ts when it is sure, else by js-yaml with the CORE schema (no timestamp type), so `date: 2026-11-20` stays the string the
 * manager wrote instead of becoming a UTC-midnight `Date` that shifts west of Greenwich, and a
 * date-time keeps the date written in it.
 *
 * YAML errors point at the line to change (for an unclosed quote or bracket, the line that
 * opened it, not where the parser gave up) and say in plain words what to change.
 */
// js-yaml's loader and CORE schema alone: its index would bundle the dumper too (8 KB we never run).
import { load as loadYaml } from 'js-yaml/lib/js-yaml/loader.js';
import CORE_SCHEMA from 'js-yaml/lib/js-yaml/schema/core.js';
import { detachedSlice, findFrontmatter, isOpeningFence, lineStarts, splitLines } from './fence';
import { readFlatYaml } from './flatYaml';

export interface FrontmatterResult {
  /** The parsed mapping; undefined when there is no frontmatter or it is not a mapping. */
  data?: Readonly<Record<string, unknown>>;
  /** The raw YAML between the fences, after a line break standing for the opening fence (empty when none). */
  raw: string;
  /** 1-based line of the first body line. */
  bodyStartLine: number;
  /** Set when the YAML is malformed. */
  error?: { line: number; message: string };
}

export function readFrontmatter(text: string): FrontmatterResult {
  const block = findFrontmatter(text);
  if (!block) {
    const firstBreak = text.search(/[\r\n]/);
    if (firstBreak < 0 || !isOpeningFence(text.slice(0, firstBreak))) return { raw: '', bodyStartLine: 1 };
    // Opened and never closed: not frontmatter, but say so when it was meant for the journal.
    return {
      raw: '\n' + text.slice(firstBreak + 1),
      bodyStartLine: 1,
      error: { line: 1, message: 'Malformed YAML frontmatter: the frontmatter that starts here is never closed: add a line `---` after its last key (line 1).' },
    };
  }
  const yamlText = text.slice(block.contentStart, block.contentEnd);
  // raw starts with the line break after the opening fence, so its line n is the file's line n.
  const raw = '\n' + yamlText;
  try {
    // The flat `key: value` frontmatter most files hold is read without js-yaml (./flatYaml.ts,
    // which hands anything it is not sure of back to js-yaml).
    const data = detachStrings(yamlText.trim() === '' ? {} : (readFlatYaml(yamlText) ?? loadYaml(yamlText, { schema: CORE_SCHEMA }) ?? {}));
    const isMapping = typeof data === 'object' && data !== null && !Array.isArray(data);
    return { data: isMapping ? (data as Record<string, unknown>) : undefined, raw, bodyStartLine: block.bodyStartLine };
  } catch (error) {
    return { raw, bodyStartLine: block.bodyStartLine, error: describeYamlError(error, yamlText) };
  }
}

/**
 * The YAML's strings as strings of their own. Both readers slice values out of the file's text,
 * and V8 keeps a slice of 13 or more characters as a view of its parent: a note kept in the index
 * would keep its whole text alive through its `person` (2,000 long notes: 25 MB of heap).
 */
function detachStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.length >= 13 ? detachedSlice(value, 0, value.length) : value;
  if (Array.isArray(value)) return value.map(detachStrings);
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const value = record[key];
      if (typeof value !== 'string' && typeof value !== 'object') continue;
      // Defined, not assigned: a key `__proto__` must stay a plain property. (A copy of a
      // string is `===` to it, so there is no telling whether it changed.)
      Object.defineProperty(record, key, { value: detachStrings(value), writable: true, enumerable: true, configurable: true });
    }
  }
  return value;
}

/** The 1-based line of the first line whose raw text starts with `key:` inside the frontmatter. */
export function lineOfKey(raw: string, key: string): number | undefined {
  return keyLineFinder(raw)(key);
}

/**
 * `lineOfKey` for several keys of one frontmatter: a line counts when it matches
 * `^\s*['"]?key['"]?\s*:`. Read by hand over the line starts (found once), not by a regular
 * expression built per key: this runs for every note of the journal.
 */
export function keyLineFinder(raw: string): (key: string) => number | undefined {
  // raw starts right after the opening `---`, so its first line is the rest of line 1.
  const starts = lineStarts(raw);
  return (key) => {
    for (let i = 0; i < starts.length; i++) if (lineStartsWithKey(raw, starts[i], key)) return i + 1;
    return undefined;
  };
}

/** Whether the line at `start` matches `^\s*['"]?key['"]?\s*:` (the line ends at `\r` or `\n`). */
function lineStartsWithKey(raw: string, start: number, key: string): boolean {
  let at = start;
  while (isSpaceInLine(raw.charCodeAt(at))) at++;
  const c = raw.charCodeAt(at);
  // The optional quote: consumed when the key follows it, else the key may start with it.
  if ((c === 0x22 || c === 0x27) && keyThenColon(raw, at + 1, key)) return true;
  return keyThenColon(raw, at, key);
}

function keyThenColon(raw: string, at: number, key: string): boolean {
  if (!raw.startsWith(key, at)) return false;
  let i = at + key.length;
  const c = raw.charCodeAt(i);
  if (c === 0x22 || c === 0x27) i++;
  while (isSpaceInLine(raw.charCodeAt(i))) i++;
  return raw.charCodeAt(i) === 0x3a;
}

/** `\s` of a regular expression, without the line breaks that end a line here (`\r`, `\n`). */
function isSpaceInLine(c: number): boolean {
  if (c < 0x80) return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The scalar written after `key:` on its line, unquoted and without a comment. Used where YAML's
 * typing gets in the way: js-yaml reads an unquoted `type: 1:1` as the base-60 number 61.
 */
export function rawScalarOfKey(raw: string, key: string): string | undefined {
  const line = lineOfKey(raw, key);
  if (line === undefined) return undefined;
  const text = splitLines(raw)[line - 1];
  const value = text.slice(text.indexOf(':') + 1).replace(/\s+#.*$/, '').trim();
  return value.replace(/^(['"])(.*)\1$/, '$2');
}

/** The YAML starts on the file's line 2 (after the opening fence). */
const FIRST_YAML_LINE = 2;

/** Turns a js-yaml error into the file line to change and what to change there. */
export function describeYamlError(error: unknown, yamlText: string): { line: number; message: string } {
  const e = error as { mark?: { line?: number; position?: number }; reason?: string; message?: string };
  const reason = e.reason ?? String(e.message ?? error).split('\n')[0];
  const markLine = typeof e.mark?.line === 'number' ? e.mark.line : 0;
  const at = (index: number, message: string): { line: number; message: string } => {
    const line = index + FIRST_YAML_LINE;
    return { line, message: `Malformed YAML frontmatter: ${message} (line ${line}).` };
  };

  // Unclosed quotes and brackets: the parser notices only lines later; point where it opened.
  if (/quoted scalar|flow collection|flow mapping|flow sequence|missed comma|end of the stream/.test(reason)) {
    const open = unclosedOpening(yamlText, e.mark?.position ?? yamlText.length);
    if (open) {
      const { index, char } = open;
      if (char === '"' || char === "'") {
        return at(index, `the value that starts with ${char} is never closed: add a closing ${char} at the end of the value, or remove the opening one`);
      }
      const close = char === '[' ? ']' : '}';
      const what = char === '[' ? 'list' : 'mapping';
      return at(index, `the ${what} that starts with ${char} is not closed: end it with ${close} and separate its items with commas, or quote the whole value`);
    }
  }
  const lines = splitLines(yamlText);
  const written = (lines[markLine] ?? '').trim();
  if (/duplicated mapping key/.test(reason)) {
    const key = /^['"]?([^'":]+)['"]?\s*:/.exec(written)?.[1];
    return at(markLine, `${key ? `\`${key}\`` : 'this key'} is written twice: keep one of them`);
  }
  if (/tab characters/.test(reason)) return at(markLine, 'indent with spaces, not tabs');
  if (/bad indentation/.test(reason)) {
    return at(markLine, 'this line is indented differently from the keys above it: start every key at the same column');
  }
  if (/block mapping entry|implicit key|end of the stream or a document separator|incomplete explicit mapping pair/.test(reason)) {
    return at(markLine, 'this line is not a `key: value` pair: write it as `key: value` (quote a value that holds ": " or starts with a special character)');
  }
  if (/unknown escape sequence|expected hexadecimal/.test(reason)) {
    return at(markLine, 'a backslash in a double-quoted value starts an escape: write \\\\ for a backslash, or use single quotes');
  }
  if (/alias|anchor/.test(reason)) {
    return at(markLine, 'a value that starts with * or & must be quoted: put it in quotes');
  }
  return at(markLine, `${reason}: check the quotes, brackets, colons and indentation of this line`);
}

/**
 * The line of the quote or bracket still open at `position` of the YAML text, scanning values
 * as YAML reads them: quoted scalars (with `''` and `\"` escapes) and flow collections, which may
 * span lines; comments are skipped.
 */
function unclosedOpening(yamlText: string, position: number): { index: number; char: string } | undefined {
  const stack: Array<{ index: number; char: string }> = [];
  let quote: { index: number; char: string } | undefined;
  let line = 0;
  const end = Math.min(position, yamlText.length);
  /** Whether a quote or bracket here starts a value: at a line's start, after `key: `, `- `, `? `, `[`, `{` or `,`. */
  const startsValue = (i: number): boolean => {
    let k = i - 1;
    while (k >= 0 && (yamlText[k] === ' ' || yamlText[k] === '\t')) k--;
    if (k < 0 || yamlText[k] === '\n' || yamlText[k] === '\r') return true;
    const before = yamlText[k];
    if (before === ':') return k < i - 1 || stack.length > 0;
    if (before === ',' || before === '[' || before === '{') return true;
    if (before === '-' || before === '?') return k === 0 || /\s/.test(yamlText[k - 1]);
    return false;
  };
  for (let i = 0; i < end; i++) {
    const ch = yamlText[i];
    if (ch === '\n' || (ch === '\r' && yamlText[i + 1] !== '\n')) {
      line++;
      continue;
    }
    if (quote) {
      if (quote.char === '"' && ch === '\\') i++;
      else if (ch === quote.char) {
        if (quote.char === "'" && yamlText[i + 1] === "'") i++;
        else quote = undefined;
      }
      continue;
    }
    if (ch === '#' && (i === 0 || /\s/.test(yamlText[i - 1]))) {
      while (i + 1 < end && yamlText[i + 1] !== '\n' && yamlText[i + 1] !== '\r') i++;
      continue;
    }
    if ((ch === '"' || ch === "'") && startsValue(i)) quote = { index: line, char: ch };
    else if ((ch === '[' || ch === '{') && (stack.length > 0 || startsValue(i))) stack.push({ index: line, char: ch });
    else if ((ch === ']' || ch === '}') && stack.length > 0) stack.pop();
  }
  return quote ?? stack[0];
}
