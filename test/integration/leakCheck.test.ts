import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { findLeaks } from '../../src/features/leakCheck';
import { activeApi, waitFor, workspaceFolder } from './lib/helpers';

type GitApi = Parameters<typeof findLeaks>[0] & { openRepository(root: vscode.Uri): Promise<unknown> };

describe('leak check with the real git extension', function () {
  this.timeout(60_000);
  const root = (): string => workspaceFolder().fsPath;
  const git = (...args: string[]): void => {
    execFileSync('git', ['-c', 'user.email=test@example.invalid', '-c', 'user.name=Test', '-c', 'commit.gpgsign=false', ...args], { cwd: root(), stdio: 'ignore' });
  };

  // This suite runs last (zz-) and leaves its repository to the runner's temp-folder cleanup:
  // removing .git while the git extension still watches it makes git's own processes fail
  // (EPIPE) in whatever test runs next.

  it('finds the confidential notes git tracks in a repository with a remote, and none once they are ignored', async function () {
    const extension = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
    if (!extension) return this.skip(); // no git extension in this VS Code: the check does nothing
    const api = await activeApi();
    // Earlier suites delete their notes: wait until the index has caught up with the disk.
    await waitFor('the index to hold only files that exist', () => api.journal.uris().every((u) => fs.existsSync(vscode.Uri.parse(u).fsPath)), 20_000);
    git('init', '-q');
    git('add', '1on1s', 'people');
    git('commit', '-q', '-m', 'journal');
    git('remote', 'add', 'origin', 'https://git.example.invalid/journal.git');
    const gitApi = (await extension.activate()).getAPI(1);
    await gitApi.openRepository(workspaceFolder());
    const repository = await waitFor('the repository with its remote', () => gitApi.repositories.find((r) => r.rootUri.fsPath === root() && r.state.remotes.length > 0), 20_000);
    // Untracked notes (left by earlier suites) are not tracked: let git report them first.
    await (repository as unknown as { status(): Promise<void> }).status();

    const confidential = api.journal.meetings().filter((m) => m.confidential && m.note.uri.includes('/1on1s/')).length;
    const [finding] = await findLeaks(gitApi, api.journal);
    assert.ok(finding, 'expected a finding');
    assert.deepEqual([finding.remote.name, finding.remote.url, finding.paths, finding.count], ['origin', 'https://git.example.invalid/journal.git', ['1on1s/'], confidential]);

    fs.writeFileSync(path.join(root(), '.gitignore'), '/1on1s/\n');
    git('rm', '-r', '-q', '--cached', '1on1s');
    git('add', '.gitignore');
    git('commit', '-q', '-m', 'ignore the notes');
    await waitFor('the check to find nothing once the notes are ignored', async () => {
      await (repository as unknown as { status(): Promise<void> }).status();
      return (await findLeaks(gitApi, api.journal)).length === 0;
    }, 20_000);
  });
});
