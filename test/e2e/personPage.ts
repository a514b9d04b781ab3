/**
 * End-to-end check of the person page: a click on a People row opens it as a webview, it shows
 * the person, their queued talking points and every note with them, a timeline entry opens its
 * note from the keyboard, and it is screenshotted in a dark and a light theme.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { normalise, type Workbench } from './workbench';

const PERSON = 'Carly Chen';
const PROFILE = path.join('people', 'carly-chen.md');
const POINTS = ['how the processor migration feels without her in every incident', 'Ines for Staff: who else writes feedback?'];

function pageFrame(workbench: Workbench): FrameLocator {
  return workbench.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

export async function personPageFromPeopleRow(workbench: Workbench, folder: string, screenshotsDir: string, log: (message: string) => void): Promise<void> {
  const page = workbench.page;
  // Queue two talking points in the profile, as "Add Talking Point" would.
  const profile = path.join(folder, PROFILE);
  fs.appendFileSync(profile, `\n## Next 1:1\n${POINTS.map((p) => `- ${p}`).join('\n')}\n`);
  const notes = fs.readdirSync(path.join(folder, '1on1s', 'carly-chen')).filter((f) => f.endsWith('.md')).sort().reverse();

  // The page alone in the editor area, no panel below it.
  await workbench.runCommand('View: Close All Editors');
  if (await page.locator('.part.panel').isVisible()) await workbench.runCommand('View: Hide Panel');
  await workbench.setPaneExpanded('People', true);
  const row = workbench.pane('People').locator('.monaco-list-row', { hasText: PERSON }).first();
  await row.waitFor({ state: 'visible', timeout: 15_000 }).catch(() => {
    throw new Error(`expected a row "${PERSON}" in the People view`);
  });
  await row.click();

  const frame = pageFrame(workbench);
  const heading = frame.locator('h1');
  await heading.waitFor({ timeout: 20_000 }).catch(() => {
    throw new Error(`expected the person page (a webview with an h1) to open after clicking the People row "${PERSON}"`);
  });
  const deadline = Date.now() + 15_000;
  for (;;) {
    const text = normalise(await frame.locator('main').innerText());
    const missing = [PERSON, 'Engineering Manager', 'Payments', ...POINTS, `Timeline ${notes.length}`].filter((t) => !text.includes(t));
    if (missing.length === 0) break;
    if (Date.now() > deadline) throw new Error(`expected the person page to show ${JSON.stringify(missing)}; it showed:\n${text.slice(0, 2000)}`);
    await page.waitForTimeout(200);
  }

  // Screenshots of the editor area, dark then light, at a size that reads in a README.
  const sidebar = (await page.locator('.part.sidebar').boundingBox())?.width;
  await workbench.setSideBarWidth(300);
  await page.mouse.move(5, 5);
  // The page without the tab bar (the tabs of earlier checks' files say nothing about it).
  const content = page.locator('.part.editor .editor-group-container.active .editor-container').first();
  const editor = (await content.isVisible().catch(() => false)) ? content : page.locator('.part.editor');
  const shots: string[] = [];
  // The light theme stays on afterwards (this check runs last).
  for (const [theme, file] of [['Dark Modern', 'person-page-dark.png'], ['Light Modern', 'person-page-light.png']] as const) {
    await workbench.setTheme(theme);
    await heading.waitFor({ timeout: 10_000 });
    await page.waitForTimeout(300); // the webview repaints with the new theme's colours
    const shot = path.join(screenshotsDir, file);
    await editor.screenshot({ path: shot });
    shots.push(shot);
  }
  if (sidebar) await workbench.setSideBarWidth(Math.round(sidebar));
  log(`      person page screenshots: ${shots.join(', ')}`);

  // Keyboard: focus the newest timeline entry and press Enter: its note opens.
  const newest = frame.locator('ol.timeline a.when').first();
  await newest.focus();
  await newest.press('Enter');
  await page.locator(`.tabs-container .tab.active:has-text(${JSON.stringify(notes[0])})`).waitFor({ timeout: 15_000 }).catch(() => {
    throw new Error(`expected Enter on the newest timeline entry to open ${notes[0]} in the active editor tab`);
  });
}
