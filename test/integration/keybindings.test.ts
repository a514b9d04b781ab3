import * as assert from 'node:assert/strict';
import { parse } from 'jsonc-parser';
import * as vscode from 'vscode';
import { extension } from './lib/helpers';

interface Keybinding { key: string; command: string; when?: string; mac?: string }

/**
 * Default bindings that share a first key with one of ours, each with why they cannot fire at
 * the same time. A new default on one of our keys fails the test until it is looked at.
 */
const KNOWN_SHARED: ReadonlyArray<{ key: string; command: string | RegExp; why: string }> = [
  { key: 'ctrl+alt+enter', command: 'editor.action.replaceAll', why: 'ours has !findWidgetVisible' },
  { key: 'ctrl+alt+enter', command: 'search.action.replaceAll', why: 'ours has !replaceActive' },
  { key: 'ctrl+alt+enter', command: 'quickInput.accept', why: 'a quick input has the focus, not a note editor' },
  { key: 'ctrl+alt+enter', command: 'workbench.action.chat.runInTerminal', why: 'the chat input is not a markdown note' },
  { key: 'ctrl+alt+enter', command: /^workbench\.action\.terminal\.chat\./, why: 'terminal chat has the focus, not a note editor' },
  { key: 'ctrl+alt+enter', command: 'workbench.action.chat.openSessionInNewEditorGroup', why: 'the agent sessions view has the focus, not a note editor' },
  { key: 'ctrl+alt+enter', command: 'workbench.action.chat.skipTool', why: 'the chat has the focus (inChat), not a note editor' },
];

describe('keybindings', () => {
  it('clash with no default keybinding of the running VS Code', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse('vscode://defaultsettings/keybindings.json'));
    const defaults = (parse(doc.getText()) as Keybinding[]).filter((k) => !k.command.startsWith('oneOnOne.'));
    assert.ok(defaults.length > 500, `only ${defaults.length} default keybindings read`);
    const ours = (extension().packageJSON as { contributes: { keybindings: Keybinding[] } }).contributes.keybindings;
    const firstKey = (key: string): string => key.split(' ')[0];
    for (const binding of ours) {
      for (const other of defaults.filter((d) => firstKey(d.key) === firstKey(binding.key))) {
        const known = KNOWN_SHARED.find((k) => k.key === other.key && (typeof k.command === 'string' ? k.command === other.command : k.command.test(other.command)));
        assert.ok(known, `${binding.key} (${binding.command}) is also ${other.key} → ${other.command} when ${other.when ?? 'always'}`);
      }
    }
  });

  it('work only where a journal is open, and every one has a macOS key', () => {
    const ours = (extension().packageJSON as { contributes: { keybindings: Keybinding[] } }).contributes.keybindings;
    assert.ok(ours.length >= 6);
    for (const binding of ours) {
      assert.match(binding.when ?? '', /oneOnOne\.(hasJournal|editorIsNote)/, `${binding.command} has no journal condition`);
      assert.ok(binding.mac, `${binding.command} has no mac key`);
    }
  });
});
