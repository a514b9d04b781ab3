/** The workspace folder of the journal, by the one rule in src/core/journalFolder.ts. */
import * as vscode from 'vscode';
import { journalFolderFor } from '../core/journalFolder';

/**
 * The folder notes and profiles are written in for `hint` (default: the active editor's
 * document): the folder holding it, else the first one.
 */
export function journalFolder(hint: vscode.Uri | undefined = vscode.window.activeTextEditor?.document.uri): vscode.Uri | undefined {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const chosen = journalFolderFor(folders.map((f) => f.uri.toString()), hint?.toString());
  return folders.find((f) => f.uri.toString() === chosen)?.uri;
}
