/**
 * Composition root: builds the journal, starts the features, reports failures. Reads no file
 * and awaits no scan: the index fills in the background and the views follow.
 */
import * as vscode from 'vscode';
import { Journal } from './core/journal';
import type { Settings } from './core/settings';
import * as addFollowUp from './features/addFollowUp';
import * as addPerson from './features/addPerson';
import * as completion from './features/completion';
import * as dashboardFeature from './features/dashboard';
import type { DashboardApi } from './features/dashboard';
import * as diagnostics from './features/diagnostics';
import * as followUpActions from './features/followUpActions';
import * as followUpsView from './features/followUpsView';
import type { FollowUpsProvider } from './features/followUpsView';
import * as leakCheck from './features/leakCheck';
import * as newNote from './features/newNote';
import * as openLastNote from './features/openLastNote';
import * as openLocation from './features/openLocation';
import * as orgImport from './features/orgImport';
import * as peopleView from './features/peopleView';
import type { PeopleProvider } from './features/peopleView';
import * as personPage from './features/personPage';
import * as privacyWorkspace from './features/privacyWorkspace';
import * as quickFixes from './features/quickFixes';
import * as reminders from './features/reminders';
import type { RemindersApi } from './features/reminders';
import * as reviewExport from './features/reviewExport';
import * as setup from './features/setup';
import * as shareableSummary from './features/shareableSummary';
import * as skipLevel from './features/skipLevel';
import * as starterKit from './features/starterKit';
import * as talkingPoints from './features/talkingPoints';
import * as upcomingView from './features/upcomingView';
import type { UpcomingProvider } from './features/upcomingView';
import * as walkthrough from './features/walkthrough';
import { Commands } from './vscode/commands';
import { ContextKeys, contextSnapshot, setContext } from './vscode/contextKeys';
import type { FeatureContext } from './vscode/featureContext';
import { createLog, describeError } from './vscode/log';
import { DESKTOP_PLATFORM, type Platform } from './vscode/platform';
import { Privacy, registerPrivacyToggle } from './vscode/privacy';
import { onDidChangeSettings, readSettings } from './vscode/settings';
import { TaskTimer, threadCpuMs } from './vscode/taskTimer';
import { WorkspaceIndex, type ScanTimings } from './vscode/workspaceIndex';
import { preferNode, WORKSPACE_FILES } from './vscode/hostFiles';
import { NODE_FILES } from './vscode/nodeFiles';

/** What `activate` returns: used by the integration tests and open to other extensions. */
export interface OneOnOneApi {
  journal: Journal;
  /** Resolves when the first scan has read every journal file. */
  ready: Promise<void>;
  /** Resolves when follow-ups of every note are known too. */
  indexed: Promise<void>;
  views: { upcoming: UpcomingProvider; followUps: FollowUpsProvider; people: PeopleProvider };
  /** The dashboard panel (docs/FORMAT.md#views-and-commands). */
  dashboard: DashboardApi;
  /** The daily digest (opt-in reminders): what it showed and would show. */
  reminders: RemindersApi;
  diagnostics: vscode.DiagnosticCollection;
  /**
   * Milliseconds from the start of `activate`: its own duration (and its CPU time on the host's
   * thread, where the runtime can tell), then scan and index done; the longest tasks by label.
   */
  timings: {
    /** `performance.now()` when `activate` began (the extension host's clock): where the other times count from. */
    startedAt: number;
    /** The host thread's CPU time (ms, `process.threadCpuUsage`) when `activate` began, where the runtime can tell. */
    startedCpu?: number;
    activateMs: number;
    activateCpuMs?: number;
    readyMs?: number;
    indexedMs?: number;
    /** CPU time of the host's thread (everyone's work on it) from the start of `activate` to ready / indexed. */
    readyCpuMs?: number;
    indexedCpuMs?: number;
    longestTasks(): Record<string, number>;
    longestTasksCpu(): Record<string, number>;
    lastScan?(): ScanTimings | undefined;
  };
  /** Where it runs: `desktop` (Node extension host) or `web` (the browser's web worker). */
  platform: Platform['kind'];
  /** The context keys the extension set, with their last values (the walkthrough's completion events). */
  contextKeys(): Readonly<Record<string, unknown>>;
}

/** The desktop entry point (package.json `main`); src/web/extension.ts is the browser one. */
export function activate(context: vscode.ExtensionContext): OneOnOneApi {
  return activateJournal(context, { ...DESKTOP_PLATFORM, ...(NODE_FILES ? { files: NODE_FILES } : {}) });
}

/** The one composition, for whichever platform the entry point runs on. */
export function activateJournal(context: vscode.ExtensionContext, platform: Platform): OneOnOneApi {
  const started = performance.now();
  const startedCpu = threadCpuMs?.();
  /** CPU time of the host's thread since `activate` began, where the runtime can tell. */
  const cpuSinceStart = (): number | undefined => (startedCpu === undefined ? undefined : threadCpuMs!() - startedCpu);
  const tasks = new TaskTimer();
  const timings: OneOnOneApi['timings'] = { startedAt: started, ...(startedCpu !== undefined ? { startedCpu } : {}), activateMs: 0, longestTasks: () => tasks.snapshot(), longestTasksCpu: () => tasks.cpuSnapshot() };
  const log = createLog();
  context.subscriptions.push(log);
  try {
    // Read when first needed: the first read of the configuration costs VS Code 10 ms or more,
    // and nothing drawn at activation needs it (the index reads it when it starts).
    let settings: Settings | undefined;
    const currentSettings = (): Settings => (settings ??= readSettings());
    const journal = new Journal(); // its options are set from the settings when the index starts
    const index = new WorkspaceIndex(journal, currentSettings, log, tasks, platform.files ? preferNode(platform.files) : WORKSPACE_FILES);
    context.subscriptions.push(
      index,
      onDidChangeSettings(() => {
        settings = readSettings();
        index.updateSettings(settings);
      }),
      vscode.commands.registerCommand(Commands.showLog, () => log.show()),
    );

    const privacy = new Privacy(context.workspaceState);
    context.subscriptions.push(privacy);
    privacy.usePeople(() => journal.directory().people);
    const ctx: FeatureContext = { extension: context, journal, index, settings: currentSettings, privacy, log, platform };
    // The status-bar items show once there is a journal (this activates on markdown anywhere),
    // without waiting for the 1:1s view to be opened; the privacy toggle also while it is on.
    const privacyItem = registerPrivacyToggle(ctx);
    let had: boolean | undefined;
    const hasJournal = (): void => {
      const c = journal.counts();
      const has = c.notes + c.profiles > 0;
      if (has !== had) setContext(ContextKeys.hasJournal, has);
      had = has;
      if (has || privacy.on) privacyItem.show();
      else privacyItem.hide();
    };
    context.subscriptions.push(journal.onDidChange(hasJournal), privacy.onDidChange(hasJournal));
    hasJournal();
    privacyWorkspace.register(ctx);
    for (const feature of [openLocation, shareableSummary, followUpActions, orgImport, newNote, addFollowUp, openLastNote, addPerson, skipLevel, completion, quickFixes, talkingPoints, personPage, reviewExport, starterKit]) {
      feature.register(ctx);
    }
    const upcoming = upcomingView.register(ctx);
    const followUps = followUpsView.register(ctx);
    const people = peopleView.register(ctx);
    const problems = diagnostics.register(ctx);
    const dashboard = dashboardFeature.register(ctx);
    const digest = reminders.register(ctx);

    const indexed = index.indexed.then(() => {
      timings.indexedMs = performance.now() - started;
      timings.indexedCpuMs = cpuSinceStart();
      setContext(ContextKeys.ready, true);
      const c = journal.counts();
      log.info(`Journal ready: ${c.notes} notes, ${c.profiles} people.`);
    });
    leakCheck.register(ctx);
    setup.register(ctx);
    walkthrough.register(ctx);
    void index.ready.then(() => {
      timings.readyMs = performance.now() - started;
      timings.readyCpuMs = cpuSinceStart();
    });
    timings.lastScan = () => index.lastScan;
    void index.start();
    timings.activateMs = performance.now() - started;
    timings.activateCpuMs = cpuSinceStart();
    log.info(`Activated in ${Math.round(timings.activateMs)} ms (${platform.kind === 'web' ? 'web extension' : 'desktop'}).`);
    return { journal, ready: index.ready, indexed, views: { upcoming, followUps, people }, dashboard, reminders: digest, diagnostics: problems, timings, platform: platform.kind, contextKeys: contextSnapshot };
  } catch (error) {
    // VS Code shows nothing when activation fails: say it, and where to look.
    log.error(`Activation failed: ${describeError(error)}`);
    void vscode.window.showErrorMessage('1:1 Journal could not start. See the "1:1 Journal" output for details.', 'Show Log')
      .then((choice) => { if (choice) log.show(); });
    throw error;
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
