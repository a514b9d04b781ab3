/**
 * A person profile's top-level frontmatter keys, read and set line by line (the org import and
 * "This Is Me"): an existing key's line is replaced, a missing one added before the closing
 * fence; other keys, comments and the body stay byte for byte. The fence is `parse/fence.ts`'s.
 */
import { closingFenceIndex, isOpeningFence, splitLines } from './parse/fence';
import { yamlScalar } from './templates';

/** A profile field's value as YAML: profile fields are text, so a date-like value is quoted and never reads back as a date. */
export function profileScalar(value: string): string {
  return yamlScalar(value, { plainDate: false });
}

/**
 * Sets top-level frontmatter keys, line by line: an existing key's line is replaced, a missing
 * key is added before the closing fence. Other keys, comments and the body stay byte for byte.
 */
export function setFrontmatterKeys(text: string, values: Readonly<Record<string, string | undefined>>): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const lines = text.slice(bom.length).split(/\r?\n/);
  if (!isOpeningFence(lines[0] ?? '')) {
    const added = Object.entries(values).filter(([, v]) => v).map(([k, v]) => `${k}: ${profileScalar(v!)}`);
    return bom + ['---', 'kind: person', ...added, '---', ''].join(eol) + text.slice(bom.length);
  }
  let close = closingFenceIndex(lines) ?? -1;
  if (close < 0) return text; // malformed frontmatter: leave it alone
  for (const [key, value] of Object.entries(values)) {
    if (!value) continue;
    const rendered = `${key}: ${profileScalar(value)}`;
    const at = keyLine(lines, close, key);
    if (at >= 0) {
      if (currentScalar(lines[at]) !== value) lines[at] = rendered;
    } else {
      lines.splice(close, 0, rendered);
      close++;
    }
  }
  return bom + lines.join(eol);
}

/** The value of a top-level frontmatter key, as `setFrontmatterKeys` reads it; undefined when absent. */
export function frontmatterScalar(text: string, key: string): string | undefined {
  const lines = splitLines(text.replace(/^\uFEFF/, ''));
  const close = closingFenceIndex(lines);
  const at = close === undefined ? -1 : keyLine(lines, close, key);
  return at < 0 ? undefined : currentScalar(lines[at]);
}

/** The index of top-level key `key`'s line in the frontmatter that closes at line `close`; -1 when absent. */
function keyLine(lines: readonly string[], close: number, key: string): number {
  const pattern = new RegExp(`^${key}\\s*:`);
  return lines.findIndex((l, i) => i > 0 && i < close && pattern.test(l));
}

function currentScalar(line: string): string {
  return line.slice(line.indexOf(':') + 1).replace(/\s+#.*$/, '').trim().replace(/^(['"])(.*)\1$/, '$2');
}
