/**
 * The `.gitignore` lines that keep confidential notes out of git (docs/FORMAT.md#confidentiality): one home for the leak
 * check's "Add to .gitignore" and for Set Up Journal. Pure: the current text in, what to append out.
 */

/** The comment above the lines 1:1 Journal adds. */
export const GITIGNORE_COMMENT = '# Confidential 1:1 notes (added by 1:1 Journal)';

/** What to append to a `.gitignore`: the anchored lines it lacks, and the text that adds them. */
export interface GitignoreAddition {
  /** e.g. `/1on1s/`. */
  lines: string[];
  /** Appended at the end of the file (starts with a newline when the file does not end with one). */
  text: string;
}

/**
 * The addition that ignores `paths` (repository-relative folders ending in `/`, or files), or
 * undefined when `existing` already ignores each of them by the same line, anchored or not.
 */
export function gitignoreAddition(existing: string, paths: readonly string[]): GitignoreAddition | undefined {
  const present = new Set(existing.split(/\r?\n/).map((l) => l.trim()));
  const lines = [...new Set(paths.map((p) => p.replace(/^\/+/, '')).filter((p) => p !== ''))]
    .filter((p) => !present.has(p) && !present.has(`/${p}`))
    .map((p) => `/${p}`);
  if (lines.length === 0) return undefined;
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  const lead = existing && !/\r?\n$/.test(existing) ? eol : '';
  return { lines, text: `${lead}${[GITIGNORE_COMMENT, ...lines].join(eol)}${eol}` };
}

/**
 * The folder new notes go to, from `oneOnOne.newNotePath` (`1on1s/${personSlug}/${date}.md` →
 * `1on1s/`): its first segment when that holds no placeholder, else undefined (notes spread
 * over folders named after people or types cannot be ignored by one line).
 */
export function notesFolderOf(newNotePath: string): string | undefined {
  const segments = newNotePath.replace(/\\/g, '/').split('/').filter((s) => s !== '' && s !== '.' && s !== '..');
  if (segments.length < 2 || segments[0].includes('${')) return undefined;
  return `${segments[0]}/`;
}
