/**
 * What each view should show, built from the journal core's queries (not from the providers):
 * the integration suite compares the providers' trees with it, and the end-to-end checks compare
 * the rows rendered in the workbench with it. No `vscode` import, so both can use it.
 *
 * The shapes follow docs/FORMAT.md#views-and-commands: Upcoming 1:1s grouped Overdue / Due this week / Scheduled / Later;
 * Follow-ups (mine) grouped by urgency with "Waiting on others" apart; People as the org tree with
 * the people known only from notes apart.
 */
import { isManagerDirect, managesCount, managesLabel } from '../../../src/core/coaching';
import { computeUpcoming, describeUpcoming, lastMetDates, type UpcomingStatus } from '../../../src/core/cadence';
import { groupFollowUps } from '../../../src/core/followUpGroups';
import type { WeekMode } from '../../../src/core/thisWeek';
import { addDays } from '../../../src/core/dates';
import { shortDate } from '../../../src/core/format';
import { coolingOffUntil, snoozedUntil } from '../../../src/core/followUpResolution';
import type { Journal } from '../../../src/core/journal';
import type { FollowUp, IsoDate, Person } from '../../../src/core/model';

/** One row of a tree view, with its children (empty for a leaf). */
export interface Row {
  label: string;
  description: string;
  children: Row[];
}

export interface ViewOptions {
  today: IsoDate;
  weekMode: WeekMode;
  showCoolingOff: boolean;
}

export type ViewId = 'oneOnOne.upcoming' | 'oneOnOne.followUps' | 'oneOnOne.people';

const UPCOMING_GROUPS: ReadonlyArray<{ statuses: UpcomingStatus[]; label: string }> = [
  { statuses: ['overdue'], label: 'Overdue' },
  { statuses: ['due'], label: 'Due this week' },
  { statuses: ['scheduled'], label: 'Scheduled' },
  { statuses: ['later', 'away'], label: 'Later' },
];

export function expectedUpcoming(journal: Journal, options: ViewOptions): Row[] {
  const entries = computeUpcoming(journal.directory(), journal.meetings(), options.today, { weekMode: options.weekMode });
  return UPCOMING_GROUPS
    .map((group) => entries.filter((entry) => group.statuses.includes(entry.status)))
    .map((members, i) => ({
      label: UPCOMING_GROUPS[i].label,
      description: String(members.length),
      children: members.map((entry) => leaf(entry.person.name, describeUpcoming(entry, options.today))),
    }))
    .filter((group) => group.children.length > 0);
}

export function expectedFollowUps(journal: Journal, options: ViewOptions): Row[] {
  const open = journal.followUps();
  const byUrgency = (items: FollowUp[]): Row[] => groupFollowUps(items, options.today, options).map((group) => ({
    label: group.label,
    description: String(group.items.length),
    children: group.items.map((item) => leaf(item.text || '(empty follow-up)', followUpDescription(item, options.today))),
  }));
  const rows = byUrgency(open.filter((item) => item.mine));
  const others = open.filter((item) => !item.mine);
  if (others.length > 0) rows.push({ label: 'Waiting on others', description: String(others.length), children: byUrgency(others) });
  return rows;
}

/** `Carly Chen · @Dana Diaz · due Nov 27 · cooling off until Dec 3 · from Nov 19` (or `snoozed until`). */
export function followUpDescription(item: FollowUp, today: IsoDate): string {
  const cooling = coolingOffUntil(item, today);
  const snoozed = snoozedUntil(item, today);
  return [
    item.person,
    item.mine || item.owner === item.person ? undefined : `@${item.owner ?? '?'}`,
    item.due ? `due ${shortDate(item.due, today)}` : undefined,
    cooling ? `cooling off until ${shortDate(cooling, today)}` : undefined,
    snoozed ? `snoozed until ${shortDate(snoozed, today)}` : undefined,
    item.noteDate ? `from ${shortDate(item.noteDate, today)}` : undefined,
  ].filter(Boolean).join(' · ');
}

export function expectedPeople(journal: Journal, options: ViewOptions): Row[] {
  const directory = journal.directory();
  const lastMet = lastMetDates(journal.meetings(), options.today);
  const byName = (a: Person, b: Person): number => a.name.localeCompare(b.name);
  const personRow = (person: Person, seen: Set<string>): Row => {
    const isMe = directory.me?.name === person.name;
    const met = lastMet.get(person.name);
    // Away today: the last day of the leave, following leaves that touch.
    let back: IsoDate | undefined;
    for (let day = options.today, r = awayRange(person, day); r; day = addDays(r.to, 1), r = awayRange(person, day)) back = r.to;
    const description = [
      isMe ? 'me' : undefined,
      back ? `away until ${shortDate(back, options.today)}` : undefined,
      person.active ? undefined : 'inactive',
      isMe ? undefined : met ? `last met ${shortDate(met, options.today)}` : 'never met',
      isManagerDirect(directory, person) ? managesLabel(managesCount(directory, person.name)) : undefined,
      person.profile?.role,
      person.profile?.team,
    ].filter(Boolean).join(' · ');
    // A reportsTo cycle must not send a test into an endless walk.
    const next = new Set(seen).add(person.name);
    const reports = person.profile && !seen.has(person.name) ? directory.reportsOf(person.name) : [];
    return { label: person.name, description, children: reports.filter((p) => !next.has(p.name)).map((p) => personRow(p, next)) };
  };
  const profiled = directory.people.filter((person) => person.profile);
  const rows = profiled.filter((person) => !person.managerName).sort(byName).map((person) => personRow(person, new Set()));
  const notesOnly = directory.people.filter((person) => !person.profile).sort(byName);
  if (notesOnly.length > 0) {
    rows.push({ label: 'Known only from notes', description: String(notesOnly.length), children: notesOnly.map((person) => personRow(person, new Set())) });
  }
  return rows;
}

export function expectedViews(journal: Journal, options: ViewOptions): Record<ViewId, Row[]> {
  return {
    'oneOnOne.upcoming': expectedUpcoming(journal, options),
    'oneOnOne.followUps': expectedFollowUps(journal, options),
    'oneOnOne.people': expectedPeople(journal, options),
  };
}

function awayRange(person: Person, day: IsoDate): { from: IsoDate; to: IsoDate } | undefined {
  return (person.profile?.away ?? []).filter((r) => r.from <= day && day <= r.to).sort((a, b) => b.to.localeCompare(a.to))[0];
}

function leaf(label: string, description: string): Row {
  return { label, description, children: [] };
}

/** Every row's label, depth-first. */
export function allLabels(rows: readonly Row[]): string[] {
  return rows.flatMap((row) => [row.label, ...allLabels(row.children)]);
}

/** A tree as indented text, one row per line: `label — description`. */
export function renderRows(rows: readonly Row[], depth = 0): string[] {
  return rows.flatMap((row) => [
    `${'  '.repeat(depth)}${row.label}${row.description ? `  [${row.description}]` : ''}`,
    ...renderRows(row.children, depth + 1),
  ]);
}

/**
 * undefined when the trees are equal; else a readable report: the first differing line, and
 * both trees with `-` (expected only) / `+` (shown only) marks.
 */
export function diffRows(expected: readonly Row[], actual: readonly Row[], what: string): string | undefined {
  const want = renderRows(expected);
  const got = renderRows(actual);
  if (want.length === got.length && want.every((line, i) => line === got[i])) return undefined;
  const first = want.findIndex((line, i) => line !== got[i]);
  const at = first === -1 ? want.length : first;
  return [
    `${what}: the rows differ from what the core computes (first difference at row ${at + 1}).`,
    `  expected: ${want[at] ?? '(no more rows)'}`,
    `  shown:    ${got[at] ?? '(no more rows)'}`,
    '--- expected (core) / +++ shown',
    ...withContext(lineDiff(want, got), 3).map((line) => `  ${line}`),
  ].join('\n');
}

/** Keeps changed lines and `context` unchanged lines around them; elides the rest. */
function withContext(diff: readonly string[], context: number): string[] {
  const keep = diff.map(() => false);
  diff.forEach((line, i) => {
    if (line.startsWith('  ')) return;
    for (let k = Math.max(0, i - context); k <= Math.min(diff.length - 1, i + context); k++) keep[k] = true;
  });
  const out: string[] = [];
  diff.forEach((line, i) => {
    if (keep[i]) out.push(line);
    else if (i === 0 || keep[i - 1]) out.push('  …');
  });
  return out;
}

/** A minimal LCS line diff: ' ' same, '-' only expected, '+' only shown. */
function lineDiff(a: readonly string[], b: readonly string[]): string[] {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push(`  ${a[i]}`);
      i++;
      j++;
    } else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      out.push(`- ${a[i++]}`);
    } else {
      out.push(`+ ${b[j++]}`);
    }
  }
  return out;
}
