/**
 * 1:1: Show Dashboard (docs/FORMAT.md#views-and-commands): one webview panel, reused, drawn from the insights core. It
 * follows the journal live (debounced), the privacy mode and the settings. The webview only
 * ever gets labels, counts and opaque link tokens; what it sends back is checked: known commands
 * only, and tokens of the current render that stand for a note the index knows.
 */
import * as vscode from 'vscode';
import { computeInsights, readDriftContents, type NoteContent } from '../../core/insights';
import type { FollowUp } from '../../core/model';
import { BuiltinCommands, Commands } from '../../vscode/commands';
import type { FeatureContext } from '../../vscode/featureContext';
import { describeError } from '../../vscode/log';
import { onJournalRefresh } from '../../vscode/refresh';
import { onDidChangeSettings } from '../../vscode/settings';
import { today } from '../../vscode/today';
import { dashboardHtml, makeNonce } from './dashboardHtml';
import { buildDashboardModel, type DashboardModel, type LinkTarget, type LinkToken } from './dashboardModel';

/** What the integration tests (and other extensions) can see of the dashboard. */
export interface DashboardApi {
  /** Whether the panel is open. */
  isOpen(): boolean;
  /** The model last sent to the panel. */
  current(): DashboardModel | undefined;
  /** Fires after each model is sent to the panel. */
  readonly onDidRender: vscode.Event<DashboardModel>;
  /** Follows a link token as a click in the panel would (tests; unknown tokens are refused). */
  follow(token: string): Promise<boolean>;
}

const VIEW_TYPE = 'oneOnOne.dashboard';

export function register(ctx: FeatureContext): DashboardApi {
  const { journal, privacy, log } = ctx;
  let panel: vscode.WebviewPanel | undefined;
  let links = new Map<LinkToken, LinkTarget>();
  let current: DashboardModel | undefined;
  let generation = 0;
  let dirty = false;
  const rendered = new vscode.EventEmitter<DashboardModel>();
  /** What notes say, as counts only (never their text), for the drift signal; dropped when a note changes. */
  const contents = new Map<string, NoteContent>();

  const readText = async (uri: string): Promise<string | undefined> => {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (open) return open.getText();
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.parse(uri));
    return new TextDecoder('utf-8').decode(bytes);
  };

  const compute = async (): Promise<DashboardModel> => {
    const settings = ctx.settings();
    const day = today();
    const directory = journal.directory();
    const meetings = journal.meetings();
    await readDriftContents(directory, meetings, day, contents, readText);
    const insights = computeInsights({
      directory: journal.directory(), meetings: journal.meetings(), followUps: journal.followUps(), today: day,
      weeks: settings.dashboardWeeks, weekMode: settings.weekMode, contentOf: (uri) => contents.get(uri),
    });
    const counts = journal.counts();
    const built = buildDashboardModel(insights, { privacy: privacy.on, name: (n) => privacy.name(n) }, counts.notes + counts.profiles === 0);
    links = built.links;
    return built.model;
  };

  const refresh = async (): Promise<void> => {
    if (!panel) return;
    if (!panel.visible) {
      dirty = true;
      return;
    }
    dirty = false;
    const mine = ++generation;
    try {
      const model = await compute();
      if (mine !== generation || !panel) return; // a newer refresh is on its way
      current = model;
      await panel.webview.postMessage({ type: 'model', model });
      rendered.fire(model);
    } catch (error) {
      log.error(`Dashboard refresh failed: ${describeError(error)}`);
    }
  };

  const pickFollowUp = async (title: string, items: readonly FollowUp[]): Promise<void> => {
    const picks = items.map((item) => ({
      label: privacy.text(item.text, item.confidential),
      description: [item.mine ? 'mine' : `${privacy.name(item.owner ?? '')}`, item.due && !privacy.on ? `due ${item.due}` : ''].filter(Boolean).join(' · '),
      detail: `1:1 with ${privacy.name(item.person)}`,
      item,
    }));
    const choice = await vscode.window.showQuickPick(picks, { title, placeHolder: `${items.length} open follow-up${items.length === 1 ? '' : 's'}: pick one to open its note`, matchOnDetail: true });
    if (choice) await vscode.commands.executeCommand(Commands.openLocation, choice.item.uri, choice.item.line);
  };

  const follow = async (token: string): Promise<boolean> => {
    const target = links.get(token);
    if (!target) {
      log.warn('Dashboard: ignored a link that is not on the page.');
      return false;
    }
    switch (target.kind) {
      case 'note':
        if (!journal.has(target.uri)) {
          log.warn('Dashboard: ignored a link to a file the journal does not know.');
          return false;
        }
        await vscode.commands.executeCommand(Commands.openLocation, target.uri, 1);
        return true;
      case 'newNote':
        await vscode.commands.executeCommand(Commands.newNote, target.person);
        return true;
      case 'suggestSkipLevel':
        await vscode.commands.executeCommand(Commands.suggestSkipLevel);
        return true;
      case 'followUps':
        await pickFollowUp(target.title, target.items);
        return true;
    }
  };

  const onMessage = (message: unknown): void => {
    if (!message || typeof message !== 'object') return;
    const { command, link } = message as { command?: unknown; link?: unknown };
    if (command === 'ready') void refresh();
    else if (command === 'showFollowUps') void vscode.commands.executeCommand(BuiltinCommands.focusFollowUpsView);
    else if (command === 'open' && typeof link === 'string' && link.length < 20) void follow(link).catch((e: unknown) => log.error(`Dashboard: ${describeError(e)}`));
    else log.warn('Dashboard: ignored an unknown message from the page.');
  };

  const show = (): void => {
    if (panel) {
      panel.reveal();
      return;
    }
    const media = vscode.Uri.joinPath(ctx.extension.extensionUri, 'media');
    panel = vscode.window.createWebviewPanel(VIEW_TYPE, '1:1 Dashboard', vscode.ViewColumn.Active, {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [media],
    });
    panel.iconPath = vscode.Uri.joinPath(media, 'activity.svg');
    const webview = panel.webview;
    webview.html = dashboardHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'dashboard.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'dashboard.css')).toString(),
    });
    const subs = [
      webview.onDidReceiveMessage(onMessage),
      panel.onDidChangeViewState(() => { if (panel?.visible && dirty) void refresh(); }),
    ];
    panel.onDidDispose(() => {
      panel = undefined;
      current = undefined;
      links = new Map();
      subs.forEach((s) => s.dispose());
    });
  };

  ctx.extension.subscriptions.push(
    rendered,
    vscode.commands.registerCommand(Commands.showDashboard, show),
    journal.onDidChange((change) => { for (const uri of change.uris) contents.delete(uri); }),
    onJournalRefresh(journal, ctx.index, () => { void refresh(); }, 'dashboard refresh'),
    privacy.onDidChange(() => { void refresh(); }),
    onDidChangeSettings(() => { void refresh(); }),
    { dispose: () => panel?.dispose() },
  );

  return {
    isOpen: () => panel !== undefined,
    current: () => current,
    onDidRender: rendered.event,
    follow,
  };
}
