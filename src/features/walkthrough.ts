/**
 * The getting-started walkthrough (package.json `contributes.walkthroughs`): each step completes
 * on a context key set here when the real thing has happened — you have a profile, people, a
 * note, a ticked follow-up, templates of your own (privacy mode has its own key). The same keys
 * drive the welcome views that say no one is "me" yet.
 */
import * as vscode from 'vscode';
import { MEETING_TYPES } from '../core/model';
import { TEMPLATE_FILES } from '../core/templates';
import { ContextKeys, setContext, type ContextKey } from '../vscode/contextKeys';
import type { FeatureContext } from '../vscode/featureContext';
import { folderSegments } from '../vscode/journalFolder';
import { SLICE_BUDGET_MS, yieldToHost } from '../vscode/yieldToHost';

export function register(ctx: FeatureContext): void {
  const { journal, settings, index } = ctx;
  const last = new Map<ContextKey, boolean>();
  const set = (key: ContextKey, value: boolean): void => {
    if (last.get(key) === value) return;
    last.set(key, value);
    setContext(key, value);
  };

  const update = (): void => {
    const directory = journal.directory();
    const me = directory.me;
    set(ContextKeys.hasMe, me !== undefined);
    set(ContextKeys.hasPeople, journal.profiles().some((p) => p.uri !== me?.profile?.uri));
    set(ContextKeys.hasNotes, journal.counts().notes > 0);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    timer ??= setTimeout(() => {
      timer = undefined;
      index.tasks.time('walkthrough', update);
    }, 100);
  };
  update();

  // A ticked follow-up: once the index is done, every note is looked at, a slice at a time (their
  // bodies take hundreds of milliseconds to parse in a large journal), then the notes that change.
  // Once true, it stays: the step is done and nothing more is looked at.
  let followUpsKnown = false;
  const toCheck = new Set<string>();
  let checking = false;
  const checkDone = async (): Promise<void> => {
    if (checking) return;
    checking = true;
    try {
      while (toCheck.size > 0 && !last.get(ContextKeys.followUpDone)) {
        const found = index.tasks.time('walkthrough check', () => {
          const deadline = performance.now() + SLICE_BUDGET_MS;
          for (const uri of toCheck) {
            toCheck.delete(uri);
            if (journal.followUpsIn(uri).some((f) => f.done)) return true;
            if (performance.now() >= deadline) break;
          }
          return false;
        });
        if (found) {
          toCheck.clear();
          set(ContextKeys.followUpDone, true);
        } else if (toCheck.size > 0) await yieldToHost();
        else set(ContextKeys.followUpDone, false);
      }
    } finally {
      checking = false;
    }
  };
  const check = (uris: readonly string[]): void => {
    if (!followUpsKnown || last.get(ContextKeys.followUpDone)) return;
    for (const uri of uris) toCheck.add(uri);
    void checkDone();
  };
  void index.indexed.then(() => {
    followUpsKnown = true;
    check(journal.uris());
  });

  // Templates of your own: any of the three files in the templates folder.
  let templatesWatcher: vscode.Disposable | undefined;
  const checkTemplates = async (): Promise<void> => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!folder) return set(ContextKeys.hasTemplates, false);
    const base = vscode.Uri.joinPath(folder, ...folderSegments(settings().templatesFolder));
    const found = await Promise.all(MEETING_TYPES.map((t) => vscode.workspace.fs.stat(vscode.Uri.joinPath(base, TEMPLATE_FILES[t])).then(() => true, () => false)));
    set(ContextKeys.hasTemplates, found.some(Boolean));
  };
  const watchTemplates = (): void => {
    templatesWatcher?.dispose();
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return;
    const relative = folderSegments(settings().templatesFolder).join('/');
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `${relative}/*.md`));
    // A deleted folder is reported as the folder alone: watch for the templates folder's ancestors too.
    const deletions = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**'), true, true, false);
    const base = vscode.Uri.joinPath(folder.uri, relative).path;
    templatesWatcher = vscode.Disposable.from(
      watcher, deletions,
      watcher.onDidCreate(() => void checkTemplates()),
      watcher.onDidDelete(() => void checkTemplates()),
      deletions.onDidDelete((uri) => { if (`${base}/`.startsWith(`${uri.path}/`)) void checkTemplates(); }),
    );
    void checkTemplates();
  };
  // After activation: a file watcher costs VS Code several milliseconds to set up.
  const firstWatch = setTimeout(watchTemplates, 0);

  ctx.extension.subscriptions.push(
    journal.onDidChange(({ uris }) => {
      schedule();
      check(uris.length > 0 ? uris : journal.uris()); // no files named: the options changed
    }),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('oneOnOne.templatesFolder')) watchTemplates(); }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => watchTemplates()),
    { dispose: () => { clearTimeout(timer); clearTimeout(firstWatch); templatesWatcher?.dispose(); } },
  );
}
