/**
 * Frontmatter reading with gray-matter.
 *
 * - `matter(text, options)`: passing options bypasses gray-matter's global cache, which would
 *   otherwise keep every note's text alive forever and share `data` objects between files.
 * - YAML is loaded with the CORE schema (no timestamp type), so `date: 2026-11-20` stays the
 *   string the manager wrote instead of becoming a UTC-midnight `Date` that shifts west of
 *   Greenwich, and a date-time keeps the date written in it.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';

export interface FrontmatterResult {
  /** The parsed mapping; undefined when there is no frontmatter or it is not a mapping. */
  data?: Readonly<Record<string, unknown>>;
  /** The raw YAML between the delimiters (empty when none). */
  raw: string;
  /** 1-based line of the first body line. */
  bodyStartLine: number;
  /** Set when the YAML is malformed. */
  error?: { line: number; message: string };
}

const FRONTMATTER_OPTIONS = {
  engines: { yaml: { parse: (source: string) => yaml.load(source, { schema: yaml.CORE_SCHEMA }) as object } },
};

/** Starts like a frontmatter block: `---` on the very first line. */
const OPENING = /^---[ \t]*\r?\n/;

export function readFrontmatter(text: string): FrontmatterResult {
  if (!OPENING.test(text)) return { raw: '', bodyStartLine: 1 };
  const raw = rawFrontmatter(text);
  try {
    const parsed = matter(text, FRONTMATTER_OPTIONS);
    const data = parsed.data as unknown;
    // Counted from the closing fence itself: gray-matter leaves a fence's trailing spaces in `content`.
    const bodyStartLine = closingLine(text) + 1;
    const isMapping = typeof data === 'object' && data !== null && !Array.isArray(data);
    return { data: isMapping ? (data as Record<string, unknown>) : undefined, raw, bodyStartLine };
  } catch (error) {
    const { line, message } = describeYamlError(error);
    return { raw, bodyStartLine: closingLine(text) + 1, error: { line, message } };
  }
}

/** The 1-based line of the first line whose raw text starts with `key:` inside the frontmatter. */
export function lineOfKey(raw: string, key: string): number | undefined {
  const lines = raw.split(/\r?\n/);
  // raw starts right after the opening `---`, so lines[0] is the rest of line 1.
  const pattern = new RegExp(`^\\s*['"]?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?\\s*:`);
  const index = lines.findIndex((l) => pattern.test(l));
  return index < 0 ? undefined : index + 1;
}

/**
 * The scalar written after `key:` on its line, unquoted and without a comment. Used where YAML's
 * typing gets in the way: js-yaml reads an unquoted `type: 1:1` as the base-60 number 61.
 */
export function rawScalarOfKey(raw: string, key: string): string | undefined {
  const line = lineOfKey(raw, key);
  if (line === undefined) return undefined;
  const text = raw.split(/\r?\n/)[line - 1];
  const value = text.slice(text.indexOf(':') + 1).replace(/\s+#.*$/, '').trim();
  return value.replace(/^(['"])(.*)\1$/, '$2');
}

function rawFrontmatter(text: string): string {
  const start = text.indexOf('\n') + 1;
  const end = findClosing(text, start);
  return '\n' + text.slice(start, end < 0 ? text.length : end);
}

function findClosing(text: string, from: number): number {
  const re = /^(?:---|\.\.\.)[ \t]*\r?$/gm;
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : -1;
}

function closingLine(text: string): number {
  const end = findClosing(text, text.indexOf('\n') + 1);
  return end < 0 ? 1 : countLines(text.slice(0, end)) ;
}

/** 1 + number of line breaks in `text`. */
function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function describeYamlError(error: unknown): { line: number; message: string } {
  const e = error as { mark?: { line?: number }; reason?: string; message?: string };
  // js-yaml counts lines from 0 within the raw block, whose line 0 is the rest of the `---` line.
  const line = typeof e.mark?.line === 'number' ? e.mark.line + 1 : 1;
  const reason = e.reason ?? String(e.message ?? error).split('\n')[0];
  return { line, message: `Malformed YAML frontmatter: ${reason} (line ${line}).` };
}
