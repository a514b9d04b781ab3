/**
 * "1:1: Export 1:1 Starter Kit…" (issue 19): writes one shareable markdown file into the workspace
 * (`1on1-starter-kit.md`) for a manager to hand to a new manager — the agenda templates in use,
 * the snippets' questions and the practice in plain words. The content is the core's
 * (`core/starterKit.ts`); no note is read, and the journal's names are taken out of the templates.
 * Never overwrites a file without asking.
 */
import * as vscode from 'vscode';
import { MEETING_TYPES } from '../core/model';
import { buildStarterKit, snippetQuestions, STARTER_KIT_PATH, type KitSnippet, type KitTemplate } from '../core/starterKit';
import { Commands } from '../vscode/commands';
import type { FeatureContext } from '../vscode/featureContext';
import { exists } from '../vscode/files';
import { journalFolder } from '../vscode/journalFolder';
import { describeError } from '../vscode/log';
import { templateInUse } from '../vscode/templateFiles';

/** What the export did, for scripts and tests. */
export type StarterKitOutcome =
  | { kind: 'written'; uri: string; workspaceTemplates: number; questions: number }
  | { kind: 'exists'; uri: string }
  | undefined;

/** Options a caller can pass instead of answering: when the file exists, ask (default), overwrite, or keep it. */
export interface StarterKitOptions {
  ifExists?: 'ask' | 'overwrite' | 'keep';
}

/** The extension's own snippets (`snippets/markdown.json`); none when the file cannot be read. */
async function readSnippets(extensionUri: vscode.Uri): Promise<KitSnippet[]> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'snippets', 'markdown.json'));
  const json = JSON.parse(new TextDecoder('utf-8').decode(bytes)) as Record<string, Omit<KitSnippet, 'name'>>;
  return Object.entries(json).map(([name, s]) => ({ name, prefix: s.prefix, description: s.description, body: s.body }));
}

export function register(ctx: FeatureContext): void {
  const { extension: context, journal, settings, log } = ctx;

  const exportKit = async (given?: StarterKitOptions): Promise<StarterKitOutcome> => {
    try {
      const folder = journalFolder();
      if (!folder) {
        void vscode.window.showErrorMessage('Open the folder of your journal first: the starter kit is written into it.');
        return undefined;
      }
      const uri = vscode.Uri.joinPath(folder, ...STARTER_KIT_PATH.split('/'));
      const shownPath = vscode.workspace.asRelativePath(uri);
      if (await exists(uri)) {
        const policy = given?.ifExists ?? 'ask';
        let overwrite = policy === 'overwrite';
        if (policy === 'ask') {
          const answer = await vscode.window.showWarningMessage(`${shownPath} already exists.`,
            { modal: true, detail: 'Overwriting replaces it, with whatever you changed in it since the last export.' }, 'Overwrite');
          overwrite = answer === 'Overwrite';
        }
        if (!overwrite) {
          log.info(`Starter kit export kept the existing ${shownPath}.`);
          return { kind: 'exists', uri: uri.toString() };
        }
      }

      const current = settings();
      const templates: KitTemplate[] = await Promise.all(MEETING_TYPES.map(async (type) => {
        const found = await templateInUse(folder, current.templatesFolder, type, log);
        return { type, text: found.text, source: found.path ? { kind: 'workspace', path: found.path } : { kind: 'built-in' } };
      }));
      let snippets: KitSnippet[] = [];
      try {
        snippets = await readSnippets(context.extensionUri);
      } catch (error) {
        log.warn(`The starter kit has no snippet questions: the extension's snippets could not be read (${describeError(error)}).`);
      }
      const names = journal.directory().people.flatMap((p) => [p.name, ...p.aliases]);
      const markdown = buildStarterKit({ templates, snippets, settings: current, names });

      const edit = new vscode.WorkspaceEdit();
      edit.createFile(uri, { overwrite: true, contents: new TextEncoder().encode(markdown) }, { label: 'Export 1:1 Starter Kit', needsConfirmation: false });
      if (!(await vscode.workspace.applyEdit(edit))) {
        void vscode.window.showWarningMessage('The starter kit could not be written: VS Code refused the edit.');
        return undefined;
      }
      const workspaceTemplates = templates.filter((t) => t.source.kind === 'workspace').length;
      const questions = snippets.reduce((n, s) => n + snippetQuestions(s).length, 0);
      log.info(`Exported the 1:1 starter kit to ${shownPath} (${workspaceTemplates} workspace templates, ${questions} questions).`);
      await vscode.window.showTextDocument(uri, { preview: false });
      const which = workspaceTemplates === 0 ? 'the built-in agenda templates' : workspaceTemplates === templates.length ? "this workspace's agenda templates" : `the agenda templates in use (${workspaceTemplates} of this workspace's)`;
      void vscode.window.showInformationMessage(
        `1:1 Starter Kit written to ${shownPath}: ${which}, ${questions} good questions and the practice in plain words. It holds no one's notes or names: share it with the managers on your team.`,
      );
      return { kind: 'written', uri: uri.toString(), workspaceTemplates, questions };
    } catch (error) {
      log.error(`Export 1:1 Starter Kit failed: ${describeError(error)}`);
      void vscode.window.showErrorMessage(`Export 1:1 Starter Kit: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };

  context.subscriptions.push(vscode.commands.registerCommand(Commands.exportStarterKit, exportKit));
}
