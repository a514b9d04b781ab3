/**
 * Entry point of the web extension (package.json `browser`, bundled to dist/web/extension.js):
 * the same composition as the desktop one, with the browser's platform services. No Node
 * built-ins reach this bundle (esbuild's browser target fails the build if one is imported).
 */
import type * as vscode from 'vscode';
import { activateJournal, type OneOnOneApi } from '../extension';
import { WEB_PLATFORM } from '../vscode/platform';

export type { OneOnOneApi };

export function activate(context: vscode.ExtensionContext): OneOnOneApi {
  return activateJournal(context, WEB_PLATFORM);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
