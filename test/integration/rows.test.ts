import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activeApi, providerOf, workspaceFolder } from './lib/helpers';
import type { ViewId } from './lib/expectedViews';

/** Every tree item of a view, depth-first (collapsed rows are walked too). */
async function items(view: ViewId, parent?: unknown): Promise<vscode.TreeItem[]> {
  const provider = providerOf(await activeApi(), view);
  const out: vscode.TreeItem[] = [];
  for (const child of (await provider.getChildren(parent)) ?? []) {
    const item = await provider.getTreeItem(child);
    out.push(item);
    if (item.collapsibleState !== undefined && item.collapsibleState !== vscode.TreeItemCollapsibleState.None) out.push(...await items(view, child));
  }
  return out;
}

function labelOf(item: vscode.TreeItem | vscode.CompletionItem): string {
  const label = item.label;
  return typeof label === 'string' ? label : label?.label ?? '';
}

/** A tooltip's markdown source. */
function tooltipSource(item: vscode.TreeItem): string {
  return item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item.tooltip ?? '');
}

/** A tooltip's text as drawn: markdown escapes and entities undone. */
function tooltipText(item: vscode.TreeItem): string {
  return tooltipSource(item).replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
}

const DIR = 'zz-integration-rows';

describe('rows that read at the default width', () => {
  after(() => fs.rmSync(path.join(workspaceFolder().fsPath, DIR), { recursive: true, force: true }));

  it('Upcoming 1:1s: a person\'s name is the whole label, the due state the description', async () => {
    const api = await activeApi();
    const names = new Set(api.journal.directory().people.map((p) => p.name));
    const rows = (await items('oneOnOne.upcoming')).filter((i) => i.id?.startsWith('upcoming/person/'));
    assert.ok(rows.length > 5, `only ${rows.length} Upcoming rows`);
    for (const row of rows) {
      assert.ok(names.has(labelOf(row)), `the label "${labelOf(row)}" is not just a name`);
      assert.match(String(row.description), /weekly|biweekly|monthly|every|no cadence|their calendar/, `"${labelOf(row)}" has no cadence in its description`);
    }
  });

  it('every row\'s tooltip is markdown that wraps and never shows a raw task line', async () => {
    for (const view of ['oneOnOne.upcoming', 'oneOnOne.followUps', 'oneOnOne.people'] as const) {
      const rows = (await items(view)).filter((i) => i.id?.includes('/'));
      for (const row of rows.filter((r) => r.tooltip !== undefined && r.collapsibleState === vscode.TreeItemCollapsibleState.None)) {
        assert.ok(row.tooltip instanceof vscode.MarkdownString, `${view} "${labelOf(row)}": a plain-text tooltip`);
        assert.doesNotMatch(tooltipText(row), /(?:^|\s)(?:[-*+]|\d+[.)]) \[[ xX]\]/, `${view} "${labelOf(row)}": a raw task line in the tooltip`);
        assert.ok(!tooltipSource(row).includes('&nbsp;'), `${view} "${labelOf(row)}": &nbsp; in the tooltip, so it can only break inside words`);
      }
    }
  });

  it('People: says who is away today, with the day the leave ends', async () => {
    const api = await activeApi();
    const away = api.journal.directory().people.filter((p) => p.profile?.away?.some((r) => r.from <= '2026-11-20' && '2026-11-20' <= r.to));
    assert.ok(away.length > 0, 'the fixture should have someone away on 2026-11-20');
    const rows = await items('oneOnOne.people');
    for (const person of away) {
      const row = rows.find((r) => labelOf(r) === person.name);
      assert.ok(row, `no People row for ${person.name}`);
      assert.match(String(row.description), /^away until [A-Z][a-z]{2} \d+/, `${person.name}: ${String(row.description)}`);
      assert.match(tooltipText(row), /no 1:1 is due while they are away/);
    }
  });

  it('privacy mode: the tooltips show initials and no confidential text', async () => {
    const api = await activeApi();
    const names = api.journal.directory().people.map((p) => p.name).filter((n) => n.includes(' '));
    const secrets = api.journal.followUps().filter((f) => f.confidential && f.text.length > 12).map((f) => f.text);
    await vscode.commands.executeCommand('oneOnOne.togglePrivacyMode');
    try {
      for (const view of ['oneOnOne.upcoming', 'oneOnOne.followUps', 'oneOnOne.people'] as const) {
        for (const row of await items(view)) {
          const text = tooltipText(row);
          for (const name of names) assert.ok(!text.includes(name), `${view} "${labelOf(row)}": the tooltip names ${name}`);
          for (const secret of secrets) assert.ok(!text.includes(secret), `${view} "${labelOf(row)}": the tooltip shows "${secret}"`);
        }
      }
    } finally {
      await vscode.commands.executeCommand('oneOnOne.togglePrivacyMode');
    }
  });

  it('@ completion: the note\'s person first, then me, each person once', async () => {
    const api = await activeApi();
    const folder = path.join(workspaceFolder().fsPath, DIR);
    fs.mkdirSync(folder, { recursive: true });
    const fsPath = path.join(folder, 'order.md');
    fs.writeFileSync(fsPath, '---\nperson: Kwame\ndate: 2026-11-16\n---\n## Follow-ups\n- [ ] @\n');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(fsPath));
    await vscode.window.showTextDocument(doc);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(5, 7), '@');
    const people = list.items.filter((i) => i.kind === vscode.CompletionItemKind.User)
      .sort((a, b) => String(a.sortText ?? labelOf(a)).localeCompare(String(b.sortText ?? labelOf(b))));
    assert.deepEqual(people.slice(0, 2).map(labelOf), ['Kwame Mensah', 'me']);
    const labels = people.map(labelOf);
    assert.equal(new Set(labels).size, labels.length, `someone is offered twice: ${labels.join(', ')}`);
    assert.equal(labels.length, api.journal.directory().people.length, 'not everyone is offered (me as "me")');
    const rest = labels.slice(2);
    assert.deepEqual(rest, [...rest].sort((a, b) => a.localeCompare(b)), 'the others are not by name');
  });
});
