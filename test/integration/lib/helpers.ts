/** Shared helpers for the integration suite (runs inside the real VS Code extension host). */
import * as vscode from 'vscode';
import type { OneOnOneApi } from '../../../src/extension';
import { today } from '../../../src/vscode/today';
import { readSettings, type Settings } from '../../../src/vscode/settings';
import type { Row, ViewId, ViewOptions } from './expectedViews';
import { within } from '../../../scripts/lib/poll';

export const EXTENSION_ID = 'one-on-one-journal.one-on-one-journal';

// The one polling helper (with the runners and the e2e checks): waitFor(what, check, timeoutMs)
// and within(promise, timeoutMs, what), each with a deadline.
export { waitFor, within } from '../../../scripts/lib/poll';

export function extension(): vscode.Extension<OneOnOneApi> {
  const found = vscode.extensions.getExtension<OneOnOneApi>(EXTENSION_ID);
  if (!found) throw new Error(`extension ${EXTENSION_ID} is not loaded (installed: ${vscode.extensions.all.filter((e) => !e.id.startsWith('vscode.')).map((e) => e.id).join(', ') || 'none'})`);
  return found;
}

/** Activates the extension and waits for its first full index (frontmatter and follow-ups). */
export async function activeApi(): Promise<OneOnOneApi> {
  const api = await extension().activate();
  await within(api.ready, 30_000, 'the initial scan (api.ready)');
  await within(api.indexed, 30_000, 'the follow-up index (api.indexed)');
  return api;
}

/** The workspace folder: the temp copy of the fixture journal the runner opened. */
export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the runner must open a copy of the fixture journal');
  return folder.uri;
}

// The date the views use, read the same way: pinned by the runner with ONEONONE_TODAY (the
// sample journal's "now").
export { today };

/** The `oneOnOne.*` settings as the extension reads them: the same core schema (src/core/settings.ts). */
export function settings(): Settings {
  return readSettings();
}

/** The settings that shape the views, read the way a user sets them. */
export function viewOptions(): ViewOptions {
  const { weekMode, showCoolingOff } = settings();
  return { today: today(), weekMode, showCoolingOff };
}

export function providerOf(api: OneOnOneApi, view: ViewId): vscode.TreeDataProvider<unknown> {
  switch (view) {
    case 'oneOnOne.upcoming': return api.views.upcoming as vscode.TreeDataProvider<unknown>;
    case 'oneOnOne.followUps': return api.views.followUps as vscode.TreeDataProvider<unknown>;
    case 'oneOnOne.people': return api.views.people as vscode.TreeDataProvider<unknown>;
  }
}

function labelText(label: string | vscode.TreeItemLabel | undefined): string {
  if (label === undefined) return '';
  return typeof label === 'string' ? label : label.label;
}

/**
 * Walks a tree provider the way the workbench does (getChildren, then getTreeItem), into rows.
 * Collapsed rows are walked too: the comparison is about the data, not what is expanded.
 */
export async function readTree(provider: vscode.TreeDataProvider<unknown>, parent?: unknown, depth = 0): Promise<Row[]> {
  if (depth > 12) throw new Error('tree deeper than 12 levels: a cycle?');
  const children = (await provider.getChildren(parent)) ?? [];
  const rows: Row[] = [];
  for (const child of children) {
    const item = await provider.getTreeItem(child);
    const expandable = item.collapsibleState !== undefined && item.collapsibleState !== vscode.TreeItemCollapsibleState.None;
    rows.push({
      label: labelText(item.label),
      description: typeof item.description === 'string' ? item.description : '',
      children: expandable ? await readTree(provider, child, depth + 1) : [],
    });
  }
  return rows;
}
