/**
 * The internal command views use to open a note or profile at a line. In privacy mode it asks
 * before showing a confidential note; for a skip-level follow-up still cooling off it says why
 * the wait exists first.
 */
import * as vscode from 'vscode';
import { Commands } from '../vscode/commands';
import { confirmDespiteCoolingOff } from '../vscode/coolingOffPrompt';
import type { FeatureContext } from '../vscode/featureContext';
import { openAt } from '../vscode/locations';

export function register({ extension: context, journal, privacy }: FeatureContext): void {
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
