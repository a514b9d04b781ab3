/**
 * The privacy layer (docs/FORMAT.md#confidentiality): every surface that puts a person, a note's text or a path on
 * screen asks it for the text to show — tree items and tooltips, badges, pickers, completion,
 * code-action titles, notifications, previews, webviews, the status bar. In privacy mode names
 * become initials (numbered when two people share them), confidential text becomes
 * "Confidential item", paths become "the note", and role, team and dates that would point at one
 * person are left out. The rules are in core/privacy.ts; this holds the state (remembered per
 * workspace) and the VS Code shapes. Ids never derive from what is shown: build tree ids and
 * picker values from real names and URIs.
 */
import * as vscode from 'vscode';
import type { FeatureContext } from './featureContext';
import {
  CONFIDENTIAL_PLACEHOLDER, detailText, initialsLabels, matchesQuery, nameMasker, noteText, pathText, personText, type NameMasker, type Part,
} from '../core/privacy';
import { escapeHtml } from '../core/html';

/** A person's name and the other names they go by. */
type PersonNames = { name: string; aliases: readonly string[]; profile?: { team?: string } };
import { Commands } from './commands';
import { ContextKeys, setContext } from './contextKeys';

export { CONFIDENTIAL_PLACEHOLDER, type Part };

const STATE_KEY = 'oneOnOne.privacyMode';

/**
 * A quick-pick row whose real texts stay searchable in privacy mode: `label`, `description` and
 * `detail` are what is shown (already masked); `match` holds the real name, aliases and the like,
 * matched by `Privacy.showQuickPick` / `Privacy.searchable` but never drawn.
 */
export type SearchableItem = vscode.QuickPickItem & { match?: readonly string[] };

export class Privacy implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<boolean>();
  /** Fires with the new state when privacy mode turns on or off. */
  readonly onDidChange = this.emitter.event;
  private enabled: boolean;
  private people: () => readonly PersonNames[] = () => [];
  private labels?: { source: readonly PersonNames[]; labels: Map<string, string>; masker: NameMasker };

  constructor(private readonly state: vscode.Memento) {
    this.enabled = state.get<boolean>(STATE_KEY, false);
    setContext(ContextKeys.privacyMode, this.enabled);
  }

  get on(): boolean {
    return this.enabled;
  }

  async set(on: boolean): Promise<void> {
    if (on === this.enabled) return;
    this.enabled = on;
    setContext(ContextKeys.privacyMode, on);
    await this.state.update(STATE_KEY, on);
    this.emitter.fire(on);
  }

  /**
   * Where the names of everyone in the journal come from, so that two people with the same
   * initials show apart ("D.D. (1)", "D.D. (2)"). Labels are worked out again when the list's
   * identity changes (the journal's directory keeps it while no one changes).
   */
  usePeople(source: () => readonly PersonNames[]): void {
    this.people = source;
    this.labels = undefined;
  }

  private current(): { labels: Map<string, string>; masker: NameMasker } {
    const source = this.people();
    if (this.labels?.source !== source) {
      const labels = initialsLabels(source.map((p) => p.name));
      this.labels = { source, labels, masker: nameMasker(source.map((p) => ({ name: p.name, aliases: p.aliases, team: p.profile?.team })), labels) };
    }
    return this.labels;
  }

  private currentLabels(): Map<string, string> {
    return this.current().labels;
  }

  /** A person's name, or their initials in privacy mode. */
  person(name: string): string {
    return this.enabled ? personText(name, true, this.currentLabels()) : name;
  }

  /** Same as `person` (the older name). */
  name(name: string): string {
    return this.person(name);
  }

  /**
   * Text from a note: in privacy mode hidden when it is confidential, and otherwise with the
   * people it names written as initials.
   */
  note(text: string, confidential: boolean): string {
    return this.enabled ? noteText(text, confidential, true, this.current().masker) : text;
  }

  /** Same as `note` (the older name). */
  text(text: string, confidential: boolean): string {
    return this.note(text, confidential);
  }

  /** A file's workspace-relative path; "the note" in privacy mode (paths name people). */
  path(uri: vscode.Uri | string): string {
    if (this.enabled) return pathText('', true);
    const u = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
    return vscode.workspace.asRelativePath(u);
  }

  /**
   * A detail line (description, tooltip line, picker detail): strings are kept, `{ person }`
   * becomes initials, `{ note, confidential }` is hidden when confidential, and `{ role }`,
   * `{ team }`, `{ date }`, `{ alias }`, `{ email }`, `{ path }` are left out in privacy mode.
   */
  detail(parts: readonly Part[], separator = ' · '): string {
    if (!this.enabled) return detailText(parts, false, undefined, separator);
    const { labels, masker } = this.current();
    return detailText(parts, true, labels, separator, masker);
  }

  /**
   * A message, title or label with masked parts:
   * privacy.message`There is no past 1:1 note with ${{ person: name }} yet.`
   * Interpolated strings are kept as written, so pass people, note text and paths as parts.
   */
  message(strings: TemplateStringsArray, ...parts: Part[]): string {
    let out = strings[0];
    parts.forEach((part, i) => {
      out += this.detail([part], '') + strings[i + 1];
    });
    return out;
  }

  /** A detail line escaped for a webview's HTML. */
  html(parts: readonly Part[], separator = ' · '): string {
    return escapeHtml(this.detail(parts, separator));
  }

  /** A completion item for a person: shows initials in privacy mode, still found by the real name and aliases. */
  personCompletion(name: string, description: readonly Part[], kind = vscode.CompletionItemKind.User, searchAlso: readonly string[] = []): vscode.CompletionItem {
    const item = new vscode.CompletionItem({ label: this.person(name), description: this.detail(description) }, kind);
    item.filterText = [name, ...searchAlso].join(' ');
    return item;
  }

  /**
   * Lets a quick pick be searched by its items' real texts (`match`) while it shows masked
   * labels. VS Code matches only on what it draws, so in privacy mode the rows whose real texts
   * match what was typed are set `alwaysShow` on every keystroke.
   */
  searchable<T extends SearchableItem>(quickPick: vscode.QuickPick<T>, items: readonly T[]): vscode.Disposable {
    const base = items.map((item) => item.alwaysShow === true);
    const update = (value: string): void => {
      if (!this.enabled) return;
      let changed = false;
      const matched: T[] = [];
      items.forEach((item, i) => {
        const hit = item.match !== undefined && matchesQuery(value, item.match);
        if (hit) matched.push(item);
        const show = base[i] || hit;
        if ((item.alwaysShow === true) !== show) {
          item.alwaysShow = show;
          changed = true;
        }
      });
      // VS Code filters on the keystroke, before this runs: with only the rows it could match by
      // what they show ("Someone new…"), it focused one of those, and Enter would pick it. When
      // rows match by their real texts, the first of them is focused instead, unless the focus is
      // already on one of them (the user moved it there).
      const active = quickPick.activeItems;
      const focus = matched.length > 0 && !active.some((a) => matched.includes(a)) ? [matched[0]] : active.filter((a) => items.includes(a));
      if (changed) quickPick.items = [...items];
      if (focus.length > 0 && (changed || focus[0] !== active[0])) quickPick.activeItems = focus;
    };
    quickPick.items = [...items];
    update(quickPick.value);
    return quickPick.onDidChangeValue(update);
  }

  /**
   * `vscode.window.showQuickPick` for masked rows: same result, but in privacy mode the rows
   * stay searchable by their real texts (`match`).
   */
  async showQuickPick<T extends SearchableItem>(items: readonly T[], options: { title?: string; placeHolder?: string; matchOnDescription?: boolean; matchOnDetail?: boolean } = {}): Promise<T | undefined> {
    if (!this.enabled) return vscode.window.showQuickPick([...items], options);
    const quickPick = vscode.window.createQuickPick<T>();
    if (options.title !== undefined) quickPick.title = options.title;
    if (options.placeHolder !== undefined) quickPick.placeholder = options.placeHolder;
    quickPick.matchOnDescription = options.matchOnDescription ?? false;
    quickPick.matchOnDetail = options.matchOnDetail ?? false;
    const search = this.searchable(quickPick, items);
    try {
      return await new Promise<T | undefined>((resolve) => {
        quickPick.onDidAccept(() => {
          resolve(quickPick.selectedItems[0]);
          quickPick.hide();
        });
        quickPick.onDidHide(() => resolve(undefined));
        quickPick.show();
      });
    } finally {
      search.dispose();
      quickPick.dispose();
    }
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

/**
 * The status-bar toggle and the command. The item is returned hidden: the caller shows it once
 * there is a journal to hide (or while privacy mode is on, so it can always be turned off).
 */
export function registerPrivacyToggle({ extension: context, privacy }: Pick<FeatureContext, 'extension' | 'privacy'>): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('oneOnOne.privacy', vscode.StatusBarAlignment.Left, 49);
  item.name = '1:1 privacy mode';
  item.command = Commands.togglePrivacyMode;
  const render = (): void => {
    item.text = privacy.on ? '$(eye-closed) 1:1 private' : '$(eye) 1:1';
    item.tooltip = privacy.on
      ? 'Privacy mode is ON: confidential text and names are hidden. Click to show them.'
      : 'Privacy mode is off. Click before sharing your screen to hide confidential text and names.';
    item.backgroundColor = privacy.on ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.accessibilityInformation = { label: privacy.on ? '1:1 privacy mode on' : '1:1 privacy mode off' };
  };
  render();
  context.subscriptions.push(
    item,
    privacy.onDidChange(render),
    vscode.commands.registerCommand(Commands.togglePrivacyMode, () => privacy.set(!privacy.on)),
  );
  return item;
}
