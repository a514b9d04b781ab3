/**
 * What the tree views share: the row shown while the journal is indexed, a relationship's icon,
 * the command that opens a note at a line, and the Follow-ups view's node shape (commands run
 * from its rows receive it).
 */
import * as vscode from 'vscode';
import type { FollowUpGroupId } from '../core/followUpGroups';
import { indexProgressText } from '../core/indexProgress';
import type { FollowUp } from '../core/model';
import { tooltipMarkdown, type RowText, type TooltipParagraph } from '../core/rows';
import { Commands } from './commands';
import type { Privacy } from './privacy';
import type { WorkspaceIndex } from './workspaceIndex';

/** The progress row's words while the journal is indexed (../core/indexProgress.ts); undefined when ready. */
export function indexingMessage(index: WorkspaceIndex): string | undefined {
  return indexProgressText(index.state);
}

/** The spinning row a view shows while the journal is still being indexed. */
export function progressTreeItem(message: string): vscode.TreeItem {
  const item = new vscode.TreeItem(message);
  item.id = 'progress';
  item.iconPath = new vscode.ThemeIcon('sync~spin');
  return item;
}

/** The codicon of a relationship (direct, skip, peer, manager, self). */
export function relationshipIcon(relationship: string): string {
  switch (relationship) {
    case 'direct': return 'person';
    case 'skip': return 'type-hierarchy-sub';
    case 'peer': return 'organization';
    case 'manager': return 'arrow-up';
    case 'self': return 'star-full';
    default: return 'account';
  }
}

/**
 * A tooltip from core/rows.ts paragraphs, through the privacy layer: markdown, so it wraps
 * between words like every hover (each paragraph's text escaped, never `appendText`, whose
 * `&nbsp;`s let it break only inside words); the title is bold.
 */
export function rowTooltip(privacy: Privacy, paragraphs: readonly TooltipParagraph[]): vscode.MarkdownString {
  return new vscode.MarkdownString(tooltipMarkdown(paragraphs.map((p) => ({ text: privacy.detail(p.parts, p.join), strong: p.strong === true }))));
}

/** A tree item's label, description and tooltip from a core/rows.ts row, through the privacy layer. */
export function applyRow(item: vscode.TreeItem, privacy: Privacy, row: RowText): void {
  item.label = privacy.detail([row.label]);
  item.description = privacy.detail(row.description);
  item.tooltip = rowTooltip(privacy, row.tooltip);
}

/** A row's click: open `uri` at `line` (through the privacy and cooling-off checks). */
export function openLocationCommand(title: string, uri: string, line = 1): vscode.Command {
  return { title, command: Commands.openLocation, arguments: [uri, line] };
}

/** A node of the Follow-ups view. */
export type FollowUpNode =
  | { kind: 'group'; id: string; label: string; items: FollowUp[]; groupId?: FollowUpGroupId }
  | { kind: 'others'; items: FollowUp[] }
  | { kind: 'item'; item: FollowUp; parentId: string }
  | { kind: 'progress'; message: string };

/** The follow-up a command was run on from a Follow-ups row, if it was. */
export function followUpOfNode(arg: unknown): FollowUp | undefined {
  const node = arg as FollowUpNode | undefined;
  return node && node.kind === 'item' ? node.item : undefined;
}
