/**
 * Keeps the core journal in step with the workspace: an initial scan (listing and reads through
 * the file adapter, ./hostFiles.ts) in chunks that yield, then one file at a time from the file
 * watcher and from editors (so unsaved changes show at once). Never rescans everything on a
 * single-file event. Every file's frontmatter is read first (Upcoming and People need no more),
 * then the bodies that may hold open follow-ups, in the background.
 */
import * as vscode from 'vscode';
import type { IndexProgress } from '../core/indexProgress';
import type { Journal } from '../core/journal';
import { createPathFilter } from '../core/pathFilter';
import { journalOptions } from '../core/settings';
import type { HostFiles } from './hostFiles';
import { describeError, type Log } from './log';
import type { Settings } from '../core/settings';
import { ScanReader, type Content } from './scanReader';
import { threadCpuMs, type TaskTimer } from './taskTimer';
import { SLICE_BUDGET_MS, yieldToHost } from './yieldToHost';

/** How many files of a folder that appeared (moved or copied in) are read at once. */
const FOLDER_READ_CONCURRENCY = 16;
/** Edits in an open editor are re-indexed after this pause in typing. */
const EDIT_DEBOUNCE_MS = 100;

/** What the last full scan cost, for the log and `npm run bench:host`. */
export interface ScanTimings {
  files: string;
  listMs: number;
  /** Time spent reading files at once, or waiting for reads in flight that were not ready. */
  readWaitMs: number;
  /** Time indexing frontmatter (scan slices) and parsing bodies (parse chunks). */
  indexMs: number;
  parseMs: number;
  yields: number;
  yieldMs: number;
  /** CPU time of the host's thread while away (others' work in the host), where the runtime can tell. */
  yieldCpuMs?: number;
}

/** What the file filter depends on, to tell when a settings change needs a rescan. */
function filterKey(settings: Settings): string {
  return JSON.stringify([settings.exclude, settings.templatesFolder]);
}

export class WorkspaceIndex implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly stateEmitter = new vscode.EventEmitter<IndexProgress>();
  readonly onDidChangeState = this.stateEmitter.event;
  private currentState: IndexProgress = { phase: 'scanning', done: 0, total: 0 };
  /** Which root-relative paths are journal files, and the settings it was made from; compiled on first use (picomatch takes milliseconds). */
  private filter?: { key: string; includes: (relativePath: string) => boolean };
  private readonly pendingEdits = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per file, the number of the latest event, so out-of-order reads cannot win. */
  private readonly fileVersions = new Map<string, number>();
  private generation = 0;
  private disposed = false;
  /** Resolves when the first scan has read every file's frontmatter. */
  readonly ready: Promise<void>;
  private resolveReady!: () => void;
  /** Resolves when the first index is done: every note's follow-ups are known (state `ready`). */
  readonly indexed: Promise<void>;
  private resolveIndexed!: () => void;

  /** The cost of the latest full scan, once it is done. */
  lastScan?: ScanTimings;

  constructor(private readonly journal: Journal, private readonly settings: () => Settings, private readonly log: Log, readonly tasks: TaskTimer, private readonly files: HostFiles) {
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
    this.indexed = new Promise((resolve) => (this.resolveIndexed = resolve));
    this.disposables.push(this.stateEmitter);
  }

  /**
   * The watchers and listeners that keep the journal in step. Made by `start`, after activation:
   * creating a file watcher costs VS Code several milliseconds (it reads the folder's settings).
   */
  private watch(): void {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.md');
    // A folder deleted, moved or copied is reported as the folder alone, not the notes in it.
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.disposables.push(
      watcher,
      folders,
      folders.onDidDelete((uri) => { if (!/\.md$/i.test(uri.path)) this.forgetUnder(uri); }),
      folders.onDidCreate((uri) => { if (!/\.md$/i.test(uri.path)) void this.indexFolder(uri); }),
      watcher.onDidCreate((uri) => void this.refreshFromDisk(uri)),
      watcher.onDidChange((uri) => void this.refreshFromDisk(uri)),
      watcher.onDidDelete((uri) => {
        this.bump(uri); // a read of the file still under way must not bring it back
        // Nor an edit still waiting for the typing pause: only an edit made after the delete does.
        clearTimeout(this.pendingEdits.get(uri.toString()));
        this.pendingEdits.delete(uri.toString());
        this.journal.delete(uri.toString());
      }),
      // An event without content changes (the dirty flag flipped, the file was deleted under a
      // document VS Code still holds) changes no text: re-reading the document would bring a
      // deleted note back into the journal.
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length > 0) this.onEdit(e.document); }),
      // A document opened with no unsaved changes holds what the disk holds — or a deleted file's
      // last text, when VS Code re-opens it (a language change): the disk is the truth.
      vscode.workspace.onDidOpenTextDocument((doc) => { if (doc.isDirty) this.onEdit(doc); else void this.refreshFromDisk(doc.uri); }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        // A closed editor (saved, reverted or discarded): the file on disk is the truth again,
        // and an edit still waiting for the typing pause must not be lost or applied late.
        if (!this.belongs(doc.uri)) return;
        clearTimeout(this.pendingEdits.get(doc.uri.toString()));
        this.pendingEdits.delete(doc.uri.toString());
        void this.refreshFromDisk(doc.uri, true);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rescan('workspace folders changed')),
    );
  }

  get state(): IndexProgress {
    return this.currentState;
  }

  /** New settings: a changed file filter or options need a rescan; nothing else does. */
  updateSettings(settings: Settings): void {
    this.journal.setOptions(journalOptions(settings));
    if (this.filter && filterKey(settings) !== this.filter.key) {
      this.filter = undefined;
      void this.rescan('exclusion settings changed');
    }
  }

  /** Whether a URI is a journal file under the current settings. */
  belongs(uri: vscode.Uri): boolean {
    if (uri.scheme !== 'file' && uri.scheme !== 'vscode-remote' && uri.scheme !== 'vscode-vfs' && uri.scheme !== 'untitled') {
      return false;
    }
    const relative = this.relativePath(uri);
    if (relative === undefined) return false;
    if (!this.filter) {
      const settings = this.settings();
      this.filter = { key: filterKey(settings), includes: createPathFilter({ exclude: settings.exclude, templatesFolder: settings.templatesFolder }) };
    }
    return this.filter.includes(relative);
  }

  /**
   * The path of `uri` under its workspace folder, undefined outside every folder. A plain prefix
   * of the innermost folder's path answers most of them (the scan asks once per file, and
   * `asRelativePath` costs a tenth of a millisecond); anything else asks VS Code.
   */
  private relativePath(uri: vscode.Uri): string | undefined {
    let best: vscode.WorkspaceFolder | undefined;
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const base = folder.uri;
      if (base.scheme === uri.scheme && base.authority === uri.authority && uri.path.startsWith(base.path.endsWith('/') ? base.path : `${base.path}/`)
        && (!best || base.path.length > best.uri.path.length)) best = folder;
    }
    if (best) return uri.path.slice(best.uri.path.replace(/\/$/, '').length + 1);
    if (!vscode.workspace.getWorkspaceFolder(uri)) return undefined;
    return vscode.workspace.asRelativePath(uri, false);
  }

  /**
   * Watches the workspace and runs the first scan, from the next turn of the event loop (none of
   * it is activation's work); later full scans happen only when the set of folders or exclusions
   * changes. Watching starts before the listing, so no change falls between the two.
   */
  async start(): Promise<void> {
    await yieldToHost();
    if (this.disposed) return;
    // The journal's options come with the settings, read here rather than in activate().
    this.tasks.time('settings', () => this.journal.setOptions(journalOptions(this.settings())));
    this.tasks.time('watchers', () => this.watch());
    await this.rescan('startup');
  }

  private async rescan(reason: string): Promise<void> {
    const generation = ++this.generation;
    const started = Date.now();
    const timings: ScanTimings = { files: this.files.kind, listMs: 0, readWaitMs: 0, indexMs: 0, parseMs: 0, yields: 0, yieldMs: 0 };
    const pause = async (): Promise<void> => {
      const t = performance.now();
      const cpu = threadCpuMs?.();
      await yieldToHost();
      timings.yields++;
      timings.yieldMs += performance.now() - t;
      if (cpu !== undefined) timings.yieldCpuMs = (timings.yieldCpuMs ?? 0) + threadCpuMs!() - cpu;
    };
    try {
      const listed = performance.now();
      const found = await this.files.listMarkdown();
      timings.listMs = performance.now() - listed;
      if (generation !== this.generation) return;
      this.setState({ phase: 'scanning', done: 0, total: found.length });
      const known = new Set(this.journal.uris());
      const openDocs = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
      const readNow = this.files.readNow?.bind(this.files);
      const reader = new ScanReader(found, {
        read: (uri) => this.read(uri, openDocs),
        ...(readNow ? { readNow: (uri: vscode.Uri) => this.readNow(uri, openDocs, readNow) } : {}),
        belongs: (uri) => this.belongs(uri),
        onSlowDisk: (ms) => this.log.info(`Reading files at once is slow here (the last took ${Math.round(ms)} ms): the rest of the scan reads them in the background.`),
      });
      let indexed = 0;
      // Slices that stop when their time is up, however long a file takes to read or index.
      while (!reader.done) {
        await reader.fill();
        if (generation !== this.generation) return;
        const t = performance.now();
        const readBefore = reader.readMs;
        const deadline = t + SLICE_BUDGET_MS;
        this.tasks.time('scan slice', () => this.journal.batch(() => {
          for (let item = reader.next(); item; item = performance.now() < deadline ? reader.next() : undefined) {
            known.delete(item.uri.toString());
            this.apply(item.uri, item.content);
            indexed++;
          }
        }));
        timings.indexMs += performance.now() - t - (reader.readMs - readBefore);
        this.setState({ phase: 'scanning', done: reader.reached, total: found.length });
        await pause();
      }
      timings.readWaitMs = reader.readMs;
      // Files that are no longer part of the journal (excluded now, or gone).
      this.journal.batch(() => known.forEach((uri) => this.journal.delete(uri)));
      this.log.info(`Indexed ${indexed} markdown files in ${Date.now() - started} ms (${reason}; listing ${Math.round(timings.listMs)} ms through ${this.files.kind}).`);
      this.resolveReady();
      await this.parseBodiesInBackground(generation, timings, pause);
      if (generation === this.generation) this.lastScan = timings;
    } catch (error) {
      this.log.error(`Scanning the workspace failed: ${describeError(error)}`);
      this.resolveReady();
      this.setState({ phase: 'ready' });
    }
  }

  /** Parses the bodies that can hold open follow-ups, a slice at a time, so views fill in without blocking. */
  private async parseBodiesInBackground(generation: number, timings: ScanTimings, pause: () => Promise<void>): Promise<void> {
    while (this.journal.pendingBodies() > 0) {
      if (generation !== this.generation) return;
      const t = performance.now();
      const remaining = this.tasks.time('parse chunk', () => {
        const deadline = performance.now() + SLICE_BUDGET_MS;
        let left = this.journal.pendingBodies();
        // Two bodies between clock reads: most take a tenth of a millisecond, a long one several.
        while (left > 0 && performance.now() < deadline) left = this.journal.parseSomeBodies(2);
        return left;
      });
      timings.parseMs += performance.now() - t;
      // The last chunk goes straight to ready below: a row saying "0 notes left" stayed up for seconds.
      if (remaining > 0) this.tasks.time('progress', () => this.setState({ phase: 'parsing', remaining }));
      await pause();
    }
    this.setState({ phase: 'ready' });
  }

  private setState(state: IndexProgress): void {
    this.currentState = state;
    this.stateEmitter.fire(state);
    if (state.phase === 'ready') this.resolveIndexed();
  }

  /** A file's content at once (a dirty editor's text, or the adapter's `readNow`); undefined when it cannot be read so. */
  private readNow(uri: vscode.Uri, openDocs: Map<string, vscode.TextDocument>, readNow: (uri: vscode.Uri) => Uint8Array | undefined): Content | undefined {
    const doc = openDocs.get(uri.toString());
    if (doc?.isDirty) return doc.getText();
    try {
      return readNow(uri);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  private async read(uri: vscode.Uri, openDocs: Map<string, vscode.TextDocument>): Promise<Content> {
    const doc = openDocs.get(uri.toString());
    if (doc?.isDirty) return doc.getText();
    try {
      return await this.files.read(uri);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  private apply(uri: vscode.Uri, content: Content): void {
    const key = uri.toString();
    if (content instanceof Error) {
      if (content instanceof vscode.FileSystemError && content.code === 'FileNotFound') {
        this.journal.delete(key); // deleted mid-scan
        return;
      }
      this.log.warn(`Could not read ${vscode.workspace.asRelativePath(uri)}: ${content.message}`);
      this.journal.setUnreadable(key, `This file could not be read: ${content.message}`);
      return;
    }
    if (typeof content === 'string') this.journal.set(key, content);
    else this.journal.setBytes(key, content);
  }

  /** Re-reads one file; resolves once it is applied (or dropped for a newer look at the file). */
  private refreshFromDisk(uri: vscode.Uri, closing = false): Promise<void> {
    if (!this.belongs(uri)) return Promise.resolve();
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc?.isDirty && !closing) return Promise.resolve(); // the editor's text is newer than the disk
    const version = this.bump(uri);
    return this.read(uri, new Map()).then((content) => {
      // Only the latest look at a file counts: a slower, older read is dropped.
      if (this.fileVersions.get(uri.toString()) === version) this.apply(uri, content);
    });
  }

  /** Drops every note under a deleted folder. */
  private forgetUnder(folder: vscode.Uri): void {
    const prefix = `${folder.toString().replace(/\/$/, '')}/`;
    const gone = this.journal.uris().filter((u) => u.startsWith(prefix));
    if (gone.length === 0) return;
    this.journal.batch(() => gone.forEach((u) => {
      this.bump(vscode.Uri.parse(u));
      this.journal.delete(u);
    }));
  }

  /** Reads the notes of a folder that appeared (moved or copied in), a few files at a time. */
  private async indexFolder(folder: vscode.Uri): Promise<void> {
    let found: vscode.Uri[];
    try {
      if ((await vscode.workspace.fs.stat(folder)).type !== vscode.FileType.Directory) return;
      found = (await this.files.listMarkdown(folder)).filter((uri) => this.belongs(uri));
    } catch {
      return; // gone again, or not readable: the watcher reports what follows
    }
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < found.length) await this.refreshFromDisk(found[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(FOLDER_READ_CONCURRENCY, found.length) }, worker));
  }

  /** Marks a new event for a file; returns its number. */
  private bump(uri: vscode.Uri): number {
    const key = uri.toString();
    const version = (this.fileVersions.get(key) ?? 0) + 1;
    this.fileVersions.set(key, version);
    return version;
  }

  private onEdit(doc: vscode.TextDocument): void {
    if (doc.languageId !== 'markdown' || !this.belongs(doc.uri)) return;
    const key = doc.uri.toString();
    clearTimeout(this.pendingEdits.get(key));
    this.pendingEdits.set(key, setTimeout(() => {
      this.pendingEdits.delete(key);
      if (doc.isClosed) return;
      this.bump(doc.uri);
      this.journal.set(key, doc.getText());
    }, EDIT_DEBOUNCE_MS));
  }

  dispose(): void {
    this.disposed = true;
    this.generation++;
    for (const timer of this.pendingEdits.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }
}
