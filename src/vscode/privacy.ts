/**
 * Privacy mode (SPEC §5): on a shared screen, confidential text shows as "Confidential item" and
 * person names as initials, in every view, tooltip, quick pick and notification. Remembered per
 * workspace.
 */
import * as vscode from 'vscode';
import { Commands } from './commands';
import { initials } from '../core/names';
import { ContextKeys, setContext } from './contextKeys';

const STATE_KEY = 'oneOnOne.privacyMode';
export const CONFIDENTIAL_PLACEHOLDER = 'Confidential item';

export class Privacy implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<boolean>();
  readonly onDidChange = this.emitter.event;
  private enabled: boolean;

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

  /** A person's name, or their initials in privacy mode. */
  name(name: string): string {
    return this.enabled ? initials(name) : name;
  }

  /** Text from a note: hidden in privacy mode when it is confidential. */
  text(text: string, confidential: boolean): string {
    return this.enabled && confidential ? CONFIDENTIAL_PLACEHOLDER : text;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

/** The status-bar toggle and the command. */
export function registerPrivacyToggle(context: vscode.ExtensionContext, privacy: Privacy): void {
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
  item.show();
  context.subscriptions.push(
    item,
    privacy.onDidChange(render),
    vscode.commands.registerCommand(Commands.togglePrivacyMode, () => privacy.set(!privacy.on)),
  );
}
