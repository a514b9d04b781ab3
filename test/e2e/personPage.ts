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

/** Picks a colour theme by its label through "Preferences: Color Theme". */
async function setTheme(workbench: Workbench, label: string): Promise<void> {
  const page = workbench.page;
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill('>Preferences: Color Theme');
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Preferences: Color Theme' }).first();
    try {
      await row.waitFor({ state: 'visible', timeout: 5_000 });
      await row.click();
      break;
    } catch (error) {
      if (attempt >= 4) throw new Error('command palette: expected "Preferences: Color Theme"', { cause: error });
    }
  }
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Light' }).first().waitFor({ timeout: 10_000 });
  await input.fill(label);
  const theme = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: label }).first();
  await theme.waitFor({ state: 'visible', timeout: 10_000 }).catch(async () => {
    throw new Error(`expected the theme "${label}" in the colour theme picker; it showed:\n${normalise(await page.locator('.quick-input-list').innerText().catch(() => ''))}`);
  });
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: 10_000 });
}

function pageFrame(workbench: Workbench): FrameLocator {
  return workbench.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

export async function personPageFromPeopleRow(workbench: Workbench, folder: string, resultsDir: string, log: (message: string) => void): Promise<void> {
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
  const editor = page.locator('.part.editor');
  const shots: string[] = [];
  // The light theme stays on afterwards (this check runs last).
  for (const [theme, file] of [['Dark Modern', 'person-page-dark.png'], ['Light Modern', 'person-page-light.png']] as const) {
    await setTheme(workbench, theme);
    await heading.waitFor({ timeout: 10_000 });
    await page.waitForTimeout(300); // the webview repaints with the new theme's colours
    const shot = path.join(resultsDir, file);
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
