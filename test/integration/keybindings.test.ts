import * as assert from 'node:assert/strict';
import { parse } from 'jsonc-parser';
import * as vscode from 'vscode';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extension } from './lib/helpers';
import { macDefaultsStartingWith, macFirstKey } from './lib/macKeybindings';

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

/**
 * macOS default rules that share a first key with one of our `mac` keys, told by the bundle's
 * text around them, each with why they cannot fire at the same time as ours.
 */
const KNOWN_MAC_SHARED: ReadonlyArray<{ context: RegExp; why: string }> = [
  { context: /ReplaceAllAction/, why: 'editor.action.replaceAll: ours has !findWidgetVisible' },
  { context: /ReplaceActiveKey/, why: 'search.action.replaceAll: ours has !replaceActive' },
  { context: /hasToolConfirmation/, why: 'chat skip tool: the chat has the focus, not a note editor' },
  { context: /responseContainsCodeBlock|responseContainsMultipleCodeBlocks/, why: 'terminal chat insert: the terminal chat has the focus' },
];

/** The running VS Code's workbench bundle, where the default rules of every OS are registered. */
function workbenchBundle(): string | undefined {
  const root = vscode.env.appRoot;
  for (const file of ['out/vs/code/browser/workbench/workbench.js', 'out/vs/workbench/workbench.desktop.main.js', 'out/vs/workbench/workbench.web.main.internal.js']) {
    const full = path.join(root, file);
    if (fs.existsSync(full)) return fs.readFileSync(full, 'utf8');
  }
  return undefined;
}

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

  it('clash on macOS with no default keybinding of the running VS Code (its mac rules, from the workbench bundle)', function () {
    const bundle = workbenchBundle();
    if (!bundle) this.skip(); // a VS Code whose bundle lies elsewhere: nothing to read
    const ours = (extension().packageJSON as { contributes: { keybindings: Keybinding[] } }).contributes.keybindings;
    let read = 0;
    for (const binding of ours) {
      const first = macFirstKey(binding.mac ?? '');
      assert.ok(first !== undefined, `${binding.command}: cannot read its mac key "${binding.mac}"`);
      for (const other of macDefaultsStartingWith(bundle!, first)) {
        read++;
        const known = KNOWN_MAC_SHARED.find((k) => k.context.test(other.context));
        assert.ok(known, `${binding.mac} (${binding.command}) is also a macOS default:\n${other.context}`);
      }
    }
    // The bundle's own find widget binds ⌘⌥Enter on macOS: reading nothing would mean the scan is broken.
    assert.ok(read > 0, 'no macOS default read at all: has the bundle\'s key encoding changed?');
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
