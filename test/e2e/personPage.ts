/**
 * End-to-end check of the person page: a click on a People row opens it as a webview, it shows
 * the person, their queued talking points, their mood trend and every note with them, a timeline
 * entry opens its note from the keyboard, and it is screenshotted in a dark and a light theme, and
 * in privacy mode (no name, no mood).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { normalise, type Workbench } from './workbench';

const PERSON = 'Carly Chen';
const PROFILE = path.join('people', 'carly-chen.md');
const POINTS = ['how the processor migration feels without her in every incident', 'Ines for Staff: who else writes feedback?'];
/** Moods for the last past notes, oldest first (numbers and words, as managers write them): good, good, okay, low, okay. */
const MOODS = ['good', '4', 'okay', 'low', '3'];
/** What the page says of them: the latest word, out of 5, and which way it went. */
const MOOD_SHOWN = 'okay (3/5) · down';

/** Writes `mood:` into the frontmatter of the last past notes (after their `date:` line), as a manager would after each 1:1. */
function writeMoods(dir: string, today: string): void {
  const past = fs.readdirSync(dir).filter((f) => /^\d{4}-\d{2}-\d{2}\.md$/.test(f) && f.slice(0, 10) < today).sort().slice(-MOODS.length);
  past.forEach((name, i) => {
    const file = path.join(dir, name);
    const text = fs.readFileSync(file, 'utf8');
    const withMood = text.replace(/^(date:[^\n]*\n)/m, `$1mood: ${MOODS[i]}\n`);
    if (withMood === text) throw new Error(`expected a date: line in the frontmatter of ${file}`);
    fs.writeFileSync(file, withMood);
  });
}

function pageFrame(workbench: Workbench): FrameLocator {
  return workbench.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

export async function personPageFromPeopleRow(workbench: Workbench, folder: string, screenshotsDir: string, log: (message: string) => void, today: string): Promise<void> {
  const page = workbench.page;
  // Queue two talking points in the profile, as "Add Talking Point" would, and give the last notes a mood.
  const profile = path.join(folder, PROFILE);
  fs.appendFileSync(profile, `\n## Next 1:1\n${POINTS.map((p) => `- ${p}`).join('\n')}\n`);
  writeMoods(path.join(folder, '1on1s', 'carly-chen'), today);
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
    // One line, so a fact reads "Team Payments" however the list breaks its term and value.
    const text = normalise(await frame.locator('main').innerText()).replace(/\s+/g, ' ');
    const missing = [PERSON, 'Engineering Manager', 'Team Payments', `Mood ${MOOD_SHOWN}`, ...POINTS, `Timeline ${notes.length}`].filter((t) => !text.includes(t));
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
  const bars = await frame.locator('.mood-trend .mood-bar').count();
  if (bars !== MOODS.length) throw new Error(`expected ${MOODS.length} mood bars on the person page; it drew ${bars}`);
  // Who they are, up to the mood trend (light theme): the README's picture of it.
  const moodShot = path.join(screenshotsDir, 'person-page-mood.png');
  const about = frame.locator('dl.facts');
  const [top, facts] = [await frame.locator('header').boundingBox(), await about.boundingBox()];
  if (top && facts) {
    await page.screenshot({ path: moodShot, clip: { x: top.x - 8, y: top.y - 4, width: Math.max(top.width, facts.width) + 16, height: facts.y + facts.height - top.y + 12 } });
    shots.push(moodShot);
  }

  // Privacy mode: initials, and the mood row says it is hidden (no bar, no word).
  await workbench.runCommand('1:1: Toggle Privacy Mode');
  try {
    const privateDeadline = Date.now() + 15_000;
    for (;;) {
      const text = normalise(await frame.locator('main').innerText()).replace(/\s+/g, ' ');
      const leaks = [/Carly/, /Chen/, /Payments/, /\b(?:rough|low|okay|good|great)\b/, /\d\/5/].filter((t) => t.test(text)).map(String);
      const bars = await frame.locator('.mood-bar').count();
      if (leaks.length === 0 && bars === 0 && text.includes('Mood hidden in privacy mode')) break;
      if (Date.now() > privateDeadline) throw new Error(`privacy mode: expected the person page without ${JSON.stringify(leaks)}${bars ? ` and ${bars} mood bars` : ''}, with "Mood hidden in privacy mode"; it showed:\n${text.slice(0, 1500)}`);
      await page.waitForTimeout(200);
    }
    const shot = path.join(screenshotsDir, 'person-page-privacy.png');
    // The pointer away from the tabs: VS Code's own tab hover would show a note's path.
    const box = await editor.boundingBox();
    if (box) await page.mouse.move(box.x + box.width - 20, box.y + box.height - 20);
    await page.waitForTimeout(300);
    await editor.screenshot({ path: shot });
    shots.push(shot);
  } finally {
    await workbench.runCommand('1:1: Toggle Privacy Mode');
  }
  await frame.locator('h1', { hasText: PERSON }).waitFor({ timeout: 15_000 });
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
