/**
 * Upcoming 1:1s (docs/FORMAT.md#cadence): Overdue / Due this week / Scheduled / Later, and a status-bar count of
 * who is due today or overdue.
 */
import * as vscode from 'vscode';
import { upcomingOf, type UpcomingEntry } from '../core/cadence';
import type { Journal } from '../core/journal';
import { upcomingRow } from '../core/rows';
import { groupUpcoming, type UpcomingGroupId } from '../core/upcomingGroups';
import { BuiltinCommands, Commands, Views } from '../vscode/commands';
import type { FeatureContext } from '../vscode/featureContext';
import type { Privacy } from '../vscode/privacy';
import { onJournalRefresh } from '../vscode/refresh';
import { onDidChangeSettings, type Settings } from '../vscode/settings';
import { today } from '../vscode/today';
import { applyRow, indexingMessage, openLocationCommand, progressTreeItem, relationshipIcon } from '../vscode/views';
import type { WorkspaceIndex } from '../vscode/workspaceIndex';

/** The codicon of each Upcoming group. */
const GROUP_ICONS: Readonly<Record<UpcomingGroupId, string>> = { overdue: 'error', due: 'calendar', scheduled: 'calendar', later: 'clock' };

export type UpcomingNode =
  | { kind: 'group'; id: UpcomingGroupId; label: string; icon: string; entries: UpcomingEntry[] }
  | { kind: 'entry'; entry: UpcomingEntry }
  | { kind: 'progress'; message: string };

export class UpcomingProvider implements vscode.Disposable, vscode.TreeDataProvider<UpcomingNode> {
  private readonly emitter = new vscode.EventEmitter<UpcomingNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(private readonly journal: Journal, private readonly index: WorkspaceIndex, private readonly settings: () => Settings, private readonly privacy: Privacy) {}

  /** True while the first scan runs: who is due cannot be known before every note is read. */
  get scanning(): boolean {
    return this.index.state.phase === 'scanning';
  }

  refresh(): void {
    this.emitter.fire(undefined);
  }

  dispose(): void {
    this.emitter.dispose();
  }

  entries(): UpcomingEntry[] {
    return upcomingOf(this.journal, today(), { weekMode: this.settings().weekMode });
  }

  getChildren(node?: UpcomingNode): UpcomingNode[] {
    if (node?.kind === 'group') return node.entries.map((entry) => ({ kind: 'entry', entry }));
    if (node) return [];
    if (this.scanning) return [{ kind: 'progress', message: indexingMessage(this.index)! }];
    const entries = this.entries();
    return groupUpcoming(entries).map((g) => ({ kind: 'group' as const, ...g, icon: GROUP_ICONS[g.id] }));
  }

  getTreeItem(node: UpcomingNode): vscode.TreeItem {
    if (node.kind === 'progress') return progressTreeItem(node.message);
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, node.id === 'later' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      item.id = `upcoming/${node.id}`;
      item.description = String(node.entries.length);
      item.iconPath = new vscode.ThemeIcon(node.icon);
      return item;
    }
    const { entry } = node;
    const item = new vscode.TreeItem('');
    // The name is the label and the rest the description, so the name reads at the default width.
    applyRow(item, this.privacy, upcomingRow(entry, today()));
    // Ids come from the real name, never from what is shown (two people can share initials).
    item.id = `upcoming/person/${entry.person.name}`;
    item.iconPath = new vscode.ThemeIcon(relationshipIcon(entry.relationship));
    item.contextValue = `upcoming.${entry.status}`;
    // docs/FORMAT.md#cadence: a click starts the next 1:1 (or opens the one already scheduled).
    item.command = entry.scheduledUri
      ? openLocationCommand('Open scheduled note', entry.scheduledUri)
      : { title: 'New 1:1 note', command: Commands.newNote, arguments: [entry.person.name] }; // the real name, also in privacy mode
    return item;
  }
}

export function register({ extension: context, journal, index, settings, privacy }: FeatureContext): UpcomingProvider {
  const provider = new UpcomingProvider(journal, index, settings, privacy);
  const view = vscode.window.createTreeView(Views.upcoming, { treeDataProvider: provider });
  const status = vscode.window.createStatusBarItem('oneOnOne.due', vscode.StatusBarAlignment.Left, 50);
  status.name = '1:1s due';
  status.command = BuiltinCommands.focusUpcomingView;
  const update = (): void => {
    provider.refresh();
    if (provider.scanning) {
      status.hide();
      return;
    }
    const t = today();
    const due = provider.entries().filter((e) => e.status === 'overdue' || (e.status === 'due' && e.nextDue !== undefined && e.nextDue <= t));
    if (due.length === 0) {
      status.hide();
      return;
    }
    status.text = `$(comment-discussion) ${due.length} 1:1${due.length === 1 ? '' : 's'} due`;
    status.tooltip = `${due.length} 1:1${due.length === 1 ? '' : 's'} due today or overdue — click to see Upcoming 1:1s`;
    status.show();
  };
  context.subscriptions.push(provider, view, status, onJournalRefresh(journal, index, update, 'upcoming refresh'), onDidChangeSettings(update), privacy.onDidChange(update));
  return provider;
}
