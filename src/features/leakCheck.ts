/**
 * Leak check (docs/FORMAT.md#confidentiality): one dismissable warning when confidential notes are tracked by git in a
 * repository that has a remote. Uses the built-in git extension's API when present; does
 * nothing without git. Never repeated once dismissed for the workspace.
 */
import * as vscode from 'vscode';
import type { Journal } from '../core/journal';
import { BuiltinCommands } from '../vscode/commands';
import type { FeatureContext } from '../vscode/featureContext';
import { addToGitignore } from '../vscode/gitignore';
import { toUri } from '../vscode/locations';

const DISMISSED_KEY = 'oneOnOne.leakCheck.dismissed';

/** The parts of the git extension's API (v1) this check uses. */
interface GitRepository {
  rootUri: vscode.Uri;
  state: {
    remotes: ReadonlyArray<{ name: string; fetchUrl?: string; pushUrl?: string }>;
    workingTreeChanges: ReadonlyArray<{ uri: vscode.Uri; status: number }>;
    untrackedChanges?: ReadonlyArray<{ uri: vscode.Uri }>;
  };
  checkIgnore(paths: string[]): Promise<Set<string>>;
}
interface GitApi {
  state: 'uninitialized' | 'initialized';
  onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
  onDidOpenRepository: vscode.Event<GitRepository>;
  repositories: GitRepository[];
}

/** Git's status code for an untracked file (extensions/git/src/api/git.d.ts). */
const UNTRACKED = 7;

export interface LeakFinding {
  repository: GitRepository;
  remote: { name: string; url: string };
  /** Repository-relative folders (or files) holding tracked confidential notes. */
  paths: string[];
  count: number;
}

function relativeTo(root: vscode.Uri, uri: vscode.Uri): string | undefined {
  const base = root.path.endsWith('/') ? root.path : `${root.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
}

/** Finds confidential notes that git tracks in a repository with a remote. */
export async function findLeaks(git: GitApi, journal: Journal): Promise<LeakFinding[]> {
  // Without a repository that has a remote nothing can leak: the journal is not looked at.
  if (!git.repositories.some((r) => r.state.remotes.length > 0)) return [];
  const confidential = journal.meetings().filter((m) => m.confidential).map((m) => toUri(m.note.uri));
  const findings: LeakFinding[] = [];
  for (const repository of git.repositories) {
    const remote = repository.state.remotes[0];
    if (!remote) continue;
    const inside = confidential.filter((uri) => relativeTo(repository.rootUri, uri) !== undefined);
    if (inside.length === 0) continue;
    const ignored = await repository.checkIgnore(inside.map((u) => u.fsPath));
    // git reports a folder of untracked files as the folder alone: a note under it is untracked too.
    const untracked = [
      ...repository.state.workingTreeChanges.filter((c) => c.status === UNTRACKED).map((c) => c.uri.path),
      ...(repository.state.untrackedChanges ?? []).map((c) => c.uri.path),
    ];
    const isUntracked = (uri: vscode.Uri): boolean => untracked.some((p) => uri.path === p || uri.path.startsWith(p.endsWith('/') ? p : `${p}/`));
    const tracked = inside.filter((u) => !ignored.has(u.fsPath) && !isUntracked(u));
    if (tracked.length === 0) continue;
    // Suggest ignoring the top folder of each note (e.g. `1on1s/`), or the file when it sits at the root.
    const paths = [...new Set(tracked.map((u) => {
      const rel = relativeTo(repository.rootUri, u)!;
      return rel.includes('/') ? `${rel.slice(0, rel.indexOf('/'))}/` : rel;
    }))].sort();
    findings.push({ repository, remote: { name: remote.name, url: remote.fetchUrl ?? remote.pushUrl ?? '' }, paths, count: tracked.length });
  }
  return findings;
}

async function ignoreFinding(finding: LeakFinding): Promise<void> {
  const added = await addToGitignore(finding.repository.rootUri, finding.paths);
  if (added.length === 0) return;
  void vscode.window.showInformationMessage(
    `Added ${added.join(', ')} to .gitignore. Files already committed stay in the history: remove them with "git rm --cached" and rewrite history if they were pushed.`,
  );
}

export function register({ extension: context, journal, index, log, platform }: FeatureContext): void {
  // After the first index: git's answers are not needed sooner, and the views come first.
  const ready = index.indexed;
  if (context.workspaceState.get<boolean>(DISMISSED_KEY)) return;
  if (platform.leakCheckUnavailable) {
    const reason = platform.leakCheckUnavailable;
    log.info(`Leak check skipped: ${reason}`);
    // Said once per workspace, and only to a journal that has something to keep out of git.
    void ready.then(async () => {
      if (context.workspaceState.get<boolean>(DISMISSED_KEY) || !journal.meetings().some((m) => m.confidential)) return;
      await context.workspaceState.update(DISMISSED_KEY, true);
      const learn = 'Learn More';
      const choice = await vscode.window.showInformationMessage(`1:1 Journal cannot check git here: ${reason}`, learn);
      if (choice === learn) await vscode.commands.executeCommand(BuiltinCommands.showMarkdownPreview, vscode.Uri.joinPath(context.extensionUri, 'README.md'));
    });
    return;
  }
  const gitExtension = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
  if (!gitExtension) return; // no git: nothing to check
  let shown = false;
  const check = async (git: GitApi): Promise<void> => {
    if (shown || context.workspaceState.get<boolean>(DISMISSED_KEY)) return;
    const [finding] = await findLeaks(git, journal);
    if (!finding || shown) return;
    shown = true;
    log.warn(`Leak check: ${finding.count} confidential notes are tracked by git with the remote "${finding.remote.name}".`);
    const ignore = 'Add to .gitignore';
    const learn = 'Learn More';
    const choice = await vscode.window.showWarningMessage(
      `${finding.count} confidential 1:1 note${finding.count === 1 ? ' is' : 's are'} tracked by git in a repository with the remote "${finding.remote.name}"${finding.remote.url ? ` (${finding.remote.url})` : ''}. Pushing shares what people told you in confidence.`,
      ignore, learn, "Don't Show Again",
    );
    await context.workspaceState.update(DISMISSED_KEY, true); // one warning, whatever the answer
    if (choice === ignore) await ignoreFinding(finding);
    else if (choice === learn) {
      await vscode.commands.executeCommand(BuiltinCommands.showMarkdownPreview, vscode.Uri.joinPath(context.extensionUri, 'README.md'));
    }
  };
  void (async () => {
    try {
      await ready;
      const git = (gitExtension.isActive ? gitExtension.exports : await gitExtension.activate()).getAPI(1);
      context.subscriptions.push(
        git.onDidChangeState((s) => { if (s === 'initialized') void check(git); }),
        git.onDidOpenRepository(() => void check(git)),
      );
      if (git.state === 'initialized') await check(git);
    } catch (error) {
      log.info(`Leak check skipped: git is not available (${error instanceof Error ? error.message : String(error)}).`);
    }
  })();
}
