/**
 * Shareable summaries (docs/FORMAT.md#confidentiality): only shareable notes, minus `#confidential` items, sections
 * whose heading contains "(private)", HTML blocks (they can hide text), and never anything from
 * a skip-level note, whatever its frontmatter says. Pure: texts in, markdown and counts out.
 */
import type { Heading, ListItem, Root, RootContent } from 'mdast';
import type { Meeting } from './model';
import { stripBom } from './parse/decode';
import { findFrontmatter, splitLines } from './parse/fence';
import { readTokens } from './parse/followUps';
import { parseMarkdownBounded } from './parse/markdown';
import { hasToken } from './parse/tokens';

const PRIVATE_HEADING = /\(private\)/i;

/** What was left out of a summary, and why. */
export interface LeftOut {
  /** Notes that are confidential (the default). */
  confidentialNotes: number;
  /** Skip-level notes: always confidential. */
  skipLevelNotes: number;
  /** Sections whose heading contains "(private)". */
  privateSections: number;
  /** List items and paragraphs tagged `#confidential`. */
  confidentialItems: number;
  /** HTML blocks and comments. */
  htmlBlocks: number;
  /** Shareable notes left out whole because they nest too deeply to be checked. */
  uncheckedNotes: number;
}

export interface RedactedNote {
  /** The body that may be shared (frontmatter removed). */
  body: string;
  privateSections: number;
  confidentialItems: number;
  htmlBlocks: number;
  /** Set when the note could not be checked (too deeply nested): nothing of it may be shared. */
  unchecked?: boolean;
}

/** Removes from one note's text everything that must not leave it. */
export function redactNote(rawText: string): RedactedNote {
  const text = stripBom(rawText);
  const lines = splitLines(text);
  const drop = new Array<boolean>(lines.length + 2).fill(false);
  const dropLines = (from: number, to: number): void => {
    for (let l = from; l <= to; l++) drop[l] = true;
  };
  const result: RedactedNote = { body: '', privateSections: 0, confidentialItems: 0, htmlBlocks: 0 };
  // The frontmatter goes, and is parsed as blank lines of the same length so offsets stay the file's.
  const frontmatter = findFrontmatter(text);
  if (frontmatter) dropLines(1, frontmatter.closingLine);
  const parsed = parseMarkdownBounded(frontmatter ? text.slice(0, frontmatter.bodyOffset).replace(/[^\r\n]/g, ' ') + text.slice(frontmatter.bodyOffset) : text);
  if (!parsed.ok) return { ...result, unchecked: true };
  const tree: Root = parsed.tree;
  const source = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }): string =>
    text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);

  const top = tree.children;
  top.forEach((node, i) => {
    if (!node.position) return;
    if (node.type === 'heading' && PRIVATE_HEADING.test(source(node))) {
      // A section runs to the next heading of the same or a higher level.
      const next = top.slice(i + 1).find((n): n is Heading => n.type === 'heading' && n.depth <= node.depth);
      const end = next?.position ? next.position.start.line - 1 : lines.length;
      dropLines(node.position.start.line, end);
      result.privateSections++;
    }
  });

  // Iterative, so no nesting depth can overflow the stack.
  const stack: RootContent[] = [...top].reverse();
  const pushChildren = (node: RootContent): void => {
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as RootContent);
  };
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!node.position) continue;
    const { start, end } = node.position;
    if (node.type === 'html') {
      if (!drop[start.line]) result.htmlBlocks++;
      dropLines(start.line, end.line);
    } else if (node.type === 'listItem') {
      const own = (node as ListItem).children.find((c) => c.type === 'paragraph');
      if (own && hasToken(source(own), 'confidential')) {
        if (!drop[start.line]) result.confidentialItems++;
        dropLines(start.line, end.line); // the item and everything nested under it
        continue;
      }
      pushChildren(node);
    } else if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'code' || node.type === 'table') {
      // A code block's text is read as text: its fences are not inline code.
      if (hasToken(node.type === 'code' ? node.value : source(node), 'confidential')) {
        if (!drop[start.line]) result.confidentialItems++;
        dropLines(start.line, end.line);
      }
    } else {
      pushChildren(node);
    }
  }

  const kept = lines.filter((_, i) => !drop[i + 1]);
  result.body = kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return result;
}

export interface SummaryNote {
  meeting: Meeting;
  text: string;
}

export interface ShareableSummary {
  markdown: string;
  /** How many notes contributed. */
  included: number;
  leftOut: LeftOut;
}

/**
 * Builds one markdown summary from notes (in date order). A note is shared only when its
 * meeting is not confidential; a skip-level meeting never is (Journal.meetings() already makes
 * it confidential; checked again here so no caller can get it wrong).
 */
export function buildShareableSummary(notes: readonly SummaryNote[], title: string): ShareableSummary {
  const leftOut: LeftOut = { confidentialNotes: 0, skipLevelNotes: 0, privateSections: 0, confidentialItems: 0, htmlBlocks: 0, uncheckedNotes: 0 };
  const parts: string[] = [`# ${title}`];
  let included = 0;
  const ordered = [...notes].sort((a, b) => (a.meeting.note.date ?? '').localeCompare(b.meeting.note.date ?? ''));
  for (const { meeting, text } of ordered) {
    if (meeting.type === 'skip-level') {
      leftOut.skipLevelNotes++;
      continue;
    }
    if (meeting.confidential) {
      leftOut.confidentialNotes++;
      continue;
    }
    const redacted = redactNote(text);
    if (redacted.unchecked) {
      leftOut.uncheckedNotes++;
      continue;
    }
    leftOut.privateSections += redacted.privateSections;
    leftOut.confidentialItems += redacted.confidentialItems;
    leftOut.htmlBlocks += redacted.htmlBlocks;
    included++;
    const heading = `## ${meeting.person} · ${meeting.note.date ?? 'undated'} · ${meeting.type}`;
    parts.push(redacted.body ? `${heading}\n\n${demoteHeadings(followUpsAsProse(redacted.body))}` : heading);
  }
  return { markdown: parts.join('\n\n') + '\n', included, leftOut };
}

const TASK_LINE = /^(\s*)([-*+]|\d+[.)])\s+\[([ xX])\]\s+(.*)$/;

/**
 * Rewrites follow-ups as sentences for the other person to read: the item tokens (`@me`,
 * `due:`, `after:`, `done:`, the Obsidian Tasks emoji, `#escalate`) and the checkbox go;
 * "- [ ] @me send the doc due:2026-11-27" reads "- I will send the doc, by 2026-11-27.",
 * "- [ ] @Dana add the template" reads "- Dana will add the template.", and
 * "- [x] @me book the room ✅ 2026-11-21" reads "- Done: book the room (2026-11-21).".
 * Lines inside code fences stay as written.
 */
export function followUpsAsProse(body: string): string {
  let inFence = false;
  return body.split('\n').map((line) => {
    if (/^\s{0,3}(```|~~~)/.test(line)) inFence = !inFence;
    const m = inFence ? null : TASK_LINE.exec(line);
    if (!m) return line;
    const [, indent, marker, check, rest] = m;
    const tokens = readTokens(rest);
    const text = tokens.text.replace(/[.;,:]+$/, '');
    if (!text) return `${indent}${marker}`;
    const bullet = `${indent}${/^\d/.test(marker) ? marker : '-'} `;
    if (check !== ' ') return `${bullet}Done: ${text}${tokens.doneDate ? ` (${tokens.doneDate})` : ''}.`;
    const owner = tokens.ownerMention === undefined || tokens.ownerMention.toLowerCase() === 'me' ? 'I' : tokens.ownerMention;
    const verb = /^\p{Lu}\p{Ll}/u.test(text) && !/^I\b/.test(text) ? text[0].toLocaleLowerCase() + text.slice(1) : text;
    return `${bullet}${owner} will ${verb}${tokens.due ? `, by ${tokens.due}` : ''}.`;
  }).join('\n');
}

/** Pushes a note's own headings one level down, under the note's heading in the summary. */
function demoteHeadings(body: string): string {
  let inFence = false;
  return body.split('\n').map((line) => {
    if (/^\s{0,3}(```|~~~)/.test(line)) inFence = !inFence;
    return !inFence && /^#{1,5}\s/.test(line) ? `#${line}` : line;
  }).join('\n');
}

/** One line per reason, for the preview: "2 confidential notes", … */
export function describeLeftOut(leftOut: LeftOut): string[] {
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const lines: string[] = [];
  if (leftOut.skipLevelNotes) lines.push(`${plural(leftOut.skipLevelNotes, 'skip-level note', 'skip-level notes')} (always confidential)`);
  if (leftOut.confidentialNotes) lines.push(`${plural(leftOut.confidentialNotes, 'confidential note', 'confidential notes')} (not marked shareable)`);
  if (leftOut.privateSections) lines.push(`${plural(leftOut.privateSections, 'private section', 'private sections')} (heading contains "(private)")`);
  if (leftOut.confidentialItems) lines.push(`${plural(leftOut.confidentialItems, 'item', 'items')} tagged #confidential`);
  if (leftOut.uncheckedNotes) lines.push(`${plural(leftOut.uncheckedNotes, 'note', 'notes')} nested too deeply to check (left out whole)`);
  if (leftOut.htmlBlocks) lines.push(`${plural(leftOut.htmlBlocks, 'HTML block or comment', 'HTML blocks or comments')}`);
  return lines;
}
