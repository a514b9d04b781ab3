/** The internal command views use to open a note or profile at a line. */
import * as vscode from 'vscode';
import { openAt } from '../vscode/locations';

export const OPEN_LOCATION_COMMAND = 'oneOnOne.openLocation';

export function registerOpenLocation(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_LOCATION_COMMAND, (uri: string, line?: number) => openAt(uri, line ?? 1)),
  );
}

export function openLocationCommand(title: string, uri: string, line = 1): vscode.Command {
  return { title, command: OPEN_LOCATION_COMMAND, arguments: [uri, line] };
}
