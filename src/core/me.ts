/**
 * "This is me" (docs/FORMAT.md#people): who "me" is comes from the one person profile that says
 * `relationship: self`. Marking a profile as me is a text edit of that profile and of any other
 * profile that said so before; pure, so the editor layer only applies what this returns.
 */
import { parseRelationship } from './parse/values';
import { setFrontmatterKeys } from './profileFrontmatter';
import { frontmatterValueSpan } from './noteEdits';

/** A profile's file and its current text (the open editor's, unsaved changes included). */
export interface ProfileText {
  uri: string;
  text: string;
}

/** The whole new text of one file. */
export interface TextChange {
  uri: string;
  text: string;
}

/** The 0-based lines of the frontmatter's keys (between the fences), or undefined without frontmatter. */
function frontmatterLines(lines: readonly string[]): { start: number; end: number } | undefined {
  if (!/^---\s*$/.test(lines[0] ?? '')) return undefined;
  const close = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
  return close < 0 ? undefined : { start: 1, end: close };
}

/** The index of the frontmatter line `relationship: self` (or `me`), if any. */
function selfLine(lines: readonly string[]): number | undefined {
  const fm = frontmatterLines(lines);
  if (!fm) return undefined;
  for (let i = fm.start; i < fm.end; i++) {
    const span = frontmatterValueSpan(lines[i], 'relationship');
    if (span && parseRelationship(span.value) === 'self') return i;
  }
  return undefined;
}

/** Whether a profile's frontmatter says `relationship: self`. */
export function saysSelf(text: string): boolean {
  return selfLine(text.replace(/^\uFEFF/, '').split(/\r?\n/)) !== undefined;
}

/** The profile without its `relationship: self` line; other lines stay byte for byte. */
export function withoutSelf(text: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const lines = text.slice(bom.length).split(/\r?\n/);
  const at = selfLine(lines);
  if (at === undefined) return text;
  lines.splice(at, 1);
  return bom + lines.join(eol);
}

/**
 * The changes that make `target` me: it gains `relationship: self` (replacing another
 * relationship it had), every other profile that said `self` loses that line. Files already
 * right are left out, so marking me twice changes nothing.
 */
export function thisIsMeChanges(target: ProfileText, others: readonly ProfileText[]): TextChange[] {
  const changes: TextChange[] = [];
  if (!saysSelf(target.text)) changes.push({ uri: target.uri, text: setFrontmatterKeys(target.text, { relationship: 'self' }) });
  for (const other of others) {
    if (other.uri === target.uri || !saysSelf(other.text)) continue;
    changes.push({ uri: other.uri, text: withoutSelf(other.text) });
  }
  return changes;
}

