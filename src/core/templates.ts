/**
 * Note templates (docs/FORMAT.md#views-and-commands): the built-in agendas for each meeting type, placeholder rendering,
 * the reminder list of open follow-ups, and where a new note goes. Pure: text in, text out.
 *
 * Placeholders are `${name}`. Known ones are replaced; an unknown one is left exactly as written
 * and reported, so a typo in a workspace template shows up instead of silently vanishing.
 */
import { coolingOffUntil, snoozedUntil } from './followUpResolution';
import { shortDate } from './format';
import type { FollowUp, IsoDate, MeetingType } from './model';
import { slugify } from './names';
import { closingFenceIndex, findFrontmatter, splitLines } from './parse/fence';

/** What a template can refer to. */
export const TEMPLATE_PLACEHOLDERS = ['person', 'date', 'type', 'openFollowUps', 'talkingPoints', 'coaching'] as const;

/** What `oneOnOne.newNotePath` can refer to. */
export const NOTE_PATH_PLACEHOLDERS = ['personSlug', 'person', 'date', 'type'] as const;

/** The file in `oneOnOne.templatesFolder` that overrides each built-in template. */
export const TEMPLATE_FILES: Readonly<Record<MeetingType, string>> = {
  'one-on-one': 'one-on-one.md',
  'skip-level': 'skip-level.md',
  peer: 'peer.md',
};

const FRONTMATTER = [
  '---',
  'person: ${person}',
  'type: ${type}',
  'date: ${date}',
  'confidentiality: confidential',
  '---',
];

/** Every agenda ends with its Follow-ups: the open ones carried over, and how to write a new one. */
function followUpsSection(example: string): string[] {
  return ['## Follow-ups', '${openFollowUps}', '', `<!-- ${example} -->`, ''];
}

/**
 * The built-in agendas. Prompts are HTML comments: they guide the conversation, never show in
 * the preview, and leave a section empty until something is written in it. New follow-ups are
 * suggested in a comment too, so a fresh note never holds an empty task item.
 */
export const BUILT_IN_TEMPLATES: Readonly<Record<MeetingType, string>> = {
  'one-on-one': [
    ...FRONTMATTER,
    '## Check-in',
    '<!-- How are you, really? What is taking most of your energy right now? -->',
    '- ',
    '',
    '## Their topics',
    '<!-- Their agenda comes first: what do they want to make sure we talk about today? -->',
    '- ',
    '',
    '${coaching}',
    '## My topics',
    '<!-- How the work happens, not status (status belongs in a doc): a decision and why it was made,',
    '  friction between people or teams, something you noticed and want their view on. -->',
    '${talkingPoints}',
    '',
    '## Growth & feedback',
    '<!-- What are they learning? Where do they want to be stretched next, and what would help?',
    '  Feedback both ways: specific, kind, timely. Ask: "What could I do differently to help you more?" -->',
    '- ',
    '',
    ...followUpsSection('- [ ] @me what due:YYYY-MM-DD    - [ ] @Name what they will do'),
  ].join('\n'),

  'skip-level': [
    ...FRONTMATTER,
    '> **Confidential.** What is said in a skip-level stays here. Do not act on it right away:',
    '> acting at once can expose the person who raised it, so follow-ups cool off first.',
    '> The exception: anything illegal or unethical is addressed now (`#escalate`).',
    '',
    '## Getting to know each other',
    '<!-- What do you work on, and what do you enjoy most about it? What did you do before? -->',
    '- ',
    '',
    '## How the work happens',
    '<!-- What slows you or your team down that I might not see from where I sit?',
    '  If you ran the team for a month, what would you change first?',
    '  What should we stop doing? What works well that we must protect? -->',
    '- ',
    '',
    '## Growth & support',
    '<!-- Do you get the feedback you need, and from whom? What would help you grow here?',
    '  Is there anything you would like me to know that is hard to say elsewhere? -->',
    '- ',
    '',
    '## My topics',
    '<!-- What you came to ask: how decisions reach them, what they would change. Ask, then listen. -->',
    '${talkingPoints}',
    '',
    '## What I heard',
    '<!-- Themes in your own words, no quotes that could identify them. Listen; do not promise fixes. -->',
    '- ',
    '',
    ...followUpsSection('- [ ] @me what after:YYYY-MM-DD    (wait before acting; #escalate only for illegal or unethical)'),
  ].join('\n'),

  peer: [
    ...FRONTMATTER,
    '## Check-in',
    '<!-- How are things in your area? What is taking your energy right now? -->',
    '- ',
    '',
    '## What each of us sees',
    '<!-- What are you seeing from your side that I should know? What do I see that you might not? -->',
    '- ',
    '',
    '## What we need from each other',
    '<!-- Where are our priorities pulling against each other? What can I unblock for you?',
    '  What would make working together easier next quarter? -->',
    '- ',
    '',
    '## My topics',
    '<!-- What you want to raise with them: a dependency, a decision coming their way, a favour. -->',
    '${talkingPoints}',
    '',
    ...followUpsSection('- [ ] @me what due:YYYY-MM-DD    - [ ] @Name what they will do'),
  ].join('\n'),
};

export interface TemplateValues {
  person: string;
  date: IsoDate;
  type: MeetingType;
  /** The markdown `${openFollowUps}` stands for (see `renderOpenFollowUps`). */
  openFollowUps: string;
  /** The markdown `${talkingPoints}` stands for (see `renderTalkingPoints`); an empty item when absent. */
  talkingPoints?: string;
  /**
   * The markdown `${coaching}` stands for: the "Their 1:1s" section when the prompt is due for a
   * manager direct (`core/coachingDue.ts`); empty (the line dropped) when absent.
   */
  coaching?: string;
}

/** What `${talkingPoints}` stands for when nothing is queued: an empty list item to write in. */
export const NO_TALKING_POINTS = '- ';

export interface RenderedTemplate {
  text: string;
  /** Placeholders the template uses that are not known, in order of first use, without `${}`. */
  unknownPlaceholders: string[];
}

const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Replaces the known placeholders; unknown ones stay as written and are reported. */
export function renderTemplate(template: string, values: TemplateValues): RenderedTemplate {
  const known: Record<string, string> = { talkingPoints: NO_TALKING_POINTS, coaching: '', ...values };
  // An empty `${coaching}` on a line of its own takes its line with it: no stray blank lines.
  if (!known.coaching) template = template.replace(/^[ \t]*\$\{coaching\}[ \t]*\r?\n/gm, '');
  const unknown = new Set<string>();
  const substitute = (text: string, quote: boolean): string => text.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.hasOwn(known, name)) {
      unknown.add(name);
      return whole;
    }
    return quote && name !== 'openFollowUps' && name !== 'talkingPoints' && name !== 'coaching' ? yamlScalar(known[name]) : known[name];
  });

  const fm = frontmatterEnd(template);
  let text: string;
  if (fm < 0) {
    text = substitute(template, false);
  } else {
    // In frontmatter, a value that is a whole placeholder is written as a valid YAML scalar, so
    // `person: ${person}` survives a name like `Ana: the second` or `#1 fan`.
    const head = template.slice(0, fm).split('\n').map((line) => {
      const m = /^(\s*[^\s:#][^:#]*:[ \t]*)(\$\{[A-Za-z_][A-Za-z0-9_]*\})([ \t]*(?:#.*)?\r?)$/.exec(line);
      return m ? `${m[1]}${substitute(m[2], true)}${m[3]}` : substitute(line, false);
    }).join('\n');
    text = head + substitute(template.slice(fm), false);
  }
  return { text, unknownPlaceholders: [...unknown] };
}

/** Placeholders in `text` that are not in `known`, in order of first use. */
export function unknownPlaceholders(text: string, known: readonly string[]): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(PLACEHOLDER)) if (!known.includes(m[1])) found.add(m[1]);
  return [...found];
}

/** Offset just past the closing fence of a leading frontmatter block (before its line break); -1 when there is none. */
function frontmatterEnd(text: string): number {
  return findFrontmatter(text)?.closingEnd ?? -1;
}

/**
 * A value as a YAML scalar: plain when it reads back as the same string, else double-quoted. The
 * one home of the rule, for templates, new profiles, the org import and review notes. A date
 * (`2026-11-20`) stays plain for a date key; `{ plainDate: false }` quotes it, so a text field
 * (an email, a team) never reads back as a date.
 */
export function yamlScalar(value: string, options: { plainDate?: boolean } = {}): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} _.,'’()&/+-]*$/u.test(value)
    && !/\s$/.test(value)
    && !/^(?:true|false|yes|no|on|off|null|~)$/i.test(value)
    && !/^[\d.+-]+$/.test(value)
    && !/^\d[\d:.-]*$/.test(value); // numbers, times, sexagesimals, dates
  // Types are plain as they are (`skip-level`); dates too, unless told otherwise.
  if (plain || ((options.plainDate ?? true) && /^\d{4}-\d{2}-\d{2}$/.test(value))) return value;
  return JSON.stringify(value);
}

/** The facts about an open follow-up the reminder list shows. */
export type FollowUpReminder = Pick<FollowUp, 'uri' | 'line' | 'text' | 'owner' | 'mine' | 'due' | 'effectiveAfter' | 'noteDate'>
  & Partial<Pick<FollowUp, 'type' | 'escalate'>>;

/**
 * The open follow-ups from notes with `person` dated before `date`, oldest note first: what the
 * new note should remind of. `person` is the canonical name (`FollowUp.person`).
 */
export function openFollowUpsFor(followUps: readonly FollowUp[], person: string, date: IsoDate): FollowUp[] {
  return followUps
    .filter((f) => !f.done && f.person === person && f.noteDate !== undefined && f.noteDate < date)
    .sort((a, b) => (a.noteDate! < b.noteDate! ? -1 : a.noteDate! > b.noteDate! ? 1 : a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.line - b.line));
}

/**
 * The reminder list: one plain list item per open follow-up, a link to the line where it was
 * written (`../carly-chen/2026-11-12.md#L23`) — never a task item itself, so the original stays
 * the one to tick and nothing is counted twice.
 */
export function renderOpenFollowUps(items: readonly FollowUpReminder[], at: { noteUri: string; date: IsoDate }): string {
  if (items.length === 0) return 'Nothing open from earlier 1:1s.';
  const lines = items.map((item) => {
    const label = escapeLinkText(item.text) || '(follow-up)';
    const target = `${relativeUriPath(at.noteUri, item.uri)}#L${item.line}`;
    const cooling = coolingOffUntil(item, at.date);
    const snoozed = snoozedUntil(item, at.date);
    const facts = [
      item.mine ? 'mine' : item.owner ?? undefined,
      item.due ? `due ${shortDate(item.due, at.date)}` : undefined,
      cooling ? `cooling off until ${shortDate(cooling, at.date)}` : undefined,
      snoozed ? `snoozed until ${shortDate(snoozed, at.date)}` : undefined,
      item.noteDate ? `from ${shortDate(item.noteDate, at.date)}` : undefined,
    ].filter(Boolean);
    return `- [${label}](${target})${facts.length ? ` · ${facts.join(' · ')}` : ''}`;
  });
  return ['Still open from earlier 1:1s (tick them where they were written):', ...lines].join('\n');
}

/** Link text that cannot close the link early or read as a checkbox. */
export function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();
}

/**
 * The path of `to` relative to the folder of `from`, for a markdown link. Both are URI strings
 * (`file:///w/1on1s/a.md`) or plain forward-slash paths; a URI with another scheme or authority
 * comes back whole. URI paths are already percent-encoded, which is what a link wants.
 */
export function relativeUriPath(from: string, to: string): string {
  const split = (uri: string): { root: string; path: string[] } => {
    const m = /^([a-z][a-z0-9+.-]*:(?:\/\/[^/]*)?)(.*)$/i.exec(uri);
    const root = m ? m[1] : '';
    const rest = m ? m[2] : uri;
    return { root, path: rest.split('/').filter((s, i) => s !== '' || i === 0) };
  };
  const a = split(from);
  const b = split(to);
  if (a.root !== b.root) return to;
  const fromDir = a.path.slice(0, -1);
  let common = 0;
  while (common < fromDir.length && common < b.path.length - 1 && fromDir[common] === b.path[common]) common++;
  const up = fromDir.slice(common).filter((s) => s !== '').map(() => '..');
  const parts = [...up, ...b.path.slice(common)];
  return parts.join('/') || b.path[b.path.length - 1];
}

export interface NotePathValues {
  person: string;
  date: IsoDate;
  type: MeetingType;
}

/**
 * Expands `oneOnOne.newNotePath` (`1on1s/${personSlug}/${date}.md`) into a workspace-relative,
 * forward-slash path. `${person}` keeps the name but loses characters no file system accepts;
 * `..` and empty segments are dropped so the note stays inside the folder; `.md` is added when
 * the pattern forgets it. Unknown placeholders stay as written (see `unknownPlaceholders`).
 */
export function newNotePath(pattern: string, values: NotePathValues): string {
  const known: Record<string, string> = {
    personSlug: slugify(values.person),
    person: safeFileName(values.person),
    date: values.date,
    type: values.type,
  };
  const expanded = pattern.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(known, name) ? known[name] : whole));
  const segments = expanded.replace(/\\/g, '/').split('/').map((s) => s.trim()).filter((s) => s !== '' && s !== '.' && s !== '..');
  const path = segments.join('/') || `${known.personSlug}/${known.date}.md`;
  return /\.md$/i.test(path) ? path : `${path}.md`;
}

function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = name.replace(/[\\/:*?"<>|#%\u0000-\u001f]+/g, '-').replace(/^[\s.-]+|[\s.-]+$/g, '');
  return safe || slugify(name);
}

/**
 * The 0-based line and column where writing starts in a new note: the first empty list item
 * (`- `) of the body (in the built-in templates, the one under the first agenda heading), else
 * the line after the first heading, else the first body line.
 */
export function firstAgendaPosition(text: string): { line: number; character: number } {
  const lines = splitLines(text);
  const close = closingFenceIndex(lines);
  const start = close === undefined ? 0 : close + 1;
  const bullet = lines.findIndex((l, i) => i >= start && /^[-*+][ \t]*$/.test(l));
  if (bullet >= 0) return { line: bullet, character: lines[bullet].length };
  const heading = lines.findIndex((l, i) => i >= start && /^#{1,6}\s/.test(l));
  if (heading < 0) return { line: Math.min(start, lines.length - 1), character: 0 };
  return { line: Math.min(heading + 1, lines.length - 1), character: 0 };
}

/** The indentation a note from a template uses: two spaces, as a nested list item under `- `. */
export const TEMPLATE_INDENT = 2;

/**
 * The steps of indentation in `text`: how many spaces deeper each non-blank line starts than the
 * non-blank line before it, when it is deeper (distinct, ascending). VS Code guesses an editor's
 * indentation from these steps, so a template whose steps are all `TEMPLATE_INDENT` opens as
 * "Spaces: 2" (or with the user's default when it has none) — never as 5 from an aligned comment.
 */
export function indentSteps(text: string): number[] {
  const steps = new Set<number>();
  let previous = 0;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const indent = /^ */.exec(line)![0].length;
    if (indent > previous) steps.add(indent - previous);
    previous = indent;
  }
  return [...steps].sort((a, b) => a - b);
}
