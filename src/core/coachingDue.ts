/**
 * The periodic coaching prompt for a manager direct (issue 19): a "Their 1:1s" section in the
 * next one-on-one, only when the last note with them that has it filled in is older than
 * `oneOnOne.coaching.everyWeeks` weeks (or there is none), so it is a prompt, not noise. Pure.
 */
import { isManagerDirect } from './coaching';
import { addDays, daysBetween } from './dates';
import type { Journal } from './journal';
import type { IsoDate } from './model';
import { findSection } from './noteEdits';
import { writtenLines } from './personPage';

/** The heading of the section the prompt adds, and what finds it in a note. */
export const COACHING_HEADING = '## Their 1:1s';
const COACHING_TITLE = /^their 1:1s\b/i;

/** What `${coaching}` stands for when the prompt is due; prompts are comments, so it reads as empty until written in. */
export const COACHING_SECTION = [
  COACHING_HEADING,
  '<!-- How are your 1:1s going? Who have you not met in a while?',
  '  What is hard about them? Are you doing skip-levels or peer 1:1s too? -->',
  '- ',
  '',
].join('\n');

/** True when `text` has a "Their 1:1s" section with something written in it. */
export function hasFilledCoachingSection(text: string): boolean {
  const lines = text.split(/\r?\n/);
  const section = findSection(lines, COACHING_TITLE);
  return section !== undefined && writtenLines(lines.slice(section.heading + 1, section.end)).some((l) => l.trim() !== '');
}

/** One past note with the person: its date and text. */
export interface CoachingNote {
  date?: IsoDate;
  text: string;
}

/**
 * Whether the next one-on-one with this person should ask about their 1:1s: only for a manager
 * direct, when no note dated today or earlier within the last `everyWeeks` weeks has the section
 * filled in (a note exactly `everyWeeks` weeks old still counts as recent).
 */
export function coachingDue(person: { managerDirect: boolean }, notes: readonly CoachingNote[], today: IsoDate, everyWeeks: number): boolean {
  if (!person.managerDirect) return false;
  let last: IsoDate | undefined;
  for (const note of notes) {
    if (!note.date || note.date > today || !hasFilledCoachingSection(note.text)) continue;
    if (!last || note.date > last) last = note.date;
  }
  return last === undefined || daysBetween(last, today) > everyWeeks * 7;
}

/**
 * The notes whose text decides the prompt for `name` on `today`: their one-on-ones dated in the
 * last `everyWeeks` weeks (older ones cannot make it "not due"); undefined when they are not a
 * manager direct, so no file needs reading at all.
 */
export function coachingNotesToRead(journal: Journal, name: string, today: IsoDate, everyWeeks: number): Array<{ uri: string; date: IsoDate }> | undefined {
  const directory = journal.directory();
  const person = directory.resolve(name);
  if (!person || !isManagerDirect(directory, person)) return undefined;
  const from = addDays(today, -everyWeeks * 7);
  const notes: Array<{ uri: string; date: IsoDate }> = [];
  for (const m of journal.meetings()) {
    const date = m.note.date;
    if (m.person === person.name && m.type === 'one-on-one' && date !== undefined && date >= from && date <= today) notes.push({ uri: m.note.uri, date });
  }
  return notes;
}
