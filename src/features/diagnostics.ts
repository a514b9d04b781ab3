/** Publishes the core's diagnostics to the Problems panel, refreshed as files change. */
import * as vscode from 'vscode';
import type { Journal } from '../core/journal';
import type { JournalDiagnostic, Severity } from '../core/model';
import { lineRange, toUri } from '../vscode/locations';
import { onJournalRefresh } from '../vscode/refresh';
import type { WorkspaceIndex } from '../vscode/workspaceIndex';

export const DIAGNOSTIC_SOURCE = '1:1 Journal';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toVscodeDiagnostic(d: JournalDiagnostic): vscode.Diagnostic {
  const range = lineRange(d.line);
  const diagnostic = new vscode.Diagnostic(new vscode.Range(range.start.line, 0, range.start.line, 1000), d.message, SEVERITY[d.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = d.code;
  return diagnostic;
}

export function registerDiagnostics(context: vscode.ExtensionContext, journal: Journal, index: WorkspaceIndex): vscode.DiagnosticCollection {
  const collection = vscode.languages.createDiagnosticCollection('oneOnOne');
  const publish = (): void => {
    // Bodies not parsed yet are not forced: their follow-up date problems appear once indexed.
    const byUri = new Map<string, vscode.Diagnostic[]>();
    for (const d of journal.diagnostics({ parseBodies: false })) {
      const list = byUri.get(d.uri) ?? [];
      list.push(toVscodeDiagnostic(d));
      byUri.set(d.uri, list);
    }
    collection.clear();
    collection.set([...byUri].map(([uri, list]) => [toUri(uri), list] as [vscode.Uri, vscode.Diagnostic[]]));
  };
  context.subscriptions.push(collection, onJournalRefresh(journal, index, publish));
  return collection;
}
