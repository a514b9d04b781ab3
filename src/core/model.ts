/**
 * The journal's data model: plain data, no behaviour, no `vscode`.
 *
 * Dates are calendar dates written as ISO strings `YYYY-MM-DD` (see `dates.ts`): a note dated
 * 2026-11-20 is on Nov 20 in every time zone.
 */
import type { MoodValue } from './mood';

import type { Part } from './privacy';

/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

/** The three kinds of 1:1 meeting. */
export type MeetingType = 'one-on-one' | 'skip-level' | 'peer';

export const MEETING_TYPES: readonly MeetingType[] = ['one-on-one', 'skip-level', 'peer'];

/** How a person relates to me. */
export type Relationship = 'direct' | 'skip' | 'peer' | 'manager' | 'self' | 'other';

export type Confidentiality = 'confidential' | 'shareable';

/** A follow-up (GFM task item) as written in a note, before people are resolved. */
export interface RawFollowUp {
  /** 1-based line number of the item's marker in the file. */
  line: number;
  /** The item text without the checkbox and without metadata tokens, whitespace collapsed. */
  text: string;
  /** The whole source line, as written (for re-checking before an edit). */
  source: string;
  done: boolean;
  /** The owner as written after `@` (`me`, `Carly`, `Carly Chen`); undefined = none given. */
  ownerMention?: string;
  due?: IsoDate;
  after?: IsoDate;
  doneDate?: IsoDate;
  escalate: boolean;
  /** `#confidential` on the item itself. */
  confidentialTag: boolean;
  /** Nested under a list item tagged `#confidential` (set only when true). */
  underConfidential?: true;
  /** `emoji` when the item uses Obsidian Tasks emoji for its dates, else `plain`. */
  style: 'plain' | 'emoji';
}

/** A 1:1 note: a markdown file whose frontmatter has a `person` key. */
export interface Note {
  uri: string;
  /** The person as written, wiki-link brackets removed. */
  personName: string;
  /** The meeting type as written and normalised; undefined when absent or invalid. */
  explicitType?: MeetingType;
  /** Calendar date of the meeting; undefined when missing or invalid (a diagnostic says so). */
  date?: IsoDate;
  /** As written; undefined = confidential by default. */
  confidentiality?: Confidentiality;
  tags: string[];
  /** 1-based line where the body starts (after the frontmatter). */
  bodyStartLine: number;
  /** How the person was doing (`mood`, 1 rough … 5 great, see `mood.ts`); absent when not written or not a mood. */
  mood?: MoodValue;
  /** 1-based lines of the frontmatter keys diagnostics point at, when present. */
  keyLines: { person?: number; date?: number; type?: number; confidentiality?: number };
}

/** An inclusive range of calendar dates. */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

/** A person profile: a markdown file whose frontmatter has `kind: person`. */
export interface PersonProfile {
  uri: string;
  name: string;
  aliases: string[];
  role?: string;
  team?: string;
  email?: string;
  /** Name or alias of this person's manager, as written. */
  reportsTo?: string;
  relationship?: Exclude<Relationship, 'other'>;
  /** Cadence in days; null = explicitly none; undefined = default for the relationship. */
  cadenceDays?: number | null;
  /** The `cadence` value as written (`every 2 weeks`), when the profile has one. */
  cadenceText?: string;
  /**
   * Inclusive ranges during which no 1:1 is due (`away`: one range or a list), sorted by start;
   * absent when none. Read them through `core/away.ts`.
   */
  away?: DateRange[];
  active: boolean;
  /** Topics queued under `## Next 1:1` in the body, in file order (see `talkingPoints.ts`); absent when none. */
  talkingPoints?: { line: number; text: string }[];
  /** 1-based line of the `reportsTo` key, for diagnostics. */
  reportsToLine?: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Stable codes so the editor can offer quick fixes for a diagnostic. */
export type DiagnosticCode =
  | 'yaml'
  | 'missing-person'
  | 'missing-date'
  | 'bad-date'
  | 'bad-type'
  | 'type-alias'
  | 'bad-confidentiality'
  | 'skip-level-shareable'
  | 'unknown-person'
  | 'unknown-reports-to'
  | 'reports-to-cycle'
  | 'bad-cadence'
  | 'bad-away'
  | 'bad-mood'
  | 'bad-follow-up-date'
  | 'unreadable'
  | 'not-utf8'
  | 'too-large'
  | 'too-complex'
  | 'parse-failed'
  | 'duplicate-person';

/** A problem found in a file, as plain data. */
export interface JournalDiagnostic {
  uri: string;
  /** 1-based line. */
  line: number;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  /** Extra data for quick fixes (e.g. the bad value, the suggested replacement). */
  data?: Record<string, string>;
  /**
   * The message as parts for the privacy layer, when it names people or paths the directory
   * cannot mask by itself (a `reportsTo` no one has, another profile's file): `message` is its
   * plain text. Without it the whole message is shown as a note's text (docs/FORMAT.md#confidentiality).
   */
  shown?: readonly Part[];
}

/** A person as the journal knows them: from a profile, from notes, or both. */
export interface Person {
  /** Canonical name (the profile's `name`, else the name as first written in a note). */
  name: string;
  aliases: string[];
  profile?: PersonProfile;
  relationship: Relationship;
  /** Canonical name of the manager, when the chart knows it. */
  managerName?: string;
  /** Depth below me in the org chart (1 = direct report); undefined when not below me. */
  depth?: number;
  active: boolean;
}

/** A follow-up with its note's context and people resolved. */
export interface FollowUp extends RawFollowUp {
  uri: string;
  /** Canonical owner name; `me`'s name for @me or no mention; null when me is unknown. */
  owner: string | null;
  /** True when the owner is me (also when me is unknown and the item is mine). */
  mine: boolean;
  /** Canonical name of the note's person. */
  person: string;
  type: MeetingType;
  noteDate?: IsoDate;
  confidential: boolean;
  /** The date before which to wait (explicit `after:` or the skip-level cool-off); undefined if none. */
  effectiveAfter?: IsoDate;
}

/** A note with its person and type resolved. */
export interface Meeting {
  note: Note;
  person: string;
  type: MeetingType;
  confidential: boolean;
}
