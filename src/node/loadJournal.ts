/**
 * Builds a journal from a folder on disk, for the CLI and the benchmark: the Node counterpart of
 * the extension's `workspace.fs` scanner. Reads `.vscode/settings.json` so both see the same files
 * and the same `me`.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { Journal, type JournalOptions } from '../core/journal';
import { createPathFilter } from '../core/pathFilter';
import { ALWAYS_EXCLUDED_FOLDERS, journalOptions, parseSettings, type Settings } from '../core/settings';

/** Reads the `oneOnOne.*` and `files.exclude` settings a folder's `.vscode/settings.json` holds. */
export async function readFolderSettings(root: string): Promise<Settings> {
  let settings: Record<string, unknown> = {};
  try {
    const text = await fs.readFile(path.join(root, '.vscode', 'settings.json'), 'utf8');
    const parsed: unknown = parseJsonc(text, [], { allowTrailingComma: true });
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) settings = parsed as Record<string, unknown>;
  } catch {
    // no settings file: defaults
  }
  return parseSettings(settings);
}

export interface LoadResult {
  journal: Journal;
  /** The folder's settings, as the extension would read them. */
  settings: Settings;
  /** Root-relative path of every indexed file, keyed by the URI the journal uses. */
  relativePaths: Map<string, string>;
  /** Files skipped with the reason (unreadable, symlink loop…), for a log. */
  skipped: { path: string; reason: string }[];
}

/** Lists the journal's markdown files under `root`, following symlinks once and never looping. */
export async function listMarkdownFiles(root: string, include: (relativePath: string) => boolean, skipped: LoadResult['skipped']): Promise<string[]> {
  const files: string[] = [];
  const seenDirs = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch (error) {
      skipped.push({ path: dir, reason: (error as Error).message });
      return;
    }
    if (seenDirs.has(real)) {
      skipped.push({ path: path.relative(root, dir), reason: 'symlink loop or folder already scanned' });
      return;
    }
    seenDirs.add(real);
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      skipped.push({ path: path.relative(root, dir), reason: (error as Error).message });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const rel = toPosix(path.relative(root, full));
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const stat = await fs.stat(full);
          isDir = stat.isDirectory();
          isFile = stat.isFile();
        } catch {
          skipped.push({ path: rel, reason: 'broken symbolic link' });
          continue;
        }
      }
      if (isDir) {
        if (ALWAYS_EXCLUDED_FOLDERS.includes(entry.name)) continue;
        await walk(full);
      } else if (isFile && include(rel)) {
        files.push(full);
      }
    }
  };
  await walk(root);
  return files;
}

/** Reads every journal file under `root` into a new journal. */
export async function loadJournal(root: string, overrides: Partial<JournalOptions> = {}): Promise<LoadResult> {
  const settings = await readFolderSettings(root);
  const journal = new Journal({ ...journalOptions(settings), ...overrides });
  const include = createPathFilter({ exclude: settings.exclude, templatesFolder: settings.templatesFolder });
  const skipped: LoadResult['skipped'] = [];
  const files = await listMarkdownFiles(root, include, skipped);
  const relativePaths = new Map<string, string>();
  const contents = await Promise.all(files.map(async (file) => {
    try {
      return await fs.readFile(file);
    } catch (error) {
      return error as Error; // deleted mid-scan, permission denied…
    }
  }));
  journal.batch(() => {
    files.forEach((file, i) => {
      const uri = fileUri(file);
      relativePaths.set(uri, toPosix(path.relative(root, file)));
      const content = contents[i];
      if (content instanceof Error) {
        skipped.push({ path: toPosix(path.relative(root, file)), reason: content.message });
        return;
      }
      journal.setBytes(uri, content);
    });
  });
  return { journal, settings, relativePaths, skipped };
}

export function fileUri(file: string): string {
  return 'file://' + toPosix(path.resolve(file)).split('/').map(encodeURIComponent).join('/').replace(/^(?!\/)/, '/');
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
