/**
 * Review notes (docs/FORMAT.md#views-and-commands): for one person and a date range, per 1:1 note the growth / feedback
 * sections and the follow-ups done, with links back to every source note — the raw material for
 * a performance review. Pure: the journal and the notes' texts in, markdown out. The file is
 * confidential and is not a 1:1 note itself (no `person` key: `kind: review`).
 */
import { addDays, addMonths } from './dates';
import { shortDate } from './format';
import type { Journal } from './journal';
import type { FollowUp, IsoDate, MeetingType } from './model';
import { slugify } from './names';
import { growthSections, type DateRange, type NoteSection } from './personPage';
import { escapeLinkText, relativeUriPath, yamlScalar } from './templates';

export interface ReviewNote {
  uri: string;
  date: IsoDate;
  type: MeetingType;
  /** Every growth / feedback section, whole; empty when none (or the text is not known). */
  sections: NoteSection[];
  /** The note's follow-ups that are done, in file order. */
  done: FollowUp[];
}

export interface Review {
  /** Canonical name. */
  person: string;
  range: DateRange;
  /** The notes with the person dated in the range, oldest first. */
  notes: ReviewNote[];
}

/** Ranges offered, ending today. */
export function presetRanges(t: IsoDate): Array<{ label: string; range: DateRange }> {
  return [
    { label: 'Last 6 months', range: { from: addDays(addMonths(t, -6), 1), to: t } },
    { label: 'Last 12 months', range: { from: addDays(addMonths(t, -12), 1), to: t } },
    { label: 'This year', range: { from: `${t.slice(0, 4)}-01-01`, to: t } },
    { label: 'Last 3 months', range: { from: addDays(addMonths(t, -3), 1), to: t } },
  ];
}

/** The default file of a review, workspace-relative: `reviews/<person-slug>-<from>-<to>.md`. */
export function reviewPath(person: string, range: DateRange): string {
  return `reviews/${slugify(person)}-${range.from}-${range.to}.md`;
}

/** Gathers the review of `name` (a name or alias); undefined when the journal does not know them. */
export function gatherReview(journal: Journal, name: string, range: DateRange, text: (uri: string) => string | undefined): Review | undefined {
  const person = journal.directory().resolve(name);
  if (!person) return undefined;
  const doneByUri = new Map<string, FollowUp[]>();
  for (const f of journal.followUps({ includeDone: true })) {
    if (!f.done) continue;
    const list = doneByUri.get(f.uri) ?? [];
    list.push(f);
    doneByUri.set(f.uri, list);
  }
  const notes: ReviewNote[] = journal.meetings()
    .filter((m) => m.person === person.name && m.note.date !== undefined && range.from <= m.note.date && m.note.date <= range.to)
    .map((m) => {
      const body = text(m.note.uri);
      return {
        uri: m.note.uri,
        date: m.note.date!,
        type: m.type,
        sections: body === undefined ? [] : growthSections(body),
        done: (doneByUri.get(m.note.uri) ?? []).sort((a, b) => a.line - b.line),
      };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  return { person: person.name, range, notes };
}

const TYPE_LABELS: Readonly<Record<MeetingType, string>> = { 'one-on-one': '1:1', 'skip-level': 'skip-level', peer: 'peer 1:1' };

/**
 * The review as markdown, its links relative to `fileUri` (where it will be written); `today`
 * is the day it was gathered.
 */
export function renderReview(review: Review, at: { fileUri: string; today: IsoDate }): string {
  const { person, range, notes } = review;
  const link = (uri: string, line?: number): string => `${relativeUriPath(at.fileUri, uri)}${line ? `#L${line}` : ''}`;
  // A review outlives the year it is written in: every date carries its year.
  const day = (date: IsoDate): string => shortDate(date, '0000-01-01');
  const out: string[] = [
    '---',
    'kind: review',
    `subject: ${yamlScalar(person)}`,
    `from: ${range.from}`,
    `to: ${range.to}`,
    'confidentiality: confidential',
    '---',
    `# Review notes: ${person}, ${day(range.from)} – ${day(range.to)}`,
    '',
    `Gathered on ${day(at.today)} from ${notes.length} note${notes.length === 1 ? '' : 's'}: the growth / feedback sections and the follow-ups done, each with a link to where it was written. Confidential: raw material for a review, not the review itself.`,
  ];
  if (notes.length === 0) out.push('', `No 1:1 note with ${person} is dated in this range.`);
  for (const note of notes) {
    out.push('', `## ${day(note.date)} · ${TYPE_LABELS[note.type]} — [open the note](${link(note.uri)})`);
    const written = note.sections.filter((s) => s.lines.length > 0);
    if (written.length === 0 && note.done.length === 0) {
      out.push('', '_Nothing written under growth or feedback, no follow-up done._');
      continue;
    }
    for (const section of written) {
      out.push('', `### ${section.heading} ([line ${section.line}](${link(note.uri, section.line)}))`, '', ...section.lines.map(demoteHeading));
    }
    if (note.done.length > 0) {
      out.push('', '### Follow-ups done', '');
      for (const f of note.done) {
        const who = f.mine ? 'me' : f.owner ?? 'me';
        const when = f.doneDate ? `, done ${day(f.doneDate)}` : '';
        out.push(`- ${escapeLinkText(f.text) || '(follow-up)'} (${who}${when}) — [line ${f.line}](${link(f.uri, f.line)})`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}

/** A heading inside a copied section stays below the review's own `###` headings. */
function demoteHeading(line: string): string {
  return line.replace(/^(#{1,3})(\s)/, '####$2');
}
