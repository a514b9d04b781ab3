/**
 * The top-level fenced code blocks and HTML comments of a note: where no task item can be. The
 * one home of this rule for the pre-check (./followUps.ts `precheckBody`) and the safe start of
 * a parse (./safeStart.ts). Conservative: only a fence or `<!--` opening in column 0 is tracked
 * (a column-0 line is in no list item, block quote or indented code, and a fence or comment
 * interrupts a paragraph); at the first line the tracking does not model (any other HTML, a
 * fence opened indented, which may sit in a list item and end with it) it stops, and the rest of
 * the text counts as outside. test/fuzz checks both users against the full parse.
 */

export interface TopLevelCode {
  /**
   * Flat `[start, end)` offset pairs, each from its opening line's start to the end of its
   * closing line (or of the text), in order.
   */
  regions: number[];
  /** The start of the first line the tracking does not model (the text's length when none). */
  untrackedFrom: number;
}

/** The top-level code of the text from offset `from` (a line start) on. */
export function topLevelCode(text: string, from: number): TopLevelCode {
  const regions: number[] = [];
  const length = text.length;
  const hasCr = text.indexOf('\r', from) >= 0;
  /** The open fence's character and length (0 when none), or an open comment. */
  let fenceChar = 0;
  let fenceLength = 0;
  let inComment = false;
  let regionStart = 0;
  for (let start = from; start < length;) {
    let end: number;
    let next: number;
    if (!hasCr) {
      end = text.indexOf('\n', start);
      if (end < 0) end = length;
      next = end + 1;
    } else {
      end = start;
      while (end < length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
      next = text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
    }
    if (fenceChar !== 0) {
      if (closesFence(text, start, end, fenceChar, fenceLength)) {
        regions.push(regionStart, end);
        fenceChar = 0;
      }
    } else if (inComment) {
      const close = text.indexOf('-->', start);
      if (close >= 0 && close + 3 <= end) {
        regions.push(regionStart, end);
        inComment = false;
      }
    } else {
      const c = text.charCodeAt(start);
      if (c === 0x60 || c === 0x7e) {
        let run = 1;
        while (start + run < end && text.charCodeAt(start + run) === c) run++;
        // A backtick fence's info string cannot hold a backtick: such a line is not a fence.
        const backtickInInfo = c === 0x60 && text.indexOf('`', start + run) >= 0 && text.indexOf('`', start + run) < end;
        if (run >= 3 && !backtickInInfo) {
          fenceChar = c;
          fenceLength = run;
          regionStart = start;
        }
      } else if (c === 0x3c) {
        if (!text.startsWith('<!--', start)) return { regions, untrackedFrom: start }; // another HTML block: not tracked
        // The comment ends on the first line holding `-->`, this one included: `<!-->` and `<!--->` end at once.
        const close = text.indexOf('-->', start + 2);
        if (close >= 0 && close + 3 <= end) regions.push(start, end);
        else {
          inComment = true;
          regionStart = start;
        }
      } else if (c === 0x20 || c === 0x09) {
        let i = start + 1;
        while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
        const d = text.charCodeAt(i);
        if (d === 0x3c) return { regions, untrackedFrom: start }; // HTML, maybe in a list item: not tracked
        if ((d === 0x60 || d === 0x7e) && text.charCodeAt(i + 1) === d && text.charCodeAt(i + 2) === d) return { regions, untrackedFrom: start }; // an indented fence
      }
    }
    start = next;
  }
  if (fenceChar !== 0 || inComment) regions.push(regionStart, length);
  return { regions, untrackedFrom: length };
}

/** Whether the line from `start` to `end` closes a fence of `length` × `char`: up to 3 spaces, the run, then only spaces or tabs. */
export function closesFence(text: string, start: number, end: number, char: number, length: number): boolean {
  let i = start;
  while (i < end && i - start < 3 && text.charCodeAt(i) === 0x20) i++;
  let run = 0;
  while (i < end && text.charCodeAt(i) === char) {
    i++;
    run++;
  }
  if (run < length) return false;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}
