/**
 * The 1:1 Starter Kit (issue 19): one shareable markdown file a manager hands to a new manager
 * on their team — the agenda templates in use, the snippets' questions, and the practice in
 * plain words (confidentiality, cooling off, snoozing, skip-level rotation, peer cadence, coaching
 * managers of managers). Pure: templates, snippets and settings in, markdown out.
 *
 * It never holds confidential content: no note is read, and every name or alias of a person the
 * journal knows is taken out of the templates (a workspace template may have been written with
 * someone in mind), so the kit can go to anyone.
 */
import { COACHING_SECTION } from './coachingDue';
import { PEER_DUE_DAYS, PEER_OVERDUE_DAYS } from './cadence';
import type { MeetingType } from './model';
import { MOOD_SCALE } from './mood';
import { renderTemplate } from './templates';

/** One agenda template as the workspace uses it. */
export interface KitTemplate {
  type: MeetingType;
  text: string;
  /** Built into the extension, or the workspace's templates folder (the file, relative). */
  source: { kind: 'built-in' } | { kind: 'workspace'; path: string };
}

/** A snippet as `snippets/markdown.json` declares it. */
export interface KitSnippet {
  name: string;
  prefix: string;
  description: string;
  body: string | readonly string[];
}

export interface StarterKitInput {
  templates: readonly KitTemplate[];
  snippets: readonly KitSnippet[];
  settings: { coolOffDays: number; skipLevelsPerWeek: number; coachingEveryWeeks: number };
  /** Every name and alias the journal knows: taken out of the templates. */
  names: readonly string[];
}

const TYPE_TITLES: Readonly<Record<MeetingType, string>> = {
  'one-on-one': '1:1 with a direct report',
  'skip-level': 'Skip-level 1:1',
  peer: 'Peer 1:1',
};

/** Where the kit goes in the workspace by default. */
export const STARTER_KIT_PATH = '1on1-starter-kit.md';

/** What a name in a template becomes. */
export const NAME_STANDIN = '[their name]';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` with every whole-word occurrence of the names replaced by a stand-in (longest names
 * first, so "Carly Chen" goes whole before "Carly"); names shorter than two letters are left.
 */
export function withoutNames(text: string, names: readonly string[]): string {
  const list = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${list.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
  return text.replace(pattern, NAME_STANDIN);
}

/**
 * A template as a new manager would copy it: placeholders as plain stand-ins (`Their Name`,
 * `YYYY-MM-DD`), the places the extension fills in (talking points, open follow-ups, the coaching
 * prompt) left as an empty item, and known names taken out.
 */
export function kitTemplateText(template: KitTemplate, names: readonly string[]): string {
  const rendered = renderTemplate(template.text, {
    person: 'Their Name', date: 'YYYY-MM-DD', type: template.type, openFollowUps: '', talkingPoints: '- ', coaching: '',
  }).text;
  return withoutNames(rendered, names).replace(/\n{3,}/g, '\n\n').trimEnd();
}

/** The text a snippet expands to: each tab stop's default, a choice's first option, variables as a date stand-in. */
export function expandSnippet(body: string | readonly string[]): string {
  let text = typeof body === 'string' ? body : body.join('\n');
  text = text.replace(/\$CURRENT_YEAR-\$CURRENT_MONTH-\$CURRENT_DATE/g, 'YYYY-MM-DD').replace(/\$\{?CURRENT_\w+\}?/g, '');
  text = text.replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1');
  for (let i = 0; i < 3; i++) text = text.replace(/\$\{\d+:([^{}]*)\}/g, '$1');
  return text.replace(/\$\{\d+\}|\$\d+/g, '');
}

/** The questions in a snippet: its lines that ask something, list markers and labels (`Ask:`) dropped. */
export function snippetQuestions(snippet: KitSnippet): string[] {
  return expandSnippet(snippet.body)
    .split('\n')
    .map((l) => l.replace(/^\s*(?:[-*+]\s+(?:\[[ xX]\]\s+)?|>\s*)/, '').trim())
    .filter((l) => l.endsWith('?') || /\?\s/.test(l))
    .map((l) => l.replace(/^[A-Z][a-z]+:\s+(?=\S)/, ''));
}

/** The "Their 1:1s" questions a manager of managers asks every few weeks. */
export function coachingQuestions(): string[] {
  const comment = /<!--([\s\S]*?)-->/.exec(COACHING_SECTION)?.[1] ?? '';
  return comment.split(/(?<=\?)\s+/).map((q) => q.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The whole kit, as markdown. */
export function buildStarterKit(input: StarterKitInput): string {
  const { settings } = input;
  const out: string[] = [
    '# 1:1 Starter Kit',
    '',
    'Agendas, good questions and the habits behind them, for managers who are new to 1:1s.',
    'Copy what helps and change the rest: a 1:1 is about how the work happens, why, and how',
    'people grow — not a status meeting. Status belongs in a document or a stand-up.',
    '',
    'This kit holds no one\'s notes: only templates, questions and the practice.',
    '',
    '## The practice, in plain words',
    '',
    '### Keep 1:1s confidential',
    '- A 1:1 is confidential by default. If it is safe enough to be overheard, it is not the right content for a 1:1.',
    '- Write notes for yourself. Share a note only when you both agree it is shareable, and leave out anything marked private.',
    '- Skip-level 1:1s stay 100% confidential: never quote the person, never share their notes.',
    '- The one exception: something illegal or unethical is addressed right away, whoever raised it.',
    '',
    '### Cool off after a skip-level',
    `- Acting right away on what you heard in a skip-level can expose the person who raised it. Wait about ${plural(settings.coolOffDays, 'day')} before acting on it,`,
    '  and when you act, act on the pattern, not the quote.',
    '- Cooling off is only for skip-levels. Illegal or unethical matters are never cooled off.',
    '',
    '### Snooze what can wait',
    '- Any other follow-up can be given a "not before" date: it is snoozed until then and out of your way.',
    '  Snoozing is your choice of timing; it is not the skip-level cool-off.',
    '- Things that can wait for the next 1:1 should: queue them as talking points instead of interrupting.',
    '',
    '### Rotate skip-levels through the whole organisation',
    `- Meet about ${plural(settings.skipLevelsPerWeek, 'skip-level')} a week, a different person each time.`,
    '- Go all the way down the ladder, not only one level below your directs, and across every team.',
    '- Everyone once before anyone twice; the people you have never met come first.',
    '',
    '### Peers every few weeks',
    `- A peer 1:1 (another manager, another department) every ${Math.round(PEER_DUE_DAYS / 7)}–${Math.round(PEER_OVERDUE_DAYS / 7)} weeks is plenty.`,
    '  Skipping one now and then does little harm.',
    '',
    '### Directs every week',
    '- Meet each direct report weekly. Their agenda comes first; yours goes second.',
    '- Keep the promises you make: write each follow-up down with who owns it and when it is due.',
    '',
    '### If you manage managers',
    `- Make sure the managers on your team hold 1:1s too. About every ${plural(settings.coachingEveryWeeks, 'week')}, ask them:`,
    ...coachingQuestions().map((q) => `  - ${q}`),
    '- Dig into what they struggle with, and hand them this kit.',
    '',
    '### How people are doing',
    `- After a 1:1, a one-word mood helps you notice a trend before it becomes a problem: ${MOOD_SCALE.map((m) => `${m.word} (${m.value})`).join(', ')}.`,
    '  It is as confidential as the note.',
    '',
    '## Agenda templates',
    '',
  ];
  const templates = [...input.templates].sort((a, b) => order(a.type) - order(b.type));
  for (const template of templates) {
    const from = template.source.kind === 'built-in' ? 'the built-in template' : `this team's template (\`${template.source.path}\`)`;
    out.push(`### ${TYPE_TITLES[template.type]}`, '', `From ${from}. The comments are prompts: they guide the conversation and stay out of the preview.`, '');
    out.push('````markdown', kitTemplateText(template, input.names), '````', '');
  }
  const withQuestions = input.snippets.map((s) => ({ snippet: s, questions: snippetQuestions(s) })).filter((s) => s.questions.length > 0);
  if (withQuestions.length > 0) {
    out.push('## Good questions', '');
    for (const { snippet, questions } of withQuestions) {
      out.push(`### ${snippet.name}`, '', `${snippet.description}.`, '', ...questions.map((q) => `- ${q}`), '');
    }
  }
  out.push('---', '', 'Made with 1:1 Journal (**1:1: Export 1:1 Starter Kit…**). Plain markdown: share it as you like.', '');
  return out.join('\n');
}

function order(type: MeetingType): number {
  return type === 'one-on-one' ? 0 : type === 'skip-level' ? 1 : 2;
}
