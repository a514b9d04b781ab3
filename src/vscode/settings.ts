/** Reads the `oneOnOne.*` settings through the core schema (src/core/settings.ts). */
import * as vscode from 'vscode';
import { parseSettings, SECTION, SETTING_KEYS, type Settings } from '../core/settings';

export { SECTION, type Settings };

/** The current settings of the window, typed and clamped. */
export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration(SECTION);
  const raw: Record<string, unknown> = { 'files.exclude': vscode.workspace.getConfiguration('files').get('exclude') };
  for (const key of SETTING_KEYS) raw[`${SECTION}.${key}`] = c.get(key);
  return parseSettings(raw);
}

/** Fires when a setting this extension reads changes. */
export function onDidChangeSettings(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SECTION) || e.affectsConfiguration('files.exclude')) listener();
  });
}
