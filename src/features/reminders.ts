/**
 * Reminders (docs/FORMAT.md#views-and-commands), opt-in with `oneOnOne.reminders.enabled`: at most one digest notification
 * a day, at start-up or at `oneOnOne.reminders.time`, with "Open Dashboard". The schedule and the
 * wording are the core's (src/core/reminders.ts); this keeps one timer set to the next due time
 * and remembers the last day shown in the workspace state (a date only, never note text). In
 * privacy mode the digest has counts only.
 */
import * as vscode from 'vscode';
import { decideReminder, digestCounts, digestText, minutesUntil, type LocalMoment } from '../core/reminders';
import type { IsoDate } from '../core/model';
import { Commands } from '../vscode/commands';
import type { FeatureContext } from '../vscode/featureContext';
import { describeError } from '../vscode/log';
import { onDidChangeSettings } from '../vscode/settings';
import { today } from '../vscode/today';

const LAST_SHOWN_KEY = 'oneOnOne.reminders.lastShown';
/** setTimeout's ceiling (about 24 days); the check simply runs again then. */
const MAX_TIMER_MS = 2_147_000_000;

/** A digest: the day and the text it says (never more than the notification shows). */
export interface Digest {
  date: IsoDate;
  text: string;
}

/** What the reminders show, for the integration tests and other extensions. */
export interface RemindersApi {
  /** The last digest shown this session, if any. */
  lastShown(): Digest | undefined;
  /** Fires when a digest is shown. */
  readonly onDidShow: vscode.Event<Digest>;
  /** What the digest would say today, as privacy mode stands now (undefined: nothing to say). */
  preview(): Promise<string | undefined>;
}

function localNow(): LocalMoment {
  const now = new Date();
  return { date: today(), minutes: now.getHours() * 60 + now.getMinutes() };
}

export function register(ctx: FeatureContext): RemindersApi {
  const state = ctx.extension.workspaceState;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  let shown: Digest | undefined;
  const didShow = new vscode.EventEmitter<Digest>();

  /** The digest's text for `date`, cool-offs counted since `last`; names only outside privacy mode. */
  const digestFor = async (date: IsoDate, last: IsoDate | undefined): Promise<string | undefined> => {
    // Every follow-up known: asked before, the open list would parse the bodies left in one go.
    await ctx.index.indexed;
    const { journal, privacy } = ctx;
    const counts = digestCounts(journal.directory(), journal.meetings(), journal.followUps(), date, last, ctx.settings().weekMode);
    const text = digestText(counts, privacy.on ? undefined : (name) => privacy.name(name));
    return text && `1:1 today: ${text}`;
  };

  const show = async (date: IsoDate): Promise<void> => {
    // Remembered first, so no other check shows it again today while the journal loads.
    const last = state.get<string>(LAST_SHOWN_KEY);
    await state.update(LAST_SHOWN_KEY, date);
    const text = await digestFor(date, last);
    if (!text) {
      ctx.log.info('Reminder: nothing due today, no digest shown.');
      return;
    }
    const open = 'Open Dashboard';
    shown = { date, text };
    didShow.fire(shown);
    const choice = await vscode.window.showInformationMessage(text, open);
    if (choice === open) await vscode.commands.executeCommand(Commands.showDashboard);
  };

  const check = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (disposed) return;
    const settings = ctx.settings();
    const now = localNow();
    const decision = decideReminder(state.get<string>(LAST_SHOWN_KEY), now, { enabled: settings.remindersEnabled, time: settings.remindersTime });
    if (decision.showNow) void show(now.date).catch((e: unknown) => ctx.log.error(`Reminder failed: ${describeError(e)}`));
    if (decision.next) {
      // A minute past the due time, so a timer that fires a little early finds it due.
      const ms = Math.min(MAX_TIMER_MS, (minutesUntil(now, decision.next) + 1) * 60_000);
      timer = setTimeout(check, ms);
    }
  };

  check();
  ctx.extension.subscriptions.push(
    onDidChangeSettings(check),
    didShow,
    { dispose: () => { disposed = true; clearTimeout(timer); } },
  );
  return {
    lastShown: () => shown,
    onDidShow: didShow.event,
    preview: () => digestFor(today(), state.get<string>(LAST_SHOWN_KEY)),
  };
}
