/**
 * The person page's data (docs/FORMAT.md#views-and-commands): who someone is, when we last met and next meet, what is
 * queued and open both ways, and a timeline of every note with them. Pure: the journal, `today`
 * and (for the timeline's excerpts) the notes' texts in, plain data out. The webview, the CLI's
 * `person` command and the review export all read it, so they agree by construction.
 *
 * The shape is meant to grow (more sections for a person: their directs, a mood line…): add a
 * field to `PersonPage` and fill it in `buildPersonPage`; renderers show what they know.
 */
import { upcomingOf, cadenceFor, type UpcomingStatus } from './cadence';
import { compareFollowUps } from './followUpGroups';
import type { WeekMode } from './thisWeek';
import { cadenceLabel } from './format';
import type { Journal } from './journal';
import { awayRanges as rangesOf } from './away';
import type { DateRange, FollowUp, IsoDate, MeetingType, Person, PersonProfile, Relationship } from './model';
import { findSection } from './noteEdits';
import { GROWTH_HEADING } from './growthSection';
import { isManagerDirect, managesCount } from './coaching';
import { moodHistory, type MoodPoint } from './mood';

export type { DateRange } from './model';

/** A note's growth / feedback section: where it starts and its text, prompts and empty items left out. */
export interface NoteSection {
  /** The heading's text (`Growth & feedback`). */
  heading: string;
  /** 1-based line of the heading. */
  line: number;
  /** The section's lines with something written in them. */
  lines: string[];
}

/** One note with the person, for the timeline. */
export interface TimelineEntry {
  uri: string;
  date?: IsoDate;
  type: MeetingType;
  confidential: boolean;
  /** Dated after today: a scheduled 1:1 (an agenda prepared ahead). */
  future: boolean;
  /**
   * The first lines of its growth / feedback sections — list items and paragraphs, each on one
   * line however it was wrapped; empty when there are none or its text is not known.
   */
  growth: NoteSection[];
}

export interface PersonPage {
  /** Canonical name. */
  name: string;
  aliases: string[];
  role?: string;
  team?: string;
  /** Canonical name of their manager, when the chart knows it. */
  manager?: string;
  /** Canonical names of their direct reports. */
  reports: string[];
  /** How many people report directly to them (`core/coaching.ts`). */
  managesCount: number;
  /** A direct report of mine who manages a team. */
  managerDirect: boolean;
  relationship: Relationship;
  isMe: boolean;
  active: boolean;
  /** Days between 1:1s (null = none), the value as written in the profile, and its wording. */
  cadence: { days: number | null; written?: string; label: string };
  away: DateRange[];
  profileUri?: string;
  /** The Upcoming 1:1s status; undefined when no cadence applies (or Upcoming does not list them). */
  status?: UpcomingStatus;
  nextDue?: IsoDate;
  /** The latest note dated today or earlier. */
  lastMet?: { date: IsoDate; uri: string };
  /** The earliest note dated after today. */
  scheduled?: { date: IsoDate; uri: string };
  /** Queued under `## Next 1:1` in their profile (lines are the profile's). */
  talkingPoints: { line: number; text: string }[];
  followUps: {
    /** Open, owned by me, in notes with this person. */
    mine: FollowUp[];
    /** Open, owned by this person, in any note. */
    theirs: FollowUp[];
  };
  /** Every note with them, newest first (scheduled ones on top); undated ones last. */
  timeline: TimelineEntry[];
  /** The `mood` of their notes dated today or earlier, oldest first (`core/mood.ts`); confidential. */
  mood: MoodPoint[];
}

export interface PersonPageOptions {
  weekMode: WeekMode;
  /** A note's current text, for the growth / feedback excerpts; undefined when not known. */
  text?: (uri: string) => string | undefined;
  /** How many written lines of each growth / feedback section the timeline keeps (default 3). */
  excerptLines?: number;
}

/** A profile's away ranges, earliest first, for the page (the rule itself is `core/away.ts`). */
export function awayRanges(profile: PersonProfile | undefined): DateRange[] {
  return [...rangesOf(profile)].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** Every growth / feedback section of a note, each with the lines written in it (comments and empty items left out). */
export function growthSections(text: string): NoteSection[] {
  const lines = text.split(/\r?\n/);
  const sections: NoteSection[] = [];
  let from = 0;
  for (;;) {
    // findSection looks from the top; hide what was already read behind blank lines.
    const rest = lines.map((l, i) => (i < from ? '' : l));
    const section = findSection(rest, GROWTH_HEADING);
    if (!section) break;
    const heading = lines[section.heading].replace(/^#{1,6}\s+/, '').replace(/\s*#*\s*$/, '');
    sections.push({ heading, line: section.heading + 1, lines: writtenLines(lines.slice(section.heading + 1, section.end)) });
    from = section.end;
    if (from >= lines.length) break;
  }
  return sections;
}

/** Lines with something written in them: HTML comments, empty list items and outer blank lines dropped. */
export function writtenLines(lines: readonly string[]): string[] {
  const text = lines.join('\n').replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const kept = text.split('\n').map((l) => l.replace(/\s+$/, '')).filter((l) => !/^\s*(?:[-*+]|\d{1,9}[.)])(?:\s+\[[ xX]\])?\s*$/.test(l));
  while (kept.length && kept[0].trim() === '') kept.shift();
  while (kept.length && kept[kept.length - 1].trim() === '') kept.pop();
  return kept.filter((l, i) => l.trim() !== '' || kept[i - 1]?.trim() !== '');
}

/**
 * Written lines as blocks, one line each: a list item with the lines that continue it, or a
 * paragraph; a blank line ends a block.
 */
export function textBlocks(lines: readonly string[]): string[] {
  const blocks: string[] = [];
  let open = false;
  for (const line of lines) {
    if (line.trim() === '') {
      open = false;
      continue;
    }
    if (open && !/^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(line)) blocks[blocks.length - 1] += ` ${line.trim()}`;
    else blocks.push(line.trimEnd());
    open = true;
  }
  return blocks;
}

/** Newest first; undated last; same date: later file first. */
function compareNewestFirst(a: { date?: IsoDate; uri: string }, b: { date?: IsoDate; uri: string }): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.uri < b.uri ? 1 : a.uri > b.uri ? -1 : 0;
}

/** The person page of `name` (a name or alias); undefined when the journal does not know them. */
export function buildPersonPage(journal: Journal, name: string, today: IsoDate, options: PersonPageOptions): PersonPage | undefined {
  const directory = journal.directory();
  const person = directory.resolve(name);
  if (!person) return undefined;
  const profile = person.profile;
  const excerptLines = options.excerptLines ?? 3;

  const meetings = journal.meetings().filter((m) => m.person === person.name);
  const timeline: TimelineEntry[] = meetings
    .map((m) => {
      const text = options.text?.(m.note.uri);
      const growth = text === undefined ? [] : growthSections(text).map((s) => ({ ...s, lines: textBlocks(s.lines).slice(0, excerptLines) }));
      return {
        uri: m.note.uri,
        ...(m.note.date ? { date: m.note.date } : {}),
        type: m.type,
        confidential: m.confidential,
        future: m.note.date !== undefined && m.note.date > today,
        growth,
      };
    })
    .sort(compareNewestFirst);
  const past = timeline.find((e) => e.date !== undefined && !e.future);
  const upcoming = [...timeline].reverse().find((e) => e.future);
  const entry = upcomingOf(journal, today, { weekMode: options.weekMode }).find((e) => e.person === person);

  const open = journal.followUps();
  const mine = open.filter((f) => f.mine && f.person === person.name && person !== directory.me).sort(compareFollowUps);
  const theirs = open.filter((f) => !f.mine && f.owner === person.name).sort(compareFollowUps);

  const cadenceDays = entry?.cadenceDays ?? cadenceFor(person);
  return {
    name: person.name,
    aliases: [...person.aliases],
    ...(profile?.role ? { role: profile.role } : {}),
    ...(profile?.team ? { team: profile.team } : {}),
    ...(person.managerName ? { manager: person.managerName } : {}),
    reports: directory.reportsOf(person.name).map((p: Person) => p.name),
    managesCount: managesCount(directory, person.name),
    managerDirect: isManagerDirect(directory, person),
    relationship: person.relationship,
    isMe: person === directory.me,
    active: person.active,
    cadence: { days: cadenceDays, ...(profile?.cadenceText ? { written: profile.cadenceText } : {}), label: cadenceLabel(cadenceDays) },
    away: awayRanges(profile),
    ...(profile ? { profileUri: profile.uri } : {}),
    ...(entry && entry.cadenceDays !== null ? { status: entry.status } : {}),
    ...(entry?.nextDue ? { nextDue: entry.nextDue } : {}),
    ...(past?.date ? { lastMet: { date: past.date, uri: past.uri } } : {}),
    ...(upcoming?.date ? { scheduled: { date: upcoming.date, uri: upcoming.uri } } : {}),
    talkingPoints: (profile?.talkingPoints ?? []).map((p) => ({ ...p })),
    followUps: { mine, theirs },
    timeline,
    mood: moodHistory(meetings.map((m) => m.note), today),
  };
}

/** Where a new talking point for `person` goes: the earliest scheduled note with them, else their profile. */
export function talkingPointDestination(journal: Journal, name: string, today: IsoDate):
  | { kind: 'note'; uri: string; date: IsoDate }
  | { kind: 'profile'; uri: string }
  | { kind: 'none'; name: string } {
  const person = journal.directory().resolve(name);
  let next: { uri: string; date: IsoDate } | undefined;
  for (const m of journal.meetings()) {
    const date = m.note.date;
    if (!date || date <= today || m.person !== (person?.name ?? name)) continue;
    if (!next || date < next.date || (date === next.date && m.note.uri < next.uri)) next = { uri: m.note.uri, date };
  }
  if (next) return { kind: 'note', ...next };
  if (person?.profile) return { kind: 'profile', uri: person.profile.uri };
  return { kind: 'none', name: person?.name ?? name };
}
