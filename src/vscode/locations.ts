/** Converting between the core's URI strings / 1-based lines and VS Code's objects. */
import * as vscode from 'vscode';

export function toUri(uri: string): vscode.Uri {
  return vscode.Uri.parse(uri);
}

/** The 0-based line range of a 1-based core line. */
export function lineRange(line: number): vscode.Range {
  const l = Math.max(0, line - 1);
  return new vscode.Range(l, 0, l, 0);
}

/** Opens a file and reveals a 1-based line, selecting nothing. */
export async function openAt(uri: string, line = 1): Promise<vscode.TextEditor> {
  const range = lineRange(line);
  return vscode.window.showTextDocument(toUri(uri), { selection: range, preview: false });
}
