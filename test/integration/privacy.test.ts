import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { initials } from '../../src/core/names';
import { activeApi, providerOf, readTree, waitFor, workspaceFolder } from './lib/helpers';
import type { Row, ViewId } from './lib/expectedViews';

const VIEWS: ViewId[] = ['oneOnOne.upcoming', 'oneOnOne.followUps', 'oneOnOne.people'];

function allText(rows: readonly Row[]): string[] {
  return rows.flatMap((r) => [r.label, r.description, ...allText(r.children)]);
}

describe('privacy mode', () => {
  it('hides every confidential text and every full name in every view, and keeps counts and dates', async () => {
    const api = await activeApi();
    const before = new Map<ViewId, Row[]>();
    for (const view of VIEWS) before.set(view, await readTree(providerOf(api, view)));
    await vscode.commands.executeCommand('oneOnOne.togglePrivacyMode');
    try {
      const names = api.journal.directory().people.map((p) => p.name).filter((n) => n.includes(' '));
      const secrets = api.journal.followUps().filter((f) => f.confidential && f.text.length > 12).map((f) => f.text);
      assert.ok(names.length > 5 && secrets.length > 5, 'the fixture must have names and confidential items to hide');
      for (const view of VIEWS) {
        const text = allText(await readTree(providerOf(api, view))).join('\n');
        for (const name of names) assert.ok(!text.includes(name), `${view} shows "${name}" in privacy mode`);
        for (const secret of secrets) assert.ok(!text.includes(secret), `${view} shows a confidential item in privacy mode: "${secret}"`);
        // Still usable: the same shape, and the group counts stay.
        const shape = (rows: Row[]): unknown => rows.map((r) => [r.children.length, shape(r.children)]);
        assert.deepEqual(shape(await readTree(providerOf(api, view))), shape(before.get(view)!), `${view} changed shape in privacy mode`);
      }
      const upcoming = allText(await readTree(providerOf(api, 'oneOnOne.upcoming'))).join('\n');
      assert.ok(upcoming.includes(initials('Dana Diaz')), 'names become initials');
      const followUps = allText(await readTree(providerOf(api, 'oneOnOne.followUps')));
      assert.ok(followUps.includes('Confidential item'));
    } finally {
      await vscode.commands.executeCommand('oneOnOne.togglePrivacyMode');
    }
    const restored = allText(await readTree(providerOf(api, 'oneOnOne.upcoming'))).join('\n');
    assert.ok(restored.includes('Dana Diaz'), 'turning privacy mode off shows names again');
  });
});

describe('privacy mode in the Problems panel', () => {
  // A note for someone with no profile, and a profile reporting to someone the journal does not know.
  const files: Array<[string, string]> = [
    [path.join('1on1s', 'zz-privacy-problems.md'), '---\nperson: Quinn Privacy\ndate: 2026-11-02\n---\n'],
    [path.join('people', 'zz-privacy-problems.md'), '---\nkind: person\nname: Rhea Privacy\nreportsTo: Nadia Nobody\n---\n'],
  ];
  const uriOf = (file: string): vscode.Uri => vscode.Uri.file(path.join(workspaceFolder().fsPath, file));
  const messages = (): string[] => files.flatMap(([file]) => vscode.languages.getDiagnostics(uriOf(file)).filter((d) => d.source === '1:1 Journal').map((d) => d.message)).sort();

  before(() => {
    for (const [file, text] of files) fs.writeFileSync(uriOf(file).fsPath, text);
  });
  after(async () => {
    const api = await activeApi();
    for (const [file] of files) fs.rmSync(uriOf(file).fsPath, { force: true });
    await waitFor('the files to leave the index', () => files.every(([file]) => !api.journal.has(uriOf(file).toString())), 20_000);
  });

  it('shows the people a diagnostic names as initials while privacy mode is on, and by name again when it goes off', async () => {
    const named = [
      '"Quinn Privacy" has no person profile yet: create one to place them in the org chart.',
      'reportsTo "Nadia Nobody" is not a known person: create a profile for them or fix the name.',
    ];
    await waitFor('the two diagnostics', () => JSON.stringify(messages()) === JSON.stringify(named), 20_000)
      .catch(() => assert.fail(`expected ${JSON.stringify(named)}; the Problems collection holds ${JSON.stringify(messages())}`));
    await vscode.commands.executeCommand('oneOnOne.togglePrivacyMode');
    try {
      const masked = [
        '"Q.P." has no person profile yet: create one to place them in the org chart.',
        'reportsTo "N.N." is not a known person: create a profile for them or fix the name.',
      ];
      await waitFor('the masked diagnostics', () => JSON.stringify(messages()) === JSON.stringify(masked), 10_000)
        .catch(() => assert.fail(`expected ${JSON.stringify(masked)} in privacy mode; the Problems collection holds ${JSON.stringify(messages())}`));
    } finally {
      await vscode.commands.executeCommand('oneOnOne.togglePrivacyMode');
    }
    await waitFor('the names again', () => JSON.stringify(messages()) === JSON.stringify(named), 10_000)
      .catch(() => assert.fail(`expected ${JSON.stringify(named)} after privacy mode went off; the Problems collection holds ${JSON.stringify(messages())}`));
  });
});
