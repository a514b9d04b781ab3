/**
 * The person page (docs/FORMAT.md#views-and-commands): one read-only webview per person — who they are, when we meet,
 * what is queued and open both ways, and every note with them. A People-row click and
 * "1:1: Open Person Page…" open it; it follows the journal as notes change. The page's data and
 * markup come from the core (`personPage.ts`, `personPageHtml.ts`); this file owns the panel:
 * a strict Content-Security-Policy with a nonce, links resolved here, never in the page.
 */
import * as vscode from 'vscode';
import { Commands } from '../vscode/commands';
import type { FeatureContext } from '../vscode/featureContext';
import { buildPersonPage } from '../core/personPage';
import { escapeHtml } from '../core/html';
import { personPageDocument, renderPersonPage, type PageTarget } from '../core/personPageHtml';
import { describeError } from '../vscode/log';
import { personArgument, pickPerson } from '../vscode/pickPerson';
import { onJournalRefresh } from '../vscode/refresh';
import { onDidChangeSettings } from '../vscode/settings';
import { currentText } from '../vscode/textChanges';
import { today } from '../vscode/today';

const VIEW_TYPE = 'oneOnOne.personPage';

/** The commands the page's buttons run, with the person's name as their argument. */
const PAGE_COMMANDS: Readonly<Record<Extract<PageTarget, { kind: 'command' }>['command'], string>> = {
  newNote: Commands.newNote,
  addTalkingPoint: Commands.addTalkingPoint,
  exportReview: Commands.exportReviewNotes,
  createProfile: Commands.addPerson,
};

/** What "Open Person Page" returns: the open page, for scripts and tests. */
export interface PersonPageHandle {
  readonly person: string;
  readonly panel: vscode.WebviewPanel;
  /** The page's current inner HTML, as last sent to the webview. */
  body(): string;
  /** How many times it has been drawn; resolves once the next drawing is done. */
  readonly renders: number;
  rendered(): Promise<void>;
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

class PersonPagePanel implements PersonPageHandle {
  private readonly texts = new Map<string, string>();
  private current = '';
  private targets = new Map<number, PageTarget[]>();
  private version = 0;
  private waiting: Array<() => void> = [];
  private drawing?: Promise<void>;
  private again = false;
  renders = 0;

  constructor(readonly person: string, readonly panel: vscode.WebviewPanel, private readonly ctx: FeatureContext, private readonly open: (name: string) => void) {
    const media = vscode.Uri.joinPath(ctx.extension.extensionUri, 'media');
    panel.webview.options = { enableScripts: true, localResourceRoots: [media] };
    panel.iconPath = vscode.Uri.joinPath(media, 'activity.svg');
    panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message));
  }

  body(): string {
    return this.current;
  }

  rendered(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Forgets the texts of changed files, then draws again. */
  changed(uris: readonly string[]): void {
    for (const uri of uris) this.texts.delete(uri);
  }

  /** Draws the page; calls during a drawing make one more drawing after it. */
  draw(): Promise<void> {
    if (this.drawing) {
      this.again = true;
      return this.drawing;
    }
    this.drawing = (async () => {
      do {
        this.again = false;
        await this.drawOnce();
      } while (this.again);
    })().finally(() => {
      this.drawing = undefined;
    });
    return this.drawing;
  }

  private async drawOnce(): Promise<void> {
    const { journal, privacy, settings } = this.ctx;
    const t = today();
    const uris = journal.meetings().filter((m) => m.person === this.person).map((m) => m.note.uri);
    await Promise.all(uris.filter((u) => !this.texts.has(u)).map(async (u) => {
      const text = await currentText(u);
      if (text !== undefined) this.texts.set(u, text);
    }));
    const page = buildPersonPage(journal, this.person, t, { weekMode: settings().weekMode, text: (u) => this.texts.get(u) });
    let title: string;
    let body: string;
    let targets: PageTarget[] = [];
    if (!page) {
      title = `${privacy.name(this.person)} · 1:1s`;
      body = `<header><h1>${escapeHtml(privacy.name(this.person))}</h1></header><p class="muted">This person is no longer in the journal: their profile or notes were renamed or removed.</p>`;
    } else {
      ({ title, body, targets } = renderPersonPage(page, { today: t, lens: privacy }));
    }
    const version = ++this.version;
    this.targets.set(version, targets);
    this.targets.delete(version - 4);
    body = `<div data-version="${version}">${body}</div>`;
    this.panel.title = title;
    const first = this.current === '';
    this.current = body;
    if (first) {
      const webview = this.panel.webview;
      const media = vscode.Uri.joinPath(this.ctx.extension.extensionUri, 'media');
      webview.html = personPageDocument(body, {
        cspSource: webview.cspSource,
        nonce: nonce(),
        styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'personPage.css')).toString(),
        scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'personPage.js')).toString(),
        title,
      });
    } else {
      await this.panel.webview.postMessage({ type: 'render', body, title });
    }
    this.renders++;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  private onMessage(message: unknown): void {
    const m = message as { type?: unknown; target?: unknown; version?: unknown } | undefined;
    if (m?.type === 'ready') {
      // The webview was (re)loaded, e.g. shown again: give it the latest page.
      void this.panel.webview.postMessage({ type: 'render', body: this.current, title: this.panel.title });
      return;
    }
    if (m?.type !== 'target' || typeof m.target !== 'number') return;
    const version = typeof m.version === 'number' ? m.version : this.version;
    const target = this.targets.get(version)?.[m.target];
    if (!target) return;
    if (target.kind === 'open') {
      // Only files of the journal open from the page, through the privacy-aware command.
      if (this.ctx.journal.has(target.uri)) void vscode.commands.executeCommand(Commands.openLocation, target.uri, target.line);
    } else if (target.kind === 'person') {
      this.open(target.name);
    } else {
      void vscode.commands.executeCommand(PAGE_COMMANDS[target.command], target.person);
    }
  }
}

export function register(ctx: FeatureContext): void {
  const { extension: context, journal, index, settings, log, privacy } = ctx;
  const panels = new Map<string, PersonPagePanel>();
  const pendingUris = new Set<string>();

  const open = (name: string): PersonPagePanel => {
    const existing = panels.get(name);
    if (existing) {
      existing.panel.reveal();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, `${privacy.name(name)} · 1:1s`, vscode.ViewColumn.Active, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'media')],
    });
    const page = new PersonPagePanel(name, panel, ctx, (other) => void openPage(other));
    panels.set(name, page);
    panel.onDidDispose(() => panels.delete(name));
    return page;
  };

  const openPage = async (arg?: unknown): Promise<PersonPageHandle | undefined> => {
    try {
      let name = personArgument(arg);
      if (name) {
        const known = journal.directory().resolve(name);
        if (!known) {
          void vscode.window.showInformationMessage(`${privacy.name(name)} is not in the journal: add a person profile or a 1:1 note with them first.`);
          return undefined;
        }
        name = known.name;
      } else {
        const directory = journal.directory();
        name = (await pickPerson(journal, settings(), privacy, {
          title: 'Open Person Page', placeHolder: 'Whose page? Most due first.', filter: () => true,
        }))?.name;
        if (name && directory.resolve(name) === undefined) return undefined;
      }
      if (!name) return undefined;
      const page = open(name);
      await page.draw();
      return page;
    } catch (error) {
      log.error(`Open Person Page failed: ${describeError(error)}`);
      void vscode.window.showErrorMessage(`Open Person Page: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };

  const redrawAll = (): void => {
    const uris = [...pendingUris];
    pendingUris.clear();
    for (const page of panels.values()) {
      page.changed(uris);
      void page.draw().catch((error: unknown) => log.warn(`Person page refresh failed: ${describeError(error)}`));
    }
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.openPersonPage, openPage),
    journal.onDidChange((change) => { for (const uri of change.uris) pendingUris.add(uri); }),
    onJournalRefresh(journal, index, redrawAll, 'person page refresh'),
    onDidChangeSettings(redrawAll),
    privacy.onDidChange(redrawAll),
    { dispose: () => { for (const page of panels.values()) page.panel.dispose(); } },
  );
}
