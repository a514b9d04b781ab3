import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ShareableSummary } from '../../src/core/redact';
import { activeApi, waitFor } from './lib/helpers';

describe('copy shareable summary', () => {
  it('shows the whole preview without a modal, copies it as prose without item tokens once confirmed', async () => {
    const api = await activeApi();
    // A note without fenced code: a pasted checklist in a code block is shared as written. (Which
    // note comes first follows the listing order, which is not fixed.)
    const note = api.journal.meetings().find((m) => !m.confidential && api.journal.followUps({ includeDone: true }).some((f) => f.uri === m.note.uri)
      && !/^\s*(?:```|~~~)/m.test(fs.readFileSync(vscode.Uri.parse(m.note.uri).fsPath, 'utf8')));
    assert.ok(note, 'the fixture must have a shareable note with follow-ups');
    await vscode.env.clipboard.writeText('');
    const copying = vscode.commands.executeCommand<ShareableSummary | undefined>('oneOnOne.copyShareableSummary', vscode.Uri.parse(note.note.uri));
    // While it waits for "Copy", the preview is an ordinary editor: readable and scrollable.
    const preview = await waitFor('the preview editor', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'oneonone-summary'));
    const text = preview.document.getText();
    assert.ok(text.includes(note.person), 'the preview names the note');
    assert.doesNotMatch(text, /@me\b|\bdue:|\bdone:|✅|📅|- \[[ xX]\]/, 'no item tokens in what is shared');
    await vscode.commands.executeCommand('oneOnOne.shareableSummary.confirm');
    const summary = await copying;
    assert.ok(summary && summary.included === 1);
    assert.equal(await vscode.env.clipboard.readText(), text);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
