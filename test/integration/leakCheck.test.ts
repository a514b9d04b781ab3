import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { findLeaks } from '../../src/features/leakCheck';
import { activeApi, waitFor, workspaceFolder } from './lib/helpers';

type GitApi = Parameters<typeof findLeaks>[0] & { openRepository(root: vscode.Uri): Promise<unknown> };

/**
 * The leak check with the real git extension. The repository is made in the folder *around* the
 * workspace (the runner's temp folder, which holds the copy of the fixture journal), so nothing
 * in the workspace changes — no `.git`, no `.gitignore` — and the suites before and after this
 * one see the same journal whatever order they run in. Removing a `.git` the git extension
 * watches makes git fail in whatever runs next, so the repository is closed, not deleted: the
 * runner removes the temp folder with it.
 */
describe('leak check with the real git extension', function () {
  this.timeout(60_000);
  const workspace = (): string => workspaceFolder().fsPath;
  const repoRoot = (): string => path.dirname(workspace());
  const git = (...args: string[]): void => {
    execFileSync('git', ['-c', 'user.email=test@example.invalid', '-c', 'user.name=Test', '-c', 'commit.gpgsign=false', ...args], { cwd: repoRoot(), stdio: 'ignore' });
  };
  const gitConfig = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('git');
  let opened: vscode.Uri | undefined;

  after(async () => {
    if (opened) await vscode.commands.executeCommand('git.close', opened).then(undefined, () => undefined);
    await gitConfig().update('openRepositoryInParentFolders', undefined, vscode.ConfigurationTarget.Global);
  });

  it('finds the confidential notes git tracks in a repository with a remote, and none once they are ignored', async function () {
    const extension = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
    if (!extension) return this.skip(); // no git extension in this VS Code: the check does nothing
    // Never `git init` a folder of the person running the tests: only the runner's temp folder.
    const tmp = fs.realpathSync(os.tmpdir());
    if (!fs.realpathSync(repoRoot()).startsWith(`${tmp}${path.sep}`)) {
      throw new Error(`the workspace ${workspace()} is not a temp copy under ${tmp}: run the suite with scripts/test-integration.js`);
    }
    const api = await activeApi();
    // A suite before this one may have deleted notes: wait until the index has caught up with the disk.
    await waitFor('the index to hold only files that exist', () => api.journal.uris().every((u) => fs.existsSync(vscode.Uri.parse(u).fsPath)), 20_000);
    const journalDir = path.basename(workspace());
    git('init', '-q');
    git('add', path.join(journalDir, '1on1s'), path.join(journalDir, 'people'));
    git('commit', '-q', '-m', 'journal');
    git('remote', 'add', 'origin', 'https://git.example.invalid/journal.git');
    // The repository is a parent of the workspace folder: the git extension opens it only when told to.
    await gitConfig().update('openRepositoryInParentFolders', 'always', vscode.ConfigurationTarget.Global);
    const gitApi = (await extension.activate()).getAPI(1);
    await gitApi.openRepository(vscode.Uri.file(repoRoot()));
    const repository = await waitFor('the repository with its remote', () => gitApi.repositories.find((r) => r.rootUri.fsPath === repoRoot() && r.state.remotes.length > 0), 20_000);
    opened = repository.rootUri;
    // Notes written since the commit are untracked: let git report them first.
    await (repository as unknown as { status(): Promise<void> }).status();

    const tracked = execFileSync('git', ['ls-files', journalDir], { cwd: repoRoot(), encoding: 'utf8' }).split('\n').filter(Boolean);
    const confidential = api.journal.meetings().filter((m) => m.confidential && tracked.includes(`${journalDir}/${vscode.workspace.asRelativePath(vscode.Uri.parse(m.note.uri), false)}`)).length;
    assert.ok(confidential > 0, 'the fixture journal should hold confidential notes');
    const [finding] = await findLeaks(gitApi, api.journal);
    assert.ok(finding, 'expected a finding');
    assert.deepEqual([finding.remote.name, finding.remote.url, finding.paths, finding.count], ['origin', 'https://git.example.invalid/journal.git', [`${journalDir}/`], confidential]);

    fs.writeFileSync(path.join(repoRoot(), '.gitignore'), `/${journalDir}/1on1s/\n`);
    git('rm', '-r', '-q', '--cached', path.join(journalDir, '1on1s'));
    git('add', '.gitignore');
    git('commit', '-q', '-m', 'ignore the notes');
    await waitFor('the check to find nothing once the notes are ignored', async () => {
      await (repository as unknown as { status(): Promise<void> }).status();
      return (await findLeaks(gitApi, api.journal)).length === 0;
    }, 20_000);
  });
});
