/**
 * Mark done, snooze and open note, from the Follow-ups view and from the editor. Every change is
 * a WorkspaceEdit of exactly one line (works on unsaved editors, can be undone), made only after
 * re-reading that line and finding the item still there.
 */
import * as vscode from 'vscode';
import { addDays, isIsoDate, isoWeekday } from '../core/dates';
import { setAfter, toggleDone } from '../core/edits';
import type { Journal } from '../core/journal';
import type { FollowUp, RawFollowUp } from '../core/model';
import { Commands } from '../vscode/commands';
import { ContextKeys, setContext } from '../vscode/contextKeys';
import { confirmDespiteCoolingOff } from '../vscode/coolingOffPrompt';
import type { FeatureContext } from '../vscode/featureContext';
import { toUri } from '../vscode/locations';
import type { Log } from '../vscode/log';
import type { Privacy } from '../vscode/privacy';
import { matchesDisk } from '../vscode/textChanges';
import { today } from '../vscode/today';
import { followUpOfNode } from '../vscode/views';

type Target = { uri: string; line: number; source: string; style: RawFollowUp['style'] };

/**
 * Replaces one line if it still reads `expected`. Returns false (after telling the user) when the
 * line changed since the journal read it.
 */
/** What an edit command did: `edited`, or why it did not (commands resolve to it, for scripts and tests). */
export type EditOutcome = 'edited' | 'edited-unsaved' | 'line-changed' | 'reload-pending' | 'no-change' | 'refused-by-vscode' | 'no-item' | 'cancelled';

/**
 * `say`, when given, is what was done, for a notification with
 * an "Undo" action that puts back exactly that line — not the editor's undo, which belongs to
 * whatever editor has focus (docs/FORMAT.md#views-and-commands, issue 14).
 */
async function editLine(target: Target, change: (line: string) => string | undefined, log: Log, privacy: Privacy, say?: string): Promise<EditOutcome> {
  const doc = await vscode.workspace.openTextDocument(toUri(target.uri));
  // A note's path names the person (1on1s/<person>/…): privacy mode keeps it off the screen.
  const where = privacy.path(doc.uri);
  if (!doc.isDirty && !(await matchesDisk(doc))) {
    // The file changed on disk and the editor has not reloaded it yet: editing now would save
    // over the newer file (or conflict), so wait for it.
    void vscode.window.showWarningMessage(`${where[0].toUpperCase()}${where.slice(1)} just changed on disk, so nothing was edited. Try again in a moment.`);
    log.warn(`Refused to edit ${vscode.workspace.asRelativePath(doc.uri)}:${target.line}: the file changed on disk.`);
    return 'reload-pending';
  }
  const index = target.line - 1;
  const current = index < doc.lineCount ? doc.lineAt(index).text : undefined;
  if (current !== target.source) {
    void vscode.window.showWarningMessage(
      `The follow-up on line ${target.line} of ${where} changed since it was read, so nothing was edited. Check the note and try again.`,
    );
    log.warn(`Refused to edit ${vscode.workspace.asRelativePath(doc.uri)}:${target.line}: the line changed.`);
    return 'line-changed';
  }
  const next = change(current);
  if (next === undefined || next === current) return 'no-change';
  const wasDirty = doc.isDirty;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, doc.lineAt(index).range, next);
  const applied = await vscode.workspace.applyEdit(edit);
  // A note that had no unsaved changes is saved again, so a tick from the sidebar sticks;
  // one with unsaved changes stays as the manager left it (edited, not saved).
  if (!applied) return 'refused-by-vscode';
  if (!wasDirty && !(await doc.save())) {
    // Saving can fail (the file changed on disk again, a read-only folder): the edit stays in
    // the editor, unsaved, and nothing on disk is overwritten.
    void vscode.window.showWarningMessage(`The follow-up was updated in ${where}, but the note could not be saved. Save it yourself once you have checked it.`);
    log.warn(`Edited ${vscode.workspace.asRelativePath(doc.uri)}:${target.line} but could not save it.`);
    return 'edited-unsaved';
  }
  if (say) offerUndo({ uri: target.uri, line: target.line, source: next, style: target.style }, current, say);
  return 'edited';
}

/** Says what was done, with "Undo" for exactly that line. */
function offerUndo(edited: Target, original: string, say: string): void {
  const undo = 'Undo';
  void vscode.window.showInformationMessage(say, undo).then((choice) => {
    if (choice === undo) void vscode.commands.executeCommand(Commands.undoFollowUpEdit, edited, original);
  });
}

/** The follow-up on the editor's current line, if the file is a 1:1 note and the line is an item. */
function itemAtCursor(journal: Journal): FollowUp | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const uri = editor.document.uri.toString();
  const line = editor.selection.active.line + 1;
  return journal.followUps({ includeDone: true }).find((f) => f.uri === uri && f.line === line);
}

async function pickSnoozeDate(): Promise<string | undefined> {
  const t = today();
  const nextMonday = addDays(t, 7 - isoWeekday(t));
  const choices: Array<vscode.QuickPickItem & { date?: string }> = [
    { label: 'Tomorrow', description: addDays(t, 1), date: addDays(t, 1) },
    { label: 'Next Monday', description: nextMonday, date: nextMonday },
    { label: 'In 1 week', description: addDays(t, 7), date: addDays(t, 7) },
    { label: 'In 2 weeks', description: addDays(t, 14), date: addDays(t, 14) },
    { label: 'In 4 weeks', description: addDays(t, 28), date: addDays(t, 28) },
    { label: 'Pick a date…' },
  ];
  const choice = await vscode.window.showQuickPick(choices, { title: 'Snooze follow-up until', placeHolder: 'Do not act on it before…' });
  if (!choice) return undefined;
  if (choice.date) return choice.date;
  return vscode.window.showInputBox({
    title: 'Snooze follow-up until',
    prompt: 'A date written YYYY-MM-DD',
    value: addDays(t, 7),
    validateInput: (v) => (isIsoDate(v.trim()) ? undefined : 'Write the date as YYYY-MM-DD'),
  }).then((v) => v?.trim());
}

export function register({ extension: context, journal, log, privacy }: FeatureContext): void {
  const updateEditorContext = (): void => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    setContext(ContextKeys.editorIsNote, uri !== undefined && journal.note(uri) !== undefined);
  };
  updateEditorContext();
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(updateEditorContext),
    journal.onDidChange(updateEditorContext),
  );
  const markDone = async (arg?: unknown): Promise<EditOutcome> => {
    const item = followUpOfNode(arg) ?? itemAtCursor(journal);
    if (!item) {
      void vscode.window.showInformationMessage('Put the cursor on a follow-up (a task item in a 1:1 note) to mark it done.');
      return 'no-item';
    }
    if (!item.done && !(await confirmDespiteCoolingOff(item, 'Mark Done Anyway'))) return 'cancelled';
    const fromView = followUpOfNode(arg) !== undefined;
    return editLine(item, (line) => toggleDone(line, today(), item.style), log, privacy, fromView
      ? privacy.message`${item.done ? 'Reopened' : 'Marked done'}: ${{ note: item.text, confidential: item.confidential }}.`
      : undefined);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.markFollowUpDone, markDone),
    vscode.commands.registerCommand(Commands.toggleFollowUpDone, markDone),
    // `until` (YYYY-MM-DD) skips the picker, for keybindings and scripts.
    vscode.commands.registerCommand(Commands.snoozeFollowUp, async (arg?: unknown, until?: string) => {
      const item = followUpOfNode(arg) ?? itemAtCursor(journal);
      if (!item) {
        void vscode.window.showInformationMessage('Put the cursor on a follow-up (a task item in a 1:1 note) to snooze it.');
        return 'no-item';
      }
      const date = typeof until === 'string' && isIsoDate(until) ? until : await pickSnoozeDate();
      if (!date) return 'cancelled';
      return editLine(item, (line) => setAfter(line, date, item.style), log, privacy, followUpOfNode(arg)
        ? privacy.message`Snoozed until ${date}: ${{ note: item.text, confidential: item.confidential }}.`
        : undefined);
    }),
    vscode.commands.registerCommand(Commands.undoFollowUpEdit, async (edited: Target, original: string) => {
      const outcome = await editLine(edited, () => original, log, privacy);
      if (outcome === 'edited' || outcome === 'edited-unsaved') void vscode.window.setStatusBarMessage('$(discard) Follow-up change undone', 5000);
      return outcome;
    }),
    vscode.commands.registerCommand(Commands.openFollowUpNote, async (arg?: unknown) => {
      const item = followUpOfNode(arg);
      if (item) await vscode.commands.executeCommand(Commands.openLocation, item.uri, item.line);
    }),
  );
}
