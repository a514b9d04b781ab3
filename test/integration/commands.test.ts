import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, extension } from './lib/helpers';

interface Contributes {
  commands?: { command: string; title: string; category?: string }[];
  menus?: Record<string, { command?: string; submenu?: string }[]>;
  keybindings?: { command: string }[];
  views?: Record<string, { id: string; name: string }[]>;
}

function contributes(): Contributes {
  return (extension().packageJSON as { contributes?: Contributes }).contributes ?? {};
}

describe('commands', () => {
  before(async () => {
    await activeApi();
  });

  it('registers every command contributed in package.json', async () => {
    const contributed = (contributes().commands ?? []).map((c) => c.command);
    assert.ok(contributed.length > 0, 'package.json contributes no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], `contributed in package.json but not registered by activate(): ${missing.join(', ')}`);
  });

  it('names every contributed command oneOnOne.* and puts it in the "1:1" palette category', () => {
    const stray = (contributes().commands ?? []).filter((c) => !c.command.startsWith('oneOnOne.') || c.category !== '1:1');
    assert.deepEqual(stray.map((c) => `${c.command} (category ${c.category ?? 'none'})`), [], 'commands outside the oneOnOne.* ids or the "1:1" category');
  });

  it('only refers to contributed commands from menus and keybindings', () => {
    const known = new Set((contributes().commands ?? []).map((c) => c.command));
    const referenced = [
      ...Object.values(contributes().menus ?? {}).flat().map((entry) => entry.command),
      ...(contributes().keybindings ?? []).map((entry) => entry.command),
    ].filter((id): id is string => typeof id === 'string' && id.startsWith('oneOnOne.'));
    const unknown = [...new Set(referenced.filter((id) => !known.has(id)))];
    assert.deepEqual(unknown, [], `menus or keybindings refer to commands package.json does not contribute: ${unknown.join(', ')}`);
  });

  it('contributes the three views of the 1:1s container', () => {
    const views = (contributes().views?.oneOnOne ?? []).map((v) => `${v.id}: ${v.name}`);
    assert.deepEqual(views, ['oneOnOne.upcoming: Upcoming 1:1s', 'oneOnOne.followUps: Follow-ups', 'oneOnOne.people: People']);
  });
});
