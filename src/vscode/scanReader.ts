/**
 * Hands the index's first scan (./workspaceIndex.ts) its files' contents, one at a time, so that
 * each scan slice can stop when its time is up. Where the file adapter reads at once (a local
 * disk, `HostFiles.readNow`) a file is read when the slice wants it: no wait for the event loop
 * per file, which in VS Code's busy extension host costs more than the read. Elsewhere (the web,
 * remote folders) `READ_CONCURRENCY` files are read at a time, the next batch while one is
 * indexed.
 */
import type * as vscode from 'vscode';

export type Content = Uint8Array | string | Error;

export interface ScanItem {
  uri: vscode.Uri;
  content: Content;
  /** The file's place in the listing, for the progress count. */
  at: number;
}

export interface ScanSources {
  /** Reads a file asynchronously; a failure is its error, never a rejection. */
  read(uri: vscode.Uri): Promise<Content>;
  /** Reads a file at once, or undefined when it cannot be read that way. */
  readNow?(uri: vscode.Uri): Content | undefined;
  /** Whether a listed file is a journal file. */
  belongs(uri: vscode.Uri): boolean;
  /** Said once when reading at once turns out slow (a network disk): the rest is read asynchronously. */
  onSlowDisk(ms: number): void;
}

/** How many files are read from disk at once when they are read asynchronously. */
const READ_CONCURRENCY = 64;
/**
 * Reads at once slower than this, several in a row, mean a slow disk (one slow read alone is
 * more likely the machine giving the thread to another process): the event loop must not wait.
 */
const SLOW_READ_MS = 25;
const SLOW_READS_IN_A_ROW = 3;

export class ScanReader {
  /** The next file of the listing to read. */
  private position = 0;
  private ready: ScanItem[] = [];
  private readyAt = 0;
  private inFlight?: Promise<ScanItem[]>;
  private readingNow: boolean;
  private slowReads = 0;
  /** Time spent reading at once, and waiting for reads in flight (ms). */
  readMs = 0;
  /** How far into the listing the files handed out reach. */
  reached = 0;

  constructor(private readonly found: readonly vscode.Uri[], private readonly sources: ScanSources) {
    this.readingNow = sources.readNow !== undefined;
  }

  /** True once every file has been handed out. */
  get done(): boolean {
    return this.readyAt >= this.ready.length && this.position >= this.found.length && !this.inFlight;
  }

  /** Waits until `next` has something to hand out (reads in flight), unless files are read at once. */
  async fill(): Promise<void> {
    if (this.readyAt < this.ready.length || this.readingNow || this.done) return;
    this.inFlight ??= this.readBatch();
    const waited = performance.now();
    this.ready = await this.inFlight;
    this.readyAt = 0;
    this.readMs += performance.now() - waited;
    // The next batch is read while this one is indexed.
    this.inFlight = this.position < this.found.length ? this.readBatch() : undefined;
  }

  /** The next file and its content, or undefined when none is ready (call `fill`) or all are done. */
  next(): ScanItem | undefined {
    if (this.readyAt < this.ready.length) return this.handOut(this.ready[this.readyAt++]);
    while (this.readingNow && this.position < this.found.length) {
      const at = this.position;
      const uri = this.found[at];
      if (!this.sources.belongs(uri)) {
        this.position++;
        continue;
      }
      const t = performance.now();
      const content = this.sources.readNow!(uri);
      const ms = performance.now() - t;
      this.readMs += ms;
      if (content === undefined) {
        this.readingNow = false; // another scheme (a multi-root workspace): the rest in flight
        return undefined;
      }
      this.position++;
      this.slowReads = ms > SLOW_READ_MS ? this.slowReads + 1 : 0;
      if (this.slowReads >= SLOW_READS_IN_A_ROW) {
        this.readingNow = false;
        this.sources.onSlowDisk(ms);
      }
      return this.handOut({ uri, content, at });
    }
    return undefined;
  }

  private handOut(item: ScanItem): ScanItem {
    this.reached = item.at + 1;
    return item;
  }

  private readBatch(): Promise<ScanItem[]> {
    const batch: Array<{ uri: vscode.Uri; at: number }> = [];
    while (batch.length < READ_CONCURRENCY && this.position < this.found.length) {
      const at = this.position++;
      if (this.sources.belongs(this.found[at])) batch.push({ uri: this.found[at], at });
    }
    return Promise.all(batch.map(async ({ uri, at }) => ({ uri, at, content: await this.sources.read(uri) })));
  }
}
