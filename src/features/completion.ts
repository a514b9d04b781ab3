/**
 * Completion in 1:1 notes and person profiles (docs/FORMAT.md#views-and-commands): people after `@` and as the value of
 * `person:`/`reportsTo:`, meeting types after `type:`, moods after `mood:`, and dates (today, tomorrow, next Monday,
 * in 1 or 2 weeks) after `due:`/`after:` and in `date:`.
 */
import * as vscode from 'vscode';
import type { Journal } from '../core/journal';
import { MEETING_TYPES, type Person } from '../core/model';
import { MOOD_SCALE } from '../core/mood';
import { peopleToOffer, personInFrontmatter } from '../core/peopleToOffer';
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

function personDetail(person: Person, privacy: Privacy): string {
  const relationship = person.relationship === 'other' ? undefined : relationshipLabel(person.relationship);
  return privacy.detail([relationship, { role: person.profile?.role ?? '' }, { team: person.profile?.team ?? '' }]);
}

function mention(name: string): string {
  return /[\s"]/.test(name) ? `@"${name.replace(/"/g, '')}"` : `@${name}`;
}

/**
 * `@Carly`, `@"Carly Chen"`: the owner of a follow-up. Each person once, the note's own person
 * first, then `@me`, then everyone by name (core/peopleToOffer.ts); aliases are filter text.
 */
function mentionItems(journal: Journal, document: vscode.TextDocument, frontmatter: { end: number } | undefined, line: string, position: vscode.Position, privacy: Privacy): vscode.CompletionItem[] | undefined {
  const typing = mentionBeingTyped(line.slice(0, position.character));
  if (!typing) return undefined;
  const { quoted, start } = typing;
  // An editor that closes quotes leaves `"` after the cursor: replace it too.
  const end = quoted && line[position.character] === '"' ? position.character + 1 : position.character;
  const range = { inserting: new vscode.Range(position.line, start, position.line, position.character), replacing: new vscode.Range(position.line, start, position.line, end) };
  // What is typed is matched against every name the person goes by.
  const filter = (names: readonly string[]): string => names.map((name) => (quoted ? `@"${name}` : `@${name}`)).join(' ');
  const notePerson = notePersonOf(journal, document, frontmatter);
  return peopleToOffer(journal.directory(), { includeMe: true, ...(notePerson ? { notePerson } : {}) }).map((offer, i) => {
    const { person } = offer;
    const isMe = offer.role === 'me';
    // The label is what privacy mode draws; the filter text holds the real names, never drawn.
    const label = isMe ? 'me' : privacy.person(person.name);
    const detail = isMe ? privacy.message`me (${{ person: person.name }})` : personDetail(person, privacy);
    const item = new vscode.CompletionItem({ label, description: detail }, vscode.CompletionItemKind.User);
    item.insertText = isMe ? '@me' : mention(person.name);
    item.filterText = filter(isMe ? ['me', ...offer.names] : offer.names);
    item.range = range;
    item.sortText = String(i).padStart(5, '0');
    item.detail = detail;
    const aliases = offer.names.slice(1);
    if (isMe) item.documentation = 'The follow-up is yours. An item with no @mention is yours too.';
    else if (aliases.length > 0) item.documentation = privacy.detail([{ alias: `Also: ${aliases.join(', ')}` }]) || undefined;
    if (offer.role === 'note' && !isMe) item.preselect = true;
    return item;
  });
}

/** The note's person: as the index read it, else as typed in the frontmatter so far. */
function notePersonOf(journal: Journal, document: vscode.TextDocument, frontmatter: { end: number } | undefined): string | undefined {
  const note = journal.note(document.uri.toString());
  if (note) return note.personName;
  if (!frontmatter) return undefined;
  const lines: string[] = [];
  for (let i = 1; i < frontmatter.end; i++) lines.push(document.lineAt(i).text);
  return personInFrontmatter(lines);
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
  // `person:` is never me; `reportsTo:` may be. Each person once; aliases are filter text.
  return peopleToOffer(journal.directory(), { includeMe: key === 'reportsTo' }).map(({ person, names }, i) => {
    const item = new vscode.CompletionItem({ label: privacy.person(person.name), description: personDetail(person, privacy) }, vscode.CompletionItemKind.User);
    item.insertText = yamlScalar(person.name);
    item.filterText = names.join(' ');
    item.sortText = String(i).padStart(5, '0');
    item.range = range;
    return item;
  });
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
      : followUpDateItems(line, position) ?? mentionItems(this.journal, document, frontmatter, line, position, this.privacy);
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
