/**
 * "1:1: Import Org Chart from CSV": reads the CSV, plans which profiles to create and update, and
 * shows that plan field by field in a preview before anything is written. **Apply** (the
 * preview's title bar, the notification, or "1:1: Apply Org Chart Import") writes it as ONE
 * WorkspaceEdit, so a single undo reverts the whole import; **Cancel** writes nothing.
 */
import * as vscode from 'vscode';
import { Commands } from '../vscode/commands';
import { ContextKeys, setContext } from '../vscode/contextKeys';
import type { FeatureContext } from '../vscode/featureContext';
import {
  describeImport, importPreviewMarkdown, minimalReplacement, parseOrgCsv, planOrgImport, summaryOf,
  type ExistingProfile, type ImportPlan, type ImportSummary,
} from '../core/orgImport';
import { decodeNoteBytes } from '../core/parse/decode';
import { journalFolder } from '../vscode/journalFolder';
import { toUri } from '../vscode/locations';

export type { ImportSummary } from '../core/orgImport';

/** The scheme of the read-only preview document. */
export const PREVIEW_SCHEME = 'oneonone-import-preview';
const PREVIEW_URI = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: '/Org chart import.md' });

/** What `importOrgChart` returns: the plan shown in the preview (nothing written yet). */
export interface ImportPreview extends ImportSummary {
  preview: string;
}

interface Pending {
  csv: vscode.Uri;
  folder: vscode.Uri;
  plan: ImportPlan;
  skipped: ImportPlan['skipped'];
}

async function readText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  const decoded = decodeNoteBytes(await vscode.workspace.fs.readFile(uri));
  if (!decoded.ok) throw new Error(decoded.reason);
  return decoded.text;
}

/** Plans the import of one CSV into the journal's folder; throws with a user-facing message. */
async function prepare(csv: vscode.Uri, ctx: FeatureContext): Promise<Pending> {
  const folder = journalFolder(csv);
  if (!folder) throw new Error('Open the folder of your journal first: profiles are created in it.');
  const parsed = parseOrgCsv(await readText(csv));
  if (!parsed.ok) throw new Error(parsed.error);
  if (parsed.ignoredColumns.length) ctx.log.info(`Org chart import: ignored columns ${parsed.ignoredColumns.join(', ')}.`);
  const profiles: ExistingProfile[] = [];
  for (const p of ctx.journal.profiles()) {
    // The index may still list a profile whose file was just deleted (an undo, a git checkout):
    // it no longer exists, so the plan creates it again rather than failing the whole import.
    const text = await readText(toUri(p.uri)).catch((error: unknown) => {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      throw error;
    });
    if (text !== undefined) profiles.push({ uri: p.uri, name: p.name, aliases: p.aliases, text });
  }
  const existingPaths = new Set(ctx.journal.uris().map((u) => vscode.workspace.asRelativePath(toUri(u), false)));
  const plan = planOrgImport(parsed.rows, profiles, ctx.settings().peopleFolder, existingPaths);
  return { csv, folder, plan, skipped: [...parsed.skipped, ...plan.skipped] };
}

/** The plan as one edit: new files with their contents, and only the changed lines of the others. */
async function editOf(pending: Pending): Promise<{ edit: vscode.WorkspaceEdit; clean: vscode.TextDocument[] }> {
  const edit = new vscode.WorkspaceEdit();
  const metadata: vscode.WorkspaceEditEntryMetadata = { label: 'Import org chart', needsConfirmation: false };
  const encoder = new TextEncoder();
  const clean: vscode.TextDocument[] = [];
  for (const c of pending.plan.create) {
    edit.createFile(vscode.Uri.joinPath(pending.folder, c.path), { contents: encoder.encode(c.text), ignoreIfExists: true }, metadata);
  }
  for (const u of pending.plan.update) {
    const doc = await vscode.workspace.openTextDocument(toUri(u.uri));
    if (!doc.isDirty) clean.push(doc);
    const r = minimalReplacement(doc.getText(), u.text);
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(r.start), doc.positionAt(r.end)), r.text, metadata);
  }
  return { edit, clean };
}

const same = (a: Pending, b: Pending): boolean =>
  JSON.stringify([a.plan.create, a.plan.update]) === JSON.stringify([b.plan.create, b.plan.update]);

export function register(ctx: FeatureContext): void {
  let pending: Pending | undefined;
  let previewText = '';
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const show = (name: string): string => ctx.privacy.person(name);

  const setPending = (next: Pending | undefined): void => {
    pending = next;
    setContext(ContextKeys.orgImportPending, next !== undefined);
    previewText = next
      ? importPreviewMarkdown(vscode.workspace.asRelativePath(next.csv, false).replace(/^.*\//, ''), ctx.privacy.on
        ? { ...next.plan, create: next.plan.create.map((c) => ({ ...c, path: '(path hidden in privacy mode)' })) } : next.plan, next.skipped, show)
      : '# Org chart import\n\nNothing is waiting to be imported.\n';
    changed.fire(PREVIEW_URI);
  };

  const closePreview = async (): Promise<void> => {
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs)
      .filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === PREVIEW_URI.toString());
    if (tabs.length) await vscode.window.tabGroups.close(tabs);
  };

  const fail = (error: unknown): undefined => {
    const message = error instanceof Error ? error.message : String(error);
    ctx.log.warn(`Org chart import failed: ${message}`);
    void vscode.window.showErrorMessage(`Import Org Chart: ${message}`);
    return undefined;
  };

  const apply = async (): Promise<ImportSummary | undefined> => {
    if (!pending) {
      void vscode.window.showInformationMessage('Nothing to apply: run "1:1: Import Org Chart from CSV" first.');
      return undefined;
    }
    try {
      // The profiles may have changed since the preview: never write what was not shown.
      const fresh = await prepare(pending.csv, ctx);
      if (!same(fresh, pending)) {
        setPending(fresh);
        void vscode.window.showWarningMessage('Import Org Chart: the profiles changed since the preview. Review the updated preview, then Apply again.');
        return undefined;
      }
      const { edit, clean } = await editOf(fresh);
      if (fresh.plan.create.length + fresh.plan.update.length > 0 && !(await vscode.workspace.applyEdit(edit))) {
        throw new Error('VS Code refused the edit; nothing was imported.');
      }
      // Profiles that had no unsaved changes are saved; those being edited stay as the user left them.
      for (const doc of clean) await doc.save();
      const summary = summaryOf(fresh.plan, fresh.skipped);
      for (const s of summary.skipped) ctx.log.info(`Org chart import: skipped line ${s.line} (${s.reason}).`);
      setPending(undefined);
      await closePreview();
      void vscode.window.showInformationMessage(`Org chart imported: ${describeImport(summary, show)}. Undo (in a changed profile) reverts it all.`);
      return summary;
    } catch (error) {
      return fail(error);
    }
  };

  ctx.extension.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, { onDidChange: changed.event, provideTextDocumentContent: () => previewText }),
    vscode.commands.registerCommand(Commands.importOrgChart, async (arg?: vscode.Uri): Promise<ImportPreview | undefined> => {
      const defaultFolder = journalFolder();
      const csv = arg instanceof vscode.Uri ? arg : (await vscode.window.showOpenDialog({
        title: 'Import Org Chart from CSV',
        openLabel: 'Preview Import',
        canSelectMany: false,
        filters: { 'CSV (name, reportsTo, team, role, email)': ['csv'] },
        ...(defaultFolder ? { defaultUri: defaultFolder } : {}),
      }))?.[0];
      if (!csv) return undefined;
      try {
        const next = await prepare(csv, ctx);
        setPending(next);
        const doc = await vscode.workspace.openTextDocument(PREVIEW_URI);
        await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
        await vscode.window.showTextDocument(doc, { preview: true });
        const summary = summaryOf(next.plan, next.skipped);
        const writes = next.plan.create.length + next.plan.update.length;
        // Not awaited: the command returns the preview; the choice comes when the user makes it.
        void vscode.window.showInformationMessage(
          writes ? `Import Org Chart: ${describeImport(summary, show)}. Nothing is written until you apply.` : `Import Org Chart: ${describeImport(summary, show)}.`,
          ...(writes ? ['Apply', 'Cancel'] : []),
        ).then((choice) => {
          if (pending !== next) return;
          if (choice === 'Apply') void vscode.commands.executeCommand(Commands.applyOrgImport);
          else if (choice === 'Cancel') void vscode.commands.executeCommand(Commands.cancelOrgImport);
        });
        return { ...summary, preview: previewText };
      } catch (error) {
        return fail(error);
      }
    }),
    vscode.commands.registerCommand(Commands.applyOrgImport, apply),
    vscode.commands.registerCommand(Commands.cancelOrgImport, async () => {
      const had = pending !== undefined;
      setPending(undefined);
      await closePreview();
      if (had) void vscode.window.showInformationMessage('Org chart import cancelled: nothing was written.');
    }),
  );
}
