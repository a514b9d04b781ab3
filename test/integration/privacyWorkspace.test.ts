import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { isPrivacyExcludeKey } from '../../src/core/privacyWorkspace';
import { confidentialOpenReason } from '../../src/features/openLocation';
import { Commands } from '../../src/vscode/commands';
import { PrivacyWorkspace, type HideResult } from '../../src/features/privacyWorkspace';
import { MemoryMemento, quietLog } from './lib/memento';
import { activeApi, waitFor } from './lib/helpers';


function workspaceValue(section: 'files' | 'search'): unknown {
  return vscode.workspace.getConfiguration(section).inspect('exclude')?.workspaceValue;
}

async function setWorkspaceValue(section: 'files' | 'search', value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration(section).update('exclude', value, vscode.ConfigurationTarget.Workspace);
}

function hasPrivacyKey(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).some(isPrivacyExcludeKey);
}

describe('privacy mode and what VS Code draws', () => {
  const mine = { '**/*.tmp': true, '**/.cache': false };

  let settled = '';
  const journalState = (api: Awaited<ReturnType<typeof activeApi>>): string =>
    JSON.stringify([api.journal.counts(), api.journal.followUps({ includeDone: true }).length]);
  before(async () => {
    settled = journalState(await activeApi());
  });

  afterEach(async () => {
    await setWorkspaceValue('files', undefined);
    await setWorkspaceValue('search', undefined);
    // The user's own patterns change what the journal reads: wait for it to read everything again.
    const api = await activeApi();
    await waitFor('the journal to read every file again', () => journalState(api) === settled, 30_000);
  });

  it('hides the journal folders from the Explorer and Quick Open while on, and gives back the user\'s own settings exactly when off', async () => {
    const api = await activeApi();
    await setWorkspaceValue('files', mine);
    await setWorkspaceValue('search', undefined);
    const counts = api.journal.counts();
    const before = await vscode.workspace.findFiles('**/*.md');
    assert.ok(before.some((u) => u.path.includes('/1on1s/')), 'the fixture must have notes under 1on1s/');

    const result = await vscode.commands.executeCommand<HideResult>(Commands.privacyHideWorkspace);
    try {
      assert.deepEqual(result.folders, ['1on1s', 'people']);
      assert.ok(hasPrivacyKey(workspaceValue('files')) && hasPrivacyKey(workspaceValue('search')), 'files.exclude and search.exclude gain the privacy key');
      // VS Code itself applies it: the default excludes of a file search are files.exclude.
      const hidden = await vscode.workspace.findFiles('**/*.md');
      assert.deepEqual(hidden.filter((u) => /\/(1on1s|people)\//.test(u.path)).map((u) => u.path), [], 'the journal folders are hidden from file search');
      // The journal itself does not take the privacy key for an exclusion of its own.
      assert.deepEqual(api.journal.counts(), counts);
    } finally {
      await vscode.commands.executeCommand('oneOnOne.togglePrivacyMode');
    }
    await waitFor('files.exclude restored', () => JSON.stringify(workspaceValue('files')) === JSON.stringify(mine));
    await waitFor('search.exclude unset again', () => workspaceValue('search') === undefined);
    assert.deepEqual(workspaceValue('files'), mine);
  });

  it('gives the settings back after a reload between on and off, from what it saved before writing', async () => {
    const api = await activeApi();
    await setWorkspaceValue('files', mine);
    await setWorkspaceValue('search', undefined);
    const state = new MemoryMemento();
    // Privacy mode on: hide, then the window reloads (or crashes) before privacy mode goes off.
    const first = new PrivacyWorkspace(api.journal, state, quietLog);
    assert.deepEqual(await first.hideFolders(), ['1on1s', 'people']);
    assert.ok(hasPrivacyKey(workspaceValue('files')));

    // A new activation while privacy mode is still on keeps them hidden…
    const second = new PrivacyWorkspace(api.journal, state, quietLog);
    await second.settle(true);
    assert.ok(hasPrivacyKey(workspaceValue('files')) && second.hidden);
    // …hiding again does not take the hidden state for the user's own…
    await second.hideFolders();
    // …and once privacy mode is off, the next activation gives back exactly what the user had.
    const third = new PrivacyWorkspace(api.journal, state, quietLog);
    await third.settle(false);
    assert.deepEqual(workspaceValue('files'), mine);
    assert.equal(workspaceValue('search'), undefined, 'an unset setting is unset again');
    assert.equal(third.hidden, false);
  });

  it('keeps a pattern the user added while privacy mode was on', async () => {
    const api = await activeApi();
    await setWorkspaceValue('files', undefined);
    const state = new MemoryMemento();
    const workspace = new PrivacyWorkspace(api.journal, state, quietLog);
    await workspace.hideFolders();
    const withKey = workspaceValue('files') as Record<string, unknown>;
    await setWorkspaceValue('files', { ...withKey, '**/build': true });
    await workspace.restore();
    assert.deepEqual(workspaceValue('files'), { '**/build': true });
  });
});

describe('asking before opening confidential text from a 1:1 surface', () => {
  it('judges per item: a #confidential follow-up in a shareable note asks, a plain one of a wholly shareable note does not', async () => {
    const api = await activeApi();
    const items = api.journal.followUps();
    const meetings = api.journal.meetings();
    const shareable = (uri: string): boolean => meetings.some((m) => m.note.uri === uri && !m.confidential);
    const tagged = items.find((f) => f.confidentialTag && shareable(f.uri));
    assert.ok(tagged, 'the fixture must have a #confidential follow-up in a shareable note');
    assert.equal(await confidentialOpenReason(api.journal, tagged.uri, tagged.line), 'item');
    const sibling = items.find((f) => f.uri === tagged.uri && !f.confidential);
    assert.ok(sibling, 'the fixture must have a plain follow-up next to it');
    assert.equal(await confidentialOpenReason(api.journal, sibling.uri, sibling.line), 'parts', 'the note still shows the confidential item');
    const skip = items.find((f) => f.type === 'skip-level');
    assert.ok(skip);
    assert.equal(await confidentialOpenReason(api.journal, skip.uri, skip.line), 'skip-level');
    const confidentialNote = meetings.find((m) => m.confidential && m.type === 'one-on-one');
    assert.ok(confidentialNote);
    assert.equal(await confidentialOpenReason(api.journal, confidentialNote.note.uri), 'note');
    const texts = await Promise.all(meetings.filter((m) => !m.confidential).map(async (m) => ({ m, text: new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(m.note.uri))) })));
    const clean = texts.find(({ m, text }) => !/#confidential|\(private\)/i.test(text) && items.some((f) => f.uri === m.note.uri));
    assert.ok(clean, 'the fixture must have a wholly shareable note with a follow-up');
    const plain = items.find((f) => f.uri === clean.m.note.uri)!;
    assert.equal(await confidentialOpenReason(api.journal, plain.uri, plain.line), undefined);
  });
});
