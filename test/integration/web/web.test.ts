/**
 * The extension in the web worker extension host: it runs from its `browser` entry, indexes the
 * journal through `workspace.fs`, fills the views, marks a follow-up done, creates a note from a
 * template and imports a CSV — everything a browser VS Code offers, with no Node.
 */
import * as vscode from 'vscode';
import type { OneOnOneApi } from '../../../src/extension';
import type { FollowUpNode } from '../../../src/features/followUpsView';

const EXTENSION_ID = 'one-on-one-journal.one-on-one-journal';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function api(): Promise<OneOnOneApi> {
  const extension = vscode.extensions.getExtension<OneOnOneApi>(EXTENSION_ID);
  check(extension, `${EXTENSION_ID} is not loaded in this extension host`);
  const exports = await extension.activate();
  await exports.ready;
  await exports.indexed;
  return exports;
}

function folder(): vscode.Uri {
  const first = vscode.workspace.workspaceFolders?.[0];
  check(first, 'no workspace folder is open');
  return first.uri;
}

export function defineWebSuite(): void {
  describe('the web extension, in the web worker extension host', () => {
    it('runs its browser entry, with the web platform', async () => {
      const exports = await api();
      check(exports.platform === 'web', `the extension runs on the ${exports.platform} platform`);
      check(typeof (globalThis as { process?: unknown }).process === 'undefined' || typeof (globalThis as { document?: unknown }).document === 'undefined', 'this is not a web worker');
    });

    it('indexes the journal through workspace.fs', async () => {
      const exports = await api();
      check(exports.journal.notes().length > 20, `only ${exports.journal.notes().length} notes indexed`);
      check(exports.journal.profiles().length > 10, `only ${exports.journal.profiles().length} profiles indexed`);
      check(exports.journal.directory().me?.name === 'Maya Okafor', 'Maya Okafor is not me');
      check(exports.journal.followUps().length > 0, 'no follow-ups: note bodies were not parsed');
    });

    it('fills the Upcoming, Follow-ups and People views', async () => {
      const exports = await api();
      check(exports.views.upcoming.getChildren().length > 0, 'Upcoming 1:1s is empty');
      check(exports.views.followUps.getChildren().length > 0, 'Follow-ups is empty');
      check(exports.views.people.getChildren().length > 0, 'People is empty');
      for (const node of exports.views.people.getChildren()) exports.views.people.getTreeItem(node);
    });

    it('marks a follow-up done through a WorkspaceEdit, and undoes it', async () => {
      const exports = await api();
      const provider = exports.views.followUps;
      const rows = provider.getChildren().filter((g) => g.kind === 'group' && g.groupId !== 'cooling-off').flatMap((g) => provider.getChildren(g));
      const row = rows.find((n): n is Extract<FollowUpNode, { kind: 'item' }> => n.kind === 'item' && !n.item.done);
      check(row, 'no open follow-up to tick');
      const { uri, line } = row.item;
      check(await vscode.commands.executeCommand('oneOnOne.followUps.markDone', row) === 'edited', 'Mark Done did not edit');
      await waitFor('the follow-up to be done', () => exports.journal.followUps({ includeDone: true }).find((f) => f.uri === uri && f.line === line)?.done);
      const done = exports.journal.followUps({ includeDone: true }).find((f) => f.uri === uri && f.line === line)!;
      check(await vscode.commands.executeCommand('oneOnOne.toggleFollowUpDone', { kind: 'item', item: done, parentId: '' }) === 'edited', 'toggling back did not edit');
      await waitFor('the follow-up to be open again', () => exports.journal.followUps().some((f) => f.uri === uri && f.line === line));
    });

    it('creates a new note from the built-in template', async () => {
      const exports = await api();
      const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('oneOnOne.newNote', 'Dana Diaz', { type: 'one-on-one', date: '2031-01-06' });
      check(editor, 'New 1:1 Note opened no editor');
      const uri = editor.document.uri;
      try {
        check(/^person: Dana Diaz$/m.test(editor.document.getText()), 'the note does not name Dana Diaz');
        await vscode.workspace.fs.stat(uri);
        await waitFor('the journal to know the note', () => exports.journal.note(uri.toString()));
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
        await vscode.workspace.fs.delete(uri);
      }
    });

    it('imports an org chart from a CSV in the folder (csv-parse without Node)', async () => {
      await api();
      const csv = vscode.Uri.joinPath(folder(), 'web-org.csv');
      const created = vscode.Uri.joinPath(folder(), 'people', 'webb-tester.md');
      await vscode.workspace.fs.writeFile(csv, new TextEncoder().encode('name,reportsTo,team\r\n"Webb Tester",Maya Okafor,Web\r\n'));
      try {
        const summary = await vscode.commands.executeCommand<{ created: string[] } | undefined>('oneOnOne.importOrgChart', csv);
        check(summary?.created.join() === 'Webb Tester', `the import created ${JSON.stringify(summary?.created)}`);
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(created));
        check(/^reportsTo: Maya Okafor$/m.test(text), `the new profile is:\n${text}`);
      } finally {
        await vscode.workspace.fs.delete(csv);
        await vscode.workspace.fs.delete(created).then(undefined, () => undefined);
      }
    });
  });
}
