/**
 * The README's pictures, taken fresh on every e2e run from the real workbench: the side bar at
 * VS Code's default width (light and dark), a note with `@` completion open, Suggest Skip-Level,
 * and (from their own checks) privacy mode, the person page and the dashboard. They go to
 * media/screenshots/ (scripts/test-e2e.js --screenshots), which the .vsix leaves out; each must
 * stay a PNG of at most 200 KB, so the README loads fast — a check says so when one grows.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { waitFor } from '../../scripts/lib/poll';
import { normalise, type Workbench } from './workbench';

/** The most a README screenshot may weigh. */
export const MAX_SCREENSHOT_BYTES = 200 * 1024;
/** VS Code's default side-bar width: the README shows the rows as a new user sees them. */
export const DEFAULT_SIDEBAR_WIDTH = 300;

/** Every file the README shows, by the check that writes it. */
export const README_SCREENSHOTS = [
  'sidebar.png', 'sidebar-dark.png', 'completion.png', 'suggest-skip-level.png', 'sidebar-privacy.png',
  'person-page-light.png', 'person-page-dark.png', 'dashboard.png', 'dashboard-dark.png', 'dashboard-privacy.png',
] as const;

/** The note the completion screenshot types into (its change is reverted afterwards). */
const NOTE = '2026-11-19.md';

async function noHover(workbench: Workbench): Promise<void> {
  const size = workbench.page.viewportSize();
  await workbench.page.mouse.move((size?.width ?? 1000) - 5, (size?.height ?? 800) - 5);
}

/** Takes the focus out of the side bar (a clicked pane header keeps a focus outline). */
export async function focusEditorArea(workbench: Workbench): Promise<void> {
  const editor = await workbench.page.locator('.part.editor').boundingBox();
  if (editor) await workbench.page.mouse.click(editor.x + editor.width / 2, editor.y + editor.height - 20);
}

/** The side bar with its three views expanded, at the default width, in the theme given. */
export async function sidebarShots(workbench: Workbench, views: readonly string[], dir: string, log: (m: string) => void): Promise<void> {
  const page = workbench.page;
  const before = (await page.locator('.part.sidebar').boundingBox())?.width;
  await workbench.setSideBarWidth(DEFAULT_SIDEBAR_WIDTH);
  for (const view of views) await workbench.setPaneExpanded(view, true);
  try {
    for (const [theme, file] of [['Light Modern', 'sidebar.png'], ['Dark Modern', 'sidebar-dark.png']] as const) {
      await workbench.setTheme(theme);
      await focusEditorArea(workbench);
      await noHover(workbench);
      await page.waitForTimeout(300); // the theme's colours repaint
      const shot = path.join(dir, file);
      await page.locator('.part.sidebar').screenshot({ path: shot });
      log(`      screenshot: ${shot}`);
    }
  } finally {
    await workbench.setTheme('Light Modern');
    if (before) await workbench.setSideBarWidth(Math.round(before));
  }
}

/** A 1:1 note with `@` typed in its follow-ups: the people completion, the note's person first. */
export async function completionShot(workbench: Workbench, person: string, dir: string, log: (m: string) => void): Promise<void> {
  const page = workbench.page;
  await workbench.openFile(NOTE);
  try {
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n- [ ] ask for the draft due:2026-11-27 @', { delay: 20 });
    const widget = page.locator('.editor-widget.suggest-widget.visible');
    await widget.waitFor({ state: 'visible', timeout: 10_000 }).catch(async () => {
      await page.keyboard.press('Control+Space');
      await widget.waitFor({ state: 'visible', timeout: 10_000 });
    });
    // The note's own person first, each person once.
    const rows = await waitFor('the people in the completion list', async () => {
      const labels = (await widget.locator('.monaco-list-row .label-name').allTextContents()).map((t) => normalise(t).trim());
      return labels.length >= 3 ? labels : undefined;
    }, 10_000, 200);
    if (rows[0] !== person) throw new Error(`expected ${person} (the note's person) first in the @ completion; it showed ${JSON.stringify(rows.slice(0, 6))}`);
    if (new Set(rows).size !== rows.length) throw new Error(`expected each person once in the @ completion; it showed ${JSON.stringify(rows)}`);
    await noHover(workbench);
    const box = await widget.boundingBox();
    const editor = await page.locator('.part.editor').boundingBox();
    if (!box || !editor) throw new Error('no suggest widget or editor to screenshot');
    // The widget and the lines above it, as wide as a reading editor.
    const top = Math.max(editor.y, box.y - 260);
    const shot = path.join(dir, 'completion.png');
    await page.screenshot({ path: shot, clip: { x: editor.x, y: top, width: Math.min(editor.width, 900), height: Math.min(box.y + box.height + 20, editor.y + editor.height) - top } });
    log(`      screenshot: ${shot}`);
  } finally {
    await page.keyboard.press('Escape');
    await workbench.runCommand('File: Revert File');
    await workbench.runCommand('View: Close All Editors');
  }
}

/** "1:1: Suggest Skip-Level": the ranked picker with its reasons. */
export async function suggestSkipLevelShot(workbench: Workbench, dir: string, log: (m: string) => void): Promise<void> {
  const page = workbench.page;
  await workbench.runCommand('1:1: Suggest Skip-Level');
  const widget = page.locator('.quick-input-widget');
  try {
    await widget.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: 15_000 }).catch(async () => {
      throw new Error(`expected Suggest Skip-Level to show its ranked picker; the notifications said:\n${await workbench.notificationsText()}`);
    });
    const text = normalise(await widget.innerText());
    if (!/never met|last skip-level|reports to/.test(text)) throw new Error(`expected the picks to carry their reasons; the picker showed:\n${text.slice(0, 800)}`);
    await noHover(workbench);
    const shot = path.join(dir, 'suggest-skip-level.png');
    await widget.screenshot({ path: shot });
    log(`      screenshot: ${shot}`);
  } finally {
    await page.keyboard.press('Escape');
  }
}

/** Every README screenshot was written since `since` (ms), is a PNG and weighs at most MAX_SCREENSHOT_BYTES. */
export function checkScreenshotFiles(dir: string, since: number, names: readonly string[] = README_SCREENSHOTS): string[] {
  const problems: string[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file) || fs.statSync(file).mtimeMs < since - 1000) {
      problems.push(`${name}: not written by this run`);
      continue;
    }
    const bytes = fs.readFileSync(file);
    if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') problems.push(`${name}: not a PNG`);
    if (bytes.length > MAX_SCREENSHOT_BYTES) problems.push(`${name}: ${Math.round(bytes.length / 1024)} KB, more than ${MAX_SCREENSHOT_BYTES / 1024} KB`);
  }
  return problems;
}
