/**
 * Keeps the core journal in step with the workspace: an initial scan (listing and reads through
 * the file adapter, ./hostFiles.ts) in chunks that yield, then one file at a time from the file
 * watcher and from editors (so unsaved changes show at once). Never rescans everything on a
 * single-file event. Every file's frontmatter is read first (Upcoming and People need no more),
 * then the bodies that may hold open follow-ups, in the background.
 */
import * as vscode from 'vscode';
import type { Journal } from '../core/journal';
import { createPathFilter } from '../core/pathFilter';
import { journalOptions } from '../core/settings';
import type { HostFiles } from './hostFiles';
import { describeError, type Log } from './log';
import type { Settings } from '../core/settings';
import type { TaskTimer } from './taskTimer';

/** How long one chunk of work may hold the extension host before yielding (the rule is 50 ms). */
const CHUNK_BUDGET_MS = 20;
/** How many files are read from disk at once: one slice is indexed while the next is read. */
const READ_CONCURRENCY = 64;
/** How many files of a folder that appeared (moved or copied in) are read at once. */
const FOLDER_READ_CONCURRENCY = 16;
/** Edits in an open editor are re-indexed after this pause in typing. */
const EDIT_DEBOUNCE_MS = 100;

export type IndexState =
  | { phase: 'scanning'; done: number; total: number }
  | { phase: 'parsing'; remaining: number }
  | { phase: 'ready' };

/**
 * Lets the host run what is waiting (I/O callbacks, messages from the renderer) and comes back:
 * `setImmediate` in a Node extension host (a timer waits at least 1 ms), `setTimeout` elsewhere.
 */
const yieldToHost: () => Promise<void> = typeof setImmediate === 'function'
  ? () => new Promise((resolve) => setImmediate(resolve))
  : () => new Promise((resolve) => setTimeout(resolve, 0));

/** What the last full scan cost, for the log and `npm run bench:host`. */
export interface ScanTimings {
  files: string;
  listMs: number;
  /** Time spent waiting for reads that were not ready when the index wanted them. */
  readWaitMs: number;
  /** Time indexing frontmatter (scan slices) and parsing bodies (parse chunks). */
  indexMs: number;
  parseMs: number;
  yields: number;
  yieldMs: number;
}

export class WorkspaceIndex implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly stateEmitter = new vscode.EventEmitter<IndexState>();
  readonly onDidChangeState = this.stateEmitter.event;
  private currentState: IndexState = { phase: 'scanning', done: 0, total: 0 };
  private include: (relativePath: string) => boolean;
  private readonly pendingEdits = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per file, the number of the latest event, so out-of-order reads cannot win. */
  private readonly fileVersions = new Map<string, number>();
  private generation = 0;
  /** Resolves when the first scan has read every file's frontmatter. */
  readonly ready: Promise<void>;
  private resolveReady!: () => void;

  /** The cost of the latest full scan, once it is done. */
  lastScan?: ScanTimings;

  constructor(private readonly journal: Journal, private settings: Settings, private readonly log: Log, readonly tasks: TaskTimer, private readonly files: HostFiles) {
    this.include = this.makeFilter(settings);
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
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
      this.stateEmitter,
    );
  }

  get state(): IndexState {
    return this.currentState;
  }

  /** New settings: a changed file filter or options need a rescan; nothing else does. */
  updateSettings(settings: Settings): void {
    const filterChanged = JSON.stringify([settings.exclude, settings.templatesFolder]) !== JSON.stringify([this.settings.exclude, this.settings.templatesFolder]);
    this.settings = settings;
    this.journal.setOptions(journalOptions(settings));
    if (filterChanged) {
      this.include = this.makeFilter(settings);
      void this.rescan('exclusion settings changed');
    }
  }

  /** Whether a URI is a journal file under the current settings. */
  belongs(uri: vscode.Uri): boolean {
    if (uri.scheme !== 'file' && uri.scheme !== 'vscode-remote' && uri.scheme !== 'vscode-vfs' && uri.scheme !== 'untitled') {
      return false;
    }
    if (!vscode.workspace.getWorkspaceFolder(uri)) return false;
    return this.include(vscode.workspace.asRelativePath(uri, false));
  }

  /** The first scan; later full scans happen only when the set of folders or exclusions changes. */
  async start(): Promise<void> {
    await this.rescan('startup');
  }

  private async rescan(reason: string): Promise<void> {
    const generation = ++this.generation;
    const started = Date.now();
    const timings: ScanTimings = { files: this.files.kind, listMs: 0, readWaitMs: 0, indexMs: 0, parseMs: 0, yields: 0, yieldMs: 0 };
    const pause = async (): Promise<void> => {
      const t = performance.now();
      await yieldToHost();
      timings.yields++;
      timings.yieldMs += performance.now() - t;
    };
    try {
      const listed = performance.now();
      const found = await this.files.listMarkdown();
      timings.listMs = performance.now() - listed;
      if (generation !== this.generation) return;
      this.setState({ phase: 'scanning', done: 0, total: found.length });
      const known = new Set(this.journal.uris());
      const openDocs = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
      let indexed = 0;
      // Filtered a slice at a time, like the reads, so a large folder never blocks the host; the
      // next slice is read while this one is indexed.
      const readSlice = (from: number): { slice: vscode.Uri[]; contents: Promise<Array<Uint8Array | string | Error>> } => {
        const slice = found.slice(from, from + READ_CONCURRENCY).filter((u) => this.belongs(u));
        return { slice, contents: Promise.all(slice.map((uri) => this.read(uri, openDocs))) };
      };
      let next = readSlice(0);
      for (let i = 0; i < found.length; i += READ_CONCURRENCY) {
        const { slice } = next;
        const waited = performance.now();
        const contents = await next.contents;
        timings.readWaitMs += performance.now() - waited;
        if (generation !== this.generation) return;
        if (i + READ_CONCURRENCY < found.length) next = readSlice(i + READ_CONCURRENCY);
        indexed += slice.length;
        const t = performance.now();
        this.tasks.time('scan slice', () => this.journal.batch(() => {
          slice.forEach((uri, k) => {
            known.delete(uri.toString());
            this.apply(uri, contents[k]);
          });
        }));
        timings.indexMs += performance.now() - t;
        this.setState({ phase: 'scanning', done: Math.min(i + READ_CONCURRENCY, found.length), total: found.length });
        await pause();
      }
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
        const deadline = performance.now() + CHUNK_BUDGET_MS;
        let left = this.journal.pendingBodies();
        // A few bodies at a time between clock reads: most take a tenth of a millisecond now.
        while (left > 0 && performance.now() < deadline) left = this.journal.parseSomeBodies(8);
        return left;
      });
      timings.parseMs += performance.now() - t;
      this.tasks.time('progress', () => this.setState({ phase: 'parsing', remaining }));
      await pause();
    }
    this.setState({ phase: 'ready' });
  }

  private setState(state: IndexState): void {
    this.currentState = state;
    this.stateEmitter.fire(state);
  }

  private async read(uri: vscode.Uri, openDocs: Map<string, vscode.TextDocument>): Promise<Uint8Array | string | Error> {
    const doc = openDocs.get(uri.toString());
    if (doc?.isDirty) return doc.getText();
    try {
      return await this.files.read(uri);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  private apply(uri: vscode.Uri, content: Uint8Array | string | Error): void {
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

  private makeFilter(settings: Settings): (relativePath: string) => boolean {
    return createPathFilter({ exclude: settings.exclude, templatesFolder: settings.templatesFolder });
  }

  dispose(): void {
    this.generation++;
    for (const timer of this.pendingEdits.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }
}
