/**
 * Text edits made while writing a note, as pure functions the editor layer applies: where a new
 * follow-up goes, the relative dates offered for `due:`/`after:`, the fixes for frontmatter
 * values, and a new person profile.
 */
import { addDays, isoWeekday } from './dates';
import type { IsoDate } from './model';
import { closingFenceIndex } from './parse/fence';
import { profileScalar } from './profileFrontmatter';

/** The heading a follow-up is added under. */
export const FOLLOW_UPS_HEADING = '## Follow-ups';

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/** An insertion of `text` at a 0-based position, and where the cursor goes afterwards. */
export interface Insertion {
  line: number;
  character: number;
  text: string;
  cursor: { line: number; character: number };
}

/**
 * Where `- [ ] ` goes in a note, given its lines (without line endings): after the last non-blank
 * line of its Follow-ups section, or in a new `## Follow-ups` section after the last text when
 * there is none. `suffix` follows the cursor on the new line (e.g. `due:2026-11-27`, written after a space).
 */
export function followUpInsertion(lines: readonly string[], suffix = ''): Insertion {
  const item = `- [ ] ${suffix.trim() ? ` ${suffix.trim()}` : ''}`;
  const column = '- [ ] '.length;
  const section = findSection(lines, /^follow[- ]?ups?$/i);
  if (section) {
    let last = section.heading;
    for (let i = section.heading + 1; i < section.end; i++) if (lines[i].trim() !== '') last = i;
    return { line: last, character: lines[last].length, text: `\n${item}`, cursor: { line: last + 1, character: column } };
  }
  let last = lines.length - 1;
  while (last >= 0 && lines[last].trim() === '') last--;
  if (last < 0) return { line: 0, character: 0, text: `${FOLLOW_UPS_HEADING}\n${item}\n`, cursor: { line: 1, character: column } };
  return {
    line: last,
    character: lines[last].length,
    text: `\n\n${FOLLOW_UPS_HEADING}\n${item}`,
    cursor: { line: last + 3, character: column },
  };
}

/** The body section whose heading text matches `title`: its heading line and the line it ends before. */
export function findSection(lines: readonly string[], title: RegExp): { heading: number; end: number } | undefined {
  const close = closingFenceIndex(lines);
  let i = close === undefined ? 0 : close + 1;
  let fence: string | undefined;
  let found: { heading: number; level: number } | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const f = FENCE.exec(line);
    if (f) {
      if (!fence) fence = f[1][0];
      else if (f[1][0] === fence) fence = undefined;
      continue;
    }
    if (fence) continue;
    const h = HEADING.exec(line);
    if (!h) continue;
    if (found && h[1].length <= found.level) return { heading: found.heading, end: i };
    if (!found && title.test(h[2])) found = { heading: i, level: h[1].length };
  }
  return found ? { heading: found.heading, end: lines.length } : undefined;
}

/** A relative date offered for `due:`/`after:` and in quick picks. */
export interface RelativeDate {
  /** `today`, `tomorrow`, `next Monday`, `in 1 week`, `in 2 weeks`. */
  label: string;
  date: IsoDate;
}

/** Today, tomorrow, next Monday, in 1 week, in 2 weeks. "Next Monday" is the Monday after today. */
export function relativeDates(today: IsoDate): RelativeDate[] {
  return [
    { label: 'today', date: today },
    { label: 'tomorrow', date: addDays(today, 1) },
    { label: 'next Monday', date: addDays(today, 7 - isoWeekday(today)) },
    { label: 'in 1 week', date: addDays(today, 7) },
    { label: 'in 2 weeks', date: addDays(today, 14) },
  ];
}

/**
 * The span of the value on a frontmatter line `key: value  # comment` (0-based columns; the
 * quotes are part of the value), or undefined when the line is not `key:`.
 */
export function frontmatterValueSpan(line: string, key: string): { start: number; end: number; value: string } | undefined {
  const m = new RegExp(`^(\\s*['"]?${key}['"]?\\s*:[ \\t]*)(.*?)([ \\t]+#.*)?\\s*$`).exec(line);
  if (!m) return undefined;
  const start = m[1].length;
  const raw = m[2];
  return { start, end: start + raw.length, value: raw.replace(/^(['"])(.*)\1$/, '$2') };
}

export interface ProfileFields {
  name: string;
  role?: string;
  team?: string;
  reportsTo?: string;
}

/**
 * A new person profile. Keys left blank are there to be filled in; blank YAML values read as
 * "not set", so the profile is valid as it is.
 */
export function personProfileText(fields: ProfileFields): string {
  const value = (v: string | undefined): string => (v && v.trim() ? ` ${profileScalar(v.trim())}` : '');
  return [
    '---',
    'kind: person',
    `name:${value(fields.name)}`,
    'aliases: []',
    `role:${value(fields.role)}`,
    `team:${value(fields.team)}`,
    `reportsTo:${value(fields.reportsTo)}`,
    'active: true',
    '---',
    '<!-- Free notes about them: goals, context, what they care about. -->',
    '',
  ].join('\n');
}
