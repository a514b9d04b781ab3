/**
 * Which workspace files belong to the journal: `*.md`, minus `files.exclude`, `oneOnOne.exclude`
 * and the templates folder (templates hold `person: ${person}` and are not notes).
 */
import picomatch from 'picomatch';
import { ALWAYS_EXCLUDED_GLOBS } from './settings';

export interface PathFilterOptions {
  /** Glob patterns relative to the journal root (`oneOnOne.exclude`, and `files.exclude` keys set to true). */
  exclude: readonly string[];
  /** `oneOnOne.templatesFolder`, relative to the root. */
  templatesFolder?: string;
}

/** Returns a predicate over root-relative, forward-slash paths: true when the file is part of the journal. */
export function createPathFilter(options: PathFilterOptions): (relativePath: string) => boolean {
  const patterns = [...ALWAYS_EXCLUDED_GLOBS, ...options.exclude.map(normalisePattern)];
  const templates = options.templatesFolder?.replace(/^\.?\/+|\/+$/g, '');
  if (templates) patterns.push(`${templates}/**`);
  const isExcluded = picomatch(patterns, { dot: true, windows: false });
  return (relativePath: string) => /\.md$/i.test(relativePath) && !isExcluded(relativePath);
}

/** `files.exclude`-style patterns may start with `./` or `/`; picomatch wants them bare. */
function normalisePattern(pattern: string): string {
  return pattern.replace(/^\.?\/+/, '');
}
