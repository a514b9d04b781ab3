/**
 * "1:1: Export Review Notes…" (docs/FORMAT.md#views-and-commands): a person and a date range → one confidential markdown
 * file in the workspace (`reviews/<person-slug>-<from>-<to>.md`) with, per note, the growth /
 * feedback sections and the follow-ups done, linking back to every source note. It never leaves
 * the workspace and never overwrites a file without asking.
 */
import * as vscode from 'vscode';
import { Commands } from '../vscode/commands';
import type { FeatureContext } from '../vscode/featureContext';
import { isIsoDate } from '../core/dates';
import type { IsoDate } from '../core/model';
import type { DateRange } from '../core/personPage';
import { parseDateRange } from '../core/parse/values';
import { gatherReview, presetRanges, renderReview, reviewPath } from '../core/reviewNotes';
import { exists } from '../vscode/files';
import { describeError } from '../vscode/log';
import { personArgument, pickPerson } from '../vscode/pickPerson';
import { currentText } from '../vscode/textChanges';
import { today } from '../vscode/today';
import { journalFolder } from '../vscode/journalFolder';

/** What the export did, for scripts and tests. */
export type ReviewExportOutcome =
  | { kind: 'written'; uri: string; notes: number }
  | { kind: 'exists'; uri: string }
  | undefined;

/** Options a caller can pass instead of answering the pickers. */
export interface ReviewExportOptions {
  from?: IsoDate;
  to?: IsoDate;
  /** When the file exists: ask (default), overwrite, or keep it. */
  ifExists?: 'ask' | 'overwrite' | 'keep';
}

async function pickRange(who: string): Promise<DateRange | undefined> {
  const t = today();
  const items: Array<vscode.QuickPickItem & { range?: DateRange }> = [
    ...presetRanges(t).map((p) => ({ label: p.label, description: `${p.range.from} – ${p.range.to}`, range: p.range })),
    { label: 'Custom range…', description: 'YYYY-MM-DD..YYYY-MM-DD' },
  ];
  const choice = await vscode.window.showQuickPick(items,
    { title: `Export Review Notes for ${who}`, placeHolder: 'Which period?' },
  );
  if (!choice) return undefined;
  if (choice.range) return choice.range;
  const typed = await vscode.window.showInputBox({
    title: `Export Review Notes for ${who}`,
    prompt: 'From and to, both included',
    value: `${presetRanges(t)[0].range.from}..${t}`,
    validateInput: (v) => (parseDateRange(v) ? undefined : 'Write two dates as YYYY-MM-DD..YYYY-MM-DD, the first one not after the second'),
  });
  return typed === undefined ? undefined : parseDateRange(typed);
}

export function register(ctx: FeatureContext): void {
  const { extension: context, journal, settings, log, privacy } = ctx;

  const exportReview = async (arg?: unknown, given?: ReviewExportOptions): Promise<ReviewExportOutcome> => {
    try {
      const folder = journalFolder();
      if (!folder) {
        void vscode.window.showErrorMessage('Open the folder of your journal first: review notes are written in it.');
        return undefined;
      }
      const named = personArgument(arg);
      const directory = journal.directory();
      const met = new Set(journal.meetings().map((m) => m.person));
      const person = named
        ? directory.resolve(named)
        : await pickPerson(journal, settings(), privacy, { title: 'Export Review Notes', placeHolder: 'Whose review notes? People with 1:1 notes.', filter: (p) => met.has(p.name) });
      if (!person) {
        if (named) void vscode.window.showInformationMessage(`${privacy.name(named)} is not in the journal.`);
        return undefined;
      }
      const who = privacy.name(person.name);
      const range = given?.from && given.to && isIsoDate(given.from) && isIsoDate(given.to) ? { from: given.from, to: given.to } : await pickRange(who);
      if (!range) return undefined;

      const uri = vscode.Uri.joinPath(folder, ...reviewPath(person.name, range).split('/'));
      const shownPath = privacy.on ? 'the review file' : vscode.workspace.asRelativePath(uri);
      if (await exists(uri)) {
        const policy = given?.ifExists ?? 'ask';
        let overwrite = policy === 'overwrite';
        if (policy === 'ask') {
          const answer = await vscode.window.showWarningMessage(
            `${shownPath[0].toUpperCase()}${shownPath.slice(1)} already exists.`,
            { modal: true, detail: 'Overwriting replaces it, with whatever you wrote in it since the last export.' },
            'Overwrite',
          );
          overwrite = answer === 'Overwrite';
        }
        if (!overwrite) {
          log.info(`Review export kept the existing ${vscode.workspace.asRelativePath(uri)}.`);
          return { kind: 'exists', uri: uri.toString() };
        }
      }

      const uris = journal.meetings().filter((m) => m.person === person.name && m.note.date && range.from <= m.note.date && m.note.date <= range.to).map((m) => m.note.uri);
      const texts = new Map<string, string>();
      await Promise.all(uris.map(async (u) => {
        const text = await currentText(u);
        if (text !== undefined) texts.set(u, text);
      }));
      const review = gatherReview(journal, person.name, range, (u) => texts.get(u))!;
      const markdown = renderReview(review, { fileUri: uri.toString(), today: today() });
      const edit = new vscode.WorkspaceEdit();
      edit.createFile(uri, { overwrite: true, contents: new TextEncoder().encode(markdown) }, { label: 'Export Review Notes', needsConfirmation: false });
      if (!(await vscode.workspace.applyEdit(edit))) {
        void vscode.window.showWarningMessage(`The review notes for ${who} could not be written: VS Code refused the edit.`);
        return undefined;
      }
      log.info(`Exported review notes to ${vscode.workspace.asRelativePath(uri)} (${review.notes.length} notes).`);
      await vscode.window.showTextDocument(uri, { preview: false });
      void vscode.window.showInformationMessage(
        `Review notes for ${who}: ${review.notes.length} note${review.notes.length === 1 ? '' : 's'} gathered into ${shownPath}. It is confidential and stays in this workspace.`,
      );
      return { kind: 'written', uri: uri.toString(), notes: review.notes.length };
    } catch (error) {
      log.error(`Export Review Notes failed: ${describeError(error)}`);
      void vscode.window.showErrorMessage(`Export Review Notes: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };

  context.subscriptions.push(vscode.commands.registerCommand(Commands.exportReviewNotes, exportReview));
}
