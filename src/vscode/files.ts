/** Small `workspace.fs` helpers the commands share. */
import * as vscode from 'vscode';
import { stripBom } from '../core/parse/decode';

/** Whether a file or folder exists. */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Reads a markdown file through workspace.fs; undefined when it does not exist. */
export async function readOptional(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return stripBom(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

/** Writes a new file, creating its folder. */
export async function writeNewFile(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}
