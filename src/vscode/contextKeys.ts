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
  /** Someone is "me": a profile with `relationship: self`, or the `oneOnOne.me` setting (walkthrough, welcome views). */
  hasMe: 'oneOnOne.hasMe',
  /** The journal has a person profile other than mine (walkthrough step "add people"). */
  hasPeople: 'oneOnOne.hasPeople',
  /** The journal has at least one 1:1 note (walkthrough step "first note"). */
  hasNotes: 'oneOnOne.hasNotes',
  /** A follow-up has been ticked (walkthrough step "tick a follow-up"); never goes back. */
  followUpDone: 'oneOnOne.followUpDone',
  /** `oneOnOne.templatesFolder` holds at least one template (walkthrough step "templates"). */
  hasTemplates: 'oneOnOne.hasTemplates',
  /** An org chart import is previewed and waits for Apply or Cancel. */
  orgImportPending: 'oneOnOne.orgImportPending',
} as const;

export type ContextKey = (typeof ContextKeys)[keyof typeof ContextKeys];

const values = new Map<ContextKey, unknown>();

/** The values this extension last set, by key (the API hands them to tests). */
export function contextSnapshot(): Readonly<Record<string, unknown>> {
  return Object.fromEntries(values);
}

/**
 * Sets a context key; a value it already has is not sent again (`setContext` is a command: a
 * round trip that costs the extension host a millisecond or more, and listeners call this on
 * every journal change).
 */
export function setContext(key: ContextKey, value: unknown): void {
  const primitive = value === null || (typeof value !== 'object' && typeof value !== 'function');
  if (primitive && values.has(key) && values.get(key) === value) return;
  values.set(key, value);
  void vscode.commands.executeCommand('setContext', key, value);
}
