/**
 * The desktop index's directory walk for `file:` folders (./nodeFiles.ts): the same files as the
 * CLI's `listMarkdownFiles` (src/node/loadJournal.ts) lists, in the same order — symlinks
 * followed, a folder reached twice (a loop) walked once, a file reached twice listed once by its
 * own path rather than a link's, `.git` and `node_modules` left out — but with synchronous calls
 * in slices of a few milliseconds. In the extension host every asynchronous call waits for the
 * event loop, which VS Code keeps busy while it starts: two round trips per folder cost seconds
 * there (bench/RESULTS.md, "Inside VS Code"), a few slices cost milliseconds. No `vscode` here,
 * so the unit tests hold it to the CLI's listing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALWAYS_EXCLUDED_FOLDERS } from '../core/settings';

/** How long one slice of the walk may run before it yields (the host's rule is 50 ms a task). */
const SLICE_MS = 8;

/**
 * Every `*.md` file under `root` (absolute paths). `pause` is awaited between slices of
 * `sliceMs`; it lets the host run what waits. Throws when `root` itself cannot be listed.
 */
export async function walkMarkdownFiles(root: string, pause: () => Promise<void>, sliceMs = SLICE_MS): Promise<string[]> {
  const byReal = new Map<string, { full: string; viaLink: boolean }>();
  const seenDirs = new Set<string>();
  let deadline = performance.now() + sliceMs;
  const walk = async (dir: string, isRoot: boolean): Promise<void> => {
    if (performance.now() > deadline) {
      await pause();
      deadline = performance.now() + sliceMs;
    }
    let real: string;
    let entries: fs.Dirent[];
    try {
      real = fs.realpathSync(dir);
      if (seenDirs.has(real)) return;
      seenDirs.add(real);
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if (isRoot) throw error;
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let realFile = path.join(real, entry.name);
      const viaLink = entry.isSymbolicLink();
      if (viaLink) {
        try {
          const stat = fs.statSync(full);
          isDir = stat.isDirectory();
          isFile = stat.isFile();
          if (isFile) realFile = fs.realpathSync(full);
        } catch {
          continue; // a broken link
        }
      }
      if (isDir) {
        if (!ALWAYS_EXCLUDED_FOLDERS.includes(entry.name)) await walk(full, false);
      } else if (isFile && /\.md$/i.test(entry.name)) {
        const seen = byReal.get(realFile);
        // Listed once: the file's own path over a link's.
        if (!seen || (seen.viaLink && !viaLink)) byReal.set(realFile, { full, viaLink });
      }
    }
  };
  await walk(root, true);
  return [...byReal.values()].map((f) => f.full);
}
