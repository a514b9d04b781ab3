/**
 * End-to-end checks of follow-up ticking and privacy mode, as a user sees them in the sidebar.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadJournal } from '../../src/node/loadJournal';
import type { Locator } from 'playwright-core';
import type { FollowUp } from '../../src/core/model';
import { waitFor } from '../../scripts/lib/poll';
import { normalise as normaliseText, type Workbench } from './workbench';

const FOLLOW_UPS = 'Follow-ups';

/** Every label and description rendered in the three views, with every row expanded. */
async function sidebarText(workbench: Workbench, views: readonly string[]): Promise<string> {
  const parts: string[] = [];
  for (const view of views) {
    for (const other of views) if (other !== view) await workbench.setPaneExpanded(other, false);
    const { rows } = await workbench.readView(view, { expandAll: true });
    parts.push(...rows.flatMap((r) => [r.label, r.description]));
  }
  for (const view of views) await workbench.setPaneExpanded(view, true);
  return parts.join('\n');
}

/**
 * Hovers a Follow-ups row, clicks its inline "Mark Done" action, and checks that the note on disk
 * was ticked in the item's style and that the row left the view.
 */
export async function tickFromSidebar(workbench: Workbench, folder: string, today: string): Promise<void> {
  const { journal, relativePaths } = await loadJournal(folder);
  // One of mine, due soon, not cooling off (those ask first), from a plain-style note.
  const item = journal.followUps().find((f) => f.mine && f.due && !f.escalate && !f.effectiveAfter && f.style === 'plain');
  if (!item) throw new Error('expected the fixture to have an open follow-up of mine with a due date and no cool-off');
  const file = path.join(folder, relativePaths.get(item.uri)!);
  await workbench.setPaneExpanded(FOLLOW_UPS, true);
  const row = workbench.pane(FOLLOW_UPS).locator('.monaco-list-row', { hasText: item.text }).first();
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  await row.hover();
  await row.locator('.actions .action-label[aria-label="Mark Done"]').click();
  const lines = (): string[] => fs.readFileSync(file, 'utf8').split(/\r?\n/);
  await waitFor('the ticked line on disk', () => {
    if (lines()[item.line - 1].includes(`done:${today}`)) return true;
    throw new Error(`expected line ${item.line} of ${path.basename(file)} to be ticked with done:${today}; it reads:\n    ${lines()[item.line - 1]}`);
  }, 10_000, 100);
  if (!/^\s*[-*+] \[x\]/.test(lines()[item.line - 1])) throw new Error(`expected [x] on the ticked line; it reads: ${lines()[item.line - 1]}`);
  await row.waitFor({ state: 'detached', timeout: 10_000 }).catch(async () => {
    const { rows } = await workbench.readView(FOLLOW_UPS);
    throw new Error(`expected "${item.text}" to leave Follow-ups after Mark Done; the view shows:\n${rows.map((r) => `    ${r.label}`).join('\n')}`);
  });
}

/**
 * Turns privacy mode on from the palette, screenshots the sidebar, and checks that no full name
 * and no confidential item text is rendered anywhere in the three views.
 */
export async function privacyModeHidesEverything(workbench: Workbench, folder: string, views: readonly string[], screenshot: string): Promise<void> {
  const { journal } = await loadJournal(folder);
  const names = journal.directory().people.map((p) => p.name).filter((n) => n.includes(' '));
  const secrets = journal.followUps().filter((f) => f.confidential && f.text.length > 8).map((f) => f.text);
  await workbench.runCommand('1:1: Toggle Privacy Mode');
  try {
    const status = workbench.page.locator('.part.statusbar', { hasText: '1:1 private' });
    await status.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {
      throw new Error('expected the status bar to show "1:1 private" after "1:1: Toggle Privacy Mode"');
    });
    // Wait for the views to redraw: a row reading "Confidential item".
    await workbench.pane(FOLLOW_UPS).locator('.monaco-list-row', { hasText: 'Confidential item' }).first().waitFor({ timeout: 10_000 });
    for (const view of views) await workbench.setPaneExpanded(view, true);
    await workbench.page.mouse.move(5, 5);
    await workbench.page.locator('.part.sidebar').screenshot({ path: screenshot });
    const text = await sidebarText(workbench, views);
    const leaks = [...names, ...secrets].filter((s) => text.includes(s));
    if (leaks.length > 0) throw new Error(`privacy mode still shows:\n${leaks.map((l) => `    ${l}`).join('\n')}`);
  } finally {
    await workbench.runCommand('1:1: Toggle Privacy Mode');
  }
}

/** The notification saying `says` (in the notifications center), with its `button` clicked. */
async function clickNotificationButton(workbench: Workbench, says: string, button: string): Promise<void> {
  const page = workbench.page;
  const item = page.locator('.notifications-center .notification-list-item', { hasText: says }).first();
  await waitFor(`the notification "${says}" with "${button}"`, async () => {
    if (!(await item.isVisible().catch(() => false))) {
      await workbench.runCommand('Notifications: Show Notifications');
      await item.waitFor({ state: 'visible', timeout: 5_000 });
    }
    await item.locator('.monaco-button', { hasText: button }).first().click({ timeout: 5_000 });
    return true;
  }, 30_000, 0).catch(async (error: Error) => {
    throw new Error(`${error.message}\nthe notifications center shows:\n${await workbench.notificationsText().catch(() => '(nothing)')}`);
  });
  await page.keyboard.press('Escape');
}

/** Collapses every pane but Follow-ups (so all its rows render), runs `body`, and gives the panes their state back. */
async function withOnlyFollowUps<T>(workbench: Workbench, body: () => Promise<T>): Promise<T> {
  const panes = await workbench.paneStates();
  try {
    for (const title of panes.keys()) if (title !== FOLLOW_UPS) await workbench.setPaneExpanded(title, false);
    await workbench.setPaneExpanded(FOLLOW_UPS, true);
    return await body();
  } finally {
    await workbench.page.keyboard.press('Escape'); // a menu left open would block the pane headers
    await workbench.restorePanes(panes);
  }
}

/**
 * Mark Done and Snooze from the Follow-ups view, each undone with the "Undo" button of the
 * notification that says what was done: the line on disk must read exactly as before.
 */
export async function undoFromFollowUps(workbench: Workbench, folder: string, today: string): Promise<void> {
  const { journal, relativePaths } = await loadJournal(folder);
  // Open, not waiting (those ask first), each row found by a text no other row holds.
  const open = journal.followUps();
  const candidates = open.filter((f) => !f.effectiveAfter && !f.escalate && open.filter((g) => g.text.includes(f.text)).length === 1);
  await workbench.setPaneExpanded(FOLLOW_UPS, true);
  // The view may still be loading when this check runs first (--grep): wait for its rows.
  let items: FollowUp[] = [];
  await waitFor('two open follow-ups that do not wait, each with a text of its own, in the Follow-ups view', async () => {
    const { rows } = await workbench.readView(FOLLOW_UPS, { expandAll: true });
    items = candidates.filter((f) => rows.some((r) => r.label.includes(f.text)));
    if (items.length >= 2) return true;
    throw new Error(`the Follow-ups view shows:\n${rows.map((r) => `    ${r.label}`).join('\n')}`);
  }, 15_000, 250);
  const page = workbench.page;
  const lineOf = (item: FollowUp): string => fs.readFileSync(path.join(folder, relativePaths.get(item.uri)!), 'utf8').split(/\r?\n/)[item.line - 1];
  const steps: Array<{ name: string; says: string; item: FollowUp; act: (row: Locator) => Promise<void>; changed: (line: string) => boolean }> = [
    {
      name: 'Mark Done',
      says: 'Marked done',
      item: items[0],
      act: async (row) => {
        await row.hover();
        await row.locator('.actions .action-label[aria-label="Mark Done"]').click();
      },
      changed: (line) => line.includes(`done:${today}`),
    },
    {
      name: 'Snooze',
      says: 'Snoozed until',
      item: items[1],
      act: async (row) => {
        // The view may redraw under the pointer (after the Undo before): open the menu again until
        // it offers Snooze, and again if the picker did not come (what showed instead is printed).
        const snooze = page.locator('.context-view .monaco-menu .action-label', { hasText: 'Snooze' }).first();
        const week = page.locator('.quick-input-list .monaco-list-row', { hasText: 'In 1 week' }).first();
        const shown = async (selector: string): Promise<string> => normaliseText(await page.locator(selector).allInnerTexts().then((t) => t.join(' | '), () => ''));
        let attempt = 0;
        await waitFor('the row\'s context menu with "Snooze…", then the snooze picker', async () => {
          attempt++;
          await page.keyboard.press('Escape');
          await row.click({ button: 'right' });
          await snooze.click({ timeout: 5_000 }).catch(async (error: Error) => {
            throw new Error(`${error.message}\nthe context menu shows: ${await shown('.context-view') || '(nothing)'}`);
          });
          await week.waitFor({ state: 'visible', timeout: 5_000 }).catch(async () => {
            const message = `Snooze… clicked (attempt ${attempt}), but no "In 1 week" in a picker; the quick input shows: ${await shown('.quick-input-widget') || '(nothing)'}; notifications: ${await shown('.notifications-toasts') || '(none)'}`;
            console.log(`      ${message}`);
            throw new Error(message);
          });
          return true;
        }, 30_000, 0);
        await week.click();
      },
      changed: (line) => /after:\d{4}-\d{2}-\d{2}/.test(line),
    },
  ];
  await workbench.runCommand('Notifications: Clear All Notifications');
  await withOnlyFollowUps(workbench, async () => {
    for (const { name, says, item, act, changed } of steps) {
      const original = lineOf(item);
      const row = workbench.pane(FOLLOW_UPS).locator('.monaco-list-row', { hasText: item.text }).first();
      await row.waitFor({ state: 'visible', timeout: 15_000 }).catch(() => {
        throw new Error(`${name}: expected a Follow-ups row "${item.text}"`);
      });
      await act(row);
      await waitFor(`${name} on disk`, () => {
        if (changed(lineOf(item))) return true;
        throw new Error(`${name}: expected line ${item.line} to change; it reads:\n    ${lineOf(item)}`);
      }, 15_000, 100);
      await clickNotificationButton(workbench, says, 'Undo');
      await waitFor(`the line back after Undo (${name})`, () => {
        if (lineOf(item) === original) return true;
        throw new Error(`Undo after ${name}: expected line ${item.line} to read exactly\n    ${original}\nit reads:\n    ${lineOf(item)}`);
      }, 15_000, 100);
      await workbench.runCommand('Notifications: Clear All Notifications');
    }
  });
  await workbench.closeAllEditors();
}

/**
 * In privacy mode, a click on a confidential Follow-ups row asks first: "Cancel" opens nothing,
 * "Open" opens the note at the item's line. `withPrivacy` turns privacy mode on around its body.
 */
export async function confidentialDialogButtons(workbench: Workbench, folder: string, withPrivacy: (body: () => Promise<void>) => Promise<void>): Promise<void> {
  const { journal, relativePaths } = await loadJournal(folder);
  // Not waiting (a cooling-off item asks a second question).
  const item = journal.followUps().find((f) => f.confidential && !f.effectiveAfter && !f.done);
  if (!item) throw new Error('expected the fixture to have an open #confidential or confidential-note follow-up that is not waiting');
  const page = workbench.page;
  const tabs = page.locator('.part.editor .tabs-container .tab');
  const dialog = page.locator('.monaco-dialog-box');
  const button = (label: string): Locator => dialog.locator('.monaco-button', { hasText: new RegExp(`^\\s*${label}\\s*$`) }).first();
  const name = path.basename(relativePaths.get(item.uri)!);
  await workbench.closeAllEditors();
  await withOnlyFollowUps(workbench, async () => {
    await workbench.readView(FOLLOW_UPS, { expandAll: true });
    // Tree ids do not change with what is shown: the row keeps its place in privacy mode.
    const index = await workbench.pane(FOLLOW_UPS).locator('.monaco-list-row', { hasText: item.text }).first().getAttribute('data-index', { timeout: 15_000 });
    await withPrivacy(async () => {
      const row = workbench.pane(FOLLOW_UPS).locator(`.monaco-list-row[data-index="${index}"]`);
      await row.filter({ hasText: 'Confidential item' }).waitFor({ timeout: 15_000 }).catch(async () => {
        throw new Error(`expected row ${index} of Follow-ups to read "Confidential item" in privacy mode; it reads "${normaliseText(await row.innerText().catch(() => ''))}"`);
      });
      await row.click();
      await dialog.waitFor({ state: 'visible', timeout: 15_000 });
      const asks = normaliseText(await dialog.innerText());
      if (!/Privacy mode is on/.test(asks)) throw new Error(`expected the dialog to say why it asks; it says:\n${asks}`);
      await button('Cancel').click();
      await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
      // Asked again: the first click's command has finished, and it opened nothing.
      await row.click();
      await dialog.waitFor({ state: 'visible', timeout: 15_000 });
      if ((await tabs.count()) > 0) throw new Error(`"Cancel" must open nothing; the editor shows: ${normaliseText(await page.locator('.part.editor .tabs-container').innerText())}`);
      await button('Open').click();
      await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
      await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 15_000 }).catch(() => {
        throw new Error(`"Open" must open the note (${name})`);
      });
      await page.locator('.part.statusbar', { hasText: new RegExp(`Ln ${item.line}, Col \\d+`) }).waitFor({ timeout: 10_000 }).catch(async () => {
        throw new Error(`"Open" must put the cursor on line ${item.line}; the status bar says: ${normaliseText(await page.locator('.part.statusbar').innerText())}`);
      });
    });
  });
  await workbench.closeAllEditors();
}
