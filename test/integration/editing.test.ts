import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { OneOnOneApi } from '../../src/extension';
import { allLabels, diffRows, expectedViews, renderRows, type Row, type ViewId } from './lib/expectedViews';
import { activeApi, providerOf, readTree, viewOptions, waitFor, workspaceFolder } from './lib/helpers';

// Written into a folder that exists (and is watched) from the start: a file created in a
// brand-new folder can take long to reach a file watcher under load.
const DIR = '1on1s';
const PREFIX = 'zz-integration-';

/** Waits until a view's rows satisfy `test`; the failure says what the view showed. */
async function waitForView(api: OneOnOneApi, view: ViewId, what: string, test: (rows: Row[]) => boolean): Promise<Row[]> {
  let last: Row[] = [];
  try {
    return await waitFor(what, async () => {
      last = await readTree(providerOf(api, view));
      return test(last) ? last : undefined;
    }, 20_000);
  } catch (error) {
    return assert.fail(`${(error as Error).message}\nthe view showed:\n${renderRows(last).map((line) => `  ${line}`).join('\n')}`);
  }
}

const TITLES: Record<ViewId, string> = { 'oneOnOne.upcoming': 'Upcoming 1:1s', 'oneOnOne.followUps': 'Follow-ups', 'oneOnOne.people': 'People' };

async function assertViewsMatchCore(api: OneOnOneApi): Promise<void> {
  const expected = expectedViews(api.journal, viewOptions());
  for (const view of Object.keys(expected) as ViewId[]) {
    const problem = diffRows(expected[view], await readTree(providerOf(api, view)), `${TITLES[view]} (after the edit)`);
    if (problem) assert.fail(problem);
  }
}

describe('editing notes updates the views', () => {
  const fileOf = (name: string): string => path.join(workspaceFolder().fsPath, DIR, PREFIX + name);

  before(async () => {
    await activeApi();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const name of ['2026-11-18.md', '2026-11-19.md']) fs.rmSync(fileOf(name), { force: true });
  });

  it('a note written on disk shows its person and follow-up', async () => {
    const api = await activeApi();
    fs.writeFileSync(fileOf('2026-11-18.md'), [
      '---', 'person: Zara Quill', 'type: one-on-one', 'date: 2026-11-18', '---',
      '## Follow-ups', '- [ ] @me integration check written on disk due:2026-11-23', '',
    ].join('\n'));
    await waitForView(api, 'oneOnOne.followUps', 'the follow-up written on disk in Follow-ups',
      (rows) => allLabels(rows).includes('integration check written on disk'));
    await waitForView(api, 'oneOnOne.people', 'Zara Quill in People', (rows) => allLabels(rows).includes('Zara Quill'));
    await assertViewsMatchCore(api);
  });

  it('changing the note on disk changes the row, deleting it removes the row', async () => {
    const api = await activeApi();
    const file = fileOf('2026-11-18.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('integration check written on disk', 'integration check changed on disk'));
    await waitForView(api, 'oneOnOne.followUps', 'the changed follow-up text', (rows) => {
      const labels = allLabels(rows);
      return labels.includes('integration check changed on disk') && !labels.includes('integration check written on disk');
    });
    fs.rmSync(file);
    await waitForView(api, 'oneOnOne.followUps', 'the deleted note\'s follow-up to disappear',
      (rows) => !allLabels(rows).includes('integration check changed on disk'));
    await waitForView(api, 'oneOnOne.people', 'Zara Quill to leave People', (rows) => !allLabels(rows).includes('Zara Quill'));
    await assertViewsMatchCore(api);
  });

  it('a folder of notes moved in shows its notes, and deleting the folder removes them', async () => {
    const api = await activeApi();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'oneonone-moved-'));
    fs.mkdirSync(path.join(outside, 'team'), { recursive: true });
    fs.writeFileSync(path.join(outside, 'team', '2026-11-17.md'), ['---', 'person: Yuri Moved', 'date: 2026-11-17', '---', '- [ ] @me moved-in folder item due:2026-11-23', ''].join('\n'));
    const target = path.join(workspaceFolder().fsPath, 'zz-moved-team');
    fs.renameSync(path.join(outside, 'team'), target);
    fs.rmSync(outside, { recursive: true, force: true });
    await waitForView(api, 'oneOnOne.followUps', 'the item of the moved-in folder', (rows) => allLabels(rows).includes('moved-in folder item'));
    fs.rmSync(target, { recursive: true });
    await waitForView(api, 'oneOnOne.followUps', 'the item to leave with its folder', (rows) => !allLabels(rows).includes('moved-in folder item'));
    await waitForView(api, 'oneOnOne.people', 'Yuri Moved to leave People', (rows) => !allLabels(rows).includes('Yuri Moved'));
  });

  it('a WorkspaceEdit in an open, unsaved note updates the views before any save', async () => {
    const api = await activeApi();
    const file = fileOf('2026-11-19.md');
    const onDisk = ['---', 'person: Zara Quill', 'date: 2026-11-19', '---', '## Follow-ups', ''].join('\n');
    fs.writeFileSync(file, onDisk);
    await waitForView(api, 'oneOnOne.people', 'Zara Quill in People', (rows) => allLabels(rows).includes('Zara Quill'));

    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(doc.lineCount - 1, 0), '- [ ] @me integration check added by a WorkspaceEdit due:2026-11-24\n');
    assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit refused the edit');
    assert.ok(doc.isDirty, 'the edited note should be unsaved (files.autoSave must be off in the test profile)');

    await waitForView(api, 'oneOnOne.followUps', 'the follow-up added by the WorkspaceEdit',
      (rows) => allLabels(rows).includes('integration check added by a WorkspaceEdit'));
    assert.equal(fs.readFileSync(file, 'utf8'), onDisk, 'the file on disk changed: the view must follow the unsaved editor');
    await assertViewsMatchCore(api);

    // Replace the item's text through a second edit: the row follows.
    const line = doc.getText().split('\n').findIndex((l) => l.includes('added by a WorkspaceEdit'));
    const rename = new vscode.WorkspaceEdit();
    const start = doc.lineAt(line).text.indexOf('added by');
    rename.replace(doc.uri, new vscode.Range(line, start, line, start + 'added by'.length), 'renamed by');
    assert.ok(await vscode.workspace.applyEdit(rename), 'applyEdit refused the second edit');
    await waitForView(api, 'oneOnOne.followUps', 'the renamed follow-up', (rows) => {
      const labels = allLabels(rows);
      return labels.includes('integration check renamed by a WorkspaceEdit') && !labels.includes('integration check added by a WorkspaceEdit');
    });

    // Reverting the unsaved editor puts the file on disk back in charge.
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitForView(api, 'oneOnOne.followUps', 'the reverted follow-up to disappear',
      (rows) => !allLabels(rows).some((label) => label.startsWith('integration check')));
  });
});
