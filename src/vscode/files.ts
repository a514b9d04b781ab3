/** Small workspace-file helpers shared by the features that create files. */
import * as vscode from 'vscode';

/** Whether a file or folder exists (through workspace.fs, so also on virtual and remote folders). */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** A setting's relative folder (`people`, `.1on1/templates`, `a\\b`) as safe path segments: no `.`, `..` or empty ones. */
export function pathSegments(path: string): string[] {
  return path.replace(/\\/g, '/').split('/').filter((s) => s !== '' && s !== '.' && s !== '..');
}
