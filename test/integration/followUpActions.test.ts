import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { OneOnOneApi } from '../../src/extension';
import type { FollowUpNode } from '../../src/features/followUpsView';
import { activeApi, today, waitFor, workspaceFolder } from './lib/helpers';

/** The Follow-ups view's row (as the view hands it to its context menu) for the item with `text`. */
async function rowFor(api: OneOnOneApi, text: string): Promise<FollowUpNode> {
  const provider = api.views.followUps;
  const walk = (nodes: FollowUpNode[]): FollowUpNode | undefined => {
    for (const node of nodes) {
      if (node.kind === 'item' && node.item.text === text) return node;
      const found = walk(provider.getChildren(node));
      if (found) return found;
    }
    return undefined;
  };
  return waitFor(`the Follow-ups row "${text}"`, () => walk(provider.getChildren()), 20_000);
}

function labels(api: OneOnOneApi): string[] {
  const provider = api.views.followUps;
  const out: string[] = [];
  const walk = (nodes: FollowUpNode[]): void => nodes.forEach((n) => {
    if (n.kind === 'item') out.push(n.item.text);
    walk(provider.getChildren(n));
  });
  walk(provider.getChildren());
  return out;
}

/** Opens a note and waits until the editor holds what is on disk (a reload may be pending). */
async function openFresh(file: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  await waitFor('the editor to hold the file on disk', () => doc.getText() === fs.readFileSync(file, 'utf8'), 5_000);
  return doc;
}

describe('ticking follow-ups off safely', () => {
  const file = (): string => path.join(workspaceFolder().fsPath, '1on1s', 'zz-actions.md');
  const NOTE = [
    '---', 'person: Zed Actions', 'date: 2026-11-18', '---',
    '## Follow-ups',
    '- [ ] @me plain action item due:2026-11-25',
    '- [ ] @me emoji action item 📅 2026-11-26',
    '- [ ] @me snooze me due:2026-11-27',
    '- [ ] @me changed under our feet',
    '',
  ].join('\n');

  const uri = (): string => vscode.Uri.file(file()).toString();

  beforeEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.writeFileSync(file(), NOTE);
    const api = await activeApi();
    // Wait until the index holds exactly this text again (a previous test may have changed it).
    await waitFor('the index to read the fresh note', () => {
      const items = api.journal.followUps({ includeDone: true }).filter((f) => f.uri === uri());
      return items.map((f) => `${f.line}:${f.done ? 'x' : ' '}:${f.text}`).join('|')
        === '6: :plain action item|7: :emoji action item|8: :snooze me|9: :changed under our feet';
    }, 20_000);
    // An editor model of the note, kept from an earlier test, must have reloaded too: the
    // commands refuse to edit while a reload from disk is pending.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri());
    if (open) await waitFor('the open model to reload from disk', () => open.getText() === NOTE, 10_000);
  });

  afterEach(async () => {
    // Leave no unsaved editor behind: the next test writes the file on disk.
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.isDirty && doc.uri.toString() === uri()) {
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    }
    // Leave no reload pending either: a model that still shows an older text would take the
    // change a test made on disk only after the next test has written the note again, and that
    // test's edit would then be refused (reload-pending).
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri());
    if (open && fs.existsSync(file())) await waitFor('the open model to hold the file on disk', () => open.getText() === fs.readFileSync(file(), 'utf8'), 10_000);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(file(), { force: true });
    const api = await activeApi();
    await waitFor('the deleted note to leave the index', () => !api.journal.has(uri()), 20_000);
  });

  it('Mark Done from the view writes [x] and done: in the item\'s own style, and the row leaves the view', async () => {
    const api = await activeApi();
    assert.equal(await vscode.commands.executeCommand('oneOnOne.followUps.markDone', await rowFor(api, 'plain action item')), 'edited');
    assert.equal(await vscode.commands.executeCommand('oneOnOne.followUps.markDone', await rowFor(api, 'emoji action item')), 'edited');
    const text = fs.readFileSync(file(), 'utf8');
    assert.ok(text.includes(`- [x] @me plain action item due:2026-11-25 done:${today()}`), text);
    assert.ok(text.includes(`- [x] @me emoji action item 📅 2026-11-26 ✅ ${today()}`), text);
    await waitFor('the ticked rows to leave Follow-ups', () => !labels(api).some((l) => l.includes('action item')), 5_000);
  });

  it('can be undone: the edit is a normal editor edit', async () => {
    const api = await activeApi();
    const doc = await openFresh(file());
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('oneOnOne.followUps.markDone', await rowFor(api, 'plain action item'));
    assert.ok(doc.getText().includes('- [x] @me plain action item'));
    await vscode.commands.executeCommand('undo');
    await waitFor('undo to restore the open item', () => doc.getText().includes('- [ ] @me plain action item due:2026-11-25\n'), 5_000);
    assert.equal(fs.readFileSync(file(), 'utf8').includes('- [x] @me plain action item'), true, 'the tick was saved before the undo');
  });

  it('works on an unsaved editor and leaves it unsaved, without touching the disk', async () => {
    const api = await activeApi();
    const doc = await openFresh(file());
    await vscode.window.showTextDocument(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(4, 0), 'An unsaved line.\n');
    await vscode.workspace.applyEdit(edit);
    const row = await waitFor('the row to move with the unsaved edit', async () => {
      const r = await rowFor(api, 'plain action item');
      return r.kind === 'item' && r.item.line === 7 ? r : undefined;
    }, 5_000);
    assert.equal(await vscode.commands.executeCommand('oneOnOne.followUps.markDone', row), 'edited');
    assert.ok(doc.isDirty, 'the note had unsaved changes: it must stay unsaved');
    assert.ok(doc.lineAt(6).text.startsWith('- [x] @me plain action item'), doc.lineAt(6).text);
    assert.equal(fs.readFileSync(file(), 'utf8'), NOTE, 'the file on disk must not change');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('Mark Done and Snooze with no row and no follow-up under the cursor edit nothing and answer no-item (their message is for that case)', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const before = fs.readFileSync(file(), 'utf8');
    for (const command of ['oneOnOne.followUps.markDone', 'oneOnOne.followUps.snooze']) {
      assert.equal(await vscode.commands.executeCommand(command), 'no-item', command);
    }
    assert.equal(fs.readFileSync(file(), 'utf8'), before, 'nothing is edited');
  });

  it('refuses, with a clear message, when the line no longer holds the item', async () => {
    const api = await activeApi();
    const row = await rowFor(api, 'changed under our feet');
    // Change the file behind the view's back, before the index sees it.
    fs.writeFileSync(file(), NOTE.replace('- [ ] @me changed under our feet', '- [ ] @me something else now'));
    const outcome = await vscode.commands.executeCommand('oneOnOne.followUps.markDone', row);
    assert.ok(outcome === 'line-changed' || outcome === 'reload-pending', `the command must refuse; it answered ${String(outcome)}`);
    assert.ok(fs.readFileSync(file(), 'utf8').includes('- [ ] @me something else now'), 'the other line must be untouched');
  });

  it('Snooze sets after: to the chosen date and moves the item to Snoozed (a one-on-one item never cools off)', async () => {
    const api = await activeApi();
    const until = '2026-12-01';
    const row = await rowFor(api, 'snooze me');
    const outcome = await vscode.commands.executeCommand('oneOnOne.followUps.snooze', row, until);
    if (outcome !== 'edited' && row.kind === 'item') {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri());
      assert.fail(`snooze answered ${String(outcome)}; row line ${row.item.line} "${row.item.source}"; editor line: "${doc?.lineAt(row.item.line - 1).text}" dirty=${doc?.isDirty}; disk line: "${fs.readFileSync(file(), 'utf8').split('\n')[row.item.line - 1]}"`);
    }
    await waitFor('the snoozed line on disk', () => fs.readFileSync(file(), 'utf8').includes(`- [ ] @me snooze me due:2026-11-27 after:${until}`), 5_000);
    await waitFor('the snoozed item under Snoozed', () => {
      const group = api.views.followUps.getChildren().find((n) => n.kind === 'group' && n.label === 'Snoozed');
      return group?.kind === 'group' && group.items.some((i) => i.text === 'snooze me');
    }, 5_000);
  });

  it('Toggle Follow-up Done works on the editor\'s current line', async () => {
    await activeApi();
    const doc = await openFresh(file());
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(7, 3, 7, 3);
    assert.equal(await vscode.commands.executeCommand('oneOnOne.toggleFollowUpDone'), 'edited');
    assert.ok(doc.lineAt(7).text.startsWith('- [x] @me snooze me'), doc.lineAt(7).text);
  });
});
