/**
 * "New 1:1 Note…" from a template: who (most due first), the meeting type, and the note written
 * at `oneOnOne.newNotePath` with the person's open follow-ups linked. Also takes its answers as
 * arguments (`person`, `{ type, date }`), so views, other features and tests run it without the
 * quick picks.
 */
import * as vscode from 'vscode';
import { upcomingOf, describeUpcoming, lastMetDates } from '../core/cadence';
import { COACHING_SECTION, coachingDue, coachingNotesToRead } from '../core/coachingDue';
import { isIsoDate } from '../core/dates';
import { shortDate } from '../core/format';
import type { Journal } from '../core/journal';
import { MEETING_TYPES, type IsoDate, type MeetingType, type Person } from '../core/model';
import { parseMeetingType } from '../core/parse/values';
import { defaultMeetingType } from '../core/people';
import type { Settings } from '../core/settings';
import {
  firstAgendaPosition, newNotePath, NOTE_PATH_PLACEHOLDERS, openFollowUpsFor, renderOpenFollowUps,
  renderTemplate, unknownPlaceholders,
} from '../core/templates';
import { groupUpcoming, relationshipPhrase } from '../core/upcomingGroups';
import { Commands } from '../vscode/commands';
import type { FeatureContext } from '../vscode/featureContext';
import { exists, readOptional } from '../vscode/files';
import { journalFolder } from '../vscode/journalFolder';
import { openAt } from '../vscode/locations';
import { describeError } from '../vscode/log';
import { createNoteTakingPoints, queuedPoints } from '../vscode/noteWithTalkingPoints';
import { personArgument } from '../vscode/pickPerson';
import { templateInUse } from '../vscode/templateFiles';
import type { Privacy, SearchableItem } from '../vscode/privacy';
import { today } from '../vscode/today';

/** What `oneOnOne.newNote` accepts besides a person's name: a meeting type, a date. */
export interface NewNoteOptions {
  person?: string;
  type?: MeetingType;
  date?: IsoDate;
}

const TYPE_LABELS: Readonly<Record<MeetingType, string>> = {
  'one-on-one': '1:1 (one-on-one)',
  'skip-level': 'Skip-level',
  peer: 'Peer 1:1',
};

function newNoteOptions(arg: unknown, second: unknown): NewNoteOptions {
  const options: NewNoteOptions = {};
  const person = personArgument(arg);
  if (person) options.person = person;
  for (const source of [arg, second]) {
    if (typeof source === 'string' && source !== arg) {
      const type = parseMeetingType(source);
      if (type) options.type = type;
    } else if (source && typeof source === 'object') {
      const o = source as { type?: unknown; date?: unknown };
      const type = parseMeetingType(o.type);
      if (type) options.type = type;
      if (typeof o.date === 'string' && isIsoDate(o.date)) options.date = o.date;
    }
  }
  return options;
}

type PersonItem = SearchableItem & { person?: Person; someoneNew?: boolean };

/** Everyone but me, most due first (the Upcoming order), then the rest, longest unmet first. */
function personItems(journal: Journal, settings: Settings, privacy: Privacy): PersonItem[] {
  const directory = journal.directory();
  const t = today();
  const entries = upcomingOf(journal, t, { weekMode: settings.weekMode });
  const lastMet = lastMetDates(journal.meetings(), t);
  const describe = (person: Person): string => privacy.detail([relationshipPhrase(person.relationship), { role: person.profile?.role ?? '' }, { team: person.profile?.team ?? '' }]);
  const match = (person: Person): string[] => [person.name, ...person.aliases, person.profile?.role ?? '', person.profile?.team ?? ''];
  const items: PersonItem[] = [];
  for (const group of groupUpcoming(entries)) {
    items.push({ label: group.label, kind: vscode.QuickPickItemKind.Separator });
    for (const entry of group.entries) {
      items.push({ label: privacy.person(entry.person.name), description: describe(entry.person), detail: describeUpcoming(entry, t, { hideLastMet: privacy.on }), person: entry.person, match: match(entry.person) });
    }
  }
  const listed = new Set(entries.map((e) => e.person));
  const rest = directory.people
    .filter((p) => !listed.has(p) && p !== directory.me)
    .sort((a, b) => Number(b.active) - Number(a.active)
      || (lastMet.get(a.name) ?? '').localeCompare(lastMet.get(b.name) ?? '')
      || a.name.localeCompare(b.name));
  if (rest.length > 0) {
    items.push({ label: 'Everyone else', kind: vscode.QuickPickItemKind.Separator });
    for (const person of rest) {
      const met = lastMet.get(person.name);
      items.push({
        label: privacy.person(person.name),
        description: describe(person),
        detail: privacy.detail([!person.active && 'inactive', met ? { date: `last met ${shortDate(met, t)}` } : 'never met']),
        person,
        match: match(person),
      });
    }
  }
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
  items.push({ label: '$(person-add) Someone new…', detail: 'A person not in the journal yet', alwaysShow: true, someoneNew: true });
  return items;
}

/** Asks who the 1:1 is with; "Someone new…" asks for a name, starting from what was typed. */
async function pickPerson(journal: Journal, settings: Settings, privacy: Privacy): Promise<string | undefined> {
  const quickPick = vscode.window.createQuickPick<PersonItem>();
  quickPick.title = 'New 1:1 Note';
  quickPick.placeholder = 'Who is the 1:1 with? Most due first. Type to filter.';
  // Masked rows stay searchable by the real name: typing "Dana" finds D.D., not only "Someone new…".
  const search = privacy.searchable(quickPick, personItems(journal, settings, privacy));
  quickPick.matchOnDescription = true;
  const choice = await new Promise<{ item: PersonItem; typed: string } | undefined>((resolve) => {
    quickPick.onDidAccept(() => {
      const item = quickPick.selectedItems[0];
      resolve(item ? { item, typed: quickPick.value } : undefined);
      quickPick.hide();
    });
    quickPick.onDidHide(() => resolve(undefined));
    quickPick.show();
  });
  search.dispose();
  quickPick.dispose();
  if (!choice) return undefined;
  if (choice.item.person) return choice.item.person.name;
  const name = await vscode.window.showInputBox({
    title: 'New 1:1 Note: someone new',
    prompt: 'Their full name, as it should appear in the journal',
    value: choice.typed.trim(),
    validateInput: (v) => (v.trim() ? undefined : 'Write a name'),
  });
  return name?.trim() || undefined;
}

/** The meeting type, the person's default first. */
async function pickType(person: string, fallback: MeetingType, privacy: Privacy): Promise<MeetingType | undefined> {
  const order = [fallback, ...MEETING_TYPES.filter((t) => t !== fallback)];
  const choice = await vscode.window.showQuickPick(
    order.map((type) => ({ label: TYPE_LABELS[type], description: type === fallback ? 'default' : undefined, type })),
    { title: privacy.message`New 1:1 Note with ${{ person }}`, placeHolder: 'Meeting type' },
  );
  return choice?.type;
}

export function register(ctx: FeatureContext): void {
  const { journal, settings, log, privacy } = ctx;
  /** Each unknown placeholder is reported once per template and session. */
  const reported = new Set<string>();
  const reportUnknown = (where: string, names: readonly string[]): void => {
    const fresh = names.filter((n) => !reported.has(`${where}\n${n}`));
    if (fresh.length === 0) return;
    for (const n of fresh) reported.add(`${where}\n${n}`);
    const list = fresh.map((n) => `\${${n}}`).join(', ');
    log.warn(`${where}: unknown placeholder ${list} left as written.`);
    void vscode.window.showWarningMessage(`${where} uses ${list}, which 1:1 Journal does not know: it was left as written. Known: \${person}, \${date}, \${type}, \${openFollowUps}, \${talkingPoints}, \${coaching}.`);
  };

  /** The "Their 1:1s" prompt for a manager direct when it is due (only the notes of the period are read). */
  const coachingFor = async (person: string, date: IsoDate): Promise<string | undefined> => {
    const weeks = settings().coachingEveryWeeks;
    const toRead = coachingNotesToRead(journal, person, date, weeks);
    if (!toRead) return undefined;
    const notes = await Promise.all(toRead.map(async (n) => {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === n.uri);
      return { date: n.date, text: open?.getText() ?? (await readOptional(vscode.Uri.parse(n.uri))) ?? '' };
    }));
    return coachingDue({ managerDirect: true }, notes, date, weeks) ? COACHING_SECTION : undefined;
  };

  /** Creates (or opens, when it exists) the note with `person` on `date`; returns its editor. */
  const createNote = async (person: string, type: MeetingType, date: IsoDate): Promise<vscode.TextEditor | undefined> => {
    const existing = journal.meetings().find((m) => m.person === person && m.note.date === date);
    if (existing) return openAt(existing.note.uri, existing.note.bodyStartLine);
    const folder = journalFolder();
    if (!folder) {
      void vscode.window.showErrorMessage('Open the folder of your journal first: new 1:1 notes are created in it.');
      return undefined;
    }
    const pattern = settings().newNotePath;
    const unknownInPath = unknownPlaceholders(pattern, NOTE_PATH_PLACEHOLDERS);
    if (unknownInPath.length) reportUnknown('The setting oneOnOne.newNotePath', unknownInPath);
    const uri = vscode.Uri.joinPath(folder, ...newNotePath(pattern, { person, date, type }).split('/'));
    if (await exists(uri)) return vscode.window.showTextDocument(uri, { preview: false });

    const template = await templateInUse(folder, settings().templatesFolder, type, log);
    const reminders = openFollowUpsFor(journal.followUps(), person, date);
    // Queued talking points move into the note, only when its template has a place for them.
    const queued = template.text.includes('${talkingPoints}') ? await queuedPoints(journal.directory().resolve(person)?.profile?.uri) : undefined;
    const coaching = type === 'one-on-one' && template.text.includes('${coaching}') ? await coachingFor(person, date) : undefined;
    const rendered = renderTemplate(template.text, {
      person, date, type, openFollowUps: renderOpenFollowUps(reminders, { noteUri: uri.toString(), date }),
      ...(queued ? { talkingPoints: queued.markdown } : {}),
      ...(coaching ? { coaching } : {}),
    });
    if (rendered.unknownPlaceholders.length) reportUnknown(template.where, rendered.unknownPlaceholders);
    // One WorkspaceEdit creates the note (and moves the queued points): one undo removes it again.
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    if (!(await createNoteTakingPoints(uri, rendered.text, queued))) throw new Error('VS Code refused to create the note.');
    log.info(`Created ${vscode.workspace.asRelativePath(uri)} (${type}, ${reminders.length} open follow-ups linked, ${queued?.points.length ?? 0} talking points moved).`);
    const at = firstAgendaPosition(rendered.text);
    const position = new vscode.Position(at.line, at.character);
    return vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position), preview: false });
  };

  const newNote = async (arg?: unknown, second?: unknown): Promise<vscode.TextEditor | undefined> => {
    try {
      const options = newNoteOptions(arg, second);
      const name = options.person ?? (await pickPerson(journal, settings(), privacy));
      if (!name) return undefined;
      const known = journal.directory().resolve(name);
      const person = known?.name ?? name;
      const type = options.type ?? (await pickType(person, defaultMeetingType(known?.relationship), privacy));
      if (!type) return undefined;
      return await createNote(person, type, options.date ?? today());
    } catch (error) {
      log.error(`New 1:1 Note failed: ${describeError(error)}`);
      void vscode.window.showErrorMessage(`New 1:1 Note: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };

  ctx.extension.subscriptions.push(vscode.commands.registerCommand(Commands.newNote, newNote));
}
