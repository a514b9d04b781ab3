/**
 * Privacy mode's folder hiding in a multi-root workspace (`npm run test:multi-root`: the sample
 * journal and test/fixtures/multi-root/ opened together): each folder's own settings hide its own
 * journal folders, and each comes back exactly — also after a reload in between.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { isPrivacyExcludeKey } from '../../src/core/privacyWorkspace';
import { PrivacyWorkspace, type HideResult } from '../../src/features/privacyWorkspace';
import { Commands } from '../../src/vscode/commands';
import { activeApi, waitFor } from '../integration/lib/helpers';
import { MemoryMemento, quietLog } from '../integration/lib/memento';

type Section = 'files' | 'search';

function folders(): readonly vscode.WorkspaceFolder[] {
  return vscode.workspace.workspaceFolders ?? [];
}

/** Each folder's own value of `<section>.exclude`, and the workspace file's. */
function values(section: Section): unknown[] {
  const inspect = (folder?: vscode.WorkspaceFolder) => vscode.workspace.getConfiguration(section, folder?.uri).inspect('exclude');
  return [inspect()?.workspaceValue, ...folders().map((f) => inspect(f)?.workspaceFolderValue)];
}

function privacyKeys(value: unknown): string[] {
  return typeof value === 'object' && value !== null ? Object.keys(value).filter(isPrivacyExcludeKey) : [];
}

describe('privacy mode in a multi-root workspace', function () {
  // Each settings write goes through VS Code's settings files: slow on a loaded machine.
  this.timeout(120_000);
  let before: Record<Section, unknown[]>;
  beforeEach(() => {
    assert.ok(folders().length >= 2, 'run with --multi-root (npm run test:multi-root)');
    before = { files: values('files'), search: values('search') };
    // The second folder has its own files.exclude (test/fixtures/multi-root/.vscode/settings.json).
    assert.deepEqual(before.files[2], { '**/*.tmp': true, '**/drafts': false });
  });

  it('hides each folder\'s own journal folders in that folder\'s settings, and gives every folder\'s settings back exactly when off', async () => {
    const api = await activeApi();
    await waitFor('both folders indexed', () => api.journal.directory().people.some((p) => p.name === 'Zoe Quinn') && api.journal.directory().people.some((p) => p.name === 'Carly Chen'), 30_000);
    const result = await vscode.commands.executeCommand<HideResult>(Commands.privacyHideWorkspace);
    try {
      const [first, second] = folders();
      assert.deepEqual(result.folders, [`${first.name}/1on1s`, `${first.name}/people`, `${second.name}/notes`, `${second.name}/people`]);
      for (const section of ['files', 'search'] as const) {
        const [workspace, a, b] = values(section);
        assert.deepEqual(workspace, before[section][0], `${section}.exclude of the workspace file is left alone`);
        assert.deepEqual(privacyKeys(a), ['{1on1s,people,.1on1-privacy-mode}'], `${section}.exclude of ${first.name}`);
        assert.deepEqual(privacyKeys(b), ['{notes,people,.1on1-privacy-mode}'], `${section}.exclude of ${second.name}`);
      }
      // The user's own patterns of the second folder stay beside the key.
      assert.deepEqual((values('files')[2] as Record<string, unknown>)['**/*.tmp'], true);
      // VS Code applies them: file search finds no note of either folder.
      const found = await vscode.workspace.findFiles('**/*.md');
      assert.deepEqual(found.filter((u) => /\/(1on1s|notes|people)\//.test(u.path)).map((u) => u.path), [], 'the journal folders are hidden from file search');
    } finally {
      await vscode.commands.executeCommand('oneOnOne.togglePrivacyMode');
    }
    for (const section of ['files', 'search'] as const) {
      await waitFor(`${section}.exclude given back in every folder`, () => JSON.stringify(values(section)) === JSON.stringify(before[section]), 10_000);
    }
  });

  it('gives every folder\'s settings back after a reload between on and off', async () => {
    const api = await activeApi();
    const state = new MemoryMemento();
    await new PrivacyWorkspace(api.journal, state, quietLog).hideFolders();
    assert.ok(values('files').slice(1).every((v) => privacyKeys(v).length === 1), 'every folder hidden');
    // A new activation while privacy mode is still on keeps them hidden; hiding again saves nothing new.
    const second = new PrivacyWorkspace(api.journal, state, quietLog);
    await second.settle(true);
    await second.hideFolders();
    assert.ok(second.hidden);
    // Off, then the next activation gives back exactly what each folder had.
    await new PrivacyWorkspace(api.journal, state, quietLog).settle(false);
    assert.deepEqual(values('files'), before.files);
    assert.deepEqual(values('search'), before.search);
    assert.equal(new PrivacyWorkspace(api.journal, state, quietLog).hidden, false);
  });
});
