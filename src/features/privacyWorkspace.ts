/**
 * What VS Code itself draws while privacy mode is on (docs/FORMAT.md#confidentiality): editors already open, tabs, the
 * Explorer, Quick Open. Turning privacy mode on offers (one notification, the answer remembered
 * per workspace) to close confidential editors and to hide the journal's folders from the
 * Explorer and Quick Open (`files.exclude`, `search.exclude` in the workspace settings) while it
 * is on. Turning it off gives the user's settings back exactly; the originals are saved in the
 * workspace state before anything is written, so a crash or reload in between loses nothing.
 */
import * as vscode from 'vscode';
import type { Journal } from '../core/journal';
import {
  journalFolders, privacyExcludeKey, restoreSetting, saveSetting, withPrivacyExclude, type SavedSetting,
} from '../core/privacyWorkspace';
import { Commands } from '../vscode/commands';
import type { Log } from '../vscode/log';
import type { FeatureContext } from '../vscode/featureContext';

/** The settings hidden folders are written to: section and key. */
const TARGETS: ReadonlyArray<{ id: 'files' | 'search'; section: string; key: string }> = [
  { id: 'files', section: 'files', key: 'exclude' },
  { id: 'search', section: 'search', key: 'exclude' },
];

const SAVED_KEY = 'oneOnOne.privacyWorkspace.saved';
const CHOICE_KEY = 'oneOnOne.privacyWorkspace.choice';

type Saved = Partial<Record<'files' | 'search', SavedSetting>>;
type Choice = 'always' | 'never';

/** What hiding did, for the message and for tests. */
export interface HideResult {
  closed: number;
  /** Confidential editors left open because they have unsaved changes. */
  keptUnsaved: number;
  folders: string[];
}

/** Closing confidential editors and hiding/restoring the journal's folders; state in `state`. */
export class PrivacyWorkspace {
  constructor(private readonly journal: Journal, private readonly state: vscode.Memento, private readonly log: Log) {}

  /** Whether folders are hidden now (saved originals wait to be restored). */
  get hidden(): boolean {
    return this.state.get<Saved>(SAVED_KEY) !== undefined;
  }

  /** Notes that show confidential text: confidential ones, and shareable ones with a confidential item. */
  private confidentialUris(): Set<string> {
    const uris = new Set(this.journal.meetings().filter((m) => m.confidential).map((m) => m.note.uri));
    for (const f of this.journal.followUps({ includeDone: true })) if (f.confidential) uris.add(f.uri);
    return uris;
  }

  /** Closes the open editors of confidential notes, except those with unsaved changes. */
  async closeConfidentialEditors(): Promise<{ closed: number; keptUnsaved: number }> {
    const confidential = this.confidentialUris();
    const tabs: vscode.Tab[] = [];
    let keptUnsaved = 0;
    for (const tab of vscode.window.tabGroups.all.flatMap((g) => g.tabs)) {
      const input = tab.input;
      const uri = input instanceof vscode.TabInputText ? input.uri : input instanceof vscode.TabInputTextDiff ? input.modified : undefined;
      if (!uri || !confidential.has(uri.toString())) continue;
      if (tab.isDirty) keptUnsaved++;
      else tabs.push(tab);
    }
    if (tabs.length > 0) await vscode.window.tabGroups.close(tabs, true);
    return { closed: tabs.length, keptUnsaved };
  }

  /** The top-level folders of the journal's notes and profiles, in the first workspace folder. */
  private folders(): string[] {
    const root = vscode.workspace.workspaceFolders?.[0]?.uri.toString();
    if (!root) return [];
    const prefix = root.endsWith('/') ? root : `${root}/`;
    const uris = [...this.journal.meetings().map((m) => m.note.uri), ...this.journal.profiles().map((p) => p.uri)];
    return journalFolders(uris.filter((u) => u.startsWith(prefix)).map((u) => decodeURIComponent(u.slice(prefix.length))));
  }

  /** Hides the journal's folders from the Explorer and Quick Open; saves the originals first. */
  async hideFolders(): Promise<string[]> {
    const folders = this.folders();
    const key = privacyExcludeKey(folders);
    if (!key) return [];
    // Originals saved before the first write; kept when already saved (hidden before a crash).
    const saved: Saved = { ...this.state.get<Saved>(SAVED_KEY) };
    for (const t of TARGETS) {
      saved[t.id] ??= saveSetting(vscode.workspace.getConfiguration(t.section).inspect(t.key)?.workspaceValue);
    }
    await this.state.update(SAVED_KEY, saved);
    for (const t of TARGETS) {
      const config = vscode.workspace.getConfiguration(t.section);
      const next = withPrivacyExclude(config.inspect(t.key)?.workspaceValue, key);
      if (next) await config.update(t.key, next, vscode.ConfigurationTarget.Workspace);
    }
    this.log.info(`Privacy mode: hid ${folders.length} journal folder(s) from the Explorer and Quick Open.`);
    return folders;
  }

  /** Gives the user's settings back: only the privacy key is removed; an unset setting is unset again. */
  async restore(): Promise<void> {
    const saved = this.state.get<Saved>(SAVED_KEY);
    if (!saved) return;
    for (const t of TARGETS) {
      const config = vscode.workspace.getConfiguration(t.section);
      const restore = restoreSetting(saved[t.id], config.inspect(t.key)?.workspaceValue);
      if (restore.change) await config.update(t.key, restore.value, vscode.ConfigurationTarget.Workspace);
    }
    await this.state.update(SAVED_KEY, undefined);
    this.log.info('Privacy mode off: the Explorer and Quick Open show the journal again (your own settings restored).');
  }

  /** Both: close confidential editors and hide the folders. */
  async hide(): Promise<HideResult> {
    const { closed, keptUnsaved } = await this.closeConfidentialEditors();
    const folders = await this.hideFolders();
    return { closed, keptUnsaved, folders };
  }

  get choice(): Choice | undefined {
    return this.state.get<Choice>(CHOICE_KEY);
  }

  async remember(choice: Choice | undefined): Promise<void> {
    await this.state.update(CHOICE_KEY, choice);
  }

  /**
   * On activation: folders still hidden while privacy mode is off (a crash or reload between on
   * and off, or off turned in another window) are given back.
   */
  async settle(privacyOn: boolean): Promise<void> {
    if (!privacyOn && this.hidden) await this.restore();
  }
}

/** Says what hiding did, in words that name no one. */
export function describeHide(result: HideResult): string {
  const parts: string[] = [];
  if (result.closed > 0) parts.push(`closed ${result.closed} confidential editor${result.closed === 1 ? '' : 's'}`);
  if (result.keptUnsaved > 0) parts.push(`left ${result.keptUnsaved} with unsaved changes open`);
  if (result.folders.length > 0) parts.push(`hid ${result.folders.length} journal folder${result.folders.length === 1 ? '' : 's'} from the Explorer and Quick Open until privacy mode is off`);
  return parts.length > 0 ? `Privacy mode: ${parts.join('; ')}.` : 'Privacy mode: no confidential editor was open and there was no journal folder to hide.';
}

export function register(ctx: Pick<FeatureContext, 'extension' | 'journal' | 'privacy' | 'log'>): PrivacyWorkspace {
  const { extension, journal, privacy, log } = ctx;
  const workspace = new PrivacyWorkspace(journal, extension.workspaceState, log);
  const hideNow = async (): Promise<HideResult> => {
    const result = await workspace.hide();
    void vscode.window.showInformationMessage(describeHide(result));
    return result;
  };
  let byCommand = false;
  const offer = async (): Promise<void> => {
    const choice = workspace.choice;
    if (byCommand) return;
    if (choice === 'never' || !vscode.workspace.workspaceFolders?.length) return;
    if (choice === 'always') {
      await hideNow();
      return;
    }
    const hide = 'Close and Hide';
    const always = 'Always';
    const never = 'Never Here';
    const answer = await vscode.window.showInformationMessage(
      'Privacy mode is on. Editors already open, tabs, the Explorer and Quick Open still show names. Close confidential editors and hide the journal\'s folders while privacy mode is on?',
      hide, always, never,
    );
    if (answer === never) await workspace.remember('never');
    if (answer === always) await workspace.remember('always');
    if (answer === hide || answer === always) await hideNow();
  };
  const report = (error: unknown): void => {
    log.error(`Privacy mode could not update the workspace: ${error instanceof Error ? error.message : String(error)}`);
  };
  extension.subscriptions.push(
    privacy.onDidChange((on) => {
      if (on) void offer().catch(report);
      else void workspace.restore().catch(report);
    }),
    vscode.commands.registerCommand(Commands.privacyHideWorkspace, async () => {
      byCommand = true;
      try {
        if (!privacy.on) await privacy.set(true);
      } finally {
        byCommand = false;
      }
      return hideNow();
    }),
  );
  void workspace.settle(privacy.on).catch(report);
  return workspace;
}
