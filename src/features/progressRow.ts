/** The row a view shows while the journal is still being indexed. */
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../vscode/workspaceIndex';

/** "Indexing notes… 120/400" during the first scan, "Reading follow-ups…" after; undefined when ready. */
export function indexingMessage(index: WorkspaceIndex): string | undefined {
  const state = index.state;
  if (state.phase === 'scanning') return `Indexing notes… ${state.done}/${state.total}`;
  if (state.phase === 'parsing') return `Reading follow-ups… ${state.remaining} notes left`;
  return undefined;
}

export function progressTreeItem(message: string): vscode.TreeItem {
  const item = new vscode.TreeItem(message);
  item.id = 'progress';
  item.iconPath = new vscode.ThemeIcon('sync~spin');
  return item;
}
