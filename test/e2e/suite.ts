/**
 * End-to-end checks on the real VS Code workbench (code-server's web build in Chromium), run by
 * scripts/test-e2e.js against the extension installed from the packaged .vsix.
 *
 * Each check says what it expected and what the UI showed. The checks run in order (later ones
 * rely on the container being open) and all of them run even when one fails.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import type { Page } from 'playwright-core';
import { loadJournal } from '../../src/node/loadJournal';
import { diffRows, expectedViews, type Row, type ViewId, type ViewOptions } from '../integration/lib/expectedViews';
import { waitFor } from '../../scripts/lib/poll';
import { normalise, Workbench, type ViewRow } from './workbench';
import { newNoteFromPalette } from './writing';
import { confidentialDialogButtons, privacyModeHidesEverything, tickFromSidebar, undoFromFollowUps } from './confidential';
import { dashboardInThemes } from './dashboard';
import { personPageFromPeopleRow } from './personPage';
import { sweepEditor, sweepPrivacy, sweepWebviews, withPrivacyMode } from './privacySweep';
import { checkScreenshotFiles, completionShot, DEFAULT_SIDEBAR_WIDTH, focusEditorArea, sidebarShots, suggestSkipLevelShot } from './screenshots';

export interface E2eContext {
  page: Page;
  /** The workspace folder open in the workbench (a temp copy of the fixture journal). */
  folder: string;
  /** Folder of the extension under test (the installed .vsix, or the repository with --dev). */
  extensionDir: string;
  /** An empty markdown file in `folder` to expand snippets in. */
  scratchFile: string;
  /** The date the extension host was pinned to (ONEONONE_TODAY). */
  today: string;
  /** Where to write screenshots of failures. */
  resultsDir: string;
  /** Where to write the README's screenshots (media/screenshots/). */
  screenshotsDir: string;
  /** When the run started (ms): the README screenshots must be newer. */
  started: number;
  /** Only the checks whose name contains this (case-insensitive), after the ones that set up (`--grep`). */
  grep?: string;
  log(message: string): void;
}

export interface E2eResult {
  name: string;
  ok: boolean;
  message?: string;
  ms: number;
  /** A set-up check, run whatever `grep` says. */
  always?: boolean;
}

export interface E2eOutcome {
  results: E2eResult[];
  /** The side bar with every view expanded. */
  screenshot?: string;
}

interface Manifest {
  contributes?: {
    viewsContainers?: { activitybar?: { id: string; title: string }[] };
    views?: Record<string, { id: string; name: string }[]>;
    commands?: { command: string; title: string; category?: string }[];
    snippets?: { language: string; path: string }[];
  };
}

const CONTAINER_ID = 'oneOnOne';
/** Tall enough that every row of the fixture's views renders (lists only render what is in view). */
const READING_VIEWPORT = { width: 1280, height: 2400 };
const VIEWPORT = { width: 1280, height: 1000 };
const SCREENSHOT_VIEWPORT = { width: 1600, height: 1700 };
/** Wide enough for twelve weeks beside the names, tall enough for every section. */
const DASHBOARD_VIEWPORT = { width: 1280, height: 1640 };
const SIDEBAR_WIDTH = 620;
/** The README's side-bar screenshots: a laptop-sized window, so the rows are seen at their real size. */
const README_VIEWPORT = { width: 1280, height: 1100 };
/** The person page screenshots: an editor area about 900 pixels wide. */
const PERSON_PAGE_VIEWPORT = { width: 1240, height: 1400 };

/** Turns a snippet body into the lines a user sees right after expanding it. */
export function expandedSnippetLines(body: string | string[]): string[] {
  const text = Array.isArray(body) ? body.join('\n') : body;
  let expanded = text.replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1'); // ${1|a,b|} → a
  for (let i = 0; i < 3; i++) expanded = expanded.replace(/\$\{\d+:([^{}]*)\}/g, '$1'); // ${1:default} → default
  return expanded.replace(/\$\{\d+\}|\$\d+/g, '').split('\n'); // $1, ${1}, $0 → ''
}

/** Rendered rows (flat, with levels) back into a tree. */
export function rowsToTree(rows: readonly ViewRow[]): Row[] {
  const root: Row[] = [];
  const stack: { level: number; children: Row[] }[] = [{ level: 0, children: root }];
  for (const row of rows) {
    while (stack.length > 1 && stack[stack.length - 1].level >= row.level) stack.pop();
    const node: Row = { label: row.label, description: row.description, children: [] };
    stack[stack.length - 1].children.push(node);
    stack.push({ level: row.level, children: node.children });
  }
  return root;
}

/** The view settings the fixture folder sets in .vscode/settings.json (defaults otherwise). */
function folderViewOptions(folder: string, today: string): ViewOptions {
  let settings: Record<string, unknown> = {};
  try {
    settings = (parseJsonc(fs.readFileSync(path.join(folder, '.vscode', 'settings.json'), 'utf8')) ?? {}) as Record<string, unknown>;
  } catch {
    // no settings: defaults
  }
  return {
    today,
    weekMode: settings['oneOnOne.thisWeek'] === 'next7Days' ? 'next7' : 'iso',
    showCoolingOff: settings['oneOnOne.followUps.showCoolingOff'] !== false,
  };
}

export async function runE2e(context: E2eContext): Promise<E2eOutcome> {
  const manifest = JSON.parse(fs.readFileSync(path.join(context.extensionDir, 'package.json'), 'utf8')) as Manifest;
  const container = manifest.contributes?.viewsContainers?.activitybar?.find((entry) => entry.id === CONTAINER_ID);
  const views = manifest.contributes?.views?.[CONTAINER_ID] ?? [];
  const page = context.page;
  const workbench = new Workbench(page);
  const results: E2eResult[] = [];
  let screenshot: string | undefined;

  const grep = context.grep?.toLowerCase();
  async function check(name: string, body: () => Promise<void>, options: { always?: boolean } = {}): Promise<void> {
    const always = options.always === true;
    if (grep && !always && !name.toLowerCase().includes(grep)) return;
    const started = Date.now();
    try {
      await body();
      results.push({ name, ok: true, ms: Date.now() - started, ...(always ? { always } : {}) });
      context.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results.push({ name, ok: false, message, ms: Date.now() - started, ...(always ? { always } : {}) });
      context.log(`  ✗ ${name}\n${message.replace(/^/gm, '      ')}`);
      const shot = path.join(context.resultsDir, `failure-${results.length}.png`);
      await page.screenshot({ path: shot }).then(() => context.log(`      screenshot: ${shot}`), () => undefined);
    }
  }

  await check('the workbench loads', async () => {
    await workbench.waitUntilReady();
  }, { always: true });

  // Tall and wide, so that the screenshot shows the sample journal's rows.
  await page.setViewportSize(SCREENSHOT_VIEWPORT);

  await check('the "1:1s" container opens from the activity bar and shows its three views', async () => {
    if (!container) throw new Error(`expected the manifest to contribute an activity-bar container "${CONTAINER_ID}"`);
    await workbench.openContainer(container.title);
    const expected = views.map((view) => view.name);
    await waitFor('the views of the container', async () => {
      const shown = await workbench.paneTitles();
      if (expected.length > 0 && expected.every((title) => shown.includes(title))) return true;
      throw new Error(`expected the views ${JSON.stringify(expected)} in the side bar; it showed ${JSON.stringify(shown)}`);
    }, 15_000, 200);
  }, { always: true });

  const options = folderViewOptions(context.folder, context.today);
  await check('a screenshot of the side bar with its three views', async () => {
    // Once every view shows the core's top-level rows (the first scan is done), as a user sees them.
    const { journal } = await loadJournal(context.folder);
    const expected = expectedViews(journal, options);
    const ready = await waitFor('every view to show the core\'s top-level rows', async () => {
      for (const view of views) {
        // Rows below the pane's fold are not rendered: what is rendered must start the same.
        const shown = (await workbench.readView(view.name)).rows.filter((row) => row.level === 1).map((row) => row.label);
        const want = (expected[view.id as ViewId] ?? []).map((row) => row.label);
        if ((want.length > 0 && shown.length === 0) || shown.some((label, i) => label !== want[i])) return false;
      }
      return true;
    }, 20_000, 200).catch(() => false);
    if (!ready) context.log('      (the views did not match the core within 20 s: taking the screenshot anyway)');
    await workbench.setSideBarWidth(SIDEBAR_WIDTH);
    await page.mouse.move(SCREENSHOT_VIEWPORT.width - 10, SCREENSHOT_VIEWPORT.height - 10); // no hover highlight
    screenshot = path.join(context.resultsDir, 'sidebar.png');
    await page.locator('.part.sidebar').screenshot({ path: screenshot });
  });

  await page.setViewportSize(READING_VIEWPORT);
  for (const view of views) {
    await check(`the "${view.name}" view shows the rows the core computes`, async () => {
      // One view at a time with the others collapsed, so that every row renders.
      for (const other of views) if (other.id !== view.id) await workbench.setPaneExpanded(other.name, false);
      const { journal } = await loadJournal(context.folder);
      const expected = expectedViews(journal, options)[view.id as ViewId];
      if (!expected) throw new Error(`no expectation for the view ${view.id}`);
      // The first scan may still be running: read until the rows match or the deadline passes.
      await waitFor(`the rows of "${view.name}"`, async () => {
        const shown = await workbench.readView(view.name, { expandAll: true });
        const problem = expected.length === 0
          ? (shown.rows.length === 0 && shown.welcome ? undefined : `expected the welcome content of "${view.name}"; it showed ${shown.rows.length} rows`)
          : diffRows(expected, rowsToTree(shown.rows), `"${view.name}" in the workbench`);
        if (!problem) return true;
        throw new Error(shown.welcome ? `${problem}\n  (welcome content shown: ${shown.welcome})` : problem);
      }, 15_000, 300);
    });
  }
  await page.setViewportSize(README_VIEWPORT);
  fs.mkdirSync(context.screenshotsDir, { recursive: true });
  await check('README screenshots: the side bar at the default width, in the light and the dark theme', () =>
    sidebarShots(workbench, views.map((v) => v.name), context.screenshotsDir, context.log));
  await check('README screenshot: a note with @ completion open, the note\'s person first and each person once', () =>
    completionShot(workbench, 'Carly Chen', context.screenshotsDir, context.log));
  await check('README screenshot: "1:1: Suggest Skip-Level" ranks people with their reasons', () =>
    suggestSkipLevelShot(workbench, context.screenshotsDir, context.log));
  await page.setViewportSize(VIEWPORT);

  const showLog = manifest.contributes?.commands?.find((entry) => entry.command === 'oneOnOne.showLog');
  const showLogTitle = showLog ? `${showLog.category ? `${showLog.category}: ` : ''}${showLog.title}` : '1:1: Show Log';
  await check(`"${showLogTitle}" runs from the command palette and shows the extension's log`, async () => {
    if (!showLog) throw new Error('expected the manifest to contribute the command oneOnOne.showLog');
    await workbench.runCommand(showLogTitle);
    const panel = page.locator('.part.panel');
    await waitFor('the extension\'s log in the Output panel', async () => {
      const shown = normalise(await panel.innerText().catch(() => '(no panel)'));
      const lines = normalise((await panel.locator('.monaco-editor .view-lines').first().innerText().catch(() => '')) || '');
      if (/1:1 Journal/.test(shown) && /Activated in \d+ ms/.test(lines)) return true;
      throw new Error(`expected the Output panel on the "1:1 Journal" channel with the line "Activated in … ms"; the panel showed:\n${shown.slice(0, 1500)}`);
    }, 15_000, 200);
  });

  await check('the "1on1" snippet expands in a markdown editor', async () => {
    const body = findSnippetBody(context.extensionDir, manifest, '1on1');
    const wanted = expandedSnippetLines(body).map((line) => line.trimEnd()).filter((line) => line.trim().length > 0 && !line.includes('$'));
    await workbench.openFile(path.basename(context.scratchFile));
    const text = await workbench.expandSnippet('1on1');
    // Markdown editors wrap long lines: compare without whitespace. The editor renders only the
    // lines in view: check the snippet's first lines.
    const squash = (line: string): string => line.replace(/\s+/g, '');
    const shown = squash(text);
    const missing = wanted.slice(0, 8).filter((line) => !shown.includes(squash(line)));
    if (wanted.length === 0 || missing.length > 0) {
      throw new Error(`expected the expanded snippet to show the lines:\n${(missing.length ? missing : ['(a snippet with literal text)']).map((line) => `    ${line}`).join('\n')}\nthe editor showed:\n${text.split('\n').slice(0, 30).map((line) => `    ${line}`).join('\n')}`);
    }
  });

  await check('"1:1: New 1:1 Note…" from the command palette creates and opens the note for the person picked', () =>
    newNoteFromPalette(workbench, context.folder, context.today));

  await check('"Mark Done" on a Follow-ups row ticks the note on disk and the row leaves the view', () =>
    tickFromSidebar(workbench, context.folder, context.today));

  await page.setViewportSize(SCREENSHOT_VIEWPORT);
  const privacyShot = path.join(context.screenshotsDir, 'sidebar-privacy.png');
  await page.setViewportSize(PERSON_PAGE_VIEWPORT);
  await check('a People row opens the person page, which shows their points, mood and notes and works from the keyboard (screenshots, dark, light and privacy mode)', () =>
    personPageFromPeopleRow(workbench, context.folder, context.screenshotsDir, context.log, context.today));
  await check('privacy mode shows no name and no confidential text in the side bar (screenshot)', async () => {
    await page.setViewportSize(README_VIEWPORT);
    await workbench.setSideBarWidth(DEFAULT_SIDEBAR_WIDTH);
    await focusEditorArea(workbench); // no selected row with its inline actions in the picture
    await privacyModeHidesEverything(workbench, context.folder, views.map((v) => v.name), privacyShot);
    await page.setViewportSize(SCREENSHOT_VIEWPORT);
    context.log(`      privacy screenshot: ${privacyShot}`);
  });
  const viewTitles = views.map((v) => v.name);
  const sweep = async (run: () => Promise<string[]>): Promise<void> => {
    await workbench.runCommand('Notifications: Clear All Notifications');
    const problems = await withPrivacyMode(workbench, run);
    if (problems.length > 0) throw new Error(problems.join('\n'));
  };
  await check('privacy sweep: no name, alias, role, team or confidential text in any view, tooltip, picker (a real name typed focuses that person, Enter picks them), notification or the status bar', () =>
    sweep(() => sweepPrivacy(workbench, context.folder, viewTitles)));
  await check('privacy sweep: a diagnostic\'s hover and quick-fix menu, the Problems panel (no other note\'s path with the folders hidden), @, reportsTo:, mood: and person: completion read page by page', async () => {
    await sweep(() => sweepEditor(workbench, context.folder, context.today, container?.title ?? '1:1s'));
    // Privacy mode off gives the workspace settings back: wait for it before the next check.
    await waitFor('the workspace settings given back', () => !/\.1on1-privacy-mode/.test(readOptional(path.join(context.folder, '.vscode', 'settings.json'))), 15_000, 200);
  });
  await check('privacy sweep: the dashboard and a person page opened by a real name show no name, role, team or confidential text', () =>
    sweep(() => sweepWebviews(workbench, context.folder)));
  await check('privacy mode: the "open confidential item?" dialog — Cancel opens nothing, Open opens the note at the item\'s line', () =>
    confidentialDialogButtons(workbench, context.folder, (body) => withPrivacyMode(workbench, body)));
  await check('Follow-ups view: "Undo" in the notification after Mark Done and after Snooze puts the line back exactly', () =>
    undoFromFollowUps(workbench, context.folder, context.today));
  await page.setViewportSize(VIEWPORT);

  await page.setViewportSize(DASHBOARD_VIEWPORT);
  await check('"1:1: Show Dashboard" draws every section, in the dark and light themes and in privacy mode (screenshots)', () =>
    dashboardInThemes(workbench, context.folder, context.screenshotsDir, context.log));
  await page.setViewportSize(VIEWPORT);

  await check('the README screenshots are fresh PNGs of at most 200 KB each', async () => {
    const problems = checkScreenshotFiles(context.screenshotsDir, context.started);
    if (problems.length > 0) throw new Error(problems.join('\n'));
  });

  await check('no error notification from the extension', async () => {
    const text = await workbench.notificationsText();
    const lines = text.split('\n').filter((line) => /1:1|one-on-one|oneOnOne/i.test(line) && /error|fail|cannot|could not/i.test(line));
    if (lines.length > 0) throw new Error(`expected no error notifications; the notifications center showed:\n${lines.map((line) => `    ${line}`).join('\n')}`);
  });

  return { results, screenshot };
}

function readOptional(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function findSnippetBody(extensionDir: string, manifest: Manifest, prefix: string): string | string[] {
  for (const entry of manifest.contributes?.snippets ?? []) {
    if (entry.language !== 'markdown') continue;
    const snippets = parseJsonc(fs.readFileSync(path.join(extensionDir, entry.path), 'utf8')) as Record<string, { prefix: string | string[]; body: string | string[] }>;
    for (const snippet of Object.values(snippets ?? {})) {
      const prefixes = Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix];
      if (prefixes.includes(prefix)) return snippet.body;
    }
  }
  throw new Error(`expected the extension to contribute a markdown snippet with prefix "${prefix}" (contributes.snippets)`);
}
