/**
 * Fixture journals for the unit tests: small folders of markdown under `test/fixtures/<name>/`,
 * loaded into an in-memory `Journal` with root-relative URIs (`people/carly-chen.md`) so the
 * assertions read like the files they are about.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Journal, type JournalOptions } from '../../../src/core/journal';

export const FIXTURES = path.resolve(__dirname, '..', '..', 'fixtures');

export function fixturePath(name: string, ...rest: string[]): string {
  return path.join(FIXTURES, name, ...rest);
}

/** Reads one fixture file as text (UTF-8). */
export function readFixture(name: string, relativePath: string): string {
  return fs.readFileSync(fixturePath(name, relativePath), 'utf8');
}

/** Every `*.md` file under the fixture, as sorted root-relative forward-slash paths. */
export function listFixtureFiles(name: string): string[] {
  const root = fixturePath(name);
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) files.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return files.sort();
}

/** A journal holding every markdown file of the fixture, keyed by its root-relative path. */
export function loadFixture(name: string, options: Partial<JournalOptions> = {}): Journal {
  const journal = new Journal(options);
  journal.batch(() => {
    for (const file of listFixtureFiles(name)) journal.setBytes(file, fs.readFileSync(fixturePath(name, file)));
  });
  return journal;
}

/** `---`-delimited frontmatter plus body, LF line endings. */
export function note(frontmatter: Record<string, string>, body = ''): string {
  const lines = Object.entries(frontmatter).map(([k, v]) => `${k}: ${v}`);
  return ['---', ...lines, '---', body].join('\n');
}

/** A person profile with the given extra frontmatter keys. */
export function profile(name: string, extra: Record<string, string> = {}): string {
  return note({ kind: 'person', name, ...extra });
}
