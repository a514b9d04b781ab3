/**
 * The skip-level rotation in the editor (docs/FORMAT.md#skip-level-rotation): "1:1: Suggest Skip-Level" (a quick pick of the
 * ranked people with their reasons, and the peers past their window) and "1:1: Plan
 * Skip-Levels…" (the next N weeks as a read-only markdown preview). All the ranking is
 * `core/rotation/`; this file only shows it and creates the chosen note through the
 * "New 1:1 Note" command, so the note comes from the skip-level template at `oneOnOne.newNotePath`
 * and an existing note is opened, never overwritten.
 */
import * as vscode from 'vscode';
import type { Journal } from '../core/journal';
import type { MeetingType } from '../core/model';
import {
  describeNeed, planMarkdown, planRotation, suggestSkipLevels, type RotationNeed,
  type SkipLevelSuggestions,
} from '../core/rotation';
import type { Settings } from '../core/settings';
import { BuiltinCommands, Commands } from '../vscode/commands';
import type { FeatureContext } from '../vscode/featureContext';
import { describeError } from '../vscode/log';
import type { Privacy, SearchableItem } from '../vscode/privacy';
import { today } from '../vscode/today';

/** The scheme of the read-only plan document. */
export const PLAN_SCHEME = 'oneonone-plan';

export const DEFAULT_PLAN_WEEKS = 8;
const MAX_PLAN_WEEKS = 104;

/** A row of the suggestion quick pick: a skip-level, a peer, or a separator. */
export type SuggestionItem = SearchableItem & { person?: string; type?: MeetingType };

/** A text of the core's that names people and teams, as privacy mode shows it. */
function shown(text: string, privacy: Privacy | undefined): string {
  return privacy ? privacy.note(text, false) : text;
}

/**
 * The quick pick's rows for a suggestion, in rank order: the skip-levels, then a separator and
 * the peers past their window. Exported so the integration tests can compare them with the core.
 */
export function suggestionItems(result: SkipLevelSuggestions, privacy?: Privacy): SuggestionItem[] {
  const items: SuggestionItem[] = [];
  if (result.people.length > 0) {
    const { met, of } = result.round;
    items.push({ label: met === of ? `Skip-levels · all ${of} met this round` : `Skip-levels · ${met} of ${of} met this round`, kind: vscode.QuickPickItemKind.Separator });
    for (const s of result.people) {
      items.push({
        label: privacy ? privacy.person(s.person.name) : s.person.name,
        description: shown(`depth ${s.depth} · ${s.branchLabel}`, privacy),
        detail: shown(s.reasons.join(' · '), privacy),
        person: s.person.name,
        match: [s.person.name, ...s.person.aliases],
        type: 'skip-level',
      });
    }
  }
  if (result.peers.length > 0) {
    items.push({ label: 'Peers past their window', kind: vscode.QuickPickItemKind.Separator });
    for (const p of result.peers) {
      items.push({
        label: privacy ? privacy.person(p.person.name) : p.person.name,
        description: privacy ? privacy.detail(['peer', { role: p.person.profile?.role ?? '' }]) : ['peer', p.person.profile?.role].filter(Boolean).join(' · '),
        detail: shown(p.reasons.join(' · '), privacy),
        person: p.person.name,
        match: [p.person.name, ...p.person.aliases],
        type: 'peer',
      });
    }
  }
  return items;
}

/** The plan's URI: the number of weeks travels in the query, so each plan is its own document. */
export function planUri(weeks: number): vscode.Uri {
  return vscode.Uri.from({ scheme: PLAN_SCHEME, path: '/Skip-level plan.md', query: `weeks=${weeks}` });
}

function weeksOf(uri: vscode.Uri): number {
  const m = /(?:^|&)weeks=(\d+)/.exec(uri.query);
  const weeks = m ? Number(m[1]) : DEFAULT_PLAN_WEEKS;
  return Math.min(MAX_PLAN_WEEKS, Math.max(1, weeks));
}

/** The plan as markdown, as the preview shows it. Exported for the integration tests. */
export function planText(journal: Journal, weeks: number, settings: Settings, privacy?: Privacy): string {
  const t = today();
  const directory = journal.directory();
  const meetings = journal.meetings();
  const perWeek = settings.skipLevelsPerWeek;
  const plan = planRotation(directory, meetings, t, weeks, perWeek);
  const now = suggestSkipLevels(directory, meetings, t, { limit: 0, weekMode: settings.weekMode });
  const text = planMarkdown(plan, now.peers, t, perWeek, now.need);
  return shown(text, privacy);
}

/** Serves the plan documents; they change with the journal and cannot be edited or saved. */
class PlanProvider implements vscode.TextDocumentContentProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private readonly open = new Set<string>();

  constructor(private readonly journal: Journal, private readonly settings: () => Settings, private readonly privacy: Privacy | undefined) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    this.open.add(uri.toString());
    return planText(this.journal, weeksOf(uri), this.settings(), this.privacy);
  }

  /** Asks VS Code to read every plan that is open again. */
  refresh(): void {
    for (const uri of this.open) this.emitter.fire(vscode.Uri.parse(uri));
  }

  closed(uri: vscode.Uri): void {
    this.open.delete(uri.toString());
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

/** Says what the rotation needs and offers the commands that provide it. */
async function explainNeed(need: RotationNeed, result: SkipLevelSuggestions): Promise<void> {
  const actions: Array<{ title: string; run: () => Thenable<unknown> }> = [];
  if (need === 'org-chart' || need === 'skip-levels') {
    const commands = new Set(await vscode.commands.getCommands(true));
    if (commands.has(Commands.importOrgChart)) actions.push({ title: 'Import Org Chart from CSV', run: () => vscode.commands.executeCommand(Commands.importOrgChart) });
    actions.push({ title: 'Add Person', run: () => vscode.commands.executeCommand(Commands.addPerson) });
  } else if (need === 'me') {
    actions.push({ title: 'Set oneOnOne.me', run: () => vscode.commands.executeCommand(BuiltinCommands.openSettings, 'oneOnOne.me') });
    actions.push({ title: 'Add Person', run: () => vscode.commands.executeCommand(Commands.addPerson) });
  }
  const choice = await vscode.window.showInformationMessage(describeNeed(need, result.excluded).replace(/`/g, ''), ...actions.map((a) => a.title));
  await actions.find((a) => a.title === choice)?.run();
}

export function register({ extension: context, journal, settings, privacy, log }: FeatureContext): void {
  const provider = new PlanProvider(journal, settings, privacy);
  const refresh = (): void => provider.refresh();

  /** Shows the suggestion; creates and opens the note for the chosen person. Resolves to the note's editor. */
  const suggest = async (): Promise<vscode.TextEditor | undefined> => {
    try {
      const result = suggestSkipLevels(journal.directory(), journal.meetings(), today(), { weekMode: settings().weekMode });
      if (result.need && result.peers.length === 0) {
        await explainNeed(result.need, result);
        return undefined;
      }
      const items = suggestionItems(result, privacy);
      const options = {
        title: result.need ? `Suggest Skip-Level: ${describeNeed(result.need, result.excluded).replace(/`/g, '')}` : 'Suggest Skip-Level',
        placeHolder: 'Who to meet next, best first. The reasons say why; pick one to start the note.',
        matchOnDescription: true,
        matchOnDetail: true,
      };
      const choice = privacy ? await privacy.showQuickPick(items, options) : await vscode.window.showQuickPick(items, options);
      if (!choice?.person || !choice.type) return undefined;
      log.info(`Suggest Skip-Level: creating a ${choice.type} note (rank ${items.filter((i) => i.person).indexOf(choice) + 1}).`);
      return await vscode.commands.executeCommand<vscode.TextEditor | undefined>(Commands.newNote, choice.person, { type: choice.type, date: today() });
    } catch (error) {
      log.error(`Suggest Skip-Level failed: ${describeError(error)}`);
      void vscode.window.showErrorMessage(`Suggest Skip-Level: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };

  /** Asks for the number of weeks (unless given) and opens the plan's preview. Resolves to the plan's URI. */
  const plan = async (arg?: unknown): Promise<vscode.Uri | undefined> => {
    let weeks = typeof arg === 'number' && Number.isInteger(arg) ? arg : undefined;
    if (weeks === undefined) {
      const answer = await vscode.window.showInputBox({
        title: 'Plan Skip-Levels',
        prompt: `How many weeks ahead? (${settings().skipLevelsPerWeek} a week, oneOnOne.skipLevel.perWeek)`,
        value: String(DEFAULT_PLAN_WEEKS),
        validateInput: (v) => (/^\d+$/.test(v.trim()) && Number(v) >= 1 && Number(v) <= MAX_PLAN_WEEKS ? undefined : `A whole number from 1 to ${MAX_PLAN_WEEKS}`),
      });
      if (answer === undefined) return undefined;
      weeks = Number(answer.trim());
    }
    weeks = Math.min(MAX_PLAN_WEEKS, Math.max(1, weeks));
    const result = suggestSkipLevels(journal.directory(), journal.meetings(), today(), { limit: 0, weekMode: settings().weekMode });
    if (result.need && result.need !== 'eligible') {
      // Still open the plan (it says the same), but offer the way out at once.
      void explainNeed(result.need, result);
    }
    const uri = planUri(weeks);
    try {
      await vscode.commands.executeCommand(BuiltinCommands.showMarkdownPreview, uri);
    } catch (error) {
      log.warn(`The markdown preview is not available (${describeError(error)}); showing the plan as text.`);
      await vscode.window.showTextDocument(uri, { preview: true });
    }
    return uri;
  };

  context.subscriptions.push(
    provider,
    vscode.workspace.registerTextDocumentContentProvider(PLAN_SCHEME, provider),
    journal.onDidChange(refresh),
    vscode.workspace.onDidCloseTextDocument((doc) => { if (doc.uri.scheme === PLAN_SCHEME) provider.closed(doc.uri); }),
    ...(privacy ? [privacy.onDidChange(refresh)] : []),
    vscode.commands.registerCommand(Commands.suggestSkipLevel, suggest),
    vscode.commands.registerCommand(Commands.planSkipLevels, plan),
  );
}
