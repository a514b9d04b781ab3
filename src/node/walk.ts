/**
 * The one walk of a journal folder on a local disk, for the CLI (./loadJournal.ts) and the
 * desktop index (src/vscode/nodeFiles.ts): symlinks followed, a folder reached twice (a loop)
 * walked once, a file reached twice listed once by its own path rather than a link's, `.git`
 * and `node_modules` left out, entries in name order. It uses synchronous calls: on a local disk
 * they are far cheaper than a thread-pool round trip each, and in VS Code's extension host every
 * asynchronous call waits for an event loop that VS Code keeps busy while it starts (two round
 * trips per folder cost seconds there: bench/RESULTS.md, "Inside VS Code"). Given a `pause`, the
 * walk yields to it between slices of `sliceMs`, so the host's 50 ms rule holds.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { ALWAYS_EXCLUDED_FOLDERS } from '../core/settings';

/** What a walk left out on purpose, with the reason (for a log). */
export type Skipped = Array<{ path: string; reason: string }>;

export interface WalkOptions {
  /** Whether a file (by its root-relative, `/`-separated path) is listed. */
  include: (relativePath: string) => boolean;
  /** Where what was left out is told (symlink loop, unreadable folder, broken link, same file twice). */
  skipped?: Skipped;
  /** Awaited between slices of `sliceMs`: lets a host run what waits. Without it the walk never yields. */
  pause?: () => Promise<void>;
  sliceMs?: number;
}

/** A listed file: its absolute path and its root-relative, `/`-separated one. */
export interface WalkedFile {
  full: string;
  rel: string;
}

/** Every file `include` takes under `root`. Throws (the file system's error) when `root` itself cannot be listed. */
export async function walkFiles(root: string, { include, skipped = [], pause, sliceMs = 8 }: WalkOptions): Promise<WalkedFile[]> {
  /** Real path → the listed path, and whether it was reached through a file symlink. */
  const byReal = new Map<string, WalkedFile & { viaLink: boolean }>();
  const seenDirs = new Set<string>();
  let deadline = performance.now() + sliceMs;
  const walk = async (dir: string, relDir: string, isRoot: boolean): Promise<void> => {
    if (pause && performance.now() > deadline) {
      await pause();
      deadline = performance.now() + sliceMs;
    }
    let real: string;
    let entries: Dirent[];
    try {
      real = realpathSync(dir);
      if (seenDirs.has(real)) {
        skipped.push({ path: toPosix(path.relative(root, dir)), reason: 'symlink loop or folder already scanned' });
        return;
      }
      seenDirs.add(real);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if (isRoot) throw error;
      skipped.push({ path: toPosix(path.relative(root, dir)), reason: `folder could not be read: ${describeIoError(error)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      // The same as path.relative(root, full), without resolving both against the working folder.
      const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let realFile = path.join(real, entry.name);
      const viaLink = entry.isSymbolicLink();
      if (viaLink) {
        try {
          const stat = statSync(full);
          isDir = stat.isDirectory();
          isFile = stat.isFile();
          if (isFile) realFile = realpathSync(full);
        } catch {
          skipped.push({ path: rel, reason: 'broken symbolic link' });
          continue;
        }
      }
      if (isDir) {
        if (!ALWAYS_EXCLUDED_FOLDERS.includes(entry.name)) await walk(full, rel, false);
      } else if (isFile && include(rel)) {
        const seen = byReal.get(realFile);
        if (!seen) {
          byReal.set(realFile, { full, rel, viaLink });
        } else {
          // Listed once: the file's own path over a link's.
          const [kept, dropped] = seen.viaLink && !viaLink ? [{ full, rel, viaLink }, seen] : [seen, { full, rel, viaLink }];
          byReal.set(realFile, kept);
          skipped.push({ path: dropped.rel, reason: `same file as ${kept.rel}; counted once` });
        }
      }
    }
  };
  await walk(root, '', true);
  return [...byReal.values()].map(({ full, rel }) => ({ full, rel }));
}

/** An I/O error in plain words: `permission denied (EACCES)`. */
export function describeIoError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const words: Record<string, string> = {
    EACCES: 'permission denied', EPERM: 'operation not permitted', EISDIR: 'is a folder', ENOENT: 'no such file',
    EMFILE: 'too many open files', EIO: 'input/output error', ELOOP: 'too many symbolic links',
  };
  return e.code && words[e.code] ? `${words[e.code]} (${e.code})` : e.message ?? String(error);
}

/** A path with `/` between its parts, whatever the platform's separator. */
export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
