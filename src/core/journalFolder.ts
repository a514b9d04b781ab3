/**
 * Which workspace folder is the journal: the one holding the file in hand (the active editor,
 * the document under a quick fix, the CSV being imported), else the first folder. Pure over URI
 * strings, so the one answer is testable without VS Code.
 */

/**
 * The folder (one of `folders`, as URI strings) the journal lives in for `hint`: the deepest
 * folder containing it, else the first folder; undefined when no folder is open.
 */
export function journalFolderFor(folders: readonly string[], hint?: string): string | undefined {
  if (hint) {
    const containing = folders
      .filter((folder) => contains(folder, hint))
      .sort((a, b) => b.length - a.length);
    if (containing[0] !== undefined) return containing[0];
  }
  return folders[0];
}

function contains(folder: string, uri: string): boolean {
  const base = folder.replace(/\/+$/, '');
  return uri === base || uri.startsWith(`${base}/`);
}
