/**
 * Writing a new note that takes the talking points queued in the person's profile (docs/FORMAT.md#people):
 * the note is created and the points are removed from the profile in ONE WorkspaceEdit, so a
 * single undo restores both files and nothing is ever copied twice.
 */
import * as vscode from 'vscode';
import { parseTalkingPoints, removeTalkingPoints, renderTalkingPoints, type TalkingPoint } from '../core/talkingPoints';
import { toUri } from './locations';
import { addChanges, openForEdit, saveClean } from './textChanges';

/** The points queued in a profile, read from its current text (unsaved changes too). */
export interface QueuedPoints {
  profile: vscode.TextDocument;
  points: TalkingPoint[];
  /** What `${talkingPoints}` stands for. */
  markdown: string;
}

/** The talking points queued in the profile at `profileUri`; undefined when there is none or nothing is queued. */
export async function queuedPoints(profileUri: string | undefined): Promise<QueuedPoints | undefined> {
  if (!profileUri) return undefined;
  const [{ doc }] = await openForEdit([toUri(profileUri)]);
  const points = parseTalkingPoints(doc.getText());
  return points.length ? { profile: doc, points, markdown: renderTalkingPoints(points) } : undefined;
}

/**
 * Creates the note `uri` with `text` and, when `moved` is given, removes those points from the
 * profile, in one edit; both are saved (the profile only when it had no unsaved changes).
 * Resolves to false when VS Code refused the edit (nothing changed).
 */
export async function createNoteTakingPoints(uri: vscode.Uri, text: string, moved: QueuedPoints): Promise<boolean> {
  const [profile] = await openForEdit([moved.profile.uri]);
  const edit = new vscode.WorkspaceEdit();
  const label = { label: 'New 1:1 Note with the queued talking points', needsConfirmation: false };
  edit.createFile(uri, { overwrite: false }, label);
  edit.insert(uri, new vscode.Position(0, 0), text, label);
  // Only what went into the note leaves the profile (a point queued meanwhile stays queued).
  const current = parseTalkingPoints(profile.doc.getText()).filter((p) => moved.points.some((m) => m.text === p.text));
  addChanges(edit, profile.doc.uri, removeTalkingPoints(profile.doc.getText(), current), label);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  const note = await vscode.workspace.openTextDocument(uri);
  await saveClean([{ doc: note, saveAfter: true }, profile]);
  return true;
}
