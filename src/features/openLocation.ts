/**
 * The internal command views use to open a note or profile at a line. In privacy mode it asks
 * before showing a confidential note; for a skip-level follow-up still cooling off it says why
 * the wait exists first.
 */
import * as vscode from 'vscode';
import { Commands } from '../vscode/commands';
import { coolingOffUntil, type Journal } from '../core/journal';
import type { FollowUp } from '../core/model';
import { openAt } from '../vscode/locations';
import type { Privacy } from '../vscode/privacy';
import { today } from '../vscode/today';


/** Explains the cool-off and asks whether to go ahead anyway. */
export async function confirmDespiteCoolingOff(item: FollowUp, action: string): Promise<boolean> {
  const until = coolingOffUntil(item, today());
  if (!until) return true;
  const choice = await vscode.window.showWarningMessage(
    `This follow-up is cooling off until ${until}.`,
    {
      modal: true,
      detail: 'It comes from a skip-level 1:1. Acting on it right away can expose the person who raised it, so the journal waits before you act. '
        + 'If it is illegal or unethical, tag it #escalate and act now.',
    },
    action,
  );
  return choice === action;
}

export function registerOpenLocation(context: vscode.ExtensionContext, journal: Journal, privacy: Privacy): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.openLocation, async (uri: string, line?: number) => {
      const meeting = journal.meetings().find((m) => m.note.uri === uri);
      if (privacy.on && meeting?.confidential) {
        const open = 'Open';
        const choice = await vscode.window.showWarningMessage(
          'Privacy mode is on and this 1:1 note is confidential.',
          { modal: true, detail: 'Opening it shows its text on screen. Make sure no one else can see your screen.' },
          open,
        );
        if (choice !== open) return undefined;
      }
      const item = line === undefined ? undefined : journal.followUps().find((f) => f.uri === uri && f.line === line);
      if (item && !(await confirmDespiteCoolingOff(item, 'Open Anyway'))) return undefined;
      return openAt(uri, line ?? 1);
    }),
  );
}

export function openLocationCommand(title: string, uri: string, line = 1): vscode.Command {
  return { title, command: Commands.openLocation, arguments: [uri, line] };
}
