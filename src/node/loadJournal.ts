/**
 * Builds a journal from a folder on disk, for the CLI and the benchmark: the Node counterpart of
 * the extension's `workspace.fs` scanner. Reads `.vscode/settings.json` so both see the same files
 * and the same `me`.
 */
import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { Journal, type JournalOptions } from '../core/journal';
import { createPathFilter } from '../core/pathFilter';
import { journalOptions, parseSettings, type Settings } from '../core/settings';
import { describeIoError, toPosix, walkFiles, type WalkedFile } from './walk';

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
  /** What the scan left out on purpose, with the reason (symlink loop, same file twice, broken link), for a log. */
  skipped: { path: string; reason: string }[];
  /**
   * Journal files that could not be read (permission denied, deleted mid-scan…). Each is also an
   * `unreadable` diagnostic in the journal, so `check` lists it; the output is incomplete.
   */
  unreadable: { path: string; reason: string }[];
}

/** The journal folder itself cannot be read: nothing below it can be trusted to be complete. */
export class FolderError extends Error {}

/** How many files `readFilesBounded` and `boundedFileReader` read at once: far below any open-file limit (macOS defaults to 256). */
export const READ_CONCURRENCY = 24;

/**
 * Lists the journal's files under `root` that `include` takes (./walk.ts: symlinks followed, never
 * looping, a file reached twice listed once by its own path). Throws {@link FolderError} when
 * `root` itself cannot be listed.
 */
export async function listMarkdownFiles(root: string, include: (relativePath: string) => boolean, skipped: LoadResult['skipped']): Promise<string[]> {
  return (await listJournalFiles(root, include, skipped)).map((f) => f.full);
}

/** `listMarkdownFiles` with each file's root-relative path (`/`-separated) beside it. */
async function listJournalFiles(root: string, include: (relativePath: string) => boolean, skipped: LoadResult['skipped']): Promise<WalkedFile[]> {
  try {
    return await walkFiles(root, { include, skipped });
  } catch (error) {
    throw new FolderError(`cannot read the folder ${root}: ${describeIoError(error)}`);
  }
}

/**
 * Reads files with at most `limit` open at once, in order. A failed read is its error, never a
 * throw; running out of file handles anyway (other processes) is retried, not reported.
 */
export async function readFilesBounded(files: readonly string[], limit = READ_CONCURRENCY): Promise<Array<Uint8Array | Error>> {
  const results: Array<Uint8Array | Error> = new Array(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      results[i] = await readWithRetry(files[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, files.length) }, worker));
  return results;
}

/**
 * Reads files one after the other, synchronously, in order; a failed read is its error, never a
 * throw. How the CLI reads the journal: from a local disk's page cache, `readFileSync` is several
 * times faster than any number of concurrent `fs.promises` reads (bench/RESULTS.md: 1.9–3.4×
 * on 2 cores, more under load), and only one file is ever open.
 */
export function readFilesInOrder(files: readonly string[]): Array<Uint8Array | Error> {
  return files.map((file) => {
    try {
      return readFileSync(file);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  });
}

/**
 * Reads one file at a time per slot, at most `limit` open at once across every call: for reads
 * that come in bursts from elsewhere (the insights' drift reads).
 */
export function boundedFileReader(limit = READ_CONCURRENCY): (file: string) => Promise<Uint8Array> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (file) => {
    // A finished read hands its slot straight to the next waiting one.
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else active++;
    try {
      const content = await readWithRetry(file);
      if (content instanceof Error) throw content;
      return content;
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

async function readWithRetry(file: string): Promise<Uint8Array | Error> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fs.readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code === 'EMFILE' || code === 'ENFILE') && attempt < 20) {
        await new Promise((resolve) => setTimeout(resolve, 5 * (attempt + 1)));
        continue;
      }
      return error instanceof Error ? error : new Error(String(error));
    }
  }
}

/**
 * Reads every journal file under `root` into a new journal. `settings` defaults to the folder's
 * own `.vscode/settings.json`. Throws {@link FolderError} when `root` cannot be listed.
 */
export async function loadJournal(root: string, overrides: Partial<JournalOptions> = {}, settings?: Settings): Promise<LoadResult> {
  const folder = settings ?? await readFolderSettings(root);
  const journal = new Journal({ ...journalOptions(folder), ...overrides });
  const include = createPathFilter({ exclude: folder.exclude, templatesFolder: folder.templatesFolder });
  const skipped: LoadResult['skipped'] = [];
  const unreadable: LoadResult['unreadable'] = [];
  const files = await listJournalFiles(root, include, skipped);
  const relativePaths = new Map<string, string>();
  const contents = readFilesInOrder(files.map((f) => f.full));
  // Every URI is the root's and the relative path's: the root is resolved once, not per file.
  const rootUri = fileUri(root).replace(/\/$/, '');
  journal.batch(() => {
    files.forEach(({ rel }, i) => {
      const uri = `${rootUri}/${rel.split('/').map(encodeURIComponent).join('/')}`;
      const content = contents[i];
      if (content instanceof Error && (content as NodeJS.ErrnoException).code === 'ENOENT') {
        skipped.push({ path: rel, reason: 'deleted while reading' });
        return;
      }
      relativePaths.set(uri, rel);
      if (content instanceof Error) {
        const reason = describeIoError(content);
        unreadable.push({ path: rel, reason });
        journal.setUnreadable(uri, `This file could not be read: ${reason}`);
        return;
      }
      journal.setBytes(uri, content);
    });
  });
  return { journal, settings: folder, relativePaths, skipped, unreadable };
}

export function fileUri(file: string): string {
  return 'file://' + toPosix(path.resolve(file)).split('/').map(encodeURIComponent).join('/').replace(/^(?!\/)/, '/');
}
