/**
 * The question asked before acting on a skip-level follow-up that is still cooling off. A snoozed
 * item (a future `after:` on any other note) is not asked about: the skip-level reason does not
 * apply to it.
 */
import * as vscode from 'vscode';
import { coolingOffUntil } from '../core/followUpResolution';
import type { FollowUp } from '../core/model';
import { today } from './today';

/** Explains the cool-off and asks whether to go ahead anyway; true when not cooling off. */
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
