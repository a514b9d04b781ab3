/**
 * A small driver for the real VS Code workbench (code-server's web build) through playwright-core:
 * the handful of gestures the end-to-end checks need, each waiting on what the UI shows rather
 * than sleeping.
 */
import type { Locator, Page } from 'playwright-core';
import { waitFor } from '../../scripts/lib/poll';

/** One rendered row of a tree view. */
export interface ViewRow {
  /** 1 = top level. */
  level: number;
  label: string;
  description: string;
  /** Whether the row can expand; `expanded` says whether it is. */
  expandable: boolean;
  expanded: boolean;
}

/** Monaco renders spaces as U+00A0; compare text with ordinary spaces. */
export function normalise(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/[ \t]+$/gm, '');
}

function cssString(value: string): string {
  return JSON.stringify(value);
}

export class Workbench {
  constructor(readonly page: Page, private readonly timeout = 30_000) {}

  /** Waits until the workbench has rendered (status bar and activity bar). */
  async waitUntilReady(): Promise<void> {
    await this.page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: 90_000 });
    await this.page.locator('.monaco-workbench .part.activitybar').waitFor({ state: 'visible', timeout: this.timeout });
  }

  /** The activity-bar entry of a view container, by its title (e.g. "1:1s"). */
  activityItem(title: string): Locator {
    return this.page.locator(`.part.activitybar .action-item:has(a.action-label[aria-label^=${cssString(title)}])`).first();
  }

  /** Clicks a view container's activity-bar entry unless it is already open. */
  async openContainer(title: string): Promise<void> {
    const item = this.activityItem(title);
    await item.waitFor({ state: 'visible', timeout: this.timeout });
    const isOpen = async () => (await item.getAttribute('class'))?.split(/\s+/).includes('checked') ?? false;
    if (!(await isOpen())) await item.click();
    await this.page.waitForFunction(
      ([selector]) => document.querySelector(selector as string)?.classList.contains('checked') ?? false,
      [`.part.activitybar .action-item:has(a.action-label[aria-label^=${cssString(title)}])`],
      { timeout: this.timeout },
    );
    await this.page.locator('.part.sidebar').waitFor({ state: 'visible', timeout: this.timeout });
  }

  /** The pane (header + body) of a view in the side bar, by its title. */
  pane(title: string): Locator {
    return this.page.locator(`.part.sidebar .pane:has(> .pane-header:has(h3.title:text-is(${cssString(title)})))`);
  }

  /** Titles of the view panes shown in the side bar, in order. */
  async paneTitles(): Promise<string[]> {
    return this.page.locator('.part.sidebar .pane > .pane-header h3.title').allTextContents();
  }

  async setPaneExpanded(title: string, expanded: boolean): Promise<void> {
    const header = this.pane(title).locator('> .pane-header');
    await header.waitFor({ state: 'visible', timeout: this.timeout });
    if ((await header.getAttribute('aria-expanded')) !== String(expanded)) await header.click();
    await this.page.waitForFunction(
      ([element, want]) => (element as Element).getAttribute('aria-expanded') === want,
      [await header.elementHandle(), String(expanded)] as const,
      { timeout: this.timeout },
    );
  }

  /**
   * Reads the rendered rows of a view, top to bottom. With `expandAll`, first expands every
   * collapsed row (at any depth) so that the whole tree is rendered. Waits until the view shows
   * at least one row or its welcome content. Rows outside the viewport are not rendered: give
   * the page a tall viewport and collapse the other views first.
   */
  async readView(title: string, options: { expandAll?: boolean } = {}): Promise<{ rows: ViewRow[]; welcome: string }> {
    const pane = this.pane(title);
    await this.setPaneExpanded(title, true);
    const welcome = pane.locator('.welcome-view-content');
    await this.page.waitForFunction(
      ([element]) => !!(element as Element).querySelector('.monaco-list-row, .welcome-view-content'),
      [await pane.elementHandle()] as const,
      { timeout: this.timeout },
    );
    if (options.expandAll) {
      // Expanding a row re-renders the list: look the collapsed rows up again after each click.
      for (let guard = 0; guard < 200; guard++) {
        const collapsed = pane.locator('.monaco-list-row[aria-expanded="false"]');
        if ((await collapsed.count()) === 0) break;
        const row = collapsed.first();
        const index = await row.getAttribute('data-index');
        await row.locator('.monaco-tl-twistie').click();
        await pane.locator(`.monaco-list-row[data-index="${index}"][aria-expanded="true"]`).waitFor({ timeout: this.timeout });
      }
    }
    const read = await pane.locator('.monaco-list-row').evaluateAll((elements) => elements.map((element) => ({
      index: Number(element.getAttribute('data-index') ?? '0'),
      level: Number(element.getAttribute('aria-level') ?? '1'),
      label: element.querySelector('.label-name')?.textContent ?? element.textContent ?? '',
      description: element.querySelector('.label-description')?.textContent ?? '',
      expandable: element.hasAttribute('aria-expanded'),
      expanded: element.getAttribute('aria-expanded') === 'true',
    })));
    read.sort((a, b) => a.index - b.index);
    // Read at once: the welcome content can be replaced by rows while this runs (still loading).
    const welcomeText = (await welcome.evaluateAll((elements) => (elements[0] as HTMLElement | undefined)?.innerText ?? '')).trim();
    return {
      rows: read.map(({ level, label, description, expandable, expanded }) => ({
        level, label: normalise(label).trim(), description: normalise(description).trim(), expandable, expanded,
      })),
      welcome: welcomeText,
    };
  }

  /**
   * Runs a command from the command palette by its full title ("1:1: Show Log"), as a user
   * would: F1, type, wait for the match, Enter. Retries when the palette answered too early.
   */
  async runCommand(title: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    let attempts = 0;
    await waitFor(`the command "${title}" to run from the palette`, async () => {
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('F1');
      await input.waitFor({ state: 'visible', timeout: this.timeout });
      await input.fill(`>${title}`);
      const match = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
      try {
        await match.waitFor({ state: 'visible', timeout: 5_000 });
        const focused = this.page.locator('.quick-input-list .monaco-list-row.focused').first();
        const focusedText = normalise((await focused.textContent()) ?? '');
        if (!focusedText.includes(title)) await match.click();
        else await this.page.keyboard.press('Enter');
        // The palette closes, or the command's own picker takes the same input over at once
        // (Suggest Skip-Level): either way the command ran, and pressing Enter again must not.
        await this.page.waitForFunction((typed) => {
          const box = document.querySelector<HTMLInputElement>('.quick-input-widget input');
          return !box || box.offsetParent === null || box.value !== typed;
        }, `>${title}`, { timeout: this.timeout });
        return true;
      } catch (error) {
        // The palette may have answered too early ("No matching commands"): try again, 5 times at most.
        const shown = normalise((await this.page.locator('.quick-input-list').innerText().catch(() => '')) || '(nothing)');
        throw Object.assign(new Error(`command palette: expected a command titled "${title}", the palette showed:\n${shown}`, { cause: error }), { fatal: ++attempts >= 5 });
      }
    }, this.timeout, 0);
  }

  /** Opens a workspace file by name through Quick Open (Ctrl+P) and waits for its editor. */
  async openFile(name: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Control+P');
    await input.waitFor({ state: 'visible', timeout: this.timeout });
    await input.fill(name);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: this.timeout });
    await this.page.keyboard.press('Enter');
    await this.page.locator(`.tabs-container .tab.active:has-text(${cssString(name)})`).waitFor({ timeout: this.timeout });
    await this.activeEditor().locator('.view-lines').waitFor({ state: 'visible', timeout: this.timeout });
  }

  /**
   * Opens a file at the workspace root that was just written on disk, from the Explorer (Quick
   * Open's file search can take long to see a new file on a loaded machine): shows the Explorer,
   * refreshes it until the row is there, clicks it and waits for its editor. The caller shows
   * its own view container again afterwards.
   */
  async openNewFile(name: string): Promise<void> {
    const exact = new RegExp(`^\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
    const row = this.page.locator('.part.sidebar .explorer-folders-view .monaco-list-row').filter({ hasText: exact }).first();
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Control+Shift+E');
    await this.page.locator('.part.sidebar .explorer-folders-view').waitFor({ state: 'visible', timeout: 10_000 })
      .catch(() => this.runCommand('File: Focus on Files Explorer'));
    await waitFor(`"${name}" in the Explorer`, async () => {
      if (await row.isVisible().catch(() => false)) return true;
      await this.runCommand('Refresh Explorer');
      await row.waitFor({ state: 'visible', timeout: 5_000 }).catch(async () => {
        const rows = await this.page.locator('.part.sidebar .monaco-list-row').allInnerTexts().catch(() => []);
        throw new Error(`expected a row "${name}" in the Explorer; the side bar shows the rows ${JSON.stringify(rows.map((r) => normalise(r).trim()))}`);
      });
      return true;
    }, 60_000, 0);
    await row.click();
    await this.page.locator(`.tabs-container .tab.active:has-text(${cssString(name)})`).waitFor({ timeout: this.timeout });
    await this.activeEditor().locator('.view-lines').waitFor({ state: 'visible', timeout: this.timeout });
  }

  /**
   * "View: Close All Editors", answering "Don't Save" when VS Code asks about an editor with
   * unsaved changes (an earlier check's scratch file), until no tab is left.
   */
  async closeAllEditors(): Promise<void> {
    const dialog = this.page.locator('.monaco-dialog-box');
    const tabs = this.page.locator('.part.editor .tabs-container .tab');
    await this.runCommand('View: Close All Editors');
    await waitFor('every editor to close', async () => {
      if (await dialog.isVisible().catch(() => false)) {
        await dialog.locator('.monaco-button', { hasText: 'Don\'t Save' }).first().click({ timeout: 5_000 });
        return false;
      }
      return (await tabs.count()) === 0;
    }, this.timeout, 200);
  }

  /** Puts the cursor at the start of a line of the active editor (Ctrl+G), and waits until the status bar says so. */
  async goToLine(line: number): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    await waitFor(`the cursor on line ${line}`, async () => {
      await this.page.keyboard.press('Escape');
      await this.activeEditor().locator('.view-lines').click({ position: { x: 5, y: 5 } });
      await this.page.keyboard.press('Control+G');
      await input.waitFor({ state: 'visible', timeout: 5_000 });
      await input.fill(`:${line}`);
      await this.page.keyboard.press('Enter');
      await this.page.locator('.part.statusbar', { hasText: new RegExp(`Ln ${line}, Col \\d+`) }).waitFor({ timeout: 5_000 });
      return true;
    }, this.timeout, 0);
  }

  /** Which side-bar panes are expanded, by title. */
  async paneStates(): Promise<Map<string, boolean>> {
    const states = new Map<string, boolean>();
    for (const title of await this.paneTitles()) {
      states.set(title, (await this.pane(title).locator('> .pane-header').getAttribute('aria-expanded')) === 'true');
    }
    return states;
  }

  /** Expands and collapses the panes as `states` says (from `paneStates`). */
  async restorePanes(states: ReadonlyMap<string, boolean>): Promise<void> {
    for (const [title, expanded] of states) await this.setPaneExpanded(title, expanded);
  }

  /**
   * The text of every webview on the page: the DOM of each frame but the workbench's own (a
   * webview is two nested iframes), with aria-labels, titles and alt texts.
   */
  async webviewText(): Promise<string> {
    const parts: string[] = [];
    for (const frame of this.page.frames()) {
      if (frame === this.page.mainFrame()) continue;
      parts.push(await frame.evaluate(() => {
        const out = [document.body?.innerText ?? ''];
        document.querySelectorAll('[aria-label], [title], [alt]').forEach((e) => out.push(e.getAttribute('aria-label') ?? '', e.getAttribute('title') ?? '', e.getAttribute('alt') ?? ''));
        return out.join('\n');
      }).catch(() => ''));
    }
    return normalise(parts.join('\n'));
  }

  /**
   * Reads an open suggest widget page by page (PageDown until the focused row is the last one),
   * each page's rows with their labels, descriptions, aria-labels and the details pane. Returns
   * the text of every page and how many rows the list said it had.
   */
  async readSuggestPages(): Promise<{ pages: string[]; rows: number }> {
    const widget = this.page.locator('.editor-widget.suggest-widget.visible');
    await widget.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: this.timeout });
    const pages: string[] = [];
    let rows = 0;
    for (let guard = 0; guard < 100; guard++) {
      const page = await widget.evaluate((root) => {
        const out = [(root as HTMLElement).innerText];
        root.querySelectorAll('[aria-label], [title]').forEach((e) => out.push(e.getAttribute('aria-label') ?? '', e.getAttribute('title') ?? ''));
        const focused = root.querySelector('.monaco-list-row.focused');
        return { text: out.join('\n'), at: Number(focused?.getAttribute('aria-posinset') ?? '0'), of: Number(focused?.getAttribute('aria-setsize') ?? '0') };
      });
      pages.push(normalise(page.text));
      rows = page.of;
      if (page.at >= page.of) break;
      await this.page.keyboard.press('PageDown');
      await this.page.waitForFunction(([element, before]) => Number((element as Element).querySelector('.monaco-list-row.focused')?.getAttribute('aria-posinset') ?? '0') > (before as number),
        [await widget.elementHandle(), page.at] as const, { timeout: this.timeout });
    }
    return { pages, rows };
  }

  activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
  }

  /** The text of the active editor's rendered lines, top to bottom, with ordinary spaces. */
  async editorText(): Promise<string> {
    const lines = await this.activeEditor().locator('.view-lines .view-line').evaluateAll((elements) =>
      elements.map((element) => ({ top: parseFloat((element as HTMLElement).style.top || '0'), text: element.textContent ?? '' })));
    lines.sort((a, b) => a.top - b.top);
    return normalise(lines.map((line) => line.text).join('\n'));
  }

  /**
   * Types a snippet prefix in the active editor, asks for suggestions (Ctrl+Space) and accepts
   * the one whose label is the prefix. Returns the editor text afterwards.
   */
  async expandSnippet(prefix: string): Promise<string> {
    await this.activeEditor().locator('.view-lines').click();
    await this.page.keyboard.type(prefix);
    const widget = this.page.locator('.editor-widget.suggest-widget.visible');
    // The suggestion whose label is exactly the prefix (its row index in the list).
    const findRow = async (): Promise<string | undefined> => {
      const rows = await widget.locator('.monaco-list-row').evaluateAll((elements) => elements.map((element) => ({
        index: element.getAttribute('data-index') ?? '',
        label: (element.querySelector('.label-name')?.textContent ?? '').trim(),
      }))).catch(() => []);
      return rows.find((row) => row.label === prefix)?.index || undefined;
    };
    // Ask again (Escape, Ctrl+Space) when the suggestions came before the snippet's.
    const index = await waitFor(`the suggestion "${prefix}"`, async () => {
      await this.page.keyboard.press('Control+Space');
      const found = await waitFor(`"${prefix}" among the suggestions`, findRow, 5_000, 100).catch(() => undefined);
      if (found) return found;
      const shown = normalise((await widget.innerText().catch(() => '')) || '(no suggest widget)');
      await this.page.keyboard.press('Escape');
      throw new Error(`snippet: expected a suggestion "${prefix}" after typing it and pressing Ctrl+Space; the suggestions showed:\n${shown}`);
    }, this.timeout, 0);
    await widget.locator(`.monaco-list-row[data-index="${index}"]`).click();
    await widget.waitFor({ state: 'hidden', timeout: this.timeout });
    return this.editorText();
  }

  /** Drags the sash between the side bar and the editor so the side bar is `width` pixels wide. */
  async setSideBarWidth(width: number): Promise<void> {
    const sidebar = await this.page.locator('.part.sidebar').boundingBox();
    if (!sidebar) throw new Error('no side bar to resize');
    const edge = sidebar.x + sidebar.width;
    // The sash is a thin element straddling the side bar's right edge.
    const sash = await this.page.locator('.monaco-sash.vertical').evaluateAll((elements, x) => {
      for (const element of elements) {
        const box = element.getBoundingClientRect();
        if (box.height > 100 && Math.abs(box.left + box.width / 2 - x) <= 4) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return undefined;
    }, edge);
    if (!sash) throw new Error(`no sash found at the side bar's edge (x=${edge})`);
    await this.page.mouse.move(sash.x, sash.y);
    await this.page.mouse.down();
    await this.page.mouse.move(sash.x + (sidebar.x + width - edge) / 2, sash.y, { steps: 4 });
    await this.page.mouse.move(sidebar.x + width, sash.y, { steps: 4 });
    await this.page.mouse.up();
  }

  /**
   * Picks a colour theme as a user does: "Preferences: Color Theme" from the palette, then the
   * theme by its label ("Dark Modern", "Light Modern"), retried while the palette opens too early.
   */
  async setTheme(label: string): Promise<void> {
    const page = this.page;
    const input = page.locator('.quick-input-widget input');
    await waitFor(`the colour theme "${label}"`, async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill('>Preferences: Color Theme');
      const command = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Preferences: Color Theme' }).first();
      await command.waitFor({ state: 'visible', timeout: 5_000 });
      await command.click();
      await page.locator('.quick-input-widget input[placeholder*="Color Theme"]').waitFor({ timeout: 5_000 });
      await input.fill(label);
      const theme = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: label }).first();
      await theme.waitFor({ state: 'visible', timeout: 5_000 }).catch(async () => {
        throw new Error(`expected the theme "${label}" in the colour theme picker; it showed:\n${normalise(await page.locator('.quick-input-list').innerText().catch(() => ''))}`);
      });
      await page.keyboard.press('Enter');
      await input.waitFor({ state: 'hidden', timeout: 5_000 });
      return true;
    }, 40_000, 0);
  }

  /** The text of the notifications center (toasts do not show in a headless browser). */
  async notificationsText(): Promise<string> {
    await this.runCommand('Notifications: Show Notifications');
    const center = this.page.locator('.notifications-center');
    await center.waitFor({ state: 'visible', timeout: this.timeout });
    const text = normalise(await center.innerText());
    await this.page.keyboard.press('Escape');
    return text;
  }
}
