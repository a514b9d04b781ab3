/**
 * The privacy sweep (issue 14): with privacy mode on, every surface the extension draws — the
 * three views with every row expanded and hovered, every picker (also searched by a real name,
 * with Enter picking that person), `@`, `person:`, `reportsTo:` and `mood:` completion read page
 * by page, a diagnostic's hover and quick-fix menu, the Problems panel, the dashboard and the
 * person page, the notifications and the status bar — must show no full name, alias, role, team
 * or confidential text of the fixture journal. The strings are collected from the fixture's
 * files, never written here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initialsLabels } from '../../src/core/privacy';
import { nameKey, slugify } from '../../src/core/names';
import { loadJournal } from '../../src/node/loadJournal';
import { waitFor } from '../../scripts/lib/poll';
import { normalise, type Workbench } from './workbench';

/** What must not show in privacy mode, read from the fixture journal. */
export async function fixtureSecrets(folder: string): Promise<string[]> {
  const { journal } = await loadJournal(folder);
  const people = journal.directory().people;
  const secrets = new Set<string>();
  for (const p of people) {
    if (p.name.includes(' ')) secrets.add(p.name);
    // Short aliases ("CC") would match unrelated words of the workbench; three letters and up.
    for (const alias of p.aliases) if (alias.length >= 3) secrets.add(alias);
    if (p.profile?.role) secrets.add(p.profile.role);
    if (p.profile?.team) secrets.add(p.profile.team);
  }
  for (const f of journal.followUps({ includeDone: true })) if (f.confidential && f.text.length > 8) secrets.add(f.text);
  return [...secrets];
}

/** The secrets found in `text` as whole words. */
export function leaksIn(text: string, secrets: readonly string[]): string[] {
  return secrets.filter((s) => new RegExp(`(?<![\\p{L}\\p{N}_])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'u').test(text));
}

/** Everything an element shows, or says to a screen reader: text, aria-labels and titles. */
async function surfaceText(workbench: Workbench, selector: string): Promise<string> {
  return workbench.page.locator(selector).evaluateAll((elements) => elements.map((root) => {
    const parts = [(root as HTMLElement).innerText];
    root.querySelectorAll('[aria-label], [title]').forEach((e) => parts.push(e.getAttribute('aria-label') ?? '', e.getAttribute('title') ?? ''));
    return parts.join('\n');
  }).join('\n')).then(normalise);
}

/** The privacy-mode label of each person of the fixture (initials, numbered when shared), by name. */
async function fixtureLabels(folder: string): Promise<(name: string) => string> {
  const { journal } = await loadJournal(folder);
  const labels = initialsLabels(journal.directory().people.map((p) => p.name));
  return (name) => labels.get(nameKey(name)) ?? '?';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Turns privacy mode on, runs `body`, and turns it off again, each time waiting for the status bar to say so. */
export async function withPrivacyMode<T>(workbench: Workbench, body: () => Promise<T>): Promise<T> {
  const status = workbench.page.locator('.part.statusbar', { hasText: '1:1 private' });
  await workbench.runCommand('1:1: Toggle Privacy Mode');
  await status.waitFor({ state: 'visible', timeout: 15_000 }).catch(() => {
    throw new Error('expected the status bar to say "1:1 private" after "1:1: Toggle Privacy Mode"');
  });
  try {
    return await body();
  } finally {
    await workbench.runCommand('1:1: Toggle Privacy Mode');
    await status.waitFor({ state: 'hidden', timeout: 15_000 });
  }
}

/** Collects what each surface leaks: `check(surface, text)` records the secrets `text` shows. */
function leakRecorder(secrets: readonly string[]): { problems: string[]; check(surface: string, text: string): void } {
  const problems: string[] = [];
  return {
    problems,
    check(surface, text) {
      const leaks = leaksIn(text, secrets);
      if (leaks.length > 0) problems.push(`${surface} shows: ${leaks.join(' | ')}`);
    },
  };
}

/** The pickers the sweep opens, and whom each is searched for by a real first name (undefined: not searched). */
interface PickerCase {
  title: string;
  person?: string;
  /** After Enter on the person's row: a title in the next step that must name them (by their label). */
  nextTitle?: (label: string) => string;
}

/**
 * Types a real first name into the open picker: the person's masked row must show and be the
 * focused one (so Enter picks them, not "Someone new…"). Returns a problem, or undefined.
 */
async function searchByRealName(workbench: Workbench, person: string, label: string, title: string): Promise<string | undefined> {
  const page = workbench.page;
  const first = person.split(' ')[0];
  await page.keyboard.type(first);
  // The extension answers each keystroke from its host: wait for the masked row to take the focus.
  const focusedLabel = page.locator('.quick-input-list .monaco-list-row.focused .label-name').first();
  const ok = await waitFor(`${label} focused`, async () => normalise((await focusedLabel.textContent({ timeout: 2_000 })) ?? '').trim() === label, 15_000, 200)
    .then(() => true, () => false);
  if (ok) return undefined;
  const rows = normalise(await page.locator('.quick-input-list').innerText().catch(() => ''));
  const now = normalise(await page.locator('.quick-input-list .monaco-list-row.focused').first().innerText().catch(() => '(none)'));
  return `${title}: typing "${first}" must focus ${label} (${person}); the focused row is "${now.trim()}" and the picker shows:\n${rows}`;
}

/**
 * The sweep of the side bar and the pickers; privacy mode must be on, with the notifications
 * from before it went on cleared (the notification center keeps what was shown while it was
 * off). Returns what each surface leaked (empty = clean). `views` are the titles of the
 * side-bar views; their expanded state is given back afterwards.
 */
export async function sweepPrivacy(workbench: Workbench, folder: string, views: readonly string[]): Promise<string[]> {
  const { problems, check } = leakRecorder(await fixtureSecrets(folder));
  const page = workbench.page;
  const panes = await workbench.paneStates();
  try {
    // Every view, every row expanded, every row hovered.
    for (const view of views) {
      for (const other of views) if (other !== view) await workbench.setPaneExpanded(other, false);
      await workbench.readView(view, { expandAll: true });
      check(`the "${view}" view`, await surfaceText(workbench, `.part.sidebar .pane:has(> .pane-header:has(h3.title:text-is(${JSON.stringify(view)})))`));
      const rows = workbench.pane(view).locator('.monaco-list-row');
      const count = await rows.count();
      for (let i = 0; i < count; i++) {
        const row = rows.nth(i);
        // Group rows of Upcoming and Follow-ups have no tooltip: wait less for one there.
        const group = (await row.getAttribute('aria-expanded')) !== null && view !== 'People';
        await row.hover().catch(() => undefined);
        const hover = page.locator('.workbench-hover-container, .monaco-hover').first();
        await hover.waitFor({ state: 'visible', timeout: group ? 400 : 2_000 }).catch(() => undefined);
        check(`the tooltip of row ${i + 1} of "${view}"`, await surfaceText(workbench, '.workbench-hover-container, .monaco-hover'));
        await page.mouse.move(2, 2);
      }
    }
  } finally {
    await workbench.restorePanes(panes);
  }

  // Every picker; those that list people searched by a real first name, which must focus that
  // person's masked row, and Enter must pick them.
  const { journal } = await loadJournal(folder);
  const label = await fixtureLabels(folder);
  const people = journal.directory().people;
  const firstNames = new Map<string, number>();
  for (const p of people) firstNames.set(p.name.split(' ')[0], (firstNames.get(p.name.split(' ')[0]) ?? 0) + 1);
  const unique = (p: { name: string }): boolean => p.name.includes(' ') && firstNames.get(p.name.split(' ')[0]) === 1;
  const someone = people.find((p) => unique(p) && p.relationship === 'direct');
  const met = new Set(journal.meetings().map((m) => m.person));
  const withNotes = people.find((p) => unique(p) && met.has(p.name) && p !== someone);
  const sharer = people.find((p) => unique(p) && journal.meetings().some((m) => m.person === p.name && !m.confidential));
  if (!someone || !withNotes) problems.push('the fixture must have a direct report and someone else with notes, each with a first name no one else has');
  const pickers: PickerCase[] = [
    { title: '1:1: New 1:1 Note…', person: someone?.name, nextTitle: (l) => `New 1:1 Note with ${l}` },
    { title: '1:1: Open Last Note With…', person: withNotes?.name },
    { title: '1:1: Add Talking Point…', person: withNotes?.name, nextTitle: (l) => `Add Talking Point for ${l}` },
    { title: '1:1: Copy Shareable Summary', person: sharer?.name },
    { title: '1:1: Suggest Skip-Level' },
  ];
  for (const picker of pickers) {
    try {
      await workbench.runCommand(picker.title);
      await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 15_000 });
      check(`the "${picker.title}" picker`, await surfaceText(workbench, '.quick-input-widget'));
      if (!picker.person) continue;
      const problem = await searchByRealName(workbench, picker.person, label(picker.person), picker.title);
      if (problem) {
        problems.push(problem);
        continue;
      }
      check(`the "${picker.title}" picker after typing a name`, await surfaceText(workbench, '.quick-input-widget'));
      if (picker.nextTitle) {
        const want = picker.nextTitle(label(picker.person));
        await page.keyboard.press('Enter');
        const next = page.locator('.quick-input-widget .quick-input-title', { hasText: want });
        const ok = await next.waitFor({ state: 'visible', timeout: 15_000 }).then(() => true, () => false);
        if (!ok) problems.push(`${picker.title}: Enter after typing "${picker.person.split(' ')[0]}" must pick ${label(picker.person)} (the next step titled "${want}"); the input shows "${normalise(await page.locator('.quick-input-widget').innerText().catch(() => '(nothing)'))}"`);
        check(`the step after "${picker.title}"`, await surfaceText(workbench, '.quick-input-widget'));
      }
    } catch (error) {
      problems.push(`${picker.title}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await page.keyboard.press('Escape');
    }
  }

  // The notifications (each path that ran above, and privacy mode's own offer).
  check('the notifications', await workbench.notificationsText());
  check('the status bar', await surfaceText(workbench, '.part.statusbar'));
  return problems;
}

/** The scratch note of the editor sweep, at the workspace root (its path names no one). */
export const SWEEP_NOTE = 'zz-privacy-sweep.md';

/**
 * The editor's surfaces in privacy mode, on a scratch note written for it: the hover and the
 * quick-fix menu of a diagnostic that names someone the journal does not know, the Problems
 * panel (messages, and with the journal's folders hidden no file row of a note not on screen),
 * and `@`, `reportsTo:`, `mood:` and `person:` completion, each read page by page to the end.
 * Privacy mode must be on. Returns what leaked (empty = clean).
 */
export async function sweepEditor(workbench: Workbench, folder: string, today: string, container: string): Promise<string[]> {
  const page = workbench.page;
  const before = await loadJournal(folder);
  const people = before.journal.directory().people.filter((p) => p.name.includes(' '));
  if (people.length < 3) return ['the fixture must have three people with a first and a last name'];
  // Someone the journal does not know, named like the people it does: a first name and another's last name.
  const [a, b, c] = people;
  const unknown = `${a.name.split(' ')[0]} ${b.name.split(' ').slice(1).join(' ')}`;
  const note = path.join(folder, SWEEP_NOTE);
  // The lines the checks go to (1-based): person (unknown), type (a real name: not a type), reportsTo, mood, the follow-up.
  const lines = { person: 2, type: 4, reportsTo: 6, mood: 7, item: 10 };
  fs.writeFileSync(note, ['---', `person: ${unknown}`, `date: ${today}`, `type: ${c.name}`, 'confidentiality: shareable', 'reportsTo: ', 'mood: ', '---', '', '- [ ] check in with '].join('\n'));
  // A note not on screen with a problem, in the person's folder: its Problems row shows that path.
  const elsewhereDir = path.join(folder, '1on1s', slugify(c.name));
  const elsewhere = path.join(elsewhereDir, SWEEP_NOTE);
  fs.mkdirSync(elsewhereDir, { recursive: true });
  fs.writeFileSync(elsewhere, ['---', `person: ${c.name}`, `date: ${today}`, 'type: standup', '---', ''].join('\n'));
  const { problems, check } = leakRecorder([...await fixtureSecrets(folder), unknown]);
  const slugs = people.map((p) => slugify(p.name));
  const label = await fixtureLabels(folder);
  const hover = page.locator('.monaco-hover:visible, .workbench-hover-container:visible').first();
  const problemsPanel = page.locator('.part.panel .markers-panel');
  try {
    await workbench.openNewFile(SWEEP_NOTE);
    await workbench.openContainer(container);
    await workbench.activeEditor().locator('.view-lines').click();

    // The hover of each diagnostic, then the quick-fix menu of the one that names someone.
    for (const [line, says] of [[lines.person, 'has no person profile'], [lines.type, 'Unknown meeting type']] as const) {
      await workbench.goToLine(line);
      await waitFor(`the hover of the problem on line ${line} ("${says}")`, async () => {
        await page.keyboard.press('Escape');
        await workbench.runCommand('Show or Focus Hover');
        await hover.waitFor({ state: 'visible', timeout: 5_000 });
        const text = normalise(await hover.innerText());
        if (text.includes(says)) return true;
        throw new Error(`expected the hover to say "${says}"; it shows:\n${text}`);
      }, 60_000, 500);
      check(`the hover of the problem on line ${line}`, await surfaceText(workbench, '.monaco-hover:visible, .workbench-hover-container:visible'));
      if (line === lines.type && !normalise(await hover.innerText()).includes(`"${label(c.name)}"`)) {
        problems.push(`the hover of "type: <a name>" must show the value as initials ("${label(c.name)}"); it shows:\n${normalise(await hover.innerText())}`);
      }
      await page.keyboard.press('Escape');
    }
    await workbench.goToLine(lines.person);
    // The quick-fix menu is drawn in the workbench's context view.
    const actions = page.locator('.context-view', { hasText: 'Create a person profile' }).first();
    await waitFor('the quick-fix menu with "Create a person profile"', async () => {
      await page.keyboard.press('Escape');
      await workbench.activeEditor().locator('.view-lines').focus().catch(() => undefined);
      await page.keyboard.press('Control+.');
      await actions.waitFor({ state: 'attached', timeout: 5_000 });
      return true;
    }, 30_000, 0).catch(async (error: Error) => {
      throw new Error(`${error.message}\nthe context view shows: ${normalise(await page.locator('.context-view').allInnerTexts().then((t) => t.join(' | '), () => '(nothing)'))}`);
    });
    check('the quick-fix menu', await surfaceText(workbench, '.context-view'));
    await page.keyboard.press('Escape');

    // The Problems panel: messages, then with the journal's folders hidden, no path of a note not on screen.
    await workbench.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    const panelText = async (): Promise<string> => normalise(await surfaceText(workbench, '.part.panel .markers-panel'));
    await waitFor('the Problems panel to list the sweep\'s notes', async () => {
      const text = await panelText();
      if (text.includes(SWEEP_NOTE) && text.includes(slugify(c.name))) return true;
      throw new Error(`expected rows for ${SWEEP_NOTE} and 1on1s/${slugify(c.name)}/${SWEEP_NOTE}; the Problems panel shows:\n${text.slice(0, 2000)}`);
    }, 30_000, 300).catch((error: Error) => problems.push(error.message));
    check('the Problems panel', await panelText());
    await workbench.runCommand('1:1: Privacy Mode: Close Confidential Editors and Hide Journal Folders');
    await waitFor('the Problems panel to list only the note on screen', async () => {
      const text = await panelText();
      const shown = slugs.filter((slug) => text.includes(slug));
      if (shown.length === 0 && text.includes(SWEEP_NOTE)) return true;
      throw new Error(`expected only ${SWEEP_NOTE} (the note on screen) in the Problems panel with the journal's folders hidden, and no path naming ${shown.join(', ') || 'anyone'}; it shows:\n${text.slice(0, 2000)}`);
    }, 30_000, 300).catch((error: Error) => problems.push(error.message));
    check('the Problems panel with the journal\'s folders hidden', await panelText());
    await workbench.runCommand('View: Hide Panel');
    await problemsPanel.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);

    // Completion, each read to its last row.
    const widget = page.locator('.editor-widget.suggest-widget.visible');
    const complete = async (what: string, type: () => Promise<void>, atLeast: number): Promise<void> => {
      await waitFor(`${what} completion`, async () => {
        await page.keyboard.press('Escape');
        await type();
        await widget.waitFor({ state: 'visible', timeout: 5_000 }).catch(async () => {
          await page.keyboard.press('Control+Space');
          await widget.waitFor({ state: 'visible', timeout: 5_000 });
        });
        const { pages, rows } = await workbench.readSuggestPages();
        if (rows < atLeast) throw new Error(`expected at least ${atLeast} rows in ${what} completion; it had ${rows}:\n${pages.join('\n')}`);
        pages.forEach((text, i) => check(`${what} completion, page ${i + 1} of ${pages.length}`, text));
        return true;
      }, 60_000, 0).catch((error: Error) => problems.push(error.message));
      await page.keyboard.press('Escape');
    };
    const named = people.length;
    await workbench.goToLine(lines.item);
    // Each attempt writes the whole line again, so a retry does not add to it.
    const rewrite = async (text: string): Promise<void> => {
      await page.keyboard.press('End');
      await page.keyboard.press('Shift+Home');
      await page.keyboard.type(text);
    };
    await complete('@', () => rewrite('- [ ] check in with @'), named);
    await page.keyboard.press('Escape');
    await workbench.goToLine(lines.reportsTo);
    await complete('reportsTo:', () => rewrite('reportsTo: '), named);
    await workbench.goToLine(lines.mood);
    await complete('mood:', () => rewrite('mood: '), 5);
    await workbench.goToLine(lines.person);
    // The value written replaced by nothing: every person is offered.
    await complete('person:', () => rewrite('person: '), named - 1);
  } finally {
    await page.keyboard.press('Escape');
    await workbench.runCommand('File: Revert File').catch(() => undefined);
    await workbench.closeAllEditors().catch(() => undefined);
    fs.rmSync(note, { force: true });
    fs.rmSync(elsewhere, { force: true });
  }
  return problems;
}

/**
 * The dashboard and a person page in privacy mode, read from their webviews' DOM; the person
 * page opened from "Open Person Page…" searched by a real first name (Enter must open that
 * person's page). Privacy mode must be on.
 */
export async function sweepWebviews(workbench: Workbench, folder: string): Promise<string[]> {
  const page = workbench.page;
  const { problems, check } = leakRecorder(await fixtureSecrets(folder));
  const { journal } = await loadJournal(folder);
  const label = await fixtureLabels(folder);
  const person = journal.directory().people.find((p) => p.name.includes(' ') && p.relationship === 'direct' && journal.meetings().some((m) => m.person === p.name));
  if (!person) return ['the fixture must have a direct report with notes'];
  const inWebview = (what: string, test: (text: string) => boolean): Promise<string> => waitFor(what, async () => {
    const text = await workbench.webviewText();
    if (test(text)) return text;
    throw new Error(`expected ${what}; the webviews show:\n${text.slice(0, 1500)}`);
  }, 30_000, 300);
  try {
    await workbench.closeAllEditors();
    await workbench.runCommand('1:1: Show Dashboard');
    check('the dashboard', await inWebview('the dashboard in privacy mode', (t) => t.includes('Open follow-ups by age') && /privacy/i.test(t)));
    await workbench.closeAllEditors();

    await workbench.runCommand('1:1: Open Person Page…');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 15_000 });
    check('the "Open Person Page…" picker', await surfaceText(workbench, '.quick-input-widget'));
    const problem = await searchByRealName(workbench, person.name, label(person.name), '1:1: Open Person Page…');
    if (problem) {
      problems.push(problem);
      await page.keyboard.press('Escape');
      return problems;
    }
    await page.keyboard.press('Enter');
    const shown = label(person.name);
    const text = await inWebview(`the person page of ${shown}`, (t) => /Timeline/.test(t) && new RegExp(`(^|\\n)\\s*${escapeRegExp(shown)}\\s*(\\n|$)`).test(t)).catch((error: Error) => {
      problems.push(`Enter on ${shown} after typing "${person.name.split(' ')[0]}" in "Open Person Page…" must open their page: ${error.message}`);
      return '';
    });
    check('the person page', text);
    check('the editor tabs', await surfaceText(workbench, '.part.editor .tabs-container'));
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  } finally {
    await page.keyboard.press('Escape');
    await workbench.closeAllEditors().catch(() => undefined);
  }
  return problems;
}
