import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { saysSelf } from '../../src/core/me';
import { BUILT_IN_TEMPLATES } from '../../src/core/templates';
import type { PeopleNode } from '../../src/features/peopleView';
import type { SetUpResult } from '../../src/features/setup';
import { activeApi, readTree, waitFor, workspaceFolder } from './lib/helpers';

const profilePath = (name: string): string => path.join(workspaceFolder().fsPath, 'people', `${name}.md`);

describe('Set Up Journal and This Is Me', function () {
  // Each test edits and re-reads profiles; on a busy machine that takes a while.
  this.timeout(90_000);
  let empty: string;
  /** Profiles as the fixture has them, put back after each test. */
  const originals = new Map<string, string>();

  before(async () => {
    await activeApi();
    empty = fs.mkdtempSync(path.join(os.tmpdir(), 'oneonone-setup-'));
    for (const name of ['maya-okafor', 'dana-diaz']) originals.set(profilePath(name), fs.readFileSync(profilePath(name), 'utf8'));
  });

  afterEach(async () => {
    const api = await activeApi();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const [file, text] of originals) {
      if (fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
      // An editor that has the profile open must show the file again before the next test reads it.
      await waitFor(`the open ${path.basename(file)} to match the disk`, () => {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === file);
        return !doc || doc.getText() === text;
      }, 60_000);
    }
    await waitFor('Maya Okafor to be me again', () => api.journal.directory().me?.name === 'Maya Okafor', 60_000);
  });

  after(() => fs.rmSync(empty, { recursive: true, force: true }));

  it('sets up an empty folder: your profile with relationship: self, the templates, the .gitignore line', async () => {
    const folder = vscode.Uri.file(empty);
    const result = await vscode.commands.executeCommand<SetUpResult>('oneOnOne.setUpJournal', {
      folder, name: 'Ana Lima', role: 'Engineering Manager', templates: true, gitignore: true,
    });
    assert.ok(result, 'Set Up Journal returned nothing');
    assert.equal(result.me?.created, true);
    const profile = fs.readFileSync(path.join(empty, 'people', 'ana-lima.md'), 'utf8');
    assert.match(profile, /^kind: person$/m);
    assert.match(profile, /^name: Ana Lima$/m);
    assert.match(profile, /^role: Engineering Manager$/m);
    assert.ok(saysSelf(profile), `the new profile does not say relationship: self:\n${profile}`);
    for (const [file, type] of [['one-on-one.md', 'one-on-one'], ['skip-level.md', 'skip-level'], ['peer.md', 'peer']] as const) {
      assert.equal(fs.readFileSync(path.join(empty, '.1on1', 'templates', file), 'utf8'), BUILT_IN_TEMPLATES[type], `${file} is not the built-in template`);
    }
    assert.equal(fs.readFileSync(path.join(empty, '.gitignore'), 'utf8'), '# Confidential 1:1 notes (added by 1:1 Journal)\n/1on1s/\n');
  });

  it('run again, changes nothing: an edited template stays, the .gitignore line is not repeated', async () => {
    const template = path.join(empty, '.1on1', 'templates', 'peer.md');
    fs.writeFileSync(template, 'my own peer agenda\n');
    const gitignore = fs.readFileSync(path.join(empty, '.gitignore'), 'utf8');
    const result = await vscode.commands.executeCommand<SetUpResult>('oneOnOne.setUpJournal', {
      folder: vscode.Uri.file(empty), name: 'Ana Lima', templates: true, gitignore: true,
    });
    assert.equal(result?.me?.created, false, 'the existing profile was created again');
    assert.equal((await activeApi()).journal.directory().me?.name, 'Maya Okafor', 'setting up another folder changed who is me in the journal');
    assert.deepEqual(result?.templatesCopied, []);
    assert.deepEqual(result?.gitignoreLines, []);
    assert.equal(fs.readFileSync(template, 'utf8'), 'my own peer agenda\n');
    assert.equal(fs.readFileSync(path.join(empty, '.gitignore'), 'utf8'), gitignore);
  });

  it('in a journal that knows who you are, keeps your profile and writes nothing it was told not to', async () => {
    const before = fs.readdirSync(workspaceFolder().fsPath).sort();
    const result = await vscode.commands.executeCommand<SetUpResult>('oneOnOne.setUpJournal', { templates: false, gitignore: false });
    assert.equal(result?.me?.name, 'Maya Okafor');
    assert.equal(result?.me?.created, false);
    assert.deepEqual(fs.readdirSync(workspaceFolder().fsPath).sort(), before);
  });

  it('This Is Me moves relationship: self to the chosen profile and off the old one', async () => {
    const api = await activeApi();
    await vscode.commands.executeCommand('oneOnOne.thisIsMe', 'Dana Diaz');
    await waitFor('Dana Diaz to be me', () => api.journal.directory().me?.name === 'Dana Diaz', 60_000);
    assert.ok(saysSelf(fs.readFileSync(profilePath('dana-diaz'), 'utf8')), 'Dana Diaz\'s profile does not say relationship: self');
    assert.ok(!saysSelf(fs.readFileSync(profilePath('maya-okafor'), 'utf8')), 'Maya Okafor\'s profile still says relationship: self');
    // Everything else in the old profile stays as it was.
    assert.equal(fs.readFileSync(profilePath('maya-okafor'), 'utf8'), originals.get(profilePath('maya-okafor'))!.replace('relationship: self\n', ''));
  });

  it('This Is Me works from a People row, as the context menu passes it', async () => {
    const api = await activeApi();
    const find = (name: string, under?: PeopleNode): PeopleNode | undefined => {
      for (const node of api.views.people.getChildren(under)) {
        if (node.kind === 'person' && node.person.name === name) return node;
        const deeper = find(name, node);
        if (deeper) return deeper;
      }
      return undefined;
    };
    const dana = find('Dana Diaz');
    assert.ok(dana, 'no People row for Dana Diaz');
    assert.equal(api.views.people.getTreeItem(dana).contextValue, 'person', 'the row does not carry the context value the menu needs');
    await vscode.commands.executeCommand('oneOnOne.thisIsMe', dana);
    await waitFor('Dana Diaz to be me', () => api.journal.directory().me?.name === 'Dana Diaz', 60_000);
  });

  it('with no one as me, the People view says so first and offers This Is Me; the context key is off', async () => {
    const api = await activeApi();
    const maya = profilePath('maya-okafor');
    fs.writeFileSync(maya, originals.get(maya)!.replace('relationship: self\n', ''));
    await waitFor('no one to be me', () => api.journal.directory().me === undefined, 60_000);
    await waitFor('oneOnOne.hasMe to be false', () => api.contextKeys()['oneOnOne.hasMe'] === false, 10_000);
    const [first] = await readTree(api.views.people as vscode.TreeDataProvider<unknown>);
    assert.equal(first?.label, 'Which one is you?');
    const item = api.views.people.getTreeItem({ kind: 'noMe' });
    assert.equal(item.command?.command, 'oneOnOne.thisIsMe');
    fs.writeFileSync(maya, originals.get(maya)!);
    await waitFor('oneOnOne.hasMe to be true again', () => api.contextKeys()['oneOnOne.hasMe'] === true, 60_000);
  });
});
