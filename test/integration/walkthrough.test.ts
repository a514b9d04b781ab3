import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ContextKeys } from '../../src/vscode/contextKeys';
import { activeApi, extension, waitFor, workspaceFolder } from './lib/helpers';

interface Step { id: string; title: string; description: string; completionEvents?: string[]; media: { markdown?: string } }

function steps(): Step[] {
  const walkthroughs = (extension().packageJSON as { contributes: { walkthroughs: Array<{ id: string; steps: Step[] }> } }).contributes.walkthroughs;
  return walkthroughs.find((w) => w.id === 'oneOnOne.gettingStarted')!.steps;
}

const keyOf = (step: Step): string => {
  const [event] = step.completionEvents ?? [];
  assert.ok(event?.startsWith('onContext:'), `step ${step.id} does not complete on a context key: ${event}`);
  return event.slice('onContext:'.length);
};

describe('the getting-started walkthrough', () => {
  before(() => activeApi());

  it('has the six steps, in order, each completing on a context key the extension owns and sets', async () => {
    const api = await activeApi();
    assert.deepEqual(steps().map((s) => s.id), ['whoAreYou', 'addPeople', 'firstNote', 'tickFollowUp', 'privacyMode', 'templates']);
    const owned = new Set<string>(Object.values(ContextKeys));
    for (const step of steps()) {
      const key = keyOf(step);
      assert.ok(owned.has(key), `step ${step.id} waits for ${key}, which src/vscode/contextKeys.ts does not own`);
      await waitFor(`the extension to set ${key}`, () => key in api.contextKeys(), 5_000);
    }
  });

  it('links only commands that exist, and media files that ship', async () => {
    const commands = new Set(await vscode.commands.getCommands(true));
    for (const step of steps()) {
      for (const [, id] of step.description.matchAll(/\(command:([\w.]+)/g)) assert.ok(commands.has(id), `step ${step.id} links the unknown command ${id}`);
      if (step.media.markdown) assert.ok(fs.existsSync(path.join(extension().extensionPath, step.media.markdown)), `step ${step.id}: ${step.media.markdown} is missing`);
    }
  });

  it('marks "who you are", "people" and "first note" done from the journal itself', async () => {
    const api = await activeApi();
    const keys = api.contextKeys();
    assert.equal(keys[ContextKeys.hasMe], api.journal.directory().me !== undefined);
    assert.equal(keys[ContextKeys.hasPeople], api.journal.profiles().length > 1);
    assert.equal(keys[ContextKeys.hasNotes], api.journal.counts().notes > 0);
    assert.equal(keys[ContextKeys.followUpDone], api.journal.followUps({ includeDone: true }).some((f) => f.done));
  });

  it('marks "privacy mode" done when it is turned on', async () => {
    const api = await activeApi();
    assert.equal(api.contextKeys()[ContextKeys.privacyMode], false);
    await vscode.commands.executeCommand('oneOnOne.togglePrivacyMode');
    try {
      assert.equal(api.contextKeys()[ContextKeys.privacyMode], true);
    } finally {
      await vscode.commands.executeCommand('oneOnOne.togglePrivacyMode');
    }
  });

  it('marks "templates" done when Copy Templates puts them in the workspace, and undone when they are gone', async () => {
    const api = await activeApi();
    const folder = path.join(workspaceFolder().fsPath, '.1on1');
    assert.equal(api.contextKeys()[ContextKeys.hasTemplates], false, 'the fixture already has templates');
    try {
      const copied = await vscode.commands.executeCommand<string[]>('oneOnOne.copyTemplates');
      assert.deepEqual(copied, ['one-on-one.md', 'skip-level.md', 'peer.md']);
      await waitFor('oneOnOne.hasTemplates', () => api.contextKeys()[ContextKeys.hasTemplates] === true, 20_000);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
    await waitFor('oneOnOne.hasTemplates to go off', () => api.contextKeys()[ContextKeys.hasTemplates] === false, 20_000);
  });
});
