import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { planMarkdown, planRotation, suggestSkipLevels } from '../../src/core/rotation';
import { suggestionItems } from '../../src/features/skipLevel';
import { activeApi, extension, settings, today, waitFor, workspaceFolder } from './lib/helpers';

interface Contributed {
  command: string;
  title: string;
  category?: string;
}

/** The sample journal's ranking on 2026-11-20 (see test/unit/rotation.test.ts). */
const SAMPLE_RANKING = ['Lena Vogel', 'Ines Moreau', 'Marco Bellini', 'Evan Park', 'Jonah Feld', 'Ruth Adeyemi'];

describe('skip-level rotation', () => {
  const created: string[] = [];

  before(async () => {
    await activeApi();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const f of created) fs.rmSync(f, { force: true });
    // Leave the journal as the other suites expect it.
    const api = await activeApi();
    await waitFor('the journal to drop the notes this suite created', () =>
      created.every((f) => !api.journal.has(vscode.Uri.file(f).toString())));
  });

  it('registers "Suggest Skip-Level" and "Plan Skip-Levels…" in the 1:1 category', async () => {
    const contributed = ((extension().packageJSON as { contributes: { commands: Contributed[] } }).contributes.commands)
      .filter((c) => c.command === 'oneOnOne.suggestSkipLevel' || c.command === 'oneOnOne.planSkipLevels')
      .map((c) => `${c.category}: ${c.title}`);
    assert.deepEqual(contributed, ['1:1: Suggest Skip-Level', '1:1: Plan Skip-Levels…']);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.ok(registered.has('oneOnOne.suggestSkipLevel'));
    assert.ok(registered.has('oneOnOne.planSkipLevels'));
  });

  it('ranks the journal the extension indexed exactly as the core ranks the sample journal', async () => {
    const api = await activeApi();
    const result = suggestSkipLevels(api.journal.directory(), api.journal.meetings(), today(), { weekMode: settings().weekMode });
    assert.deepEqual(result.people.map((s) => s.person.name), SAMPLE_RANKING);
    const items = suggestionItems(result);
    assert.deepEqual(items.filter((i) => i.type === 'skip-level').map((i) => i.label), SAMPLE_RANKING);
    assert.deepEqual(items.filter((i) => i.type === 'skip-level').map((i) => i.detail), result.people.map((s) => s.reasons.join(' · ')));
    assert.deepEqual(
      items.filter((i) => i.kind === vscode.QuickPickItemKind.Separator).map((i) => i.label),
      ['Skip-levels · all 6 met this round', 'Peers past their window'],
    );
    assert.deepEqual(items.filter((i) => i.type === 'peer').map((i) => i.label), ['Hannah Whitcombe']);
  });

  it('creates and opens the skip-level note of the first suggestion when it is picked', async () => {
    const api = await activeApi();
    const first = suggestSkipLevels(api.journal.directory(), api.journal.meetings(), today(), { weekMode: settings().weekMode }).people[0].person.name;
    const target = path.join(workspaceFolder().fsPath, '1on1s', 'lena-vogel', `${today()}.md`);
    assert.equal(first, 'Lena Vogel');
    assert.ok(!fs.existsSync(target), `${target} exists before the test`);
    created.push(target);

    const running = vscode.commands.executeCommand<vscode.TextEditor | undefined>('oneOnOne.suggestSkipLevel');
    let settled = false;
    void running.then(() => { settled = true; }, () => { settled = true; });
    // The quick pick opens asynchronously: accept its first row once it is there.
    await waitFor('the quick pick to take the first suggestion', async () => {
      if (settled) return true;
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return settled || fs.existsSync(target);
    }, 15_000);
    const editor = await running;
    assert.equal(editor?.document.uri.fsPath, target);
    const text = fs.readFileSync(target, 'utf8');
    assert.match(text, /^---\nperson: Lena Vogel\ntype: skip-level\ndate: 2026-11-20\n/);
    await waitFor('the journal to index the new skip-level', () =>
      api.journal.meetings().find((m) => m.note.uri === vscode.Uri.file(target).toString() && m.type === 'skip-level' && m.confidential));
    // Met today: Lena moves to the end of the ranking.
    const after = suggestSkipLevels(api.journal.directory(), api.journal.meetings(), today(), { weekMode: settings().weekMode }).people.map((s) => s.person.name);
    assert.equal(after[after.length - 1], 'Lena Vogel');
  });

  it('shows the plan of the next weeks, computed by the core, in a markdown preview', async () => {
    const api = await activeApi();
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('oneOnOne.planSkipLevels', 8);
    assert.ok(uri, 'the command returns the plan document');
    assert.equal(uri.scheme, 'oneonone-plan');
    const doc = await vscode.workspace.openTextDocument(uri);
    const { skipLevelsPerWeek: perWeek, weekMode } = settings();
    const directory = api.journal.directory();
    const meetings = api.journal.meetings();
    const expected = planMarkdown(planRotation(directory, meetings, today(), 8, perWeek), suggestSkipLevels(directory, meetings, today(), { weekMode }).peers, today(), perWeek);
    assert.equal(doc.getText(), expected);
    assert.equal(doc.languageId, 'markdown');
    assert.match(doc.getText(), /^\| Nov 25 \(scheduled\) \| Nadia Haddad \| Mobile \| 2 \|/m);
    await waitFor('the markdown preview of the plan', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
      .find((t) => t.input instanceof vscode.TabInputWebview && t.label.includes('Skip-level plan')));
  });
});
