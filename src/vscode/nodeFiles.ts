/**
 * The Node file system behind the index's file adapter (./hostFiles.ts), for `file:` folders on
 * the desktop: the CLI's directory walk (src/node/walk.ts, in slices of synchronous calls)
 * instead of `findFiles` (which searches through a separate process), and Node reads instead of
 * `workspace.fs` (a round trip through the renderer per file). Only the desktop entry imports
 * this module: the web build replaces it with ./noNodeFiles.ts (esbuild.js).
 */
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { HostFiles } from './hostFiles';
import { walkFiles } from '../node/walk';
import { yieldToHost } from './yieldToHost';

function notFound(uri: vscode.Uri, error: unknown): unknown {
  return (error as NodeJS.ErrnoException).code === 'ENOENT' ? vscode.FileSystemError.FileNotFound(uri) : error;
}

export const NODE_FILES: HostFiles | undefined = {
  kind: 'node',
  async listMarkdown(folder) {
    if (!folder) return [];
    const files = await walkFiles(folder.fsPath, { include: (rel) => /\.md$/i.test(rel), pause: yieldToHost });
    return files.map((file) => vscode.Uri.file(file.full));
  },
  async read(uri) {
    try {
      return await fs.promises.readFile(uri.fsPath);
    } catch (error) {
      throw notFound(uri, error);
    }
  },
  readNow(uri) {
    try {
      return fs.readFileSync(uri.fsPath);
    } catch (error) {
      throw notFound(uri, error);
    }
  },
};
