/** The People view (docs/FORMAT.md#views-and-commands): the org tree from `reportsTo` with last-met, and people known only from notes. */
import * as vscode from 'vscode';
import { isManagerDirect, managesCount, managesLabel } from '../core/coaching';
import type { Journal } from '../core/journal';
import type { Person } from '../core/model';
import { peopleRow } from '../core/rows';
import { Commands, Views } from '../vscode/commands';
import type { FeatureContext } from '../vscode/featureContext';
import type { Privacy } from '../vscode/privacy';
import { onJournalRefresh } from '../vscode/refresh';
import { today } from '../vscode/today';
import { applyRow, indexingMessage, progressTreeItem, relationshipIcon } from '../vscode/views';
import type { WorkspaceIndex } from '../vscode/workspaceIndex';

export type PeopleNode =
  | { kind: 'person'; person: Person }
  | { kind: 'notesOnly'; people: Person[] }
  | { kind: 'noMe' }
  | { kind: 'progress'; message: string };

export class PeopleProvider implements vscode.Disposable, vscode.TreeDataProvider<PeopleNode> {
  private readonly emitter = new vscode.EventEmitter<PeopleNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(private readonly journal: Journal, private readonly index: WorkspaceIndex, private readonly privacy: Privacy) {}

  refresh(): void {
    this.cachedLastMet = undefined;
    this.emitter.fire(undefined);
  }

  dispose(): void {
    this.emitter.dispose();
  }

  getChildren(node?: PeopleNode): PeopleNode[] {
    const directory = this.journal.directory();
    if (!node) {
      if (this.index.state.phase === 'scanning') return [{ kind: 'progress', message: indexingMessage(this.index)! }];
      const profiled = directory.people.filter((p) => p.profile);
      const roots = profiled.filter((p) => !p.managerName).sort(byName);
      const notesOnly = directory.people.filter((p) => !p.profile).sort(byName);
      const nodes: PeopleNode[] = roots.map((person) => ({ kind: 'person', person }));
      // Without "me" nobody is a direct report or a skip-level: say so first, with the fix.
      if (!directory.me && profiled.length > 0) nodes.unshift({ kind: 'noMe' });
      if (notesOnly.length > 0) nodes.push({ kind: 'notesOnly', people: notesOnly });
      return nodes;
    }
    if (node.kind === 'notesOnly') return node.people.map((person) => ({ kind: 'person', person }));
    if (node.kind === 'progress' || node.kind === 'noMe' || !node.person.profile) return [];
    return directory.reportsOf(node.person.name).map((person) => ({ kind: 'person', person }));
  }

  getTreeItem(node: PeopleNode): vscode.TreeItem {
    if (node.kind === 'progress') return progressTreeItem(node.message);
    if (node.kind === 'noMe') {
      const item = new vscode.TreeItem('Which one is you?', vscode.TreeItemCollapsibleState.None);
      item.id = 'people/noMe';
      item.description = 'click to pick your profile';
      item.iconPath = new vscode.ThemeIcon('warning');
      item.tooltip = new vscode.MarkdownString('No profile says `relationship: self`, so 1:1 Journal cannot tell your direct reports and skip-levels from everyone else. Click to pick yours (**This Is Me**), or right-click your row.');
      item.command = { title: 'This Is Me', command: Commands.thisIsMe };
      return item;
    }
    if (node.kind === 'notesOnly') {
      const item = new vscode.TreeItem('Known only from notes', vscode.TreeItemCollapsibleState.Expanded);
      item.id = 'people/notesOnly';
      item.description = String(node.people.length);
      item.iconPath = new vscode.ThemeIcon('question');
      item.tooltip = 'People met in notes who have no person profile yet.';
      return item;
    }
    const { person } = node;
    const directory = this.journal.directory();
    const hasReports = person.profile !== undefined && directory.reportsOf(person.name).length > 0;
    const isMe = person === directory.me;
    const item = new vscode.TreeItem(this.privacy.name(person.name), hasReports ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = `people/${person.profile ? 'p' : 'n'}/${person.name}`;
    const manages = isManagerDirect(directory, person) ? managesLabel(managesCount(directory, person.name)) : undefined;
    applyRow(item, this.privacy, peopleRow(person, { isMe, lastMet: this.lastMet(person), ...(manages ? { manages } : {}) }, today()));
    item.iconPath = isMe
      ? new vscode.ThemeIcon('star-full', new vscode.ThemeColor('charts.yellow'))
      : new vscode.ThemeIcon(relationshipIcon(person.relationship), person.active ? undefined : new vscode.ThemeColor('disabledForeground'));
    item.contextValue = person.profile ? 'person' : 'person.notesOnly';
    // A click opens the person page (docs/FORMAT.md#views-and-commands), which links to the raw profile or offers to create one.
    item.command = { title: 'Open Person Page', command: Commands.openPersonPage, arguments: [person.name] }; // the real name, also in privacy mode
    return item;
  }

  private cachedLastMet?: ReadonlyMap<string, string>;

  /** From the journal's dated notes per name (kept until the structure changes), not a walk of every meeting. */
  private lastMet(person: Person): string | undefined {
    this.cachedLastMet ??= this.journal.lastMetDates(today());
    return this.cachedLastMet.get(person.name);
  }
}

function byName(a: Person, b: Person): number {
  return a.name.localeCompare(b.name);
}

export function register({ extension: context, journal, index, privacy }: FeatureContext): PeopleProvider {
  const provider = new PeopleProvider(journal, index, privacy);
  const view = vscode.window.createTreeView(Views.people, { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(provider, view, onJournalRefresh(journal, index, () => provider.refresh(), 'people refresh'), privacy.onDidChange(() => provider.refresh()));
  return provider;
}
