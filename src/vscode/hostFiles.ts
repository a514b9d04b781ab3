/**
 * How the index lists and reads the journal's files: the adapter between the workspace and the
 * core. Every host has `workspace.fs` and `findFiles`; the desktop host also hands in the Node
 * file system for `file:` folders (src/vscode/nodeFiles.ts), which lists and reads several times
 * faster (bench/RESULTS.md, "Inside VS Code"). The web build never sees Node: it keeps these.
 */
import * as vscode from 'vscode';
import { ALWAYS_EXCLUDED_GLOB } from '../core/settings';

export interface HostFiles {
  /** What lists and reads, for the log and the bench: `workspace.fs` or `node`. */
  readonly kind: string;
  /** Every markdown file under `folder` (or, without a folder, the whole workspace). */
  listMarkdown(folder?: vscode.Uri): Promise<vscode.Uri[]>;
  /** A file's bytes; a missing file rejects with `vscode.FileSystemError.FileNotFound`. */
  read(uri: vscode.Uri): Promise<Uint8Array>;
  /**
   * A file's bytes at once, where that is cheap (a local disk): what the first scan reads with,
   * a few milliseconds at a time, instead of waiting for the event loop per file. Undefined for
   * a URI it cannot read that way; throws like `read` rejects.
   */
  readNow?(uri: vscode.Uri): Uint8Array | undefined;
}

/** `workspace.fs` and one `findFiles`: works on every scheme and in the browser. */
export const WORKSPACE_FILES: HostFiles = {
  kind: 'workspace.fs',
  listMarkdown: (folder) => Promise.resolve(vscode.workspace.findFiles(folder ? new vscode.RelativePattern(folder, '**/*.md') : '**/*.md', ALWAYS_EXCLUDED_GLOB)),
  read: (uri) => Promise.resolve(vscode.workspace.fs.readFile(uri)),
};

/**
 * Node for `file:` folders, `workspace.fs` for any other scheme (remote, virtual): `node` lists
 * a `file:` folder and reads `file:` URIs, and hands everything else on.
 */
export function preferNode(node: HostFiles): HostFiles {
  return {
    kind: node.kind,
    async listMarkdown(folder) {
      const folders = folder ? [folder] : (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri);
      if (folders.length === 0 || folders.some((f) => f.scheme !== 'file')) return WORKSPACE_FILES.listMarkdown(folder);
      // A folder Node cannot list (permissions, a mount VS Code reads otherwise) falls back to findFiles.
      const lists = await Promise.all(folders.map((f) => node.listMarkdown(f).catch(() => WORKSPACE_FILES.listMarkdown(f))));
      return lists.flat();
    },
    read: (uri) => (uri.scheme === 'file' ? node.read(uri) : WORKSPACE_FILES.read(uri)),
    ...(node.readNow ? { readNow: (uri: vscode.Uri) => (uri.scheme === 'file' ? node.readNow!(uri) : undefined) } : {}),
  };
}
