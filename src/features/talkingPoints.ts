/**
 * Talking points (docs/FORMAT.md#people): "1:1: Add Talking Point…" from the palette and from Upcoming and
 * People rows, and "Send to the Next 1:1 with…" for an editor selection. A point goes to the
 * `## My topics` of the earliest note scheduled with the person, else to the `## Next 1:1` of
 * their profile (a profile is created for someone who has none). Every change is one
 * WorkspaceEdit: it works on unsaved editors and can be undone.
 */
import * as vscode from 'vscode';
import { Commands } from '../vscode/commands';
import type { FeatureContext } from '../vscode/featureContext';
import { personProfileText } from '../core/noteEdits';
import { talkingPointDestination } from '../core/personPage';
import { appendTalkingPoint, appendToMyTopics, applyChanges, cleanTalkingPoint, parseTalkingPoints } from '../core/talkingPoints';
import { shortDate } from '../core/format';
import { openAt, toUri } from '../vscode/locations';
import { describeError } from '../vscode/log';
import { personArgument, pickPerson } from '../vscode/pickPerson';
import { addChanges, openForEdit, saveClean } from '../vscode/textChanges';
import { today } from '../vscode/today';
import { journalFolder } from '../vscode/journalFolder';
import { profileUri } from '../vscode/journalFolder';

/** What the commands did, for scripts and tests: where the point went, or nothing. */
export type TalkingPointOutcome =
  | { kind: 'note' | 'profile' | 'new-profile'; uri: string; queued: number }
  | undefined;

export function register(ctx: FeatureContext): void {
  const { extension: context, journal, settings, log, privacy } = ctx;

  const add = async (name: string, point: string): Promise<TalkingPointOutcome> => {
    const clean = cleanTalkingPoint(point);
    if (!clean) return undefined;
    const destination = talkingPointDestination(journal, name, today());
    const who = privacy.name(destination.kind === 'none' ? destination.name : journal.directory().resolve(name)?.name ?? name);
    const edit = new vscode.WorkspaceEdit();
    const label = { label: 'Add Talking Point', needsConfirmation: false };
    if (destination.kind === 'none') {
      const folder = journalFolder();
      if (!folder) {
        void vscode.window.showErrorMessage('Open the folder of your journal first: talking points are kept in person profiles in it.');
        return undefined;
      }
      const uri = profileUri(folder, settings().peopleFolder, destination.name);
      const base = personProfileText({ name: destination.name });
      const text = applyChanges(base, [appendTalkingPoint(base, clean)]);
      edit.createFile(uri, { contents: new TextEncoder().encode(text), overwrite: false }, label);
      if (!(await vscode.workspace.applyEdit(edit))) return refused(who);
      log.info(`Created the profile ${vscode.workspace.asRelativePath(uri)} with a talking point.`);
      notify(`Queued for your next 1:1 with ${who}, in a new profile.`, uri.toString());
      return { kind: 'new-profile', uri: uri.toString(), queued: 1 };
    }

    const uri = toUri(destination.uri);
    const docs = await openForEdit([uri]);
    const text = docs[0].doc.getText();
    const change = destination.kind === 'note' ? appendToMyTopics(text, clean) : appendTalkingPoint(text, clean);
    addChanges(edit, uri, [change], label);
    if (!(await vscode.workspace.applyEdit(edit))) return refused(who);
    const saved = await saveClean(docs);
    const where = vscode.workspace.asRelativePath(uri);
    if (destination.kind === 'note') {
      log.info(`Added a talking point to My topics of ${where}.`);
      notify(`Added to My topics of your 1:1 with ${who}${privacy.on ? '' : ` on ${shortDate(destination.date, today())}`}.${saved ? '' : ' The note is not saved yet.'}`, uri.toString());
      return { kind: 'note', uri: uri.toString(), queued: 1 };
    }
    const queued = parseTalkingPoints(docs[0].doc.getText()).length;
    log.info(`Queued a talking point in ${where} (${queued} queued).`);
    notify(`Queued for your next 1:1 with ${who} (${queued} topic${queued === 1 ? '' : 's'}).${saved ? '' : ' The profile is not saved yet.'}`, uri.toString());
    return { kind: 'profile', uri: uri.toString(), queued };
  };

  const refused = (who: string): undefined => {
    void vscode.window.showWarningMessage(`The talking point for ${who} could not be added: VS Code refused the edit. Nothing changed.`);
    return undefined;
  };

  const notify = (message: string, uri: string): void => {
    void vscode.window.showInformationMessage(message, 'Open').then((choice) => {
      if (choice) void openAt(uri, 1);
    });
  };

  const choosePerson = async (arg: unknown, title: string): Promise<string | undefined> => {
    const given = personArgument(arg);
    if (given) return journal.directory().resolve(given)?.name ?? given;
    const person = await pickPerson(journal, settings(), privacy, { title, placeHolder: 'For the next 1:1 with whom? Most due first.' });
    return person?.name;
  };

  const addTalkingPoint = async (arg?: unknown, text?: unknown): Promise<TalkingPointOutcome> => {
    try {
      const name = await choosePerson(arg, 'Add Talking Point');
      if (!name) return undefined;
      const point = typeof text === 'string' ? text : await vscode.window.showInputBox({
        title: `Add Talking Point for ${privacy.name(name)}`,
        prompt: 'Something that can wait for the 1:1: it is queued for the next one',
        placeHolder: 'e.g. how the on-call rotation feels since the reorg',
        validateInput: (v) => (cleanTalkingPoint(v) ? undefined : 'Write the topic'),
      });
      if (point === undefined) return undefined;
      return await add(name, point);
    } catch (error) {
      log.error(`Add Talking Point failed: ${describeError(error)}`);
      void vscode.window.showErrorMessage(`Add Talking Point: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };

  const sendSelection = async (arg?: unknown): Promise<TalkingPointOutcome> => {
    const editor = vscode.window.activeTextEditor;
    const selected = editor ? editor.selections.map((s) => editor.document.getText(s)).join(' ') : '';
    if (!cleanTalkingPoint(selected)) {
      void vscode.window.showInformationMessage('Select the text to send to the next 1:1 first.');
      return undefined;
    }
    try {
      const name = await choosePerson(arg, 'Send to the Next 1:1 with…');
      if (!name) return undefined;
      return await add(name, selected);
    } catch (error) {
      log.error(`Send to the Next 1:1 failed: ${describeError(error)}`);
      void vscode.window.showErrorMessage(`Send to the Next 1:1: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.addTalkingPoint, addTalkingPoint),
    vscode.commands.registerCommand(Commands.sendSelectionToNextOneOnOne, sendSelection),
  );
}
