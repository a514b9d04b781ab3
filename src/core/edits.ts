/**
 * Text edits of a single follow-up line, as pure functions: tick, untick, snooze. The editor
 * layer applies them with a WorkspaceEdit after checking the line still holds the item.
 */
import type { IsoDate, RawFollowUp } from './model';
import { DATE_EMOJI, stripDateTokens } from './parse/tokens';

/** The checkbox of a task item: list marker (possibly inside block quotes), then `[ ]`/`[x]`. */
const CHECKBOX = /^(\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])\s+\[)([ \txX])(\])/;

/** Ticks an open item (adding `done:` or `✅` in the item's own style) or unticks a done one. */
export function toggleDone(line: string, today: IsoDate, style: RawFollowUp['style']): string | undefined {
  const m = CHECKBOX.exec(line);
  if (!m) return undefined;
  const checked = m[2] === 'x' || m[2] === 'X';
  const rest = stripDateTokens(line.slice(m[0].length), ['done']).replace(/\s+$/, '');
  if (checked) return `${m[1]} ${m[3]}${rest}`;
  const stamp = style === 'emoji' ? `${DATE_EMOJI.done} ${today}` : `done:${today}`;
  return `${m[1]}x${m[3]}${rest} ${stamp}`;
}

/** Sets the "do not act before" date, replacing an existing `after:`/`🛫` token. */
export function setAfter(line: string, date: IsoDate, style: RawFollowUp['style']): string | undefined {
  if (!CHECKBOX.test(line)) return undefined;
  const stamp = style === 'emoji' ? `${DATE_EMOJI.after} ${date}` : `after:${date}`;
  return `${stripDateTokens(line, ['after']).replace(/\s+$/, '')} ${stamp}`;
}
