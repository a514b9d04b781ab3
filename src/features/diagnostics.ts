/**
 * Publishes the core's diagnostics to the Problems panel. After the first scan, only files whose
 * diagnostics changed are sent to VS Code: a change to one note re-checks that note, and a change
 * to the people directory (a profile, a new person) re-checks everything in the core but still
 * updates only the files whose problems differ. Messages name people and files: they go through
 * the privacy layer (initials, no paths in privacy mode), and every file whose shown messages
 * change is sent again when privacy mode turns on or off.
 *
 * The Problems panel also draws each file's path (`1on1s/carly-chen/…`), which no message can
 * mask. While privacy mode is on and the journal's folders are hidden from the Explorer (the
 * user accepted privacy mode's offer: a privacy key in `files.exclude`), only the notes shown in
 * an editor have their problems published — their path is on screen already, in the title and
 * the breadcrumbs; the others come back when privacy mode goes off or the folders show again.
 */
import * as vscode from 'vscode';
import type { JournalDiagnostic } from '../core/model';
import { diagnosticParts } from '../core/privacy';
import { isPrivacyExcludeKey } from '../core/privacyWorkspace';
import { toVscodeDiagnostic } from '../vscode/diagnostics';
import type { FeatureContext } from '../vscode/featureContext';
import { toUri } from '../vscode/locations';
import { SLICE_BUDGET_MS, yieldToHost } from '../vscode/yieldToHost';

/** Typing pauses this long before the Problems panel follows. */
const PUBLISH_DELAY_MS = 150;
/** Files sent to VS Code per call, with a yield between calls. */
const SEND_BATCH = 250;

export function register({ extension: context, journal, index, privacy }: FeatureContext): vscode.DiagnosticCollection {
  const collection = vscode.languages.createDiagnosticCollection('oneOnOne');
  /** What was last sent per file, to send only what changed. */
  const published = new Map<string, string>();
  const dirty = new Set<string>();
  let lastDirectory: unknown;
  let everything = true;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Updates waiting to be sent, in batches: one `set` call per batch, not per file. */
  const pending: Array<[vscode.Uri, vscode.Diagnostic[] | undefined]> = [];
  let flushing = false;
  const flush = async (): Promise<void> => {
    if (flushing) return;
    flushing = true;
    while (pending.length > 0) {
      index.tasks.time('diagnostics send', () => collection.set(pending.splice(0, SEND_BATCH)));
      if (pending.length > 0) await yieldToHost();
    }
    flushing = false;
  };
  /** The notes shown in an editor, whose problems are published while the folders are hidden. */
  let onScreen = shownInEditors();
  let hiding = privacy.on && foldersHidden();
  const send = (uri: string, all: JournalDiagnostic[]): void => {
    const diagnostics = hiding && !onScreen.has(uri) ? [] : all;
    const messages = diagnostics.map((d) => privacy.detail(diagnosticParts(d), ''));
    const key = diagnostics.length === 0 ? '' : JSON.stringify(diagnostics.map((d, i) => [d.line, d.severity, d.code, messages[i]]));
    if ((published.get(uri) ?? '') === key) return;
    if (key) published.set(uri, key);
    else published.delete(uri);
    // `undefined` first clears what the file had; the list after it is what it has now.
    pending.push([toUri(uri), undefined]);
    if (key) pending.push([toUri(uri), diagnostics.map((d, i) => toVscodeDiagnostic(d, messages[i]))]);
  };

  /**
   * Re-checks files: every file when the directory (or anything global) changed, else the files
   * that changed. In slices that yield, so a large journal never blocks the extension host.
   */
  let running = false;
  const publish = async (): Promise<void> => {
    timer = undefined;
    if (running) {
      schedule(); // after the pass under way
      return;
    }
    // The first full publish comes when indexing is done: a pass while bodies are still being
    // parsed would be repeated then, and would hold back the Follow-ups view.
    if (index.state.phase !== 'ready') return;
    running = true;
    try {
      const directory = journal.directory();
      const full = everything || directory !== lastDirectory;
      const changed = new Set(dirty);
      const uris = full ? [...new Set([...journal.uris(), ...published.keys()])] : [...changed];
      lastDirectory = directory;
      everything = false;
      dirty.clear();
      for (let i = 0; i < uris.length;) {
        i = index.tasks.time('diagnostics slice', () => {
          const deadline = performance.now() + SLICE_BUDGET_MS;
          let k = i;
          // In a full pass, bodies not parsed yet are not forced (their follow-up problems show once
          // indexed), except those of files that changed: no background pass parses them.
          for (; k < uris.length && (k === i || performance.now() < deadline); k++) {
            send(uris[k], journal.has(uris[k]) ? journal.diagnosticsFor(uris[k], { parseBody: !full || changed.has(uris[k]) }) : []);
          }
          return k;
        });
        if (i < uris.length) await yieldToHost();
      }
      void flush();
    } finally {
      running = false;
    }
  };
  const schedule = (): void => {
    timer ??= setTimeout(() => void publish(), PUBLISH_DELAY_MS);
  };

  context.subscriptions.push(
    collection,
    journal.onDidChange(({ uris }) => {
      if (uris.length === 0) everything = true; // options changed
      for (const uri of uris) dirty.add(uri);
      schedule();
    }),
    index.onDidChangeState((state) => {
      // Follow-up date problems are known once bodies are parsed: one full pass when indexing ends
      // (and after a later rescan, which goes through scanning again).
      if (state.phase === 'ready') {
        everything = true;
        schedule();
      }
    }),
    // What the messages show changes with privacy mode: a full pass sends the files that differ.
    privacy.onDidChange(() => {
      hiding = privacy.on && foldersHidden();
      everything = true;
      schedule();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('files.exclude')) return;
      const next = privacy.on && foldersHidden();
      if (next === hiding) return;
      hiding = next;
      everything = true;
      schedule();
    }),
    // While hiding, a note that comes on screen gets its problems, one that leaves loses them.
    vscode.window.onDidChangeVisibleTextEditors(() => {
      const next = shownInEditors();
      if (hiding) {
        for (const uri of next) if (!onScreen.has(uri)) dirty.add(uri);
        for (const uri of onScreen) if (!next.has(uri)) dirty.add(uri);
      }
      onScreen = next;
      if (hiding && dirty.size > 0) schedule();
    }),
    { dispose: () => clearTimeout(timer) },
  );
  return collection;
}

/** The documents shown in an editor now. */
function shownInEditors(): Set<string> {
  return new Set(vscode.window.visibleTextEditors.map((e) => e.document.uri.toString()));
}

/** Whether privacy mode's key hides the journal's folders in any workspace folder's `files.exclude`. */
function foldersHidden(): boolean {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const scopes = folders.length > 0 ? folders.map((f) => f.uri) : [undefined];
  return scopes.some((scope) => Object.keys(vscode.workspace.getConfiguration('files', scope).get<Record<string, unknown>>('exclude') ?? {}).some(isPrivacyExcludeKey));
}
