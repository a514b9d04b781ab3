/** Core diagnostics as VS Code diagnostics, with the source quick fixes recognise. */
import * as vscode from 'vscode';
import type { JournalDiagnostic, Severity } from '../core/model';
import { lineRange } from './locations';

/** The `source` of every diagnostic the journal publishes. */
export const DIAGNOSTIC_SOURCE = '1:1 Journal';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** `message` is what the Problems panel and hovers show: the privacy layer's text of `d` (features/diagnostics.ts). */
export function toVscodeDiagnostic(d: JournalDiagnostic, message = d.message): vscode.Diagnostic {
  const range = lineRange(d.line);
  const diagnostic = new vscode.Diagnostic(new vscode.Range(range.start.line, 0, range.start.line, 1000), message, SEVERITY[d.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = d.code;
  return diagnostic;
}
