/**
 * End-to-end checks of follow-up ticking and privacy mode, as a user sees them in the sidebar.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadJournal } from '../../src/node/loadJournal';
import { waitFor } from '../../scripts/lib/poll';
import type { Workbench } from './workbench';

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
