/**
 * Quick fixes for the journal's diagnostics (docs/FORMAT.md#views-and-commands): create a missing person profile, write a
 * type alias as its canonical value, set a skip-level note back to confidential, and rewrite a
 * date such as `2026/11/20` or `20.11.2026` as `2026-11-20`.
 *
 * A VS Code diagnostic does not carry the core's `data`, so each fix re-reads what it needs from
 * the line the diagnostic points at: what is fixed is what is written there now.
 */
import * as vscode from 'vscode';
import type { Journal } from '../core/journal';
import { MEETING_TYPES } from '../core/model';
import { MOOD_SCALE } from '../core/mood';
import { stripWikiLink } from '../core/names';
import { frontmatterValueSpan } from '../core/noteEdits';
import { findTokens } from '../core/parse/tokens';
import { parseMeetingType, suggestIsoDate } from '../core/parse/values';
import type { Settings } from '../core/settings';
import { Commands } from '../vscode/commands';
import { DIAGNOSTIC_SOURCE } from '../vscode/diagnostics';
import type { FeatureContext } from '../vscode/featureContext';
import { journalFolder, profileUri } from '../vscode/journalFolder';
import type { Privacy } from '../vscode/privacy';

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code ?? '');
}

export class NoteQuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly journal: Journal, private readonly settings: () => Settings, private readonly privacy?: Privacy) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const line = diagnostic.range.start.line;
      if (line >= document.lineCount) continue;
      const text = document.lineAt(line).text;
      actions.push(...this.fixesFor(codeOf(diagnostic), document, line, text, diagnostic));
    }
    return actions;
  }

  private fixesFor(code: string, document: vscode.TextDocument, line: number, text: string, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    switch (code) {
      case 'unknown-person': {
        const written = frontmatterValueSpan(text, 'person')?.value;
        const name = written ? stripWikiLink(written) : this.journal.note(document.uri.toString())?.personName;
        return name ? this.createProfile(document, name, diagnostic) : [];
      }
      case 'unknown-reports-to': {
        const written = frontmatterValueSpan(text, 'reportsTo')?.value;
        return written ? this.createProfile(document, stripWikiLink(written), diagnostic) : [];
      }
      case 'type-alias': {
        const span = frontmatterValueSpan(text, 'type');
        const canonical = span && parseMeetingType(span.value);
        return span && canonical ? [replaceValue(`Write the type as "${canonical}"`, document, line, span, canonical, diagnostic, true)] : [];
      }
      case 'bad-type': {
        const span = frontmatterValueSpan(text, 'type');
        return span ? MEETING_TYPES.map((type) => replaceValue(`Change the type to "${type}"`, document, line, span, type, diagnostic, false)) : [];
      }
      case 'bad-mood': {
        const span = frontmatterValueSpan(text, 'mood');
        return span ? MOOD_SCALE.map((m) => replaceValue(`Change the mood to "${m.word}" (${m.value} of 5)`, document, line, span, m.word, diagnostic, false)) : [];
      }
      case 'skip-level-shareable': {
        const span = frontmatterValueSpan(text, 'confidentiality');
        return span ? [replaceValue('Keep this skip-level note confidential', document, line, span, 'confidential', diagnostic, true)] : [];
      }
      case 'bad-date': {
        const span = frontmatterValueSpan(text, 'date');
        const suggestion = span && suggestIsoDate(span.value);
        return span && suggestion ? [replaceValue(`Write the date as ${suggestion}`, document, line, span, suggestion, diagnostic, true)] : [];
      }
      case 'bad-follow-up-date':
        return followUpDateFixes(document, line, text, diagnostic);
      default:
        return [];
    }
  }

  /**
   * Runs "Add Person" with the name and blank answers: it writes `people/<slug>.md` (never over
   * an existing file or profile) and opens it to be filled in.
   */
  private createProfile(document: vscode.TextDocument, name: string, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const folder = journalFolder(document.uri);
    if (!folder) return [];
    const uri = profileUri(folder, this.settings().peopleFolder, name);
    const title = this.privacy
      ? this.privacy.message`Create a person profile for ${{ person: name }}${this.privacy.on ? '' : ` (${this.privacy.path(uri)})`}`
      : `Create a person profile for ${name} (${vscode.workspace.asRelativePath(uri)})`;
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.command = { title: 'Create person profile', command: Commands.addPerson, arguments: [{ name, role: '', team: '', reportsTo: '' }] };
    action.diagnostics = [diagnostic];
    action.isPreferred = true;
    return [action];
  }
}

function replaceValue(
  title: string, document: vscode.TextDocument, line: number, span: { start: number; end: number }, value: string,
  diagnostic: vscode.Diagnostic, preferred: boolean,
): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(document.uri, new vscode.Range(line, span.start, line, span.end), value);
  action.diagnostics = [diagnostic];
  action.isPreferred = preferred;
  return action;
}

/** `due:2026/11/27` in a follow-up → `due:2026-11-27`, each token on the line that has a suggestion. */
function followUpDateFixes(document: vscode.TextDocument, line: number, text: string, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  const actions: vscode.CodeAction[] = [];
  for (const token of findTokens(text)) {
    if (token.valid || token.kind === 'owner' || token.kind === 'escalate' || token.kind === 'confidential') continue;
    const suggestion = suggestIsoDate(token.value);
    if (!suggestion || suggestion === token.value) continue;
    const written = text.slice(token.start, token.end);
    const fixed = text.slice(token.start, token.valueStart) + suggestion;
    const span = { start: token.valueStart, end: token.valueStart + token.value.length };
    actions.push(replaceValue(`Write ${written} as ${fixed}`, document, line, span, suggestion, diagnostic, true));
  }
  return actions;
}

export function register({ extension: context, journal, settings, privacy }: FeatureContext): void {
  context.subscriptions.push(vscode.languages.registerCodeActionsProvider(
    { language: 'markdown' },
    new NoteQuickFixes(journal, settings, privacy),
    { providedCodeActionKinds: NoteQuickFixes.kinds },
  ));
}
