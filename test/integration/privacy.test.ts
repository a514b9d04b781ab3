import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { initials } from '../../src/core/names';
import { activeApi, providerOf, readTree } from './lib/helpers';
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
