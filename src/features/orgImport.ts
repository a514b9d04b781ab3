/**
 * "1:1: Import Org Chart from CSV": creates or updates person profiles from a CSV. Everything is
 * planned first; nothing is written when the CSV is not of the expected shape.
 */
import * as vscode from 'vscode';
import { Commands } from '../vscode/commands';
import type { Journal } from '../core/journal';
import { parseOrgCsv, planOrgImport, type ExistingProfile } from '../core/orgImport';
import { decodeNoteBytes } from '../core/parse/decode';
import { journalFolder } from '../vscode/journalFolder';
import { toUri } from '../vscode/locations';
import type { Log } from '../vscode/log';
import type { Privacy } from '../vscode/privacy';
import type { Settings } from '../vscode/settings';


async function readText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  const decoded = decodeNoteBytes(await vscode.workspace.fs.readFile(uri));
  if (!decoded.ok) throw new Error(decoded.reason);
  return decoded.text;
}

export interface ImportSummary {
  created: string[];
  updated: string[];
  unchanged: string[];
  skipped: Array<{ line: number; reason: string }>;
}

/** Runs the import of one CSV into the journal's folder; returns what it did, or throws with a user-facing message. */
export async function importOrgChart(csvUri: vscode.Uri, journal: Journal, settings: Settings, log: Log): Promise<ImportSummary> {
  const folder = journalFolder(csvUri);
  if (!folder) throw new Error('Open the folder of your journal first: profiles are created in it.');
  const parsed = parseOrgCsv(await readText(csvUri));
  if (!parsed.ok) throw new Error(parsed.error);
  if (parsed.ignoredColumns.length) log.info(`Org chart import: ignored columns ${parsed.ignoredColumns.join(', ')}.`);

  const profiles: ExistingProfile[] = [];
  for (const p of journal.profiles()) {
    profiles.push({ uri: p.uri, name: p.name, aliases: p.aliases, text: await readText(toUri(p.uri)) });
  }
  const existingPaths = new Set(journal.uris().map((u) => vscode.workspace.asRelativePath(toUri(u), false)));
  const plan = planOrgImport(parsed.rows, profiles, settings.peopleFolder, existingPaths);

  const edit = new vscode.WorkspaceEdit();
  const encoder = new TextEncoder();
  const cleanDocs: vscode.TextDocument[] = [];
  for (const c of plan.create) {
    edit.createFile(vscode.Uri.joinPath(folder, c.path), { contents: encoder.encode(c.text), ignoreIfExists: true });
  }
  for (const u of plan.update) {
    const doc = await vscode.workspace.openTextDocument(toUri(u.uri));
    if (!doc.isDirty) cleanDocs.push(doc);
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), u.text);
  }
  if (plan.create.length + plan.update.length > 0 && !(await vscode.workspace.applyEdit(edit))) {
    throw new Error('VS Code refused the edit; nothing was imported.');
  }
  // Profiles that had no unsaved changes are saved; those being edited stay as the user left them.
  for (const doc of cleanDocs) await doc.save();
  const skipped = [...parsed.skipped, ...plan.skipped];
  for (const s of skipped) log.info(`Org chart import: skipped line ${s.line} (${s.reason}).`);
  return { created: plan.create.map((c) => c.name), updated: plan.update.map((u) => u.name), unchanged: plan.unchanged, skipped };
}

export function registerOrgImport(context: vscode.ExtensionContext, journal: Journal, settings: () => Settings, log: Log, privacy: Privacy): void {
  context.subscriptions.push(vscode.commands.registerCommand(Commands.importOrgChart, async (arg?: vscode.Uri) => {
    const defaultFolder = journalFolder();
    const csv = arg instanceof vscode.Uri ? arg : (await vscode.window.showOpenDialog({
      title: 'Import Org Chart from CSV',
      openLabel: 'Import',
      canSelectMany: false,
      filters: { 'CSV (name, reportsTo, team, role, email)': ['csv'] },
      ...(defaultFolder ? { defaultUri: defaultFolder } : {}),
    }))?.[0];
    if (!csv) return undefined;
    try {
      const s = await importOrgChart(csv, journal, settings(), log);
      const parts = [`${s.created.length} created`, `${s.updated.length} updated`, `${s.unchanged.length} unchanged`, `${s.skipped.length} skipped`];
      // Skip reasons can name people: privacy mode leaves them to the log.
      const skippedText = s.skipped.length && !privacy.on ? ` Skipped: ${s.skipped.slice(0, 3).map((x) => `line ${x.line} (${x.reason})`).join(', ')}${s.skipped.length > 3 ? '…' : ''}.` : '';
      void vscode.window.showInformationMessage(`Org chart imported: ${parts.join(', ')}.${skippedText}`);
      return s;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log.warn(`Org chart import failed: ${message}`);
      void vscode.window.showErrorMessage(`Import Org Chart: ${message}`);
      return undefined;
    }
  }));
}
