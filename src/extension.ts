/**
 * Composition root: builds the journal, starts the features, reports failures. Reads no file
 * and awaits no scan: the index fills in the background and the views follow.
 */
import * as vscode from 'vscode';
import { Commands } from './vscode/commands';
import { Journal } from './core/journal';
import { journalOptions } from './core/settings';
import { registerCompletion } from './features/completion';
import { registerDashboard, type DashboardApi } from './features/dashboard';
import { registerReminders } from './features/reminders';
import { registerDiagnostics } from './features/diagnostics';
import { registerFollowUpActions } from './features/followUpActions';
import { registerFollowUpsView, type FollowUpsProvider } from './features/followUpsView';
import { registerLeakCheck } from './features/leakCheck';
import { registerNewNote } from './features/newNote';
import { registerOpenLocation } from './features/openLocation';
import { registerOrgImport } from './features/orgImport';
import { registerPrivacyWorkspace } from './features/privacyWorkspace';
import { registerPeopleView, type PeopleProvider } from './features/peopleView';
import { registerPersonPage } from './features/personPage';
import { registerQuickFixes } from './features/quickFixes';
import { registerReviewExport } from './features/reviewExport';
import { registerShareableSummary } from './features/shareableSummary';
import { registerSkipLevel } from './features/skipLevel';
import { registerTalkingPoints } from './features/talkingPoints';
import { registerUpcomingView, type UpcomingProvider } from './features/upcomingView';
import { ContextKeys, setContext } from './vscode/contextKeys';
import type { FeatureContext } from './vscode/featureContext';
import { createLog, describeError } from './vscode/log';
import { onDidChangeSettings, readSettings, type Settings } from './vscode/settings';
import { Privacy, registerPrivacyToggle } from './vscode/privacy';
import { TaskTimer } from './vscode/taskTimer';
import { WorkspaceIndex } from './vscode/workspaceIndex';

/** What `activate` returns: used by the integration tests and open to other extensions. */
export interface OneOnOneApi {
  journal: Journal;
  /** Resolves when the first scan has read every journal file. */
  ready: Promise<void>;
  /** Resolves when follow-ups of every note are known too. */
  indexed: Promise<void>;
  views: { upcoming: UpcomingProvider; followUps: FollowUpsProvider; people: PeopleProvider };
  /** The dashboard panel (SPEC §6). */
  dashboard: DashboardApi;
  diagnostics: vscode.DiagnosticCollection;
  /** Milliseconds from the start of `activate`: its own duration, then scan and index done. */
  timings: { activateMs: number; readyMs?: number; indexedMs?: number; longestTasks(): Record<string, number> };
}

export function activate(context: vscode.ExtensionContext): OneOnOneApi {
  const started = performance.now();
  const tasks = new TaskTimer();
  const timings: OneOnOneApi['timings'] = { activateMs: 0, longestTasks: () => tasks.snapshot() };
  const log = createLog();
  context.subscriptions.push(log);
  try {
    let settings = readSettings();
    const current = (): Settings => settings;
    const journal = new Journal(journalOptions(settings));
    const index = new WorkspaceIndex(journal, settings, log, tasks);
    context.subscriptions.push(
      index,
      onDidChangeSettings(() => {
        settings = readSettings();
        index.updateSettings(settings);
      }),
      vscode.commands.registerCommand(Commands.showLog, () => log.show()),
      journal.onDidChange(() => { const c = journal.counts(); setContext(ContextKeys.hasJournal, c.notes + c.profiles > 0); }),
    );

    const privacy = new Privacy(context.workspaceState);
    context.subscriptions.push(privacy);
    registerPrivacyToggle(context, privacy);
    privacy.usePeople(() => journal.directory().people);
    registerPrivacyWorkspace({ extension: context, journal, privacy, log });
    registerOpenLocation(context, journal, privacy);
    registerShareableSummary(context, journal, privacy, log);
    registerFollowUpActions(context, journal, log, privacy);
    registerNewNote(context, journal, current, log, privacy);
    registerSkipLevel(context, journal, current, privacy, log);
    registerCompletion(context, journal, privacy);
    registerQuickFixes(context, journal, current, privacy);
    const ctx: FeatureContext = { extension: context, journal, index, settings: current, privacy, log };
    registerTalkingPoints(ctx);
    registerOrgImport(ctx);
    registerPersonPage(ctx);
    registerReviewExport(ctx);
    const upcoming = registerUpcomingView(context, journal, index, current, privacy);
    const followUps = registerFollowUpsView(context, journal, index, current, privacy);
    const people = registerPeopleView(context, journal, index, privacy);
    const diagnostics = registerDiagnostics(context, journal, index);
    const dashboard = registerDashboard(ctx);
    registerReminders(ctx);

    const indexed = new Promise<void>((resolve) => {
      const sub = index.onDidChangeState((state) => {
        if (state.phase !== 'ready') return;
        sub.dispose();
        timings.indexedMs = performance.now() - started;
        setContext(ContextKeys.ready, true);
        const c = journal.counts();
        log.info(`Journal ready: ${c.notes} notes, ${c.profiles} people.`);
        resolve();
      });
      context.subscriptions.push(sub);
    });
    registerLeakCheck(context, journal, index.ready, log);
    void index.ready.then(() => { timings.readyMs = performance.now() - started; });
    void index.start();
    timings.activateMs = performance.now() - started;
    log.info(`Activated in ${Math.round(timings.activateMs)} ms.`);
    return { journal, ready: index.ready, indexed, views: { upcoming, followUps, people }, dashboard, diagnostics, timings };
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
