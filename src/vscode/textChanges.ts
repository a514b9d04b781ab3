/**
 * The core's `TextChange`s as VS Code edits, and the rule for saving after one: a document that
 * had no unsaved changes is saved again (so an edit from a command sticks on disk); one with
 * unsaved changes stays as the user left it, edited and unsaved.
 */
import * as vscode from 'vscode';
import { decodeNoteBytes, stripBom } from '../core/parse/decode';
import type { TextChange } from '../core/talkingPoints';
import { toUri } from './locations';

export function toRange(change: TextChange): vscode.Range {
  return new vscode.Range(change.start.line, change.start.character, change.end.line, change.end.character);
}

/** Adds the changes of one file to a WorkspaceEdit. */
export function addChanges(edit: vscode.WorkspaceEdit, uri: vscode.Uri, changes: readonly TextChange[], metadata?: vscode.WorkspaceEditEntryMetadata): void {
  for (const change of changes) edit.replace(uri, toRange(change), change.text, metadata);
}

/** Whether an editor's text is what is on disk (false while a reload is pending). */
export async function matchesDisk(doc: vscode.TextDocument): Promise<boolean> {
  try {
    const decoded = decodeNoteBytes(await vscode.workspace.fs.readFile(doc.uri));
    return decoded.ok && stripBom(decoded.text) === stripBom(doc.getText());
  } catch {
    return true; // not on disk yet: the editor is all there is
  }
}

/**
 * The documents an edit is about to change, each with whether it may be saved afterwards: only
 * those with no unsaved changes whose text is what is on disk.
 */
export async function openForEdit(uris: readonly vscode.Uri[]): Promise<Array<{ doc: vscode.TextDocument; saveAfter: boolean }>> {
  return Promise.all(uris.map(async (uri) => {
    const doc = await vscode.workspace.openTextDocument(uri);
    return { doc, saveAfter: !doc.isDirty && (await matchesDisk(doc)) };
  }));
}

/** Saves the documents that may be saved; false when one could not be (it stays edited, unsaved). */
export async function saveClean(docs: ReadonlyArray<{ doc: vscode.TextDocument; saveAfter: boolean }>): Promise<boolean> {
  let ok = true;
  for (const { doc, saveAfter } of docs) if (saveAfter && doc.isDirty && !(await doc.save())) ok = false;
  return ok;
}

/** A file's current text: the open editor's (unsaved changes too), else the disk's; undefined when unreadable. */
export async function currentText(uri: string): Promise<string | undefined> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (doc) return doc.getText();
  try {
    const decoded = decodeNoteBytes(await vscode.workspace.fs.readFile(toUri(uri)));
    return decoded.ok ? stripBom(decoded.text) : undefined;
  } catch {
    return undefined;
  }
}
