/** Every `setContext` key the extension owns, in one place. */
import * as vscode from 'vscode';

export const ContextKeys = {
  /** The initial scan is done. */
  ready: 'oneOnOne.ready',
  /** The journal holds at least one note or person profile (drives the welcome views). */
  hasJournal: 'oneOnOne.hasJournal',
  /** The Follow-ups view groups by person instead of by date. */
  groupByPerson: 'oneOnOne.followUps.groupByPerson',
  /** Privacy mode hides confidential text and names. */
  privacyMode: 'oneOnOne.privacyMode',
  /** The active editor shows a 1:1 note (enables the editor's follow-up keybinding). */
  editorIsNote: 'oneOnOne.editorIsNote',
  /** An org chart import is previewed and waits for Apply or Cancel. */
  orgImportPending: 'oneOnOne.orgImportPending',
} as const;

export function setContext(key: (typeof ContextKeys)[keyof typeof ContextKeys], value: unknown): void {
  void vscode.commands.executeCommand('setContext', key, value);
}
