/**
 * The first five minutes (README.md, "Getting started"): **1:1: Set Up Journal…** (your profile with
 * `relationship: self`, the templates to edit, the `.gitignore` lines), **This Is Me** on a
 * People row, and **Copy Templates into the Workspace**. Every command also takes its answers as
 * arguments, so the walkthrough, the views and tests can run it without prompts.
 */
import * as vscode from 'vscode';
import { notesFolderOf } from '../core/gitignore';
import { thisIsMeChanges, type ProfileText } from '../core/me';
import { MEETING_TYPES } from '../core/model';
import { personProfileText } from '../core/noteEdits';
import { setFrontmatterKeys } from '../core/profileFrontmatter';
import { BUILT_IN_TEMPLATES, TEMPLATE_FILES } from '../core/templates';
import { exists } from '../vscode/files';
import { addToGitignore } from '../vscode/gitignore';
import { folderSegments, journalFolder, profileUri } from '../vscode/journalFolder';
import { toUri } from '../vscode/locations';
import { currentText, openForEdit, saveClean } from '../vscode/textChanges';
import { describeError } from '../vscode/log';
import { BuiltinCommands, Commands } from '../vscode/commands';
import type { FeatureContext } from '../vscode/featureContext';


/** Answers Set Up Journal takes instead of asking (the walkthrough and tests pass them). */
export interface SetUpOptions {
  /** The folder to set up; default: the journal's workspace folder. */
  folder?: vscode.Uri;
  /** Your name, when you have no profile yet. */
  name?: string;
  role?: string;
  /** Copy the built-in templates (true), or not (false); asks when undefined. */
  templates?: boolean;
  /** Add the notes folder to `.gitignore` (true), or not (false); asks when undefined. */
  gitignore?: boolean;
}

/** What Set Up Journal did, for the message and for tests. */
export interface SetUpResult {
  folder: vscode.Uri;
  /** The profile that is me, and whether it was created now. */
  me?: { uri: vscode.Uri; name: string; created: boolean };
  templatesCopied: string[];
  gitignoreLines: string[];
}

/** A person's name from a command argument: a People row, a profile URI or a name. */
function personArgument(arg: unknown): { name?: string; uri?: vscode.Uri } {
  if (typeof arg === 'string') return { name: arg };
  if (arg instanceof vscode.Uri) return { uri: arg };
  const node = arg as { person?: { name?: unknown; profile?: { uri?: unknown } } } | undefined;
  const profileUri = node?.person?.profile?.uri;
  if (typeof profileUri === 'string') return { uri: toUri(profileUri) };
  if (typeof node?.person?.name === 'string') return { name: node.person.name };
  return {};
}

/** A file's text as the user sees it (unsaved changes included); throws when it cannot be read. */
async function readText(uri: vscode.Uri): Promise<string> {
  const text = await currentText(uri.toString());
  if (text === undefined) throw new Error(`${vscode.workspace.asRelativePath(uri)} cannot be read.`);
  return text;
}

/** Replaces whole files through one WorkspaceEdit; saves those that had no unsaved changes. */
async function applyTextChanges(changes: ReadonlyArray<{ uri: string; text: string }>): Promise<void> {
  if (changes.length === 0) return;
  const docs = await openForEdit(changes.map((c) => toUri(c.uri)));
  const edit = new vscode.WorkspaceEdit();
  changes.forEach((change, i) => {
    const { doc } = docs[i];
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), change.text);
  });
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error('VS Code refused the edit.');
  await saveClean(docs);
}

export function register(ctx: FeatureContext): void {
  const { journal, settings, log, privacy } = ctx;
  const isJournalFolder = (folder: vscode.Uri): boolean => vscode.workspace.workspaceFolders?.some((f) => f.uri.toString() === folder.toString()) ?? false;

  /**
   * Makes the profile at `uri` me: adds `relationship: self`, and removes it from every other
   * profile of the journal when the profile belongs to it (a folder set up outside the
   * workspace has no other profiles to correct).
   */
  const markMe = async (uri: vscode.Uri): Promise<void> => {
    const target: ProfileText = { uri: uri.toString(), text: await readText(uri) };
    const others: ProfileText[] = [];
    if (vscode.workspace.getWorkspaceFolder(uri)) {
      for (const p of journal.profiles()) {
        if (p.uri !== target.uri) others.push({ uri: p.uri, text: await readText(toUri(p.uri)) });
      }
    }
    await applyTextChanges(thisIsMeChanges(target, others));
  };

  /** Creates `people/<you>.md` with `relationship: self` in `folder` (or marks the one already there). */
  const createMe = async (folder: vscode.Uri, name: string, role: string | undefined): Promise<vscode.Uri> => {
    const uri = profileUri(folder, settings().peopleFolder, name);
    if (await exists(uri)) {
      await markMe(uri);
      return uri;
    }
    const text = setFrontmatterKeys(personProfileText({ name, ...(role ? { role } : {}) }), { relationship: 'self' });
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(uri, { contents: new TextEncoder().encode(text), ignoreIfExists: true });
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error('VS Code refused to create your profile.');
    // Someone else may still say `relationship: self` (an imported chart, an old profile).
    await markMe(uri);
    log.info(`Created your profile ${vscode.workspace.asRelativePath(uri)}.`);
    return uri;
  };

  const askName = async (title: string): Promise<{ name: string; role?: string } | undefined> => {
    const name = (await vscode.window.showInputBox({
      title, prompt: 'Your full name, as people write it in your notes', validateInput: (v) => (v.trim() ? undefined : 'Write your name'),
    }))?.trim();
    if (!name) return undefined;
    const role = await vscode.window.showInputBox({ title, prompt: 'Your role (optional, Enter to skip)', placeHolder: 'e.g. Engineering Manager' });
    if (role === undefined) return undefined;
    return { name, ...(role.trim() ? { role: role.trim() } : {}) };
  };

  /** Who are you? A profile from the journal, or a new one. Undefined when cancelled. */
  const pickMe = async (title: string): Promise<{ uri: vscode.Uri } | { name: string; role?: string } | undefined> => {
    const profiles = journal.profiles().slice().sort((a, b) => a.name.localeCompare(b.name));
    if (profiles.length === 0) return askName(title);
    type Item = vscode.QuickPickItem & { uri?: string };
    const items: Item[] = [
      ...profiles.map((p) => ({ label: privacy.name(p.name), description: privacy.on ? undefined : [p.role, p.team].filter(Boolean).join(' · ') || undefined, uri: p.uri })),
      { label: '', kind: vscode.QuickPickItemKind.Separator },
      { label: '$(person-add) I am not listed: create my profile…', alwaysShow: true },
    ];
    const choice = await vscode.window.showQuickPick(items, { title, placeHolder: 'Which profile is yours? Type to filter.', matchOnDescription: true });
    if (!choice) return undefined;
    return choice.uri ? { uri: toUri(choice.uri) } : askName(title);
  };

  const thisIsMe = async (arg?: unknown): Promise<vscode.Uri | undefined> => {
    try {
      const given = personArgument(arg);
      let uri = given.uri;
      if (!uri && given.name) {
        const person = journal.directory().resolve(given.name);
        if (person?.profile) uri = toUri(person.profile.uri);
        else {
          const folder = journalFolder();
          if (!folder) throw new Error('Open the folder of your journal first: your profile is created in it.');
          uri = await createMe(folder, person?.name ?? given.name, undefined);
        }
      }
      if (!uri) {
        const picked = await pickMe('This Is Me');
        if (!picked) return undefined;
        if ('uri' in picked) uri = picked.uri;
        else {
          const folder = journalFolder();
          if (!folder) throw new Error('Open the folder of your journal first: your profile is created in it.');
          uri = await createMe(folder, picked.name, picked.role);
        }
      }
      await markMe(uri);
      const name = journal.profiles().find((p) => p.uri === uri!.toString())?.name;
      log.info(`This is me: ${vscode.workspace.asRelativePath(uri)}.`);
      void vscode.window.showInformationMessage(`${name ? `${privacy.name(name)} is` : 'This profile is'} you now (relationship: self): @me, your reports and skip-levels follow from it.`);
      return uri;
    } catch (error) {
      log.warn(`This Is Me failed: ${describeError(error)}`);
      void vscode.window.showErrorMessage(`This Is Me: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };

  /** Copies the built-in templates that are missing into `oneOnOne.templatesFolder`; never overwrites. */
  const copyTemplates = async (folder: vscode.Uri): Promise<string[]> => {
    const base = vscode.Uri.joinPath(folder, ...folderSegments(settings().templatesFolder));
    const edit = new vscode.WorkspaceEdit();
    const copied: string[] = [];
    for (const type of MEETING_TYPES) {
      const uri = vscode.Uri.joinPath(base, TEMPLATE_FILES[type]);
      if (await exists(uri)) continue;
      edit.createFile(uri, { contents: new TextEncoder().encode(BUILT_IN_TEMPLATES[type]), ignoreIfExists: true });
      copied.push(TEMPLATE_FILES[type]);
    }
    if (copied.length && !(await vscode.workspace.applyEdit(edit))) throw new Error('VS Code refused to create the templates.');
    if (copied.length) log.info(`Copied the built-in templates ${copied.join(', ')} into ${settings().templatesFolder}.`);
    return copied;
  };

  const copyTemplatesCommand = async (): Promise<string[] | undefined> => {
    const folder = journalFolder();
    if (!folder) {
      void vscode.window.showErrorMessage('Open the folder of your journal first: the templates are copied into it.');
      return undefined;
    }
    try {
      const copied = await copyTemplates(folder);
      const where = settings().templatesFolder;
      const first = vscode.Uri.joinPath(folder, ...folderSegments(where), TEMPLATE_FILES['one-on-one']);
      const message = copied.length
        ? `Copied ${copied.length} template${copied.length === 1 ? '' : 's'} into ${where}: edit them, and New 1:1 Note uses yours.`
        : `The templates are already in ${where}: New 1:1 Note uses them.`;
      void vscode.window.showInformationMessage(message, 'Open Template').then((c) => { if (c) void vscode.window.showTextDocument(first, { preview: false }); });
      return copied;
    } catch (error) {
      log.warn(`Copy Templates failed: ${describeError(error)}`);
      void vscode.window.showErrorMessage(`Copy Templates: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };

  const setUp = async (arg?: unknown): Promise<SetUpResult | undefined> => {
    const options: SetUpOptions = arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) ? arg as SetUpOptions : {};
    const folder = options.folder ?? (arg instanceof vscode.Uri ? arg : journalFolder());
    if (!folder) {
      const open = 'Open Folder';
      const choice = await vscode.window.showInformationMessage('Set Up Journal: open (or create) the folder to keep your 1:1 journal in, then run it again.', open);
      if (choice === open) await vscode.commands.executeCommand(BuiltinCommands.openFolder);
      return undefined;
    }
    const title = 'Set Up Journal';
    const result: SetUpResult = { folder, templatesCopied: [], gitignoreLines: [] };
    try {
      // 1. Who are you?
      const known = isJournalFolder(folder) ? journal.directory().me : undefined;
      if (known?.profile && !options.name) {
        result.me = { uri: toUri(known.profile.uri), name: known.name, created: false };
      } else {
        const answer = options.name ? { name: options.name, ...(options.role ? { role: options.role } : {}) } : isJournalFolder(folder) ? await pickMe(title) : await askName(title);
        if (!answer) return undefined;
        if ('uri' in answer) {
          await markMe(answer.uri);
          result.me = { uri: answer.uri, name: journal.profiles().find((p) => p.uri === answer.uri.toString())?.name ?? '', created: false };
        } else {
          const existed = await exists(profileUri(folder, settings().peopleFolder, answer.name));
          const uri = await createMe(folder, answer.name, answer.role);
          result.me = { uri, name: answer.name, created: !existed };
        }
      }

      // 2. Templates to edit.
      const where = settings().templatesFolder;
      let templates = options.templates;
      if (templates === undefined) {
        const copy = 'Copy Templates';
        templates = (await vscode.window.showInformationMessage(
          `Copy the built-in one-on-one, skip-level and peer templates into ${where}, to make them yours? New 1:1 Note uses what you write there.`,
          copy, 'Not Now',
        )) === copy;
      }
      if (templates) result.templatesCopied = await copyTemplates(folder);

      // 3. Keep confidential notes out of git.
      const notes = notesFolderOf(settings().newNotePath);
      let gitignore = options.gitignore;
      if (notes && gitignore === undefined) {
        const add = 'Add to .gitignore';
        gitignore = (await vscode.window.showInformationMessage(
          `Keep your confidential notes out of git? This adds /${notes} to .gitignore, so a push never shares what people told you in confidence.`,
          add, 'Not Now',
        )) === add;
      }
      if (notes && gitignore) result.gitignoreLines = await addToGitignore(folder, [notes]);

      const parts = [
        result.me ? `you are ${privacy.name(result.me.name)}${result.me.created && !privacy.on ? ` (${vscode.workspace.asRelativePath(result.me.uri)})` : ''}` : undefined,
        result.templatesCopied.length ? `${result.templatesCopied.length} templates copied into ${where}` : undefined,
        result.gitignoreLines.length ? `${result.gitignoreLines.join(', ')} added to .gitignore` : undefined,
      ].filter(Boolean);
      log.info(`Set Up Journal: ${result.me?.created ? 'created your profile' : 'profile kept'}, ${result.templatesCopied.length} templates copied, ${result.gitignoreLines.length} .gitignore lines added.`);
      const addPeople = 'Add Person';
      const importChart = 'Import Org Chart…';
      void vscode.window.showInformationMessage(`Journal set up: ${parts.join('; ')}. Next, add the people you meet.`, addPeople, importChart).then((c) => {
        if (c === addPeople) void vscode.commands.executeCommand(Commands.addPerson);
        else if (c === importChart) void vscode.commands.executeCommand(Commands.importOrgChart);
      });
      return result;
    } catch (error) {
      log.warn(`Set Up Journal failed: ${describeError(error)}`);
      void vscode.window.showErrorMessage(`Set Up Journal: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };

  ctx.extension.subscriptions.push(
    vscode.commands.registerCommand(Commands.setUpJournal, setUp),
    vscode.commands.registerCommand(Commands.thisIsMe, thisIsMe),
    vscode.commands.registerCommand(Commands.copyTemplates, copyTemplatesCommand),
  );
}
