/**
 * What a tree row of the side bar shows, once for every view (docs/FORMAT.md#views-and-commands):
 * the label is the short thing that names the row (a person, a follow-up's text), so it reads at
 * the default side-bar width; the facts go in the description, most useful first; the tooltip
 * says everything in short paragraphs that wrap, never a raw source line (`- [ ] …`).
 *
 * Everything is in privacy parts (core/privacy.ts), so the privacy layer decides what is shown:
 * names become initials, confidential text "Confidential item", roles, teams and dates that point
 * at one person are left out. Pure: `today` passed in; nothing here knows about VS Code.
 */
import { awayRanges, awayUntil } from './away';
import { upcomingParts, type UpcomingEntry } from './cadence';
import { addDays } from './dates';
import { relativeDay, shortDate } from './format';
import { coolingOffUntil, snoozedUntil } from './followUpResolution';
import type { DateRange, FollowUp, IsoDate, Person } from './model';
import type { Part } from './privacy';
import { relationshipLabel } from './upcomingGroups';

/** One paragraph of a tooltip: parts joined by `join` (default ` · `); `strong` for the title. */
export interface TooltipParagraph {
  parts: Part[];
  join?: string;
  strong?: boolean;
}

/** A row as privacy parts: what the label, the description and the tooltip say. */
export interface RowText {
  label: Part;
  description: Part[];
  tooltip: TooltipParagraph[];
}

function paragraph(parts: Part[], options: { join?: string; strong?: boolean } = {}): TooltipParagraph {
  return { parts, ...options };
}

/** An Upcoming 1:1s row: the name as the label, due state · cadence · last met · topics after it. */
export function upcomingRow(entry: UpcomingEntry, today: IsoDate): RowText {
  const { person } = entry;
  const facts = upcomingParts(entry, today);
  return {
    label: { person: person.name },
    description: facts,
    tooltip: [
      paragraph([{ person: person.name }], { strong: true }),
      paragraph([relationshipLabel(entry.relationship), { role: person.profile?.role ?? '' }, { team: person.profile?.team ?? '' }]),
      paragraph(facts),
      paragraph([entry.scheduledUri ? 'Click to open the scheduled note.' : 'Click to start a new 1:1 note.']),
    ],
  };
}

/**
 * `away until Jan 5` when the person is away on `today` (following leaves that touch), else
 * undefined. A plain fact like "due in 2 days": it says when a 1:1 can happen, not who it is.
 */
export function awayNow(person: Pick<Person, 'profile'>, today: IsoDate): string | undefined {
  const until = awayUntil(awayRanges(person.profile), today);
  return until === undefined ? undefined : `away until ${shortDate(until, today)}`;
}

/** The next leave that starts after `today`, if any. */
export function nextAway(person: Pick<Person, 'profile'>, today: IsoDate): DateRange | undefined {
  return awayRanges(person.profile).find((r) => r.from > today);
}

/** What a People row needs besides the person: worked out by the view from the journal. */
export interface PeopleRowFacts {
  isMe: boolean;
  /** `manages 4` for a manager direct, else undefined. */
  manages?: string;
  lastMet?: IsoDate;
}

/**
 * A People row: the name as the label; after it what changes (me, away, inactive, last met),
 * then who they are (team size, role, team), so the facts worth a glance come before the fold.
 */
export function peopleRow(person: Person, facts: PeopleRowFacts, today: IsoDate): RowText {
  const until = awayUntil(awayRanges(person.profile), today);
  const away = awayNow(person, today);
  const metText = facts.lastMet ? `last met ${shortDate(facts.lastMet, today)}` : undefined;
  const next = until ? undefined : nextAway(person, today);
  const tooltip: TooltipParagraph[] = [
    paragraph([{ person: person.name }, person.aliases.length > 0 && { alias: `(${person.aliases.join(', ')})` }], { join: ' ', strong: true }),
    paragraph([facts.isMe ? 'me' : relationshipLabel(person.relationship), { role: person.profile?.role ?? '' }, { team: person.profile?.team ?? '' }, { team: facts.manages ?? '' }]),
  ];
  if (person.managerName) tooltip.push(paragraph(['reports to', { person: person.managerName }], { join: ' ' }));
  if (until) tooltip.push(paragraph([`Away until ${shortDate(until, today)}, back ${shortDate(addDays(until, 1), today)}: no 1:1 is due while they are away.`]));
  if (next) tooltip.push(paragraph([`Away ${shortDate(next.from, today)} to ${shortDate(next.to, today)} (${relativeDay(next.from, today)}).`]));
  if (!person.active) tooltip.push(paragraph(['Inactive: left out of Upcoming 1:1s and the skip-level rotation.']));
  if (!facts.isMe) tooltip.push(paragraph([metText ? { date: `Last met ${shortDate(facts.lastMet!, today)} (${relativeDay(facts.lastMet!, today)}).` } : 'Never met.']));
  tooltip.push(paragraph([person.profile ? 'Click to open the person page.' : 'No profile yet: click to open the person page, which offers to create one.']));
  return {
    label: { person: person.name },
    description: [
      facts.isMe && 'me',
      away,
      !person.active && 'inactive',
      facts.isMe ? undefined : metText ? { date: metText } : 'never met',
      // The size of a manager direct's team identifies them next to initials: hidden like the team.
      { team: facts.manages ?? '' },
      { role: person.profile?.role ?? '' },
      { team: person.profile?.team ?? '' },
    ],
    tooltip,
  };
}

/**
 * A Follow-ups row's tooltip: the item's text (never the raw `- [ ] …` line), whose it is and
 * where it comes from, its dates in words, and why it waits when it cools off or is snoozed.
 * `path` is the note's workspace-relative path (left out in privacy mode).
 */
export function followUpTooltip(item: FollowUp, today: IsoDate, path: string): TooltipParagraph[] {
  const cooling = coolingOffUntil(item, today);
  const snoozed = snoozedUntil(item, today);
  const out: TooltipParagraph[] = [
    paragraph([{ note: item.text || '(empty follow-up)', confidential: item.confidential }], { strong: true }),
    paragraph(item.mine ? ['Mine'] : item.owner ? ['Waiting on', { person: item.owner }] : ['Waiting on someone (no known owner)'], { join: ' ' }),
    paragraph([{ person: item.person }, item.type, item.noteDate && { date: `note of ${shortDate(item.noteDate, today)}` }, item.confidential && 'confidential']),
  ];
  if (item.escalate) out.push(paragraph(['#escalate: illegal or unethical, so it is acted on now, never cooled off.']));
  if (item.due) out.push(paragraph([`Due ${shortDate(item.due, today)} (${relativeDay(item.due, today)}).`]));
  if (cooling) out.push(paragraph([`Cooling off until ${shortDate(cooling, today)}: acting at once on what was said in a skip-level can expose who said it.`]));
  else if (snoozed) out.push(paragraph([`Snoozed until ${shortDate(snoozed, today)}: not before then.`]));
  out.push(paragraph([{ path: `${path}:${item.line}` }]));
  return out;
}

/**
 * Text as markdown that shows exactly that text: markdown's syntax characters are escaped and
 * HTML's `&` and `<` written as entities. Spaces stay spaces — VS Code's
 * `MarkdownString.appendText` turns them into `&nbsp;`, so a tooltip could only break inside
 * a word; escaped like this it wraps between words.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A tooltip's paragraphs (already through the privacy layer) as markdown; empty ones are left out. */
export function tooltipMarkdown(paragraphs: ReadonlyArray<{ text: string; strong?: boolean }>): string {
  return paragraphs
    .filter((p) => p.text.trim() !== '')
    .map((p) => (p.strong ? `**${markdownText(p.text)}**` : markdownText(p.text)))
    .join('\n\n');
}
