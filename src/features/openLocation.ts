/**
 * The internal command views use to open a note or profile at a line. In privacy mode it asks
 * before showing anything confidential, judged per item (a #confidential follow-up in a
 * shareable note too); for a skip-level follow-up still cooling off it says why
 * the wait exists first.
 */
import * as vscode from 'vscode';
import type { Journal } from '../core/journal';
import { decodeNoteBytes } from '../core/parse/decode';
import { isNoteConfidential, whyConfidential, type ConfidentialReason } from '../core/privacy';
import { redactNote } from '../core/redact';
import { Commands } from '../vscode/commands';
import { confirmDespiteCoolingOff } from '../vscode/coolingOffPrompt';
import type { FeatureContext } from '../vscode/featureContext';
import { openAt, toUri } from '../vscode/locations';
import type { Privacy } from '../vscode/privacy';

const ASK_MESSAGES: Record<ConfidentialReason, string> = {
  'skip-level': 'Privacy mode is on and this note is from a skip-level 1:1, which is always confidential.',
  note: 'Privacy mode is on and this 1:1 note is confidential.',
  item: 'Privacy mode is on and this follow-up is confidential (#confidential).',
  parts: 'Privacy mode is on and this shareable note has confidential parts (#confidential items or "(private)" sections).',
};

/** The note's text as open in an editor or on disk; undefined when it cannot be read. */
async function readNote(uri: string): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (open) return open.getText();
  try {
    const decoded = decodeNoteBytes(await vscode.workspace.fs.readFile(toUri(uri)));
    return decoded.ok ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}

/** Why opening a note (at a follow-up's line) shows confidential text; undefined when it does not or is no note. */
export async function confidentialOpenReason(journal: Journal, uri: string, line?: number): Promise<ConfidentialReason | undefined> {
  const meeting = journal.meetings().find((m) => m.note.uri === uri);
  if (!meeting) return undefined;
  const item = line === undefined ? undefined : journal.followUps({ includeDone: true }).find((f) => f.uri === uri && f.line === line);
  const note = { type: meeting.type, confidentiality: meeting.note.confidentiality };
  // A shareable note can still hold confidential parts: the same rules as a shareable summary.
  const text = isNoteConfidential(note) ? undefined : await readNote(uri);
  return whyConfidential(note, item, text === undefined ? undefined : redactNote(text));
}

/**
 * In privacy mode, asks before putting confidential text on screen, judged per item (docs/FORMAT.md#confidentiality).
 * Resolves true when it may open.
 */
export async function confirmConfidentialOpen(journal: Journal, privacy: Privacy, uri: string, line?: number): Promise<boolean> {
  if (!privacy.on) return true;
  const reason = await confidentialOpenReason(journal, uri, line);
  if (!reason) return true;
  const open = 'Open';
  const choice = await vscode.window.showWarningMessage(
    ASK_MESSAGES[reason],
    { modal: true, detail: 'Opening it shows its text on screen. Make sure no one else can see your screen.' },
    open,
  );
  return choice === open;
}

export function register({ extension: context, journal, privacy }: FeatureContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.openLocation, async (uri: string, line?: number) => {
      if (!(await confirmConfidentialOpen(journal, privacy, uri, line))) return undefined;
      const item = line === undefined ? undefined : journal.followUps().find((f) => f.uri === uri && f.line === line);
      if (item && !(await confirmDespiteCoolingOff(item, 'Open Anyway'))) return undefined;
      return openAt(uri, line ?? 1);
    }),
  );
}
