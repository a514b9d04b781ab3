/**
 * What every feature is handed: one object, so a feature is `register(ctx: FeatureContext)` and
 * never a list of positional services. Built once in src/extension.ts.
 */
import type * as vscode from 'vscode';
import type { Journal } from '../core/journal';
import type { Settings } from '../core/settings';
import type { Log } from './log';
import type { Platform } from './platform';
import type { Privacy } from './privacy';
import type { WorkspaceIndex } from './workspaceIndex';

export interface FeatureContext {
  /** The extension's own context: push every disposable into `extension.subscriptions`. */
  readonly extension: vscode.ExtensionContext;
  /** The in-memory journal (core): queries and change events. */
  readonly journal: Journal;
  /** Keeps the journal in step with the workspace; its state and `ready` promise. */
  readonly index: WorkspaceIndex;
  /** The current settings (they change while the extension runs: call it each time). */
  settings(): Settings;
  /** What a person, a note's text or a path looks like on screen. */
  readonly privacy: Privacy;
  /** The output channel (never a note's text). */
  readonly log: Log;
  /** What the host can do (desktop or web), injected by the entry point. */
  readonly platform: Platform;
}
