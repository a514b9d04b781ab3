/**
 * `oneonone person <dir> <name-or-alias>`: the person page's data (docs/FORMAT.md#views-and-commands) in a terminal, from
 * the same core function as the extension's page.
 */
import { buildPersonPage, type PersonPage } from '../core/personPage';
import { describeUpcoming, upcomingOf } from '../core/cadence';
import type { FollowUp } from '../core/model';
import { relationshipPhrase } from '../core/upcomingGroups';
import type { LoadResult } from '../node/loadJournal';
import { UsageError, type CliCommand } from './command';
import { meetingDatesJson, type MeetingDatesJson } from './json';
import { formatTable } from '../node/table';
import { managesLabel } from '../core/coaching';
import { moodTrend } from '../core/mood';

/** One open follow-up in `person --json`. */
export interface PersonFollowUpJson {
  file: string;
  line: number;
  text: string;
  due: string | null;
}

/** The JSON shape of `person --json` (a stable contract for scripts). */
export interface PersonJson extends MeetingDatesJson {
  person: string;
  aliases: string[];
  role: string | null;
  team: string | null;
  reportsTo: string | null;
  /** How many people report directly to them. */
  managesCount: number;
  relationship: string;
  cadence: string | null;
  status: string | null;
  away: Array<{ from: string; to: string }>;
  talkingPoints: string[];
  openFollowUps: { mine: PersonFollowUpJson[]; theirs: PersonFollowUpJson[] };
  notes: Array<{ file: string; date: string | null; type: string }>;
  /** The `mood` of their notes dated today or earlier, oldest first. */
  mood: Array<{ date: string; value: number }>;
}


/** Thrown when the journal does not know the person: the CLI says so in one line and exits 2. */
export class UnknownPersonError extends UsageError {}

export function personJson(page: PersonPage, file: (uri: string) => string): PersonJson {
  const item = (f: FollowUp): PersonFollowUpJson => ({ file: file(f.uri), line: f.line, text: f.text, due: f.due ?? null });
  return {
    person: page.name,
    aliases: page.aliases,
    role: page.role ?? null,
    team: page.team ?? null,
    reportsTo: page.manager ?? null,
    managesCount: page.managesCount,
    relationship: page.relationship,
    cadence: page.cadence.written ?? null,
    status: page.status ?? null,
    ...meetingDatesJson({ lastMet: page.lastMet?.date, nextDue: page.nextDue, scheduledDate: page.scheduled?.date }),
    away: page.away.map((r) => ({ from: r.from, to: r.to })),
    talkingPoints: page.talkingPoints.map((p) => p.text),
    openFollowUps: { mine: page.followUps.mine.map(item), theirs: page.followUps.theirs.map(item) },
    notes: page.timeline.map((e) => ({ file: file(e.uri), date: e.date ?? null, type: e.type })),
    mood: page.mood.map((m) => ({ date: m.date, value: m.value })),
  };
}

export function personCommand(loaded: LoadResult, args: { name: string; today: string; json: boolean }, write: (text: string) => void): number {
  const { journal } = loaded;
  const { weekMode } = loaded.settings;
  const page = buildPersonPage(journal, args.name, args.today, { weekMode });
  if (!page) throw new UnknownPersonError(`No person "${args.name}" in this journal: use a name or alias from a profile or a note.`);
  const file = (uri: string): string => loaded.relativePaths.get(uri) ?? uri;
  if (args.json) {
    write(JSON.stringify(personJson(page, file), null, 2) + '\n');
    return 0;
  }
  const entry = upcomingOf(journal, args.today, { weekMode }).find((e) => e.person.name === page.name);
  const lines: string[] = [];
  lines.push(`${page.name}${page.aliases.length ? ` (${page.aliases.join(', ')})` : ''}${page.isMe ? ' — me' : ''}`);
  const who = [page.role, page.team, relationshipPhrase(page.relationship)].filter(Boolean).join(' · ');
  if (who) lines.push(who);
  if (page.manager) lines.push(`Reports to ${page.manager}`);
  if (page.reports.length) lines.push(`Reports: ${page.reports.join(', ')} (${managesLabel(page.managesCount)!})`);
  const written = page.cadence.written;
  lines.push(`Cadence: ${written && written !== page.cadence.label ? `${written} (${page.cadence.label})` : page.cadence.label}`);
  if (page.away.length) lines.push(`Away: ${page.away.map((r) => `${r.from}..${r.to}`).join(', ')}`);
  lines.push(entry && !page.isMe ? `When: ${describeUpcoming(entry, args.today)}` : `Last met: ${page.lastMet?.date ?? 'never'}`);
  const mood = moodTrend(page.mood);
  if (mood) lines.push(`Mood: ${mood.summary}`);
  lines.push('', `Talking points (${page.talkingPoints.length})`);
  for (const p of page.talkingPoints) lines.push(`  - ${p.text}`);
  const table = (title: string, items: FollowUp[]): void => {
    lines.push('', `${title} (${items.length})`);
    if (items.length) lines.push(formatTable(['Due', 'Follow-up', 'Where'], items.map((f) => [f.due ?? '', f.text, `${file(f.uri)}:${f.line}`])));
  };
  table('Open follow-ups, mine', page.followUps.mine);
  table(`Open follow-ups, ${page.name}'s`, page.followUps.theirs);
  lines.push('', `Notes (${page.timeline.length})`);
  if (page.timeline.length) {
    lines.push(formatTable(['Date', 'Type', 'File'], page.timeline.map((e) => [`${e.date ?? '(no date)'}${e.future ? ' (scheduled)' : ''}`, e.type, file(e.uri)]), 100));
  }
  write(lines.join('\n') + '\n');
  return 0;
}

export const person: CliCommand = {
  name: 'person',
  summary: "one person's page: profile, cadence, talking points, open follow-ups, notes",
  positionals: ['<name-or-alias>'],
  options: { today: 'date', json: 'flag' },
  run({ loaded, positionals: [name], today, json, out }) {
    if (!name.trim()) throw new UsageError('person needs a name or alias; usage: oneonone person <dir> <name-or-alias> [--today YYYY-MM-DD] [--json]');
    return personCommand(loaded, { name: name.trim(), today, json }, json ? out.write : out.text);
  },
};
