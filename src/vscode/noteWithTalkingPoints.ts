/**
 * Writing a new note, taking the talking points queued in the person's profile (docs/FORMAT.md#people):
 * the note is created and the points are removed from the profile in ONE WorkspaceEdit, so a
 * single undo restores both files (the new note is deleted again) and nothing is ever copied twice.
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
 * profile, in one edit. The note is created with its text (a file operation, not a text edit on
 * an empty file), so one undo deletes it again and leaves no empty file or unsaved copy behind;
 * the profile is saved when it had no unsaved changes. Resolves to false when VS Code refused the
 * edit (nothing changed).
 */
export async function createNoteTakingPoints(uri: vscode.Uri, text: string, moved?: QueuedPoints): Promise<boolean> {
  const profile = moved ? (await openForEdit([moved.profile.uri]))[0] : undefined;
  const edit = new vscode.WorkspaceEdit();
  const label = { label: moved ? 'New 1:1 Note with the queued talking points' : 'New 1:1 Note', needsConfirmation: false };
  edit.createFile(uri, { overwrite: false, contents: new TextEncoder().encode(text) }, label);
  if (moved && profile) {
    // Only what went into the note leaves the profile (a point queued meanwhile stays queued).
    const current = parseTalkingPoints(profile.doc.getText()).filter((p) => moved.points.some((m) => m.text === p.text));
    addChanges(edit, profile.doc.uri, removeTalkingPoints(profile.doc.getText(), current), label);
  }
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  if (profile) await saveClean([profile]);
  return true;
}
