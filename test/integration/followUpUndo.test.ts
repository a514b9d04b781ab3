import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Commands } from '../../src/vscode/commands';
import type { FollowUpNode } from '../../src/features/followUpsView';
import { activeApi, waitFor, workspaceFolder } from './lib/helpers';

describe('undo where the action was', () => {
  const file = (): string => path.join(workspaceFolder().fsPath, '1on1s', 'zz-undo.md');
  const NOTE = ['---', 'person: Zed Undo', 'date: 2026-11-18', '---', '- [ ] @me undo me due:2026-11-25', '- [ ] @me snooze then undo', ''].join('\n');

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(file(), { force: true });
    const api = await activeApi();
    const uri = vscode.Uri.file(file()).toString();
    await waitFor('the deleted note to leave the index', () => !api.journal.has(uri), 20_000);
  });

  for (const [action, text, args] of [
    ['Mark Done', 'undo me', (node: FollowUpNode) => ['oneOnOne.followUps.markDone', node]],
    ['Snooze', 'snooze then undo', (node: FollowUpNode) => ['oneOnOne.followUps.snooze', node, '2026-12-24']],
  ] as const) {
    it(`reverts exactly the line ${action} from the Follow-ups view changed, not typing in another open note`, async () => {
      fs.writeFileSync(file(), NOTE);
      const api = await activeApi();
      const uri = vscode.Uri.file(file()).toString();
      const item = await waitFor('the item in the index', () => api.journal.followUps().find((f) => f.uri === uri && f.text === text), 20_000);
      // Typing in another note, whose editor has focus.
      const scratch = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: '# scratch\n', language: 'markdown' }));
      await scratch.edit((b) => b.insert(new vscode.Position(1, 0), 'typed meanwhile\n'));
      const [command, ...rest]: readonly unknown[] = args({ kind: 'item', item, parentId: 'mine/test' });
      assert.equal(await vscode.commands.executeCommand(command as string, ...rest), 'edited');
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file()));
      const edited = doc.lineAt(item.line - 1).text;
      assert.notEqual(edited, item.source);
      // What the notification's "Undo" runs.
      assert.equal(await vscode.commands.executeCommand(Commands.undoFollowUpEdit, { uri, line: item.line, source: edited, style: item.style }, item.source), 'edited');
      assert.equal(doc.getText(), NOTE, 'the note reads as before');
      assert.equal(fs.readFileSync(file(), 'utf8'), NOTE, 'and is saved so');
      assert.ok(scratch.document.getText().includes('typed meanwhile'), 'the other editor keeps what was typed');
      // A second Undo finds the line no longer as edited and changes nothing.
      assert.equal(await vscode.commands.executeCommand(Commands.undoFollowUpEdit, { uri, line: item.line, source: edited, style: item.style }, item.source), 'line-changed');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  }
});
