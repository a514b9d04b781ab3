/**
 * Copy Shareable Summary / Export Shareable Summary… (docs/FORMAT.md#confidentiality). Shows exactly what will be
 * shared, and what was left out and why, in a read-only preview, and asks before copying or
 * writing. The preview lives in memory only.
 */
import * as vscode from 'vscode';
import { addDays } from '../core/dates';
import type { Journal } from '../core/journal';
import type { Meeting } from '../core/model';
import { decodeNoteBytes } from '../core/parse/decode';
import { buildShareableSummary, describeLeftOut, type ShareableSummary } from '../core/redact';
import { Commands } from '../vscode/commands';
import type { FeatureContext } from '../vscode/featureContext';
import { journalFolder } from '../vscode/journalFolder';
import { toUri } from '../vscode/locations';
import type { Privacy, SearchableItem } from '../vscode/privacy';
import { today } from '../vscode/today';

const PREVIEW_SCHEME = 'oneonone-summary';

/** Read-only in-memory documents for previews. */
class PreviewProvider implements vscode.TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private counter = 0;
  /** The preview waiting for its "Copy" / "Choose File…" (the status-bar item confirms it). */
  pending?: { confirm(): void; cancel(): void };

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
  // Only what can be shared is offered: people with a shareable note, this note when it is one.
  const people = [...new Set(meetings.filter((m) => !m.confidential).map((m) => m.person))].sort((a, b) => a.localeCompare(b));
  type PersonPick = SearchableItem & { person?: string; single?: Meeting };
  const picks: PersonPick[] = [];
  if (single && !single.confidential) {
    picks.push({ label: '$(file) This note', description: privacy.detail([{ person: single.person }, { date: single.note.date ?? '' }]), single, match: [single.person] });
  }
  const aliases = new Map(journal.directory().people.map((p) => [p.name, p.aliases]));
  for (const person of people) {
    const shareable = meetings.filter((m) => m.person === person && !m.confidential).length;
    picks.push({ label: privacy.person(person), description: `${shareable} shareable note${shareable === 1 ? '' : 's'}`, person, match: [person, ...(aliases.get(person) ?? [])] });
  }
  if (picks.length === 0) {
    void vscode.window.showInformationMessage(meetings.length === 0
      ? 'There are no 1:1 notes yet.'
      : 'No note is shareable: notes are confidential unless their frontmatter says "confidentiality: shareable" (never a skip-level).');
    return undefined;
  }
  const who = await privacy.showQuickPick(picks, { title: 'Shareable summary: which notes?', placeHolder: 'A person (or this note)' });
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

/**
 * Shows the preview beside and asks to confirm without covering it: a notification and a
 * status-bar item both offer `action`, so the whole preview can be read and scrolled first.
 * Resolves false when the preview is closed first.
 */
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
  const notes = `${summary.included} note${summary.included === 1 ? '' : 's'}`;
  return new Promise<boolean>((resolve) => {
    const status = vscode.window.createStatusBarItem('oneOnOne.shareableSummary', vscode.StatusBarAlignment.Left, 48);
    status.name = '1:1 shareable summary';
    status.text = `$(check) ${action === 'Copy' ? 'Copy' : 'Export'} shareable summary`;
    status.tooltip = `Share ${notes}: the preview shows exactly what will be shared.${left.length ? ` Left out: ${left.join('; ')}.` : ''}`;
    status.command = Commands.confirmShareableSummary;
    status.backgroundColor = new vscode.ThemeColor('statusBarItem.prominentBackground');
    status.show();
    const subscriptions: vscode.Disposable[] = [status];
    let settled = false;
    const done = (confirmed: boolean): void => {
      if (settled) return;
      settled = true;
      subscriptions.forEach((d) => d.dispose());
      if (previews.pending === waiting) previews.pending = undefined;
      previews.forget(uri);
      resolve(confirmed);
    };
    const waiting = { confirm: () => done(true), cancel: () => done(false) };
    previews.pending?.cancel(); // an older preview still waiting is superseded
    previews.pending = waiting;
    subscriptions.push(vscode.window.tabGroups.onDidChangeTabs((e) => {
      const closed = e.closed.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
      if (closed) done(false);
    }));
    void vscode.window.showInformationMessage(
      `Share ${notes}? Read the preview beside first: it is exactly what will be shared.${left.length ? ` Left out: ${left.join('; ')}.` : ' Nothing was left out.'}`,
      action,
    ).then((choice) => {
      if (choice === action) done(true);
    });
  });
}

export function register({ extension: context, journal, privacy, log }: FeatureContext): void {
  const previews = new PreviewProvider();
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, previews),
    vscode.commands.registerCommand(Commands.confirmShareableSummary, () => previews.pending?.confirm()),
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
      void vscode.window.showInformationMessage(`Shareable summary written to ${privacy.path(target)}.`);
      return summary;
    }),
  );
}
