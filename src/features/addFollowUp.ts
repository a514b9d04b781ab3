/**
 * "Add Follow-up": a task item under the note's follow-ups heading, with an optional due date,
 * the cursor left where the text goes. An editor edit, so it can be undone.
 */
import * as vscode from 'vscode';
import { isIsoDate } from '../core/dates';
import type { IsoDate } from '../core/model';
import { followUpInsertion, relativeDates } from '../core/noteEdits';
import { Commands } from '../vscode/commands';
import type { FeatureContext } from '../vscode/featureContext';
import { today } from '../vscode/today';

/** `arg`: a due date (YYYY-MM-DD) or `none`, to skip the picker. */
async function addFollowUp(arg?: unknown): Promise<boolean> {
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
}

export function register(ctx: FeatureContext): void {
  ctx.extension.subscriptions.push(vscode.commands.registerCommand(Commands.addFollowUp, addFollowUp));
}
