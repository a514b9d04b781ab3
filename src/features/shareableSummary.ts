/**
 * Copy Shareable Summary / Export Shareable Summary… (SPEC §5). Shows exactly what will be
 * shared, and what was left out and why, in a read-only preview, and asks before copying or
 * writing. The preview lives in memory only.
 */
import * as vscode from 'vscode';
import { Commands } from '../vscode/commands';
import { addDays } from '../core/dates';
import type { Journal } from '../core/journal';
import type { Meeting } from '../core/model';
import { buildShareableSummary, describeLeftOut, type ShareableSummary } from '../core/redact';
import { decodeNoteBytes } from '../core/parse/decode';
import { journalFolder } from '../vscode/journalFolder';
import { toUri } from '../vscode/locations';
import type { Log } from '../vscode/log';
import type { Privacy } from '../vscode/privacy';
import { today } from '../vscode/today';

const PREVIEW_SCHEME = 'oneonone-summary';

/** Read-only in-memory documents for previews. */
class PreviewProvider implements vscode.TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private counter = 0;

  show(markdown: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/Shareable summary ${++this.counter}.md` });
    this.contents.set(uri.toString(), markdown);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  forget(uri: vscode.Uri): void {
    this.contents.delete(uri.toString());
  }
}

async function noteText(uri: string): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (open) return open.getText();
  const decoded = decodeNoteBytes(await vscode.workspace.fs.readFile(toUri(uri)));
  return decoded.ok ? decoded.text : '';
}

interface Selection {
  meetings: Meeting[];
  title: string;
}

/** The note in the active editor, or a person and a date range picked by the user. */
async function chooseNotes(journal: Journal, privacy: Privacy, arg: unknown): Promise<Selection | undefined> {
  const argUri = arg instanceof vscode.Uri ? arg.toString() : undefined;
  const activeUri = vscode.window.activeTextEditor?.document.uri.toString();
  const single = journal.meetings().find((m) => m.note.uri === (argUri ?? activeUri));
  if (single && argUri !== undefined) return { meetings: [single], title: `1:1 with ${single.person} · ${single.note.date ?? ''}` };

  const meetings = journal.meetings();
  const people = [...new Set(meetings.map((m) => m.person))].sort((a, b) => a.localeCompare(b));
  type PersonPick = vscode.QuickPickItem & { person?: string; single?: Meeting };
  const picks: PersonPick[] = [];
  if (single) picks.push({ label: '$(file) This note', description: `${privacy.name(single.person)} · ${single.note.date ?? ''}`, single });
  for (const person of people) {
    const shareable = meetings.filter((m) => m.person === person && !m.confidential).length;
    picks.push({ label: privacy.name(person), description: `${shareable} shareable note${shareable === 1 ? '' : 's'}`, person });
  }
  if (picks.length === 0) {
    void vscode.window.showInformationMessage('There are no 1:1 notes yet.');
    return undefined;
  }
  const who = await vscode.window.showQuickPick(picks, { title: 'Shareable summary: which notes?', placeHolder: 'A person (or this note)' });
  if (!who) return undefined;
  if (who.single) return { meetings: [who.single], title: `1:1 with ${who.single.person} · ${who.single.note.date ?? ''}` };
  const t = today();
  const ranges: Array<vscode.QuickPickItem & { from?: string }> = [
    { label: 'Last 30 days', from: addDays(t, -30) },
    { label: 'Last 90 days', from: addDays(t, -90) },
    { label: 'This year', from: `${t.slice(0, 4)}-01-01` },
    { label: 'All notes' },
  ];
  const range = await vscode.window.showQuickPick(ranges, { title: 'Shareable summary: which dates?' });
  if (!range) return undefined;
  const chosen = meetings.filter((m) => m.person === who.person && m.note.date !== undefined && m.note.date <= t && (!range.from || m.note.date >= range.from));
  return { meetings: chosen, title: `1:1s with ${who.person} · ${range.label.toLowerCase()} (to ${t})` };
}

async function summarise(selection: Selection): Promise<ShareableSummary> {
  const notes = await Promise.all(selection.meetings.map(async (meeting) => ({ meeting, text: await noteText(meeting.note.uri) })));
  return buildShareableSummary(notes, selection.title);
}

/** Shows the preview and asks to confirm; returns the summary when confirmed. */
async function previewAndConfirm(previews: PreviewProvider, summary: ShareableSummary, action: string): Promise<boolean> {
  const left = describeLeftOut(summary.leftOut);
  if (summary.included === 0) {
    void vscode.window.showWarningMessage(`Nothing to share: none of these notes is shareable.${left.length ? ` Left out: ${left.join('; ')}.` : ''}`);
    return false;
  }
  const uri = previews.show(summary.markdown);
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
  await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  const choice = await vscode.window.showInformationMessage(
    `Share ${summary.included} note${summary.included === 1 ? '' : 's'}? The preview beside shows exactly what will be shared.`,
    { modal: true, detail: left.length ? `Left out: ${left.join('; ')}.` : 'Nothing was left out.' },
    action,
  );
  previews.forget(uri);
  return choice === action;
}

export function registerShareableSummary(context: vscode.ExtensionContext, journal: Journal, privacy: Privacy, log: Log): void {
  const previews = new PreviewProvider();
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, previews),
    vscode.commands.registerCommand(Commands.copyShareableSummary, async (arg?: unknown) => {
      const selection = await chooseNotes(journal, privacy, arg);
      if (!selection) return undefined;
      const summary = await summarise(selection);
      if (!(await previewAndConfirm(previews, summary, 'Copy'))) return undefined;
      await vscode.env.clipboard.writeText(summary.markdown);
      log.info(`Copied a shareable summary of ${summary.included} notes.`);
      void vscode.window.showInformationMessage(`Shareable summary of ${summary.included} note${summary.included === 1 ? '' : 's'} copied to the clipboard.`);
      return summary;
    }),
    vscode.commands.registerCommand(Commands.exportShareableSummary, async (arg?: unknown) => {
      const selection = await chooseNotes(journal, privacy, arg);
      if (!selection) return undefined;
      const summary = await summarise(selection);
      if (!(await previewAndConfirm(previews, summary, 'Choose File…'))) return undefined;
      const folder = journalFolder();
      const target = await vscode.window.showSaveDialog({
        title: 'Export Shareable Summary',
        filters: { Markdown: ['md'] },
        ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, 'shareable-summary.md') } : {}),
      });
      if (!target) return undefined;
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(summary.markdown));
      log.info(`Exported a shareable summary of ${summary.included} notes.`);
      void vscode.window.showInformationMessage(`Shareable summary written to ${vscode.workspace.asRelativePath(target)}.`);
      return summary;
    }),
  );
}
