/** The workspace folder of the journal, by the one rule in src/core/journalFolder.ts. */
import * as vscode from 'vscode';
import { journalFolderFor } from '../core/journalFolder';
import { slugify } from '../core/names';

/**
 * The folder notes and profiles are written in for `hint` (default: the active editor's
 * document): the folder holding it, else the first one.
 */
export function journalFolder(hint: vscode.Uri | undefined = vscode.window.activeTextEditor?.document.uri): vscode.Uri | undefined {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const chosen = journalFolderFor(folders.map((f) => f.uri.toString()), hint?.toString());
  return folders.find((f) => f.uri.toString() === chosen)?.uri;
}

/** A setting's folder path (`people`, `.1on1/templates`) as segments, never climbing out. */
export function folderSegments(path: string): string[] {
  return path.replace(/\\/g, '/').split('/').filter((s) => s !== '' && s !== '.' && s !== '..');
}

/** `<peopleFolder>/<slug>.md` in the journal folder: where a person's profile is created. */
export function profileUri(folder: vscode.Uri, peopleFolder: string, name: string): vscode.Uri {
  return vscode.Uri.joinPath(folder, ...folderSegments(peopleFolder), `${slugify(name)}.md`);
}
