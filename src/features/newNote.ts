/**
 * Writing notes (SPEC §4): "New 1:1 Note…" from a template, "Add Follow-up", "Open Last Note
 * With…" and "Add Person". Every command also takes its answers as arguments, so views, other
 * features and tests can run it without the quick picks.
 */
import * as vscode from 'vscode';
import { Commands } from '../vscode/commands';
import { upcomingOf, describeUpcoming, lastMetDates, type UpcomingStatus } from '../core/cadence';
import { isIsoDate } from '../core/dates';
import { shortDate } from '../core/format';
import type { Journal } from '../core/journal';
import { MEETING_TYPES, type IsoDate, type MeetingType, type Person } from '../core/model';
import { followUpInsertion, personProfileText, relativeDates, type ProfileFields } from '../core/noteEdits';
import { stripBom } from '../core/parse/decode';
import { parseMeetingType } from '../core/parse/values';
import { defaultMeetingType } from '../core/people';
import { nameKey, slugify } from '../core/names';
import {
  BUILT_IN_TEMPLATES, firstAgendaPosition, newNotePath, NOTE_PATH_PLACEHOLDERS, openFollowUpsFor, renderOpenFollowUps,
  renderTemplate, TEMPLATE_FILES, unknownPlaceholders,
} from '../core/templates';
import { journalFolder } from '../vscode/journalFolder';
import { createNoteTakingPoints, queuedPoints } from '../vscode/noteWithTalkingPoints';
import { openAt } from '../vscode/locations';
import { describeError, type Log } from '../vscode/log';
import type { Privacy, SearchableItem } from '../vscode/privacy';
import type { Settings } from '../vscode/settings';
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

const RELATIONSHIP_LABELS: Readonly<Record<string, string>> = {
  direct: 'direct report', skip: 'skip-level', peer: 'peer', manager: 'my manager', self: 'me', other: '',
};

const STATUS_GROUPS: ReadonlyArray<{ statuses: UpcomingStatus[]; label: string }> = [
  { statuses: ['overdue'], label: 'Overdue' },
  { statuses: ['due'], label: 'Due this week' },
  { statuses: ['scheduled'], label: 'Scheduled' },
  { statuses: ['later', 'away'], label: 'Later' },
];

/** `people/<slug>.md` in the journal folder. */
export function profileUri(folder: vscode.Uri, peopleFolder: string, name: string): vscode.Uri {
  return vscode.Uri.joinPath(folder, ...splitPath(peopleFolder), `${slugify(name)}.md`);
}

function splitPath(path: string): string[] {
  return path.replace(/\\/g, '/').split('/').filter((s) => s !== '' && s !== '.' && s !== '..');
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** A person's name from a command argument: a string, an Upcoming row or a People row. */
function personArgument(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg.trim() || undefined;
  if (!arg || typeof arg !== 'object') return undefined;
  const node = arg as { entry?: { person?: { name?: unknown } }; person?: unknown };
  if (typeof node.entry?.person?.name === 'string') return node.entry.person.name;
  if (typeof node.person === 'string') return node.person;
  if (node.person && typeof node.person === 'object' && typeof (node.person as { name?: unknown }).name === 'string') {
    return (node.person as { name: string }).name;
  }
  return undefined;
}

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
  const describe = (person: Person): string => privacy.detail([RELATIONSHIP_LABELS[person.relationship], { role: person.profile?.role ?? '' }, { team: person.profile?.team ?? '' }]);
  const match = (person: Person): string[] => [person.name, ...person.aliases, person.profile?.role ?? '', person.profile?.team ?? ''];
  const items: PersonItem[] = [];
  for (const group of STATUS_GROUPS) {
    const inGroup = entries.filter((e) => group.statuses.includes(e.status));
    if (inGroup.length === 0) continue;
    items.push({ label: group.label, kind: vscode.QuickPickItemKind.Separator });
    for (const entry of inGroup) {
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

/** Reads a markdown file through workspace.fs; undefined when it does not exist. */
async function readOptional(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return stripBom(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

export function registerNewNote(context: vscode.ExtensionContext, journal: Journal, settings: () => Settings, log: Log, privacy: Privacy): void {
  /** Each unknown placeholder is reported once per template and session. */
  const reported = new Set<string>();
  const reportUnknown = (where: string, names: readonly string[]): void => {
    const fresh = names.filter((n) => !reported.has(`${where}\n${n}`));
    if (fresh.length === 0) return;
    for (const n of fresh) reported.add(`${where}\n${n}`);
    const list = fresh.map((n) => `\${${n}}`).join(', ');
    log.warn(`${where}: unknown placeholder ${list} left as written.`);
    void vscode.window.showWarningMessage(`${where} uses ${list}, which 1:1 Journal does not know: it was left as written. Known: \${person}, \${date}, \${type}, \${openFollowUps}, \${talkingPoints}.`);
  };

  const loadTemplate = async (folder: vscode.Uri, type: MeetingType): Promise<{ text: string; where: string }> => {
    const uri = vscode.Uri.joinPath(folder, ...splitPath(settings().templatesFolder), TEMPLATE_FILES[type]);
    try {
      const text = await readOptional(uri);
      if (text !== undefined) return { text, where: `The template ${vscode.workspace.asRelativePath(uri)}` };
    } catch (error) {
      log.warn(`Could not read the template ${vscode.workspace.asRelativePath(uri)} (${describeError(error)}); using the built-in one.`);
    }
    return { text: BUILT_IN_TEMPLATES[type], where: `The built-in ${type} template` };
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

    const template = await loadTemplate(folder, type);
    const reminders = openFollowUpsFor(journal.followUps(), person, date);
    // Queued talking points move into the note, only when its template has a place for them.
    const queued = template.text.includes('${talkingPoints}') ? await queuedPoints(journal.directory().resolve(person)?.profile?.uri) : undefined;
    const rendered = renderTemplate(template.text, {
      person, date, type, openFollowUps: renderOpenFollowUps(reminders, { noteUri: uri.toString(), date }),
      ...(queued ? { talkingPoints: queued.markdown } : {}),
    });
    if (rendered.unknownPlaceholders.length) reportUnknown(template.where, rendered.unknownPlaceholders);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    if (!queued) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(rendered.text));
    else if (!(await createNoteTakingPoints(uri, rendered.text, queued))) throw new Error('VS Code refused to create the note.');
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

  const addFollowUp = async (arg?: unknown): Promise<boolean> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage('Open a 1:1 note to add a follow-up to it.');
      return false;
    }
    let due: IsoDate | undefined;
    if (typeof arg === 'string' && (isIsoDate(arg) || arg === 'none')) {
      due = arg === 'none' ? undefined : arg;
    } else {
      const choices = [
        { label: 'No due date', date: undefined as IsoDate | undefined },
        ...relativeDates(today()).slice(1).map((d) => ({ label: d.label[0].toUpperCase() + d.label.slice(1), description: d.date, date: d.date as IsoDate | undefined })),
      ];
      const choice = await vscode.window.showQuickPick(choices, { title: 'Add Follow-up', placeHolder: 'Due date (optional)' });
      if (!choice) return false;
      due = choice.date;
    }
    const doc = editor.document;
    const lines = Array.from({ length: doc.lineCount }, (_, i) => doc.lineAt(i).text);
    const insertion = followUpInsertion(lines, due ? `due:${due}` : '');
    const applied = await editor.edit((b) => b.insert(new vscode.Position(insertion.line, insertion.character), insertion.text));
    if (!applied) return false;
    const cursor = new vscode.Position(insertion.cursor.line, insertion.cursor.character);
    editor.selection = new vscode.Selection(cursor, cursor);
    editor.revealRange(new vscode.Range(cursor, cursor));
    return true;
  };

  const openLastNote = async (arg?: unknown): Promise<vscode.TextEditor | undefined> => {
    const t = today();
    const latest = new Map<string, { date: IsoDate; uri: string }>();
    for (const m of journal.meetings()) {
      const date = m.note.date;
      if (!date || date > t) continue;
      const seen = latest.get(m.person);
      if (!seen || date > seen.date || (date === seen.date && m.note.uri > seen.uri)) latest.set(m.person, { date, uri: m.note.uri });
    }
    let name = personArgument(arg);
    if (name) name = journal.directory().resolve(name)?.name ?? name;
    else {
      const people = [...latest].sort((a, b) => b[1].date.localeCompare(a[1].date) || a[0].localeCompare(b[0]));
      if (people.length === 0) {
        void vscode.window.showInformationMessage('There is no 1:1 note yet. Create one with "1:1: New 1:1 Note…".');
        return undefined;
      }
      const aliases = new Map(journal.directory().people.map((p) => [p.name, p.aliases]));
      const choice = await privacy.showQuickPick(
        people.map(([person, last]) => ({ label: privacy.person(person), description: privacy.detail([{ date: `last met ${shortDate(last.date, t)}` }]), person, match: [person, ...(aliases.get(person) ?? [])] })),
        { title: 'Open Last Note With…', placeHolder: 'Whose last 1:1 note?', matchOnDescription: true },
      );
      name = choice?.person;
    }
    if (!name) return undefined;
    const last = latest.get(name);
    if (!last) {
      void vscode.window.showInformationMessage(`There is no past 1:1 note with ${privacy.name(name)} yet.`);
      return undefined;
    }
    return openAt(last.uri, 1);
  };

  const addPerson = async (arg?: unknown): Promise<vscode.Uri | undefined> => {
    const folder = journalFolder();
    if (!folder) {
      void vscode.window.showErrorMessage('Open the folder of your journal first: person profiles are created in it.');
      return undefined;
    }
    const given: Partial<ProfileFields> = typeof arg === 'string' ? { name: arg } : arg && typeof arg === 'object' ? arg as Partial<ProfileFields> : {};
    const directory = journal.directory();
    const taken = (name: string): string | undefined => {
      const found = directory.resolve(name);
      return found?.profile && nameKey(found.name) === nameKey(name) ? `${privacy.name(found.name)} already has a profile.` : undefined;
    };
    const ask = async (key: 'name' | 'role' | 'team', prompt: string, placeHolder?: string): Promise<string | undefined> => {
      if (key in given) return given[key] ?? '';
      return vscode.window.showInputBox({
        title: 'Add Person', prompt, ...(placeHolder ? { placeHolder } : {}),
        ...(key === 'name' ? { validateInput: (v: string) => (v.trim() ? taken(v) : 'Write a name') } : {}),
      });
    };
    const name = (await ask('name', 'Full name'))?.trim();
    if (!name) return undefined;
    const role = await ask('role', 'Role (optional, Enter to skip)', 'e.g. Senior Engineer');
    if (role === undefined) return undefined;
    const teams = [...new Set(journal.profiles().map((p) => p.team).filter((t): t is string => !!t))].sort();
    const team = await ask('team', 'Team (optional, Enter to skip)', teams.length ? `e.g. ${teams.slice(0, 4).join(', ')}` : undefined);
    if (team === undefined) return undefined;
    let reportsTo: string | undefined;
    if ('reportsTo' in given) reportsTo = given.reportsTo;
    else {
      const people = directory.people.filter((p) => p.profile).sort((a, b) => Number(b === directory.me) - Number(a === directory.me) || a.name.localeCompare(b.name));
      const choice = await privacy.showQuickPick(
        [{ label: 'Nobody here', description: 'top of the chart, or outside it', name: '', alwaysShow: true },
          ...people.map((p) => ({
            label: privacy.person(p.name),
            description: privacy.detail([p === directory.me && 'me', { role: p.profile?.role ?? '' }, { team: p.profile?.team ?? '' }]),
            name: p.name,
            match: [p.name, ...p.aliases, p.profile?.role ?? '', p.profile?.team ?? ''],
          }))],
        { title: privacy.message`Add Person: whom does ${{ person: name }} report to?`, placeHolder: 'Their manager', matchOnDescription: true },
      );
      if (!choice) return undefined;
      reportsTo = choice.name;
    }
    const clash = taken(name);
    const uri = profileUri(folder, settings().peopleFolder, name);
    if (clash || (await exists(uri))) {
      const where = directory.resolve(name)?.profile?.uri;
      const message = clash ?? `${privacy.on ? 'That profile file' : privacy.path(uri)} already exists.`;
      void vscode.window.showWarningMessage(`${message} Nothing was overwritten.`, 'Open').then((c) => {
        if (c) void openAt(where ?? uri.toString());
      });
      return undefined;
    }
    const text = personProfileText({ name, ...(role ? { role } : {}), ...(team ? { team } : {}), ...(reportsTo ? { reportsTo } : {}) });
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    log.info(`Created the profile ${vscode.workspace.asRelativePath(uri)}.`);
    await vscode.window.showTextDocument(uri, { preview: false });
    return uri;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.newNote, newNote),
    vscode.commands.registerCommand(Commands.addFollowUp, addFollowUp),
    vscode.commands.registerCommand(Commands.openLastNote, openLastNote),
    vscode.commands.registerCommand(Commands.addPerson, addPerson),
  );
}
