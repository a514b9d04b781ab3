/**
 * The Follow-ups view (docs/FORMAT.md#views-and-commands): mine grouped by urgency (Escalate now / Overdue / Due this week /
 * Cooling off / Snoozed / Later / No date) or by person, with "Waiting on others" kept apart.
 */
import * as vscode from 'vscode';
import { groupFollowUps, groupFollowUpsByPerson, type FollowUpGroupId } from '../core/followUpGroups';
import { shortDate } from '../core/format';
import { coolingOffUntil, snoozedUntil } from '../core/followUpResolution';
import type { Journal } from '../core/journal';
import type { FollowUp } from '../core/model';
import { followUpTooltip } from '../core/rows';
import { Commands, Views } from '../vscode/commands';
import { ContextKeys, setContext } from '../vscode/contextKeys';
import type { FeatureContext } from '../vscode/featureContext';
import type { Part, Privacy } from '../vscode/privacy';
import { onJournalRefresh } from '../vscode/refresh';
import { onDidChangeSettings, type Settings } from '../vscode/settings';
import { today } from '../vscode/today';
import { indexingMessage, openLocationCommand, progressTreeItem, rowTooltip, type FollowUpNode } from '../vscode/views';
import type { WorkspaceIndex } from '../vscode/workspaceIndex';

export type { FollowUpNode };

export class FollowUpsProvider implements vscode.Disposable, vscode.TreeDataProvider<FollowUpNode> {
  private readonly emitter = new vscode.EventEmitter<FollowUpNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private grouping?: boolean;

  constructor(private readonly journal: Journal, private readonly index: WorkspaceIndex, private settings: () => Settings, private readonly privacy: Privacy) {}

  /** By person or by date: the setting until a title-bar button says otherwise (read when first drawn). */
  get groupByPerson(): boolean {
    return (this.grouping ??= this.settings().groupFollowUpsBy === 'person');
  }

  set groupByPerson(byPerson: boolean) {
    this.grouping = byPerson;
  }

  refresh(): void {
    this.emitter.fire(undefined);
  }

  dispose(): void {
    this.emitter.dispose();
  }

  /** Open items ready to show (during background indexing, those parsed so far). */
  private items(): FollowUp[] {
    return this.journal.followUps({ parsedOnly: this.index.state.phase !== 'ready' });
  }

  getChildren(node?: FollowUpNode): FollowUpNode[] {
    if (!node) {
      const all = this.items();
      const mine = all.filter((f) => f.mine);
      const others = all.filter((f) => !f.mine);
      const nodes: FollowUpNode[] = this.groupNodes(mine, 'mine');
      if (others.length > 0) nodes.push({ kind: 'others', items: others });
      const progress = indexingMessage(this.index);
      if (progress) nodes.unshift({ kind: 'progress', message: progress });
      return nodes;
    }
    if (node.kind === 'others') return this.groupNodes(node.items, 'others');
    if (node.kind === 'group') return node.items.map((item) => ({ kind: 'item', item, parentId: node.id }));
    return [];
  }

  private groupNodes(items: FollowUp[], scope: string): FollowUpNode[] {
    const s = this.settings();
    const options = { weekMode: s.weekMode, showCoolingOff: s.showCoolingOff };
    const t = today();
    if (this.groupByPerson) {
      return groupFollowUpsByPerson(items, t, options).map((g) => ({ kind: 'group', id: `${scope}/person/${g.person}`, label: this.privacy.name(g.person), items: g.items }));
    }
    return groupFollowUps(items, t, options).map((g) => ({ kind: 'group', id: `${scope}/${g.id}`, label: g.label, items: g.items, groupId: g.id }));
  }

  getTreeItem(node: FollowUpNode): vscode.TreeItem {
    switch (node.kind) {
      case 'progress':
        return progressTreeItem(node.message);
      case 'others': {
        const item = new vscode.TreeItem('Waiting on others', vscode.TreeItemCollapsibleState.Collapsed);
        item.id = 'others';
        item.description = String(node.items.length);
        item.iconPath = new vscode.ThemeIcon('person');
        item.tooltip = 'Follow-ups owned by someone else: what you are waiting on.';
        item.contextValue = 'followUpOthers';
        return item;
      }
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.description = String(node.items.length);
        item.iconPath = groupIcon(node.groupId);
        item.contextValue = 'followUpGroup';
        return item;
      }
      case 'item':
        return this.itemTreeItem(node);
    }
  }

  private itemTreeItem(node: Extract<FollowUpNode, { kind: 'item' }>): vscode.TreeItem {
    const f = node.item;
    const t = today();
    const p = this.privacy;
    const text = p.text(f.text || '(empty follow-up)', f.confidential);
    const item = new vscode.TreeItem(text, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.parentId}/${f.uri}#${f.line}`;
    const cooling = coolingOffUntil(f, t);
    const snoozed = snoozedUntil(f, t);
    const parts: Part[] = [
      this.groupByPerson ? undefined : { person: f.person },
      f.mine || f.owner === f.person ? undefined : f.owner ? p.message`@${{ person: f.owner }}` : '@?',
      f.due ? `due ${shortDate(f.due, t)}` : undefined,
      cooling ? `cooling off until ${shortDate(cooling, t)}` : undefined,
      snoozed ? `snoozed until ${shortDate(snoozed, t)}` : undefined,
      f.noteDate ? { date: `from ${shortDate(f.noteDate, t)}` } : undefined,
    ];
    item.description = p.detail(parts);
    item.iconPath = f.escalate
      ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.errorForeground'))
      : f.confidential ? new vscode.ThemeIcon('lock') : new vscode.ThemeIcon('circle-large-outline');
    // Markdown that wraps, with the item's text rather than its raw `- [ ] …` source line.
    item.tooltip = rowTooltip(p, followUpTooltip(f, t, vscode.workspace.asRelativePath(vscode.Uri.parse(f.uri))));
    item.contextValue = `followUp${f.confidential ? '.confidential' : ''}${cooling ? '.coolingOff' : ''}${snoozed ? '.snoozed' : ''}`;
    item.command = openLocationCommand('Open follow-up', f.uri, f.line);
    item.accessibilityInformation = { label: `${text}, ${item.description}${f.confidential ? ', confidential' : ''}` };
    return item;
  }
}

function groupIcon(id: FollowUpGroupId | undefined): vscode.ThemeIcon {
  switch (id) {
    case 'escalate': return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.errorForeground'));
    case 'overdue': return new vscode.ThemeIcon('error', new vscode.ThemeColor('list.warningForeground'));
    case 'this-week': return new vscode.ThemeIcon('calendar');
    case 'cooling-off': return new vscode.ThemeIcon('watch');
    case 'snoozed': return new vscode.ThemeIcon('bell-slash');
    case 'later': return new vscode.ThemeIcon('clock');
    case 'no-date': return new vscode.ThemeIcon('circle-large-outline');
    default: return new vscode.ThemeIcon('account');
  }
}

/** Number shown on the view's badge: escalated + overdue items of mine. */
export function badgeCount(journal: Journal, settings: Settings, index: WorkspaceIndex): number {
  const mine = journal.followUps({ parsedOnly: index.state.phase !== 'ready' }).filter((f) => f.mine);
  const groups = groupFollowUps(mine, today(), { weekMode: settings.weekMode, showCoolingOff: true });
  return groups.filter((g) => g.id === 'escalate' || g.id === 'overdue').reduce((n, g) => n + g.items.length, 0);
}

export function register(ctx: FeatureContext): FollowUpsProvider {
  const { extension: context, journal, index, settings, privacy } = ctx;
  const provider = new FollowUpsProvider(journal, index, settings, privacy);
  const view = vscode.window.createTreeView(Views.followUps, { treeDataProvider: provider, showCollapseAll: true });
  const update = (): void => {
    provider.refresh();
    const n = badgeCount(journal, settings(), index);
    view.badge = n > 0 ? { value: n, tooltip: `${n} follow-up${n === 1 ? '' : 's'} escalated or overdue` } : undefined;
  };
  const setGrouping = (byPerson: boolean): void => {
    provider.groupByPerson = byPerson;
    setContext(ContextKeys.groupByPerson, byPerson);
    provider.refresh();
  };
  // After activation, which does not read the settings (src/extension.ts).
  const initialGrouping = setTimeout(() => setContext(ContextKeys.groupByPerson, provider.groupByPerson), 0);
  context.subscriptions.push(
    { dispose: () => clearTimeout(initialGrouping) },
    provider,
    view,
    onJournalRefresh(journal, index, update, 'follow-ups refresh'),
    onDidChangeSettings(update),
    privacy.onDidChange(update),
    vscode.commands.registerCommand(Commands.groupFollowUpsByPerson, () => setGrouping(true)),
    vscode.commands.registerCommand(Commands.groupFollowUpsByDate, () => setGrouping(false)),
  );
  return provider;
}
