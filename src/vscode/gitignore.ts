/** Appends the lines that keep confidential notes out of git to a folder's `.gitignore`, as one undoable edit. */
import * as vscode from 'vscode';
import { gitignoreAddition } from '../core/gitignore';

async function currentText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined; // no .gitignore yet
  }
}

/**
 * Adds `/path` lines for `paths` (relative to `root`) that `root/.gitignore` lacks, through a
 * WorkspaceEdit, and saves the file unless it had unsaved changes. Returns the lines added
 * (empty when nothing was missing).
 */
export async function addToGitignore(root: vscode.Uri, paths: readonly string[]): Promise<string[]> {
  const gitignore = vscode.Uri.joinPath(root, '.gitignore');
  const existing = await currentText(gitignore);
  const addition = gitignoreAddition(existing ?? '', paths);
  if (!addition) return [];
  const edit = new vscode.WorkspaceEdit();
  let wasDirty = false;
  if (existing === undefined) {
    edit.createFile(gitignore, { ignoreIfExists: true, contents: new TextEncoder().encode(addition.text) });
  } else {
    const doc = await vscode.workspace.openTextDocument(gitignore);
    wasDirty = doc.isDirty;
    edit.insert(gitignore, doc.lineAt(doc.lineCount - 1).range.end, addition.text);
  }
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error('VS Code refused the edit of .gitignore.');
  if (existing !== undefined && !wasDirty) await (await vscode.workspace.openTextDocument(gitignore)).save();
  return addition.lines;
}
