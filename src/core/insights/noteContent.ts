/**
 * What a note's body is about, as far as the "status-meeting drift" signal needs to know: how
 * many of its lines are status (ticket ids, "done", "blocked", "ETA", "status"…) and whether its
 * growth / feedback section says anything. The one home of the "mostly status" rule.
 *
 * The essays the product is built on: a 1:1 is about how the work happens and how people grow,
 * not a status meeting. A note that is mostly status with nothing under growth / feedback is one
 * data point; three in a row with one person is the signal (see `drift.ts`).
 */
import { isGrowthHeading } from '../growthSection';

/** Whole words only: `done` but not `well-done` or `abandoned`. */
function words(...list: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${list.join('|')})(?![\\p{L}\\p{N}_-])`, 'iu');
}

/** The words and shapes that make a line a status line, each with the name a card shows. */
export const STATUS_MARKERS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'ticket ids', pattern: /(?<![\p{L}\p{N}_-])[A-Z][A-Z0-9]{1,9}-\d+(?![\p{L}\p{N}_])/u },
  { name: 'done', pattern: words('done', 'finished', 'shipped', 'merged', 'released') },
  { name: 'blocked', pattern: words('blocked', 'blockers?') },
  { name: 'ETA', pattern: words('ETAs?') },
  { name: 'status', pattern: words('status', 'in progress', 'on track', 'WIP') },
];

/** What one note's body is about: counts only, never its text. */
export interface NoteContent {
  /** Lines that say something outside the growth section: not blank, headings, comments or task items. */
  lines: number;
  /** How many of those are status lines. */
  statusLines: number;
  /** Which status markers appeared, by name, in `STATUS_MARKERS` order. */
  markers: string[];
  /** `missing`: no growth / feedback heading; `empty`: only blanks or template comments under it. */
  growth: 'missing' | 'empty' | 'written';
}

/** The status markers a line carries (empty when it is not a status line). */
export function statusMarkersOf(line: string): string[] {
  return STATUS_MARKERS.filter((m) => m.pattern.test(line)).map((m) => m.name);
}

/** The rule: more than half of what the note says (and at least one line) is status. */
export function isMostlyStatus(content: Pick<NoteContent, 'lines' | 'statusLines'>): boolean {
  return content.statusLines > 0 && content.statusLines * 2 > content.lines;
}

/** A note that counts towards drift: mostly status, and nothing written under growth / feedback. */
export function isStatusNote(content: NoteContent): boolean {
  return isMostlyStatus(content) && content.growth !== 'written';
}

const HEADING = /^ {0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/;
const TASK_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Reads a note's body. `text` is the whole file; `bodyStartLine` (1-based, from the parsed note)
 * skips the frontmatter. HTML comments (template prompts) and task items (follow-ups) do not
 * count as what the note says.
 */
export function noteContent(text: string, bodyStartLine = 1): NoteContent {
  const all = text.split(/\r?\n/).slice(Math.max(0, bodyStartLine - 1));
  let lines = 0;
  let statusLines = 0;
  const markers = new Set<string>();
  let growth: NoteContent['growth'] = 'missing';
  /** Heading level of the growth section we are in; 0 = not in it. */
  let growthLevel = 0;
  let inComment = false;
  let fence: string | undefined;
  for (const raw of all) {
    let line = raw;
    // Code blocks are neither status nor talk: skipped.
    if (fence) {
      if (line.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    {
      const f = FENCE.exec(line);
      if (f) {
        fence = f[1];
        continue;
      }
      // Strip HTML comments, which may span lines.
      let out = '';
      let rest = line;
      while (rest.length > 0) {
        if (inComment) {
          const end = rest.indexOf('-->');
          if (end < 0) break;
          rest = rest.slice(end + 3);
          inComment = false;
        } else {
          const start = rest.indexOf('<!--');
          if (start < 0) { out += rest; break; }
          out += rest.slice(0, start);
          rest = rest.slice(start + 4);
          inComment = true;
        }
      }
      line = out;
      const heading = HEADING.exec(line);
      if (heading) {
        const level = heading[1].length;
        if (growthLevel && level <= growthLevel) growthLevel = 0;
        if (!growthLevel && isGrowthHeading(heading[2] ?? '')) {
          growthLevel = level;
          if (growth === 'missing') growth = 'empty';
        }
        continue;
      }
    }
    if (!line.trim() || TASK_ITEM.test(line)) continue;
    if (growthLevel) {
      growth = 'written';
      continue;
    }
    lines++;
    const found = statusMarkersOf(line);
    if (found.length > 0) {
      statusLines++;
      for (const m of found) markers.add(m);
    }
  }
  return { lines, statusLines, markers: STATUS_MARKERS.map((m) => m.name).filter((n) => markers.has(n)), growth };
}
