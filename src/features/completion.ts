/**
 * Completion in 1:1 notes and person profiles (docs/FORMAT.md#views-and-commands): people after `@` and as the value of
 * `person:`/`reportsTo:`, meeting types after `type:`, moods after `mood:`, and dates (today, tomorrow, next Monday,
 * in 1 or 2 weeks) after `due:`/`after:` and in `date:`.
 */
import * as vscode from 'vscode';
import type { Journal } from '../core/journal';
import { MEETING_TYPES, type Person } from '../core/model';
import { MOOD_SCALE } from '../core/mood';
import { relativeDates } from '../core/noteEdits';
import { closingFenceIndex, isOpeningFence } from '../core/parse/fence';
import { dateTokenBeingTyped, mentionBeingTyped } from '../core/parse/tokens';
import { yamlScalar } from '../core/templates';
import { relationshipLabel } from '../core/upcomingGroups';
import type { FeatureContext } from '../vscode/featureContext';
import type { Privacy } from '../vscode/privacy';
import { today } from '../vscode/today';

const TYPE_DOCS: Readonly<Record<string, string>> = {
  'one-on-one': 'A 1:1 with a direct report (or anyone you meet weekly): how the work happens and how they grow.',
  'skip-level': 'A skip-level: someone further down the chart. Always confidential; follow-ups cool off before you act.',
  peer: 'A peer 1:1: another manager or department; every 3–5 weeks is plenty.',
};

/** Lines 0..n of the frontmatter block; `end` is the closing fence, or the line count while it is still being typed. */
function frontmatterLines(document: vscode.TextDocument): { end: number } | undefined {
  if (document.lineCount === 0 || !isOpeningFence(document.lineAt(0).text)) return undefined;
  const lines = { length: document.lineCount, at: (i: number) => document.lineAt(i).text };
  return { end: closingFenceIndex(lines, 200) ?? document.lineCount };
}

/** A 1:1 note or person profile: known to the journal, or (while the index catches up with typing) shaped like one. */
function isJournalFile(journal: Journal, document: vscode.TextDocument, frontmatter: { end: number } | undefined): boolean {
  const uri = document.uri.toString();
  if (journal.note(uri) || journal.profiles().some((p) => p.uri === uri)) return true;
  if (!frontmatter) return false;
  for (let i = 1; i < frontmatter.end; i++) {
    if (/^\s*(?:person\s*:|kind\s*:\s*['"]?person\b)/i.test(document.lineAt(i).text)) return true;
  }
  return false;
}

/** The people to offer, me first, then by name. */
function people(journal: Journal): { me?: Person; others: Person[] } {
  const directory = journal.directory();
  const others = directory.people.filter((p) => p !== directory.me).sort((a, b) => a.name.localeCompare(b.name));
  return { ...(directory.me ? { me: directory.me } : {}), others };
}

function personDetail(person: Person, privacy: Privacy): string {
  const relationship = person.relationship === 'other' ? undefined : relationshipLabel(person.relationship);
  return privacy.detail([relationship, { role: person.profile?.role ?? '' }, { team: person.profile?.team ?? '' }]);
}

function mention(name: string): string {
  return /[\s"]/.test(name) ? `@"${name.replace(/"/g, '')}"` : `@${name}`;
}

/** `@Carly`, `@"Carly Chen"`: the owner of a follow-up. */
function mentionItems(journal: Journal, line: string, position: vscode.Position, privacy: Privacy): vscode.CompletionItem[] | undefined {
  const typing = mentionBeingTyped(line.slice(0, position.character));
  if (!typing) return undefined;
  const { quoted, start } = typing;
  // An editor that closes quotes leaves `"` after the cursor: replace it too.
  const end = quoted && line[position.character] === '"' ? position.character + 1 : position.character;
  const range = { inserting: new vscode.Range(position.line, start, position.line, position.character), replacing: new vscode.Range(position.line, start, position.line, end) };
  const filter = (name: string): string => (quoted ? `@"${name}` : `@${name}`);
  const items: vscode.CompletionItem[] = [];
  // `label` is the real name or alias (matched on, inserted); `shown` is what privacy mode draws.
  const add = (label: string, insert: string, detail: string, sort: string, documentation?: string, shown = label): void => {
    const item = new vscode.CompletionItem({ label: shown, description: detail }, vscode.CompletionItemKind.User);
    item.insertText = insert;
    item.filterText = filter(label);
    item.range = range;
    item.sortText = sort;
    item.detail = detail;
    if (documentation) item.documentation = documentation;
    items.push(item);
  };
  const { me, others } = people(journal);
  add('me', '@me', me ? privacy.message`me (${{ person: me.name }})` : 'me', '0', 'The follow-up is yours. An item with no @mention is yours too.');
  others.forEach((person, i) => {
    const sort = `1${String(i).padStart(5, '0')}`;
    add(person.name, mention(person.name), personDetail(person, privacy), sort, person.aliases.length ? privacy.detail([{ alias: `Also: ${person.aliases.join(', ')}` }]) || undefined : undefined, privacy.person(person.name));
    for (const alias of person.aliases) add(alias, mention(alias), privacy.message`alias of ${{ person: person.name }}`, `${sort}a`, undefined, privacy.on ? privacy.person(person.name) : alias);
  });
  return items;
}

/** Replaces the rest of the value after `key:`, up to a comment. */
function valueRange(line: string, position: vscode.Position, valueStart: number): { inserting: vscode.Range; replacing: vscode.Range } {
  const comment = line.slice(valueStart).search(/\s#/);
  const end = Math.max(position.character, comment < 0 ? line.trimEnd().length : valueStart + comment);
  return {
    inserting: new vscode.Range(position.line, valueStart, position.line, position.character),
    replacing: new vscode.Range(position.line, valueStart, position.line, end),
  };
}

function dateItems(range: vscode.Range | { inserting: vscode.Range; replacing: vscode.Range }): vscode.CompletionItem[] {
  return relativeDates(today()).map((d, i) => {
    const item = new vscode.CompletionItem({ label: d.label, description: d.date }, vscode.CompletionItemKind.Value);
    item.detail = d.date;
    item.insertText = d.date;
    item.filterText = `${d.date} ${d.label}`;
    item.sortText = String(i);
    item.range = range;
    return item;
  });
}

function frontmatterItems(journal: Journal, line: string, position: vscode.Position, privacy: Privacy): vscode.CompletionItem[] | undefined {
  const m = /^(\s*(['"]?)(person|reportsTo|type|date|confidentiality|mood)\2\s*:[ \t]*)/.exec(line);
  if (!m || position.character < m[1].length) return undefined;
  const key = m[3];
  const range = valueRange(line, position, m[1].length);
  if (key === 'type') {
    return MEETING_TYPES.map((type, i) => {
      const item = new vscode.CompletionItem(type, vscode.CompletionItemKind.EnumMember);
      item.documentation = TYPE_DOCS[type];
      item.sortText = String(i);
      item.range = range;
      return item;
    });
  }
  if (key === 'confidentiality') {
    return [['confidential', 'The default: never shared.'], ['shareable', 'May go into a shareable summary (never for a skip-level).']].map(([value, doc], i) => {
      const item = new vscode.CompletionItem(value, vscode.CompletionItemKind.EnumMember);
      item.documentation = doc;
      item.sortText = String(i);
      item.range = range;
      return item;
    });
  }
  if (key === 'date') return dateItems(range);
  if (key === 'mood') {
    return MOOD_SCALE.map(({ value, word, meaning }) => {
      const item = new vscode.CompletionItem({ label: word, description: `${value} of 5` }, vscode.CompletionItemKind.EnumMember);
      item.detail = `mood ${value} of 5`;
      item.documentation = `${meaning}. Also written as the number ${value}. Confidential like the note; hidden in privacy mode.`;
      item.filterText = `${word} ${value}`;
      item.sortText = String(value);
      item.range = range;
      return item;
    });
  }
  const { me, others } = people(journal);
  const list = key === 'reportsTo' && me ? [me, ...others] : others;
  const items: vscode.CompletionItem[] = [];
  list.forEach((person, i) => {
    const sort = String(i).padStart(5, '0');
    const item = new vscode.CompletionItem({ label: privacy.person(person.name), description: personDetail(person, privacy) }, vscode.CompletionItemKind.User);
    item.insertText = yamlScalar(person.name);
    item.filterText = person.name;
    item.sortText = sort;
    item.range = range;
    items.push(item);
    for (const alias of person.aliases) {
      const a = new vscode.CompletionItem({ label: privacy.on ? privacy.person(person.name) : alias, description: privacy.message`alias of ${{ person: person.name }}` }, vscode.CompletionItemKind.User);
      a.insertText = yamlScalar(alias);
      a.filterText = alias;
      a.sortText = `${sort}a`;
      a.range = range;
      items.push(a);
    }
  });
  return items;
}

/** `due:`/`after:` (and the Obsidian Tasks 📅/🛫) followed by what is typed of a date. */
function followUpDateItems(line: string, position: vscode.Position): vscode.CompletionItem[] | undefined {
  const typing = dateTokenBeingTyped(line.slice(0, position.character));
  if (!typing) return undefined;
  const start = typing.valueStart;
  const rest = /^[\w-]*/.exec(line.slice(position.character))![0].length;
  return dateItems({
    inserting: new vscode.Range(position.line, start, position.line, position.character),
    replacing: new vscode.Range(position.line, start, position.line, position.character + rest),
  });
}

export class NoteCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly journal: Journal, private readonly privacy: Privacy) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    const frontmatter = frontmatterLines(document);
    const line = document.lineAt(position.line).text;
    const items = frontmatter && position.line > 0 && position.line < frontmatter.end
      ? frontmatterItems(this.journal, line, position, this.privacy)
      : followUpDateItems(line, position) ?? mentionItems(this.journal, line, position, this.privacy);
    // Checked only when the line asks for completion: most keystrokes stop above.
    return items && isJournalFile(this.journal, document, frontmatter) ? items : undefined;
  }
}

export function register({ extension: context, journal, privacy }: FeatureContext): void {
  context.subscriptions.push(vscode.languages.registerCompletionItemProvider(
    { language: 'markdown' },
    new NoteCompletionProvider(journal, privacy),
    '@', ':', ' ', '"',
  ));
}
