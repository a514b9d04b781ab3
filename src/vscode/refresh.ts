/**
 * Coalesces bursts of journal changes (a scan chunk, typing) into one view refresh, soon enough
 * that a save shows within the 300 ms the views promise.
 */
import type * as vscode from 'vscode';
import type { Journal } from '../core/journal';
import type { WorkspaceIndex } from './workspaceIndex';

const REFRESH_DELAY_MS = 40;

export function onJournalRefresh(journal: Journal, index: WorkspaceIndex, refresh: () => void): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      refresh();
    }, REFRESH_DELAY_MS);
  };
  const a = journal.onDidChange(schedule);
  const b = index.onDidChangeState(schedule);
  return { dispose: () => { a.dispose(); b.dispose(); clearTimeout(timer); } };
}
