/**
 * Keeps the core journal in step with the workspace: an initial scan through `workspace.fs`
 * in chunks that yield, then one file at a time from the file watcher and from editors (so
 * unsaved changes show at once). Never rescans everything on a single-file event.
 */
import * as vscode from 'vscode';
import type { Journal } from '../core/journal';
import { createPathFilter } from '../core/pathFilter';
import { ALWAYS_EXCLUDED_GLOB, journalOptions } from '../core/settings';
import { describeError, type Log } from './log';
import type { Settings } from '../core/settings';
import type { TaskTimer } from './taskTimer';

/** How long one chunk of work may hold the extension host before yielding. */
const CHUNK_BUDGET_MS = 10;
/** How many files are read from disk concurrently. */
const READ_CONCURRENCY = 64;
/** Edits in an open editor are re-indexed after this pause in typing. */
const EDIT_DEBOUNCE_MS = 100;

export type IndexState =
  | { phase: 'scanning'; done: number; total: number }
  | { phase: 'parsing'; remaining: number }
  | { phase: 'ready' };

const yieldToHost = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

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

  constructor(private readonly journal: Journal, private settings: Settings, private readonly log: Log, readonly tasks: TaskTimer) {
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
      watcher.onDidCreate((uri) => this.refreshFromDisk(uri)),
      watcher.onDidChange((uri) => this.refreshFromDisk(uri)),
      watcher.onDidDelete((uri) => {
        this.bump(uri); // a read of the file still under way must not bring it back
        this.journal.delete(uri.toString());
      }),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e.document)),
      vscode.workspace.onDidOpenTextDocument((doc) => this.onEdit(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        // A closed editor (saved, reverted or discarded): the file on disk is the truth again,
        // and an edit still waiting for the typing pause must not be lost or applied late.
        if (!this.belongs(doc.uri)) return;
        clearTimeout(this.pendingEdits.get(doc.uri.toString()));
        this.pendingEdits.delete(doc.uri.toString());
        this.refreshFromDisk(doc.uri, true);
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
    try {
      const found = await vscode.workspace.findFiles('**/*.md', ALWAYS_EXCLUDED_GLOB);
      if (generation !== this.generation) return;
      this.setState({ phase: 'scanning', done: 0, total: found.length });
      const known = new Set(this.journal.uris());
      const openDocs = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
      let indexed = 0;
      for (let i = 0; i < found.length; i += READ_CONCURRENCY) {
        // Filtered a slice at a time, like the reads, so a large folder never blocks the host.
        const slice = found.slice(i, i + READ_CONCURRENCY).filter((u) => this.belongs(u));
        indexed += slice.length;
        const contents = await Promise.all(slice.map((uri) => this.read(uri, openDocs)));
        if (generation !== this.generation) return;
        this.tasks.time('scan slice', () => this.journal.batch(() => {
          slice.forEach((uri, k) => {
            known.delete(uri.toString());
            this.apply(uri, contents[k]);
          });
        }));
        this.setState({ phase: 'scanning', done: Math.min(i + READ_CONCURRENCY, found.length), total: found.length });
        await yieldToHost();
      }
      // Files that are no longer part of the journal (excluded now, or gone).
      this.journal.batch(() => known.forEach((uri) => this.journal.delete(uri)));
      this.log.info(`Indexed ${indexed} markdown files in ${Date.now() - started} ms (${reason}).`);
      this.resolveReady();
      await this.parseBodiesInBackground(generation);
    } catch (error) {
      this.log.error(`Scanning the workspace failed: ${describeError(error)}`);
      this.resolveReady();
      this.setState({ phase: 'ready' });
    }
  }

  /** Parses the bodies that can hold open follow-ups, a slice at a time, so views fill in without blocking. */
  private async parseBodiesInBackground(generation: number): Promise<void> {
    while (this.journal.pendingBodies() > 0) {
      if (generation !== this.generation) return;
      const remaining = this.tasks.time('parse chunk', () => {
        const deadline = Date.now() + CHUNK_BUDGET_MS;
        let left = this.journal.pendingBodies();
        while (left > 0 && Date.now() < deadline) left = this.journal.parseSomeBodies(1);
        return left;
      });
      this.tasks.time('progress', () => this.setState({ phase: 'parsing', remaining }));
      await yieldToHost();
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
      return await vscode.workspace.fs.readFile(uri);
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

  private refreshFromDisk(uri: vscode.Uri, closing = false): void {
    if (!this.belongs(uri)) return;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc?.isDirty && !closing) return; // the editor's text is newer than the disk
    const version = this.bump(uri);
    void this.read(uri, new Map()).then((content) => {
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

  /** Reads the notes of a folder that appeared (moved or copied in). */
  private async indexFolder(folder: vscode.Uri): Promise<void> {
    try {
      if ((await vscode.workspace.fs.stat(folder)).type !== vscode.FileType.Directory) return;
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.md'), ALWAYS_EXCLUDED_GLOB);
      for (const uri of found) this.refreshFromDisk(uri);
    } catch {
      // gone again, or not readable: the watcher reports what follows
    }
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
