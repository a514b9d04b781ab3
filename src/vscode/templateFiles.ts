/**
 * The agenda template in use for a meeting type: the workspace's (`oneOnOne.templatesFolder`)
 * when it has one, else the built-in one. New 1:1 Note and the starter kit read it the same way.
 */
import * as vscode from 'vscode';
import type { MeetingType } from '../core/model';
import { BUILT_IN_TEMPLATES, TEMPLATE_FILES } from '../core/templates';
import { readOptional } from './files';
import { folderSegments } from './journalFolder';
import { describeError, type Log } from './log';

/** A template's text and where it came from. */
export interface TemplateInUse {
  text: string;
  /** How a message names it: "The template .1on1/templates/peer.md" or "The built-in peer template". */
  where: string;
  /** The workspace file it was read from (relative), or undefined for the built-in one. */
  path?: string;
}

/** Reads the template for `type` from the templates folder under `folder`; an unreadable one falls back to the built-in with a log line. */
export async function templateInUse(folder: vscode.Uri, templatesFolder: string, type: MeetingType, log: Log): Promise<TemplateInUse> {
  const uri = vscode.Uri.joinPath(folder, ...folderSegments(templatesFolder), TEMPLATE_FILES[type]);
  const path = vscode.workspace.asRelativePath(uri);
  try {
    const text = await readOptional(uri);
    if (text !== undefined) return { text, where: `The template ${path}`, path };
  } catch (error) {
    log.warn(`Could not read the template ${path} (${describeError(error)}); using the built-in one.`);
  }
  return { text: BUILT_IN_TEMPLATES[type], where: `The built-in ${type} template` };
}
