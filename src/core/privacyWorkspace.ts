/**
 * Hiding the journal's folders from the Explorer and Quick Open while privacy mode is on
 * (docs/FORMAT.md#confidentiality), pure: which folders, the one `files.exclude` / `search.exclude` key added for them,
 * and how the user's own setting is given back exactly afterwards. The key carries a marker so
 * it is recognisable in any settings file, after a crash too, and so the journal's own index
 * never takes it for an exclusion of the user's.
 */

/** An alternative no folder has, inside the added glob: `{1on1s,people,.1on1-privacy-mode}`. */
export const PRIVACY_EXCLUDE_MARKER = '.1on1-privacy-mode';

/** Whether a `files.exclude` key is the one privacy mode adds. */
export function isPrivacyExcludeKey(key: string): boolean {
  return key.startsWith('{') && key.endsWith(`,${PRIVACY_EXCLUDE_MARKER}}`);
}

/**
 * The top-level folders that hold the journal's files, from their workspace-relative paths.
 * Files at the root cannot be hidden by folder; names with glob characters are left out.
 */
export function journalFolders(relativePaths: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const path of relativePaths) {
    const parts = path.replace(/\\/g, '/').split('/').filter(Boolean);
    if (parts.length < 2) continue;
    const top = parts[0];
    if (/[{}[\]*?,!]/.test(top) || top === '.' || top === '..') continue;
    folders.add(top);
  }
  return [...folders].sort((a, b) => a.localeCompare(b, 'en'));
}

/** The key that hides `folders`; undefined when there is nothing to hide. */
export function privacyExcludeKey(folders: readonly string[]): string | undefined {
  return folders.length === 0 ? undefined : `{${folders.join(',')},${PRIVACY_EXCLUDE_MARKER}}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The workspace value with the privacy key added (an earlier privacy key replaced), keeping every
 * key of the user's as written; undefined when the current value is not an object, so it is left
 * alone rather than overwritten.
 */
export function withPrivacyExclude(current: unknown, key: string): Record<string, unknown> | undefined {
  if (current !== undefined && !isPlainObject(current)) return undefined;
  return { ...withoutPrivacyKeys(current ?? {}), [key]: true };
}

/** A workspace setting as it was before privacy mode touched it: `had` false = it was unset. */
export interface SavedSetting {
  had: boolean;
  value?: unknown;
}

/** What to do to give a setting back. */
export type Restore = { change: false } | { change: true; value: unknown };

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * How to give the user's setting back when privacy mode goes off. Only the privacy key is ever
 * removed: when what remains is what was saved, the saved value comes back exactly (unset when it
 * was unset); when the user changed the setting meanwhile, their change stays.
 */
export function restoreSetting(saved: SavedSetting | undefined, current: unknown): Restore {
  if (!isPlainObject(current) || !Object.keys(current).some(isPrivacyExcludeKey)) return { change: false };
  const rest = withoutPrivacyKeys(current);
  if (saved && sameJson(rest, saved.had ? saved.value : {})) return { change: true, value: saved.had ? saved.value : undefined };
  const unsetBefore = !saved || !saved.had;
  return { change: true, value: Object.keys(rest).length === 0 && unsetBefore ? undefined : rest };
}

/**
 * What to save before adding the privacy key. A privacy key already there (left by a crash
 * whose saved copy was lost) is not the user's and is not saved.
 */
export function saveSetting(current: unknown): SavedSetting {
  if (current === undefined) return { had: false };
  if (!isPlainObject(current) || !Object.keys(current).some(isPrivacyExcludeKey)) return { had: true, value: current };
  const rest = withoutPrivacyKeys(current);
  return Object.keys(rest).length === 0 ? { had: false } : { had: true, value: rest };
}

function withoutPrivacyKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => !isPrivacyExcludeKey(k)));
}

/** The settings privacy mode writes to hide folders. */
export type HidingSetting = 'files' | 'search';

/** What was saved for one settings file before the privacy key was added. */
export type SavedSettings = Partial<Record<HidingSetting, SavedSetting>>;

/**
 * Where hiding writes, per settings file: `WORKSPACE` for the workspace's own settings (one
 * folder open), else the URI of a workspace folder of a multi-root workspace, whose
 * `.vscode/settings.json` hides its own journal folders.
 */
export const WORKSPACE = '';

/** Everything saved before hiding, by where it was written (`WORKSPACE` or a folder's URI). */
export type SavedHiding = Record<string, SavedSettings>;

function isSavedSetting(value: unknown): value is SavedSetting {
  return isPlainObject(value) && typeof value.had === 'boolean';
}

/**
 * The saved state as stored; one written before multi-root workspaces were handled (the two
 * settings at the top) counts as the workspace's own. Undefined when nothing is saved.
 */
export function readSavedHiding(stored: unknown): SavedHiding | undefined {
  if (!isPlainObject(stored)) return undefined;
  if (isSavedSetting(stored.files) || isSavedSetting(stored.search)) return { [WORKSPACE]: stored as SavedSettings };
  const saved: SavedHiding = {};
  for (const [where, settings] of Object.entries(stored)) if (isPlainObject(settings)) saved[where] = settings as SavedSettings;
  return saved;
}

/** One settings file's part of hiding: the folders it hides and its key. */
export interface HidingPlan {
  /** `WORKSPACE`, or the URI of the workspace folder. */
  where: string;
  folders: string[];
  key: string;
}

/**
 * What to hide where: with one folder open, the journal's top-level folders in the workspace's
 * settings; in a multi-root workspace, each folder's own in that folder's settings (the patterns
 * of `files.exclude` are relative to the folder that holds them). A file belongs to the innermost
 * workspace folder that contains it; folders without journal files are left alone.
 */
export function planHiding(workspaceFolders: readonly string[], fileUris: readonly string[]): HidingPlan[] {
  const roots = workspaceFolders.map((uri) => ({ uri, prefix: uri.endsWith('/') ? uri : `${uri}/` }));
  const byRoot = new Map<string, string[]>();
  for (const file of fileUris) {
    const root = roots.filter((r) => file.startsWith(r.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
    if (!root) continue;
    const list = byRoot.get(root.uri) ?? [];
    list.push(decodeURIComponent(file.slice(root.prefix.length)));
    byRoot.set(root.uri, list);
  }
  const plans: HidingPlan[] = [];
  for (const root of roots) {
    const folders = journalFolders(byRoot.get(root.uri) ?? []);
    const key = privacyExcludeKey(folders);
    if (key) plans.push({ where: roots.length === 1 ? WORKSPACE : root.uri, folders, key });
  }
  return plans;
}
