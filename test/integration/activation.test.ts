import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import { activeApi, extension, within, workspaceFolder } from './lib/helpers';

describe('activation', () => {
  it('activates without error and finishes its first scan of the journal', async () => {
    const ext = extension();
    const api = await within(Promise.resolve(ext.activate()), 20_000, 'activation');
    assert.ok(ext.isActive, 'the extension reports itself inactive after activate()');
    await activeApi();
    assert.ok(api.journal.notes().length > 0, 'the first scan found no 1:1 notes in the fixture journal');
    assert.ok(api.journal.profiles().length > 0, 'the first scan found no person profiles in the fixture journal');
  });

  it('returns its API: the journal, the three view providers and the diagnostics', async () => {
    const api = await activeApi();
    for (const [name, provider] of Object.entries(api.views)) {
      assert.equal(typeof provider.getChildren, 'function', `views.${name} has no getChildren`);
      assert.equal(typeof provider.getTreeItem, 'function', `views.${name} has no getTreeItem`);
    }
    assert.equal(typeof api.diagnostics.get, 'function', 'diagnostics is not a DiagnosticCollection');
  });

  it('runs on a temp copy of the fixture journal, never on the fixture itself (the suite edits files)', () => {
    const folder = workspaceFolder().fsPath;
    assert.ok(folder.startsWith(os.tmpdir()), `the workspace ${folder} is not under ${os.tmpdir()}: run the suite through npm run test:integration or test:electron`);
    const copy = process.env.ONEONONE_TEST_FIXTURE;
    if (copy) assert.equal(folder, copy, 'the runner opened another folder than the copy it made');
  });
});
