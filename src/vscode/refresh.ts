/**
 * Coalesces bursts of journal changes (a scan chunk, typing) into one view refresh, soon enough
 * that a save shows within the 300 ms the views promise.
 */
import type * as vscode from 'vscode';
import type { Journal } from '../core/journal';
import type { WorkspaceIndex } from './workspaceIndex';

const REFRESH_DELAY_MS = 40;
/** While the first index is built, views redraw less often: their progress, not every chunk. */
const INDEXING_REFRESH_DELAY_MS = 300;

export function onJournalRefresh(journal: Journal, index: WorkspaceIndex, refresh: () => void, label = 'view refresh'): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      index.tasks.time(label, refresh);
    }, index.state.phase === 'ready' ? REFRESH_DELAY_MS : INDEXING_REFRESH_DELAY_MS);
  };
  const a = journal.onDidChange(schedule);
  const b = index.onDidChangeState(schedule);
  return { dispose: () => { a.dispose(); b.dispose(); clearTimeout(timer); } };
}
