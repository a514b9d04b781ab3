/**
 * The Node file system behind the index's file adapter (./hostFiles.ts), for `file:` folders on
 * the desktop: a directory walk instead of `findFiles` (which searches through a separate
 * process), and `fs.readFile` instead of `workspace.fs` (a round trip through the renderer per
 * file). Same files as the CLI lists (symlinks followed, loops and duplicates skipped, `.git` and
 * `node_modules` left out). Only the desktop entry imports this module: the web build replaces
 * it with ./noNodeFiles.ts (esbuild.js).
 */
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import { listMarkdownFiles } from '../node/loadJournal';
import type { HostFiles } from './hostFiles';

export const NODE_FILES: HostFiles | undefined = {
  kind: 'node',
  async listMarkdown(folder) {
    if (!folder) return [];
    const files = await listMarkdownFiles(folder.fsPath, () => true, []);
    return files.map((file) => vscode.Uri.file(file));
  },
  async read(uri) {
    try {
      return await fs.readFile(uri.fsPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw vscode.FileSystemError.FileNotFound(uri);
      throw error;
    }
  },
};
