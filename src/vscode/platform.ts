/**
 * What the extension host the extension runs in can do. The entry point picks one
 * (src/extension.ts: desktop, Node; src/web/extension.ts: browser web worker, as on vscode.dev
 * and github.dev) and hands it to the one composition; features ask it instead of probing.
 */
import type { HostFiles } from './hostFiles';

export interface Platform {
  /** `desktop`: Node extension host; `web`: the browser's web worker extension host. */
  readonly kind: 'desktop' | 'web';
  /**
   * Why the git leak check (docs/FORMAT.md#confidentiality) cannot run here, in words for the log; undefined where it
   * can. It needs VS Code's git extension, which runs only in a Node extension host.
   */
  readonly leakCheckUnavailable?: string;
  /** A faster file system for `file:` folders (the desktop's Node one); without it, `workspace.fs`. */
  readonly files?: HostFiles;
}

/** Desktop VS Code (and any Node extension host, local or remote). */
export const DESKTOP_PLATFORM: Platform = { kind: 'desktop' };

/** The browser (vscode.dev, github.dev, a browser VS Code's web worker extension host). */
export const WEB_PLATFORM: Platform = {
  kind: 'web',
  leakCheckUnavailable: 'the leak check needs git, which VS Code runs only on the desktop: in the browser, make sure yourself that confidential notes are not committed (README, "Keeping notes out of git").',
};
