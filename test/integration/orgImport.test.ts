import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ImportSummary } from '../../src/features/orgImport';
import { activeApi, waitFor, workspaceFolder } from './lib/helpers';

describe('Import Org Chart from CSV', () => {
  const root = (): string => workspaceFolder().fsPath;
  const csv = (): string => path.join(root(), 'zz-org.csv');
  const created = (): string => path.join(root(), 'people', 'zoe-quint.md');

  after(async () => {
    for (const file of [csv(), created(), path.join(root(), 'zz-bad.csv')]) fs.rmSync(file, { force: true });
    // Leave the journal as the next suites expect it: no Zoe, Dana's profile as it was.
    const api = await activeApi();
    await waitFor('the imported profile to leave the index', () => !api.journal.directory().resolve('Zoe Quint'), 10_000);
    await waitFor("Dana's profile to be restored", () => api.journal.directory().resolve('Dana Diaz')?.profile?.role !== 'Director of Platform', 10_000);
  });

  it('creates new profiles and updates existing ones without touching their bodies', async () => {
    const api = await activeApi();
    const dana = api.journal.directory().resolve('Dana Diaz')!.profile!;
    const danaFile = vscode.Uri.parse(dana.uri).fsPath;
    const danaBefore = fs.readFileSync(danaFile, 'utf8');
    const body = danaBefore.slice(danaBefore.indexOf('\n---', 4) + 4);
    fs.writeFileSync(csv(), '\uFEFFrole,name,reportsTo,team\r\n"Engineer, Platform",Zoe Quint,Dana Diaz,Platform\r\nDirector of Platform,Dana Diaz,Maya Okafor,Platform\r\n');
    const summary = await vscode.commands.executeCommand<ImportSummary>('oneOnOne.importOrgChart', vscode.Uri.file(csv()));
    assert.deepEqual([summary.created, summary.updated, summary.skipped], [['Zoe Quint'], ['Dana Diaz'], []]);
    assert.equal(fs.readFileSync(created(), 'utf8'), '---\nkind: person\nname: Zoe Quint\nrole: Engineer, Platform\nteam: Platform\nreportsTo: Dana Diaz\n---\n\n');
    const danaAfter = fs.readFileSync(danaFile, 'utf8');
    assert.ok(danaAfter.includes('role: Director of Platform'), danaAfter);
    assert.equal(danaAfter.slice(danaAfter.indexOf('\n---', 4) + 4), body, "the profile's body must not change");
    await waitFor('Zoe Quint in the org chart under Dana', () => api.journal.directory().resolve('Zoe Quint')?.managerName === 'Dana Diaz', 10_000);
    fs.writeFileSync(danaFile, danaBefore);
  });

  it('writes nothing and names the line when a row is malformed', async () => {
    const api = await activeApi();
    const before = api.journal.uris().length;
    const bad = path.join(root(), 'zz-bad.csv');
    fs.writeFileSync(bad, 'name,reportsTo\nAmy Bell,Dana Diaz\nBo Chan,Dana Diaz,extra\n');
    const summary = await vscode.commands.executeCommand<ImportSummary | undefined>('oneOnOne.importOrgChart', vscode.Uri.file(bad));
    assert.equal(summary, undefined);
    assert.equal(fs.existsSync(path.join(root(), 'people', 'amy-bell.md')), false);
    assert.equal(api.journal.uris().length, before);
  });
});
