/**
 * The extension in the web worker extension host (vscode.dev, github.dev, the browser VS Code):
 * indexing, the views, Mark Done and New 1:1 Note, through `vscode.workspace.fs` only.
 */
import * as vscode from 'vscode';
import type { FollowUpNode } from '../../src/features/followUpsView';
import { diffRows, expectedViews, type ViewId } from '../integration/lib/expectedViews';
import { activeApi, extension, providerOf, readTree, today, viewOptions, waitFor, workspaceFolder } from '../integration/lib/helpers';

/** node:assert is not in a web worker: a check that throws with what it saw. */
function check(ok: unknown, message: string): asserts ok {
  if (!ok) throw new Error(message);
}

const text = async (uri: vscode.Uri): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const write = (uri: vscode.Uri, content: string): Thenable<void> => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
const exists = (uri: vscode.Uri): Thenable<boolean> => vscode.workspace.fs.stat(uri).then(() => true, () => false);

describe('the web extension in the web worker extension host', () => {
  it('runs in the web worker host (no Node), and indexes the journal', async function () {
    this.timeout(90_000); // activation and the first scan in one worker: 8–21 s measured, more on a busy machine
    check(typeof process === 'undefined', 'the suite runs where Node is: the runner did not force the web worker host');
    check(extension().extensionKind === vscode.ExtensionKind.UI, `the extension runs as ${extension().extensionKind}, not in the browser`);
    const api = await activeApi();
    check(api.journal.notes().length > 0, 'the first scan found no 1:1 notes');
    check(api.journal.profiles().length > 0, 'the first scan found no person profiles');
  });

  for (const view of ['oneOnOne.upcoming', 'oneOnOne.followUps', 'oneOnOne.people'] as ViewId[]) {
    it(`${view}: every row and child row matches the core`, async () => {
      const api = await activeApi();
      const expected = expectedViews(api.journal, viewOptions())[view];
      check(expected.length > 0, `the core computes no rows for ${view}`);
      const problem = diffRows(expected, await readTree(providerOf(api, view)), view);
      check(!problem, problem ?? '');
    });
  }

  it('Mark Done ticks the item in the note and the row leaves Follow-ups', async function () {
    this.timeout(90_000);
    const api = await activeApi();
    const uri = vscode.Uri.joinPath(workspaceFolder(), '1on1s', 'zz-web-actions.md');
    await write(uri, '---\nperson: Zed Web\ndate: 2026-11-18\n---\n## Follow-ups\n- [ ] @me web action item due:2026-11-25\n');
    const provider = api.views.followUps;
    const find = (nodes: FollowUpNode[]): FollowUpNode | undefined => {
      for (const node of nodes) {
        if (node.kind === 'item' && node.item.text === 'web action item') return node;
        const found = find(provider.getChildren(node));
        if (found) return found;
      }
      return undefined;
    };
    const row = await waitFor('the new follow-up in Follow-ups', () => find(provider.getChildren()), 20_000);
    const outcome = await vscode.commands.executeCommand('oneOnOne.followUps.markDone', row);
    check(outcome === 'edited', `Mark Done answered ${String(outcome)}`);
    await waitFor('the ticked line in the note', async () => (await text(uri)).includes(`- [x] @me web action item due:2026-11-25 done:${today()}`), 10_000);
    await waitFor('the row to leave Follow-ups', () => !find(provider.getChildren()), 10_000);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uri);
  });

  it('New 1:1 Note creates the note from the template and the journal indexes it', async function () {
    this.timeout(90_000); // the command, the save and the index in one worker: slow on a busy machine
    const api = await activeApi();
    const uri = vscode.Uri.joinPath(workspaceFolder(), '1on1s', 'carly-chen', `${today()}.md`);
    check(!(await exists(uri)), `${uri.path} exists before the test`);
    await vscode.commands.executeCommand('oneOnOne.newNote', 'Carly', 'one-on-one');
    const written = await waitFor('the new note on disk', async () => ((await exists(uri)) ? text(uri) : undefined), 10_000);
    check(written.includes('person: Carly Chen') && written.includes('## Check-in'), `the new note reads:\n${written}`);
    await waitFor('the journal to index the new note', () => api.journal.meetings().find((m) => m.note.uri === uri.toString() && m.person === 'Carly Chen'), 20_000);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uri);
  });

  it('runs from its browser entry, with the web platform (the leak check stands aside)', async () => {
    const api = await activeApi();
    check(api.platform === 'web', `the extension runs with the ${api.platform} platform: not its browser entry`);
  });

  it('imports an org chart from a CSV in the folder (core/csv.ts, no Node)', async function () {
    this.timeout(90_000);
    await activeApi();
    const csv = vscode.Uri.joinPath(workspaceFolder(), 'web-org.csv');
    const created = vscode.Uri.joinPath(workspaceFolder(), 'people', 'webb-tester.md');
    await write(csv, 'name,reportsTo,team\r\n"Webb Tester",Maya Okafor,Web\r\n');
    try {
      const preview = await vscode.commands.executeCommand<{ created: string[] } | undefined>('oneOnOne.importOrgChart', csv);
      check(preview?.created.join() === 'Webb Tester', `the import would create ${JSON.stringify(preview?.created)}`);
      const summary = await vscode.commands.executeCommand<{ created: string[] } | undefined>('oneOnOne.importOrgChart.apply');
      check(summary?.created.join() === 'Webb Tester', `the import created ${JSON.stringify(summary?.created)}`);
      const profile = await text(created);
      check(/^reportsTo: Maya Okafor$/m.test(profile), `the new profile reads:\n${profile}`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(csv);
      if (await exists(created)) await vscode.workspace.fs.delete(created);
    }
  });
});
