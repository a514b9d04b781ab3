/**
 * End-to-end checks of the dashboard webview as a user sees it: it opens from the palette, draws
 * its sections in the dark and the light theme, and in privacy mode shows initials and counts
 * only. Screenshots go to media/screenshots/dashboard{,-dark,-privacy}.png (the README's).
 */
import * as path from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { loadJournal } from '../../src/node/loadJournal';
import { waitFor } from '../../scripts/lib/poll';
import { normalise, type Workbench } from './workbench';

const SECTIONS = ['This week', '1:1s per week', 'Skip-level coverage', 'Open follow-ups by age', 'Status-meeting drift'];

/** The dashboard page inside the webview's two iframes. */
function dashboardFrame(workbench: Workbench): FrameLocator {
  return workbench.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

async function dashboardText(workbench: Workbench): Promise<string> {
  return normalise(await dashboardFrame(workbench).locator('#app').innerText({ timeout: 10_000 }));
}

async function shoot(workbench: Workbench, file: string): Promise<void> {
  await workbench.page.mouse.move(2, 2); // no hover highlight
  // The dashboard without the tab bar (the tabs of earlier checks' files say nothing about it).
  const content = workbench.page.locator('.part.editor .editor-group-container.active .editor-container').first();
  await ((await content.isVisible().catch(() => false)) ? content : workbench.page.locator('.part.editor')).screenshot({ path: file });
}

/** Opens the dashboard, checks its sections and what it holds, and takes the three screenshots. */
export async function dashboardInThemes(workbench: Workbench, folder: string, screenshotsDir: string, log: (m: string) => void): Promise<void> {
  const page = workbench.page;
  // The side bar and panel closed, so the dashboard has the window.
  await workbench.runCommand('View: Close Primary Side Bar').catch(() => undefined);
  await workbench.runCommand('View: Hide Panel').catch(() => undefined);
  await workbench.runCommand('1:1: Show Dashboard');
  await waitFor('the dashboard with its sections', async () => {
    const text = await dashboardText(workbench);
    const missing = SECTIONS.filter((s) => !text.includes(s));
    if (missing.length === 0 && text.includes('Carly Chen')) return true;
    throw new Error(`expected the dashboard to show ${JSON.stringify(missing)} and "Carly Chen"; it showed:\n${text.slice(0, 1500)}`);
  }, 20_000, 300);
  const frame = dashboardFrame(workbench);
  const headers = await frame.locator('table.heat th[scope=col]').count();
  if (headers < 13) throw new Error(`expected the heatmap to be a table with a "Person" header and 12 week headers; it has ${headers}`);

  // The default theme of this VS Code is a light one: first the light screenshot, then privacy mode, then dark.
  const light = path.join(screenshotsDir, 'dashboard.png');
  await shoot(workbench, light);
  log(`      screenshot: ${light}`);

  const { journal } = await loadJournal(folder);
  const names = journal.directory().people.map((p) => p.name).filter((n) => n.includes(' '));
  await workbench.runCommand('1:1: Toggle Privacy Mode');
  try {
    await frame.locator('.privacy-banner').waitFor({ timeout: 10_000 });
    const text = await dashboardText(workbench);
    const leaks = names.filter((n) => text.includes(n));
    if (leaks.length > 0) throw new Error(`privacy mode: the dashboard still shows ${JSON.stringify(leaks)}`);
    const privacy = path.join(screenshotsDir, 'dashboard-privacy.png');
    await shoot(workbench, privacy);
    log(`      screenshot: ${privacy}`);
  } finally {
    await workbench.runCommand('1:1: Toggle Privacy Mode');
  }
  const dark = path.join(screenshotsDir, 'dashboard-dark.png');
  await workbench.setTheme('Dark Modern');
  await frame.locator('h1').waitFor({ timeout: 10_000 });
  await shoot(workbench, dark);
  log(`      screenshot: ${dark}`);
  await page.keyboard.press('Escape');
}
