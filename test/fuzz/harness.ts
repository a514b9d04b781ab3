/**
 * Fuzzing harness for follow-up detection: generated notes that stress the CommonMark block
 * grammar, and a comparison of what the journal reads (frontmatter fence, safe start, bounded
 * parse) with a full remark + remark-frontmatter + GFM task-list parse from the top, item by
 * item. Every generated case is compared twice: the journal's parse as it runs (the fast line
 * scanner of src/core/parse/taskScan.ts where it applies) and the same parse with the fast path
 * off (remark from the safe start). Reusable: `compareWithFullParse(text, anyParse)`.
 *
 * Used by test/unit/fuzz.test.ts (fixed seed, in `npm run test:unit`) and test/fuzz/run.ts
 * (`npm run fuzz`, longer runs).
 */
import { deepStrictEqual } from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import yaml from 'js-yaml';
import type { ListItem, Paragraph, Root, RootContent } from 'mdast';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { RawFollowUp } from '../../src/core/model';
import { stripBom } from '../../src/core/parse/decode';
import { findFrontmatter, lineAt, lineStarts } from '../../src/core/parse/fence';
import { readFlatYaml } from '../../src/core/parse/flatYaml';
import { readFrontmatter } from '../../src/core/parse/frontmatter';
import { mayContainBadTokenDate, parseFollowUps, precheckBody, readTokens, withinNestingBudget } from '../../src/core/parse/followUps';
import { scanTaskItems } from '../../src/core/parse/taskScan';
import { hasToken } from '../../src/core/parse/tokens';

// ── The reference: a full parse from the top, built here on its own ────────────────────────────

function taskListItems(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTaskListItemFromMarkdown());
}

const reference = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(taskListItems);
const commonMarkOnly = unified().use(remarkParse).use(taskListItems);

/**
 * A first line `---` that no later `---` closes: no frontmatter. remark-frontmatter's failed
 * attempt there changes how later lists parse (`---\na\n\n- x` gives no list; FINDINGS.md 1), so
 * such a text is compared with plain CommonMark instead.
 */
function opensUnclosedFrontmatter(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  return /^---[ \t]*$/.test(lines[0]) && !lines.slice(1).some((l) => /^---[ \t]*$/.test(l));
}

/** The follow-ups of a note read from a full parse of the whole text, frontmatter included. */
export function referenceFollowUps(rawText: string): RawFollowUp[] {
  const text = stripBom(rawText);
  const tree = (opensUnclosedFrontmatter(text) ? commonMarkOnly : reference).parse(text) as Root;
  const starts = lineStarts(text);
  const items: RawFollowUp[] = [];
  const stack: Array<{ node: RootContent; under: boolean }> = [...tree.children].reverse().map((node) => ({ node, under: false }));
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, under } = next;
    if (!('children' in node)) continue;
    let childrenUnder = under;
    if (node.type === 'listItem') {
      const own = ownText(node, text);
      if (typeof node.checked === 'boolean' && node.position) {
        const line = node.position.start.line;
        items.push({ line, source: lineAt(text, starts, line), done: node.checked, ...readTokens(own, line), ...(under ? { underConfidential: true } : {}) });
      }
      childrenUnder = under || hasToken(own, 'confidential');
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as RootContent, under: childrenUnder });
  }
  return items;
}

function ownText(node: ListItem, text: string): string {
  const paragraph = node.children.find((c): c is Paragraph => c.type === 'paragraph');
  const start = paragraph?.position?.start.offset;
  const end = paragraph?.position?.end.offset;
  return start === undefined || end === undefined ? '' : text.slice(start, end).replace(/^\[[ \txX]\][ \t]*/, '');
}

/** What the journal reads: BOM stripped, the frontmatter fence, then the follow-up parse (fast path first, else remark from its safe start). */
export function journalFollowUps(rawText: string): RawFollowUp[] {
  return journalParse(rawText, true);
}

/** The journal's parse with the fast path off: remark from the safe start. */
export function remarkFollowUps(rawText: string): RawFollowUp[] {
  return journalParse(rawText, false);
}

function journalParse(rawText: string, fastPath: boolean): RawFollowUp[] {
  const text = stripBom(rawText);
  const { bodyStartLine } = readFrontmatter(text);
  // As the journal does (src/core/journalEntry.ts): the whole text measured once when it is set.
  const parsed = parseFollowUps(text, bodyStartLine, { fastPath, withinBudget: withinNestingBudget(text) });
  if (parsed.problem) throw new Error(`the follow-up parse gave up: ${parsed.problem.message}`);
  return parsed.items;
}

/**
 * What the index's pre-check (`precheckBody`, as src/core/journalEntry.ts calls it) gets wrong
 * about a note, or undefined: it must find a checkbox whenever the full parse finds an item,
 * say "may hold an open item" whenever it finds an open one, and start the bad-date search
 * early enough to see every bad date the journal's parse reports.
 */
export function precheckDifference(rawText: string): string | undefined {
  const text = stripBom(rawText);
  const reference = referenceFollowUps(text);
  const pre = precheckBody(text, findFrontmatter(text)?.bodyOffset ?? 0);
  if (reference.length > 0 && pre.firstCheckbox < 0) return `pre-check: no checkbox, full parse: ${reference.length} item(s) (first on line ${reference[0].line})`;
  const open = reference.find((f) => !f.done);
  if (open && !pre.mayHaveOpen) return `pre-check: no open item, full parse: an open item on line ${open.line}`;
  if (pre.firstCheckbox >= 0) {
    const { badDates } = parseFollowUps(text, readFrontmatter(text).bodyStartLine, { withinBudget: withinNestingBudget(text) });
    if (badDates.length > 0 && !mayContainBadTokenDate(text, pre.firstCheckbox)) return `pre-check: no bad date after the first checkbox, parse: "${badDates[0].token}" on line ${badDates[0].line}`;
  }
  return undefined;
}

/** Whether the fast line scanner reads this note itself (true) or hands it to remark (false). */
export function fastPathTakes(rawText: string): boolean {
  const text = stripBom(rawText);
  return scanTaskItems(text, readFrontmatter(text).bodyStartLine, readTokens) !== undefined;
}

export interface Comparison {
  ok: boolean;
  ours: RawFollowUp[];
  reference: RawFollowUp[];
  /** The first difference, in words; undefined when they agree. */
  difference?: string;
}

/**
 * Compares a follow-up parse (by default the journal's) with the full parse from the top,
 * item by item: line, text, checked, and every token field.
 */
export function compareWithFullParse(text: string, parse: (text: string) => RawFollowUp[] = journalFollowUps): Comparison {
  const expected = referenceFollowUps(text);
  const ours = parse(text);
  const count = Math.max(expected.length, ours.length);
  for (let i = 0; i < count; i++) {
    const a = ours[i];
    const b = expected[i];
    // Field by field (the order fields were set in is no part of an item).
    if (!isDeepStrictEqual(a, b)) {
      const show = (f: RawFollowUp | undefined): string => (f ? `line ${f.line} ${f.done ? '[x]' : '[ ]'} ${JSON.stringify(f.text)}${f.underConfidential ? ' (under #confidential)' : ''}` : 'nothing');
      return { ok: false, ours, reference: expected, difference: `item ${i + 1}: ours ${show(a)}, full parse ${show(b)}` };
    }
  }
  return { ok: true, ours, reference: expected };
}

// ── Generated notes ─────────────────────────────────────────────────────────────────────────────

/** Container prefixes: block quotes, list markers (nested on one line too), indentation, tabs. */
const PREFIXES = ['', '', '', '> ', '>', '> > ', '- ', '* ', '+ ', '1. ', '2) ', '10. ', '- - ', '1. - ', '* > ', '  ', '   ', '    ', '\t', ' ', '  - ', '    - ', '\t- '];

/** Line bodies: tasks with tokens, fences, HTML blocks and comments, breaks, headings, odd whitespace. */
const BODIES = [
  '[ ] @me send the plan due:2026-01-08', '[x] done it ✅ 2026-01-02', '[X] upper', '[ ] (#escalate) fix (due:2026-02-30)',
  '[ ] **#confidential** comp', '[ ] read https://x.y/@carly', '[ ] \\@name thanks', '[ ]', '[ ]x', '[ ]\ttab', '[-] no', '[ ] `code` first',
  '[ ] due:2026-13-01 then due:2026-01-09', '[ ] [link](u) @"Carly Chen"', '[x]', '[ ] a\u00A0b',
  'text', 'more text', '', '', '', 'lazy continuation',
  '```', '```', '~~~', '````', '```js', '``` a`b', '~~~ x', '```\u00A0',
  '<!--', '-->', '<!-->', '<!--->', '<!-- c -->', 'x -->', '<div>', '</div>', '<pre>', '</pre>', '<span>', '<?php', '?>', '<!DOCTYPE x>',
  '---', '***', '___', '===', '- - -', '# heading', '## Follow-ups', '+++',
  '\u00A0', '\u3000', '\u00A0\u00A0', ' \u00A0 ', '\t', ' ',
  '[x]: /url', '[ ]: /u', '[a]: <b> "t"', '    code', '| a | b |', '| --- | --- |', '>',
  '1. [ ] ordered', '2. [ ] two', '- [ ] dash', '* [x] star',
  // A checkbox split by a line ending (`- [` then `] a`) is an open task item to micromark.
  '[', '] a', ']',
];
const TRAILERS = ['', '', '', ' ', '  ', '\t', '\u00A0', ' \\'];
const FRONTMATTERS = [
  '', '', '---\nperson: Carly\ndate: 2026-11-20\n---\n', '---\nperson: A\n---\n\n', '---\n---\n', '--- \nperson: A\n--- \t\n',
  '---\nperson: A\nnotes: |\n  - [ ] not a task\n---\n', '---\nperson: A\n', '---\nperson: "A\n---\n', '----\nperson: A\n----\n',
];
const EOLS = ['\n', '\n', '\n', '\r\n', '\r'];

/** A generated note: frontmatter (or none), lines of nested containers and blocks, one line ending (sometimes mixed), maybe a BOM. */
export const noteArbitrary: fc.Arbitrary<string> = fc
  .record({
    bom: fc.boolean().map((b) => (b ? '\uFEFF' : '')),
    frontmatter: fc.constantFrom(...FRONTMATTERS),
    eol: fc.constantFrom(...EOLS),
    mixed: fc.integer({ min: 0, max: 9 }),
    lines: fc.array(
      fc.tuple(fc.array(fc.constantFrom(...PREFIXES), { maxLength: 3 }), fc.constantFrom(...BODIES), fc.constantFrom(...TRAILERS), fc.constantFrom(...EOLS)),
      { maxLength: 24 },
    ),
  })
  .map(({ bom, frontmatter, eol, mixed, lines }) => {
    const body = lines.map(([prefixes, text, trailer, own]) => prefixes.join('') + text + trailer + (mixed === 0 ? own : eol)).join('');
    return bom + frontmatter.replace(/\n/g, eol) + body;
  });

export interface FuzzRun {
  runs: number;
  seed: number;
  /** How many of the cases the fast path read itself (the others went to remark); with the default parse only. */
  fastPath?: number;
  /** The first failing note, shrunk, and what differed; undefined when every case agreed. */
  failure?: { text: string; difference: string };
}

/**
 * Runs `runs` generated notes through `compareWithFullParse`: with `parse`, that parse alone;
 * by default both the journal's parse (fast path on) and its remark path (fast path off).
 */
export function fuzzFollowUps(runs: number, seed: number, parse?: (text: string) => RawFollowUp[]): FuzzRun {
  let fastPath = 0;
  const details = fc.check(
    fc.property(noteArbitrary, (text) => {
      for (const each of parse ? [parse] : [journalFollowUps, remarkFollowUps]) {
        const comparison = compareWithFullParse(text, each);
        if (!comparison.ok) throw new Error(`${each === remarkFollowUps ? 'remark path' : parse ? 'parse' : 'fast path on'}: ${comparison.difference}`);
      }
      if (!parse) {
        const difference = precheckDifference(text);
        if (difference) throw new Error(difference);
        if (fastPathTakes(text)) fastPath++;
      }
    }),
    { numRuns: runs, seed },
  );
  if (!details.failed || !details.counterexample) return { runs: details.numRuns, seed, ...(parse ? {} : { fastPath }) };
  const [text] = details.counterexample;
  const difference = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return { runs: details.numRuns, seed, failure: { text, difference } };
}

// ── Frontmatter: the flat reader against js-yaml ──────────────────────────────────────────────

/**
 * What the flat frontmatter reader (src/core/parse/flatYaml.ts) gets wrong about a YAML text,
 * or undefined: where it reads the text at all, js-yaml (CORE schema, as ./frontmatter.ts calls
 * it) must read the same mapping, and must not fail.
 */
export function flatYamlDifference(yamlText: string): string | undefined {
  const flat = readFlatYaml(yamlText);
  if (flat === undefined) return undefined;
  let expected: unknown;
  try {
    expected = yaml.load(yamlText, { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    return `js-yaml fails (${String((error as Error).message).split('\n')[0]}), the flat reader read ${JSON.stringify(flat)}`;
  }
  try {
    deepStrictEqual(flat, expected);
  } catch {
    return `the flat reader read ${JSON.stringify(flat)}, js-yaml ${JSON.stringify(expected)}`;
  }
  return undefined;
}

const YAML_KEYS = ['person', 'date', 'type', 'kind', 'name', 'aliases', 'tags', 'role', 'reportsTo', 'active', 'a-b', '_x', 'True', 'null', '__proto__', 'constructor', '1', 'é', '"q"', 'k k', 'person'];
const YAML_SEPARATORS = [': ', ': ', ': ', ':', ':  ', ' : ', ':\t', ': \t'];
const YAML_VALUES = [
  'Carly Chen', 'Carly', 'one-on-one', '1:1', '10:30', '1:60', '0:30', '1:1:1', '01:1', '1:05', '1_0:1', '-1:1', '1234567:1', 'skip level', 'person', '2026-11-20', '2026-11-20T08:30:00-08:00', '2026-13-45', '2026-11-20 09:00',
  'true', 'True', 'FALSE', 'tRue', 'null', 'Null', '~', '', '"[[Carly Chen]]"', '[[Carly Chen]]', "'it''s'", "'it's'", '"a\\"b"', '"a\\nb"', '""', "''", '"a', "'a",
  '[a, b]', '[Carly, CC]', '[]', '[ ]', '[ a , "b" ]', "['x', y]", '[a,]', '[, a]', '[a b, c]', '[true, null]', '[1, 2]', '[a: b]', '[a]]', '{a: b}', '[a] x',
  'a # c', 'a#c', 'C#', 'a: b', 'a:', 'a:b', 'a :b', 'Eng [backend]', "O'Brien", 'Tom "T" Lee', '\u00a0x', 'x\u00a0', 'émile', '😀', '.inf', '0x1F', '012', '1_000', '-1', '+1', '.5',
  '|', '>', '&a x', '*a', '!x y', '%x', '@x', '`x`', '- x', '? x', 'a,b', 'x  y', 'weekly', 'every 2 weeks', '2026-11-01..2026-11-20',
];
const YAML_TRAILERS = ['', '', '', ' ', '  ', '\t', '\u00a0', ' # c'];
const YAML_LIST_LINES = ['- a', '- a', '  - a', '  - a', '  - "b"', "  - 'c'", '- Carly Chen', '    - d', '   - e', '  - true', '  - 1', '  - ', '', '# c', '  more', '  - a # c'];
const YAML_OTHER_LINES = ['', '', '  ', '# comment', '  # comment', '- a', '  - a', '  - "b"', '    - c', '-', '  -', '  - [a]', '  - a: b', '  more', '...', '\u00a0', 'a', '- - x'];

/** Generated frontmatter: key lines, list items, comments, blanks and odd lines, one line ending (sometimes mixed). */
export const yamlArbitrary: fc.Arbitrary<string> = fc
  .record({
    eol: fc.constantFrom('\n', '\n', '\r\n', '\r'),
    lines: fc.array(
      fc.oneof(
        { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...YAML_KEYS), fc.constantFrom(...YAML_SEPARATORS), fc.constantFrom(...YAML_VALUES), fc.constantFrom(...YAML_TRAILERS)).map((parts) => [parts.join('')]) },
        { weight: 2, arbitrary: fc.constantFrom(...YAML_OTHER_LINES).map((line) => [line]) },
        // A key with a block list under it, its items indented alike or not, with gaps.
        { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...YAML_KEYS), fc.constantFrom(':', ': ', ':  '), fc.array(fc.constantFrom(...YAML_LIST_LINES), { minLength: 1, maxLength: 4 })).map(([key, colon, items]) => [key + colon, ...items]) },
      ),
      { maxLength: 6 },
    ),
    endsWithEol: fc.boolean(),
  })
  .map(({ eol, lines, endsWithEol }) => lines.flat().join(eol) + (endsWithEol && lines.length > 0 ? eol : ''));

export interface YamlFuzzRun {
  runs: number;
  seed: number;
  /** How many of the texts the flat reader read itself (the others went to js-yaml). */
  flat: number;
  failure?: { text: string; difference: string };
}

/** Runs `runs` generated frontmatter texts through `flatYamlDifference`. */
export function fuzzFlatYaml(runs: number, seed: number): YamlFuzzRun {
  let flat = 0;
  const details = fc.check(
    fc.property(yamlArbitrary, (text) => {
      const difference = flatYamlDifference(text);
      if (difference) throw new Error(difference);
      if (readFlatYaml(text) !== undefined) flat++;
    }),
    { numRuns: runs, seed },
  );
  if (!details.failed || !details.counterexample) return { runs: details.numRuns, seed, flat };
  const [text] = details.counterexample;
  const difference = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return { runs: details.numRuns, seed, flat, failure: { text, difference } };
}
