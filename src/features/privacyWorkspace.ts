/**
 * What VS Code itself draws while privacy mode is on (docs/FORMAT.md#confidentiality): editors already open, tabs, the
 * Explorer, Quick Open. Turning privacy mode on offers (one notification, the answer remembered
 * per workspace) to close confidential editors and to hide the journal's folders from the
 * Explorer and Quick Open (`files.exclude`, `search.exclude` in the workspace settings, or in each
 * folder's settings of a multi-root workspace) while it is on. Turning it off gives the user's settings back exactly; the originals are saved in the
 * workspace state before anything is written, so a crash or reload in between loses nothing.
 */
import * as vscode from 'vscode';
import type { Journal } from '../core/journal';
import {
  WORKSPACE, planHiding, readSavedHiding, restoreSetting, saveSetting, withPrivacyExclude,
  type HidingPlan, type HidingSetting, type SavedHiding, type SavedSettings,
} from '../core/privacyWorkspace';
import { Commands } from '../vscode/commands';
import type { Log } from '../vscode/log';
import type { FeatureContext } from '../vscode/featureContext';

/** The settings hidden folders are written to: section and key. */
const TARGETS: ReadonlyArray<{ id: HidingSetting; section: string; key: string }> = [
  { id: 'files', section: 'files', key: 'exclude' },
  { id: 'search', section: 'search', key: 'exclude' },
];

const SAVED_KEY = 'oneOnOne.privacyWorkspace.saved';
const CHOICE_KEY = 'oneOnOne.privacyWorkspace.choice';

type Choice = 'always' | 'never';

/** One settings file: the workspace's own (`WORKSPACE`), or a workspace folder's in a multi-root workspace. */
function settingsAt(where: string, section: string): { config: vscode.WorkspaceConfiguration; target: vscode.ConfigurationTarget; value(key: string): unknown } {
  if (where === WORKSPACE) {
    const config = vscode.workspace.getConfiguration(section);
    return { config, target: vscode.ConfigurationTarget.Workspace, value: (key) => config.inspect(key)?.workspaceValue };
  }
  const config = vscode.workspace.getConfiguration(section, vscode.Uri.parse(where));
  return { config, target: vscode.ConfigurationTarget.WorkspaceFolder, value: (key) => config.inspect(key)?.workspaceFolderValue };
}

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
    return readSavedHiding(this.state.get(SAVED_KEY)) !== undefined;
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

  /** What to hide where: every workspace folder's own journal folders (core/privacyWorkspace.ts). */
  private plans(): HidingPlan[] {
    const roots = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString());
    const uris = [...this.journal.meetings().map((m) => m.note.uri), ...this.journal.profiles().map((p) => p.uri)];
    return planHiding(roots, uris);
  }

  /**
   * Hides the journal's folders from the Explorer and Quick Open, in every workspace folder;
   * saves the originals first. Returns the folders hidden (prefixed with the workspace folder's
   * name in a multi-root workspace).
   */
  async hideFolders(): Promise<string[]> {
    const plans = this.plans();
    if (plans.length === 0) return [];
    // Originals saved before the first write; kept when already saved (hidden before a crash).
    const saved: SavedHiding = { ...readSavedHiding(this.state.get(SAVED_KEY)) };
    for (const plan of plans) {
      const settings: SavedSettings = { ...saved[plan.where] };
      for (const t of TARGETS) settings[t.id] ??= saveSetting(settingsAt(plan.where, t.section).value(t.key));
      saved[plan.where] = settings;
    }
    await this.state.update(SAVED_KEY, saved);
    const hidden: string[] = [];
    for (const plan of plans) {
      for (const t of TARGETS) {
        const at = settingsAt(plan.where, t.section);
        const next = withPrivacyExclude(at.value(t.key), plan.key);
        if (next) await at.config.update(t.key, next, at.target);
      }
      const name = plan.where === WORKSPACE ? undefined : vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(plan.where))?.name;
      hidden.push(...plan.folders.map((f) => (name ? `${name}/${f}` : f)));
    }
    this.log.info(`Privacy mode: hid ${hidden.length} journal folder(s) from the Explorer and Quick Open.`);
    return hidden;
  }

  /**
   * Gives the user's settings back, in every settings file hiding wrote to: only the privacy key
   * is removed; an unset setting is unset again. A folder no longer open keeps its saved copy
   * until it can be given back.
   */
  async restore(): Promise<void> {
    const saved = readSavedHiding(this.state.get(SAVED_KEY));
    if (!saved) return;
    const open = new Set((vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString()));
    const left: SavedHiding = {};
    for (const [where, settings] of Object.entries(saved)) {
      if (where !== WORKSPACE && !open.has(where)) {
        left[where] = settings;
        continue;
      }
      for (const t of TARGETS) {
        const at = settingsAt(where, t.section);
        const restore = restoreSetting(settings[t.id], at.value(t.key));
        if (restore.change) await at.config.update(t.key, restore.value, at.target);
      }
    }
    await this.state.update(SAVED_KEY, Object.keys(left).length > 0 ? left : undefined);
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
