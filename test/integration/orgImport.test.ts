import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ImportPreview, ImportSummary } from '../../src/features/orgImport';
import { activeApi, waitFor, workspaceFolder } from './lib/helpers';

describe('Import Org Chart from CSV: preview, apply, undo', function () {
  this.timeout(120_000);
  const root = (): string => workspaceFolder().fsPath;
  const csv = (): string => path.join(root(), 'zz-org.csv');
  const created = (): string => path.join(root(), 'people', 'zoe-quint.md');
  let danaFile: string;
  let danaBefore: string;

  before(async () => {
    const api = await activeApi();
    danaFile = vscode.Uri.parse(api.journal.directory().resolve('Dana Diaz')!.profile!.uri).fsPath;
    danaBefore = fs.readFileSync(danaFile, 'utf8');
  });

  after(async () => {
    await vscode.commands.executeCommand('oneOnOne.importOrgChart.cancel');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const file of [csv(), created(), path.join(root(), 'zz-bad.csv')]) fs.rmSync(file, { force: true });
    fs.writeFileSync(danaFile, danaBefore);
    // Leave the journal as the next suites expect it: no Zoe, Dana's profile as it was.
    const api = await activeApi();
    await waitFor('the imported profile to leave the index', () => !api.journal.directory().resolve('Zoe Quint'), 10_000);
    await waitFor("Dana's profile to be restored", () => api.journal.directory().resolve('Dana Diaz')?.profile?.role !== 'Director of Platform', 10_000);
  });

  it('org chart: previews field by field, writes nothing until Apply, applies as one edit, and one undo reverts it all', async () => {
    const api = await activeApi();
    const body = danaBefore.slice(danaBefore.indexOf('\n---', 4) + 4);
    const role = api.journal.directory().resolve('Dana Diaz')!.profile!.role ?? '(none)';
    fs.writeFileSync(csv(), '\uFEFFrole,name,reportsTo,team\r\n"Engineer, Platform",Zoe Quint,Dana Diaz,Platform\r\nDirector of Platform,Dana Diaz,Maya Okafor,Platform\r\n');

    const preview = await vscode.commands.executeCommand<ImportPreview>('oneOnOne.importOrgChart', vscode.Uri.file(csv()));
    assert.deepEqual([preview.created, preview.updated.map((u) => u.name), preview.skipped], [['Zoe Quint'], ['Dana Diaz'], []]);
    assert.ok(preview.updated[0].fields.includes('role'), JSON.stringify(preview.updated));
    assert.match(preview.preview, /## Create 1 profile\n\n- \*\*Zoe Quint\*\* — `people\/zoe-quint\.md`\n {2}- role: Engineer, Platform\n {2}- team: Platform\n {2}- reportsTo: Dana Diaz/);
    assert.ok(preview.preview.includes(`- **Dana Diaz**\n  - role: ${role} → Director of Platform`), preview.preview);
    const shown = vscode.window.activeTextEditor?.document;
    assert.equal(shown?.uri.scheme, 'oneonone-import-preview');
    assert.equal(shown?.getText(), preview.preview);
    assert.equal(fs.existsSync(created()), false, 'nothing is written before Apply');
    assert.equal(fs.readFileSync(danaFile, 'utf8'), danaBefore);

    const summary = await vscode.commands.executeCommand<ImportSummary>('oneOnOne.importOrgChart.apply');
    assert.deepEqual([summary.created, summary.updated.map((u) => u.name)], [['Zoe Quint'], ['Dana Diaz']]);
    assert.equal(fs.readFileSync(created(), 'utf8'), '---\nkind: person\nname: Zoe Quint\nrole: Engineer, Platform\nteam: Platform\nreportsTo: Dana Diaz\n---\n\n');
    const danaAfter = fs.readFileSync(danaFile, 'utf8');
    assert.ok(danaAfter.includes('role: Director of Platform'), danaAfter);
    assert.equal(danaAfter.slice(danaAfter.indexOf('\n---', 4) + 4), body, "the profile's body must not change");
    await waitFor('Zoe Quint in the org chart under Dana', () => api.journal.directory().resolve('Zoe Quint')?.managerName === 'Dana Diaz', 10_000);
    await waitFor('the preview to close', () => !vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.scheme === 'oneonone-import-preview')), 5_000);

    // One undo, from the updated profile, reverts both files.
    const dana = await vscode.window.showTextDocument(vscode.Uri.file(danaFile));
    await vscode.commands.executeCommand('undo');
    await waitFor("Dana's profile back to its text before the import", () => dana.document.getText() === danaBefore, 10_000);
    await waitFor('the created profile to be gone', () => !fs.existsSync(created()), 10_000);
    await dana.document.save();
    await waitFor('the undone profile to leave the index', () => !api.journal.directory().resolve('Zoe Quint'), 10_000);
  });

  it('org chart: Cancel writes nothing', async () => {
    fs.writeFileSync(csv(), 'name,reportsTo\nZoe Quint,Dana Diaz\n');
    const preview = await vscode.commands.executeCommand<ImportPreview>('oneOnOne.importOrgChart', vscode.Uri.file(csv()));
    assert.deepEqual(preview.created, ['Zoe Quint']);
    await vscode.commands.executeCommand('oneOnOne.importOrgChart.cancel');
    assert.equal(await vscode.commands.executeCommand('oneOnOne.importOrgChart.apply'), undefined);
    assert.equal(fs.existsSync(created()), false);
  });

  it('org chart: writes nothing and shows no preview when a row is malformed', async () => {
    const api = await activeApi();
    const before = api.journal.uris().length;
    const bad = path.join(root(), 'zz-bad.csv');
    fs.writeFileSync(bad, 'name,reportsTo\r\nAmy Bell,Dana Diaz\r\n"Bo Chan,Dana Diaz\r\nCy Dee,Dana Diaz\r\n');
    const preview = await vscode.commands.executeCommand<ImportPreview | undefined>('oneOnOne.importOrgChart', vscode.Uri.file(bad));
    assert.equal(preview, undefined);
    assert.equal(await vscode.commands.executeCommand('oneOnOne.importOrgChart.apply'), undefined);
    assert.equal(fs.existsSync(path.join(root(), 'people', 'amy-bell.md')), false);
    assert.equal(api.journal.uris().length, before);
  });
});
