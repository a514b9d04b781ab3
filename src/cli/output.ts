/**
 * Output helpers shared by every command: everything written to stdout is complete whatever
 * stdout is (file, pipe, slow reader), because nothing calls `process.exit` — the process ends
 * once the streams have drained. Text meant for a terminal never carries raw control characters.
 */
import { formatTable } from '../node/table';

/** Writes to stdout and stderr; a closed pipe (`| head`) ends the output quietly. */
export interface Output {
  /** Writes text to stdout as is (JSON, pre-escaped text). */
  write(text: string): void;
  /** Writes one line of human text to stdout, control characters escaped. */
  line(text: string): void;
  /** Writes lines of human text to stdout, control characters escaped in each line. */
  text(text: string): void;
  /** Writes a value as indented JSON and a newline. */
  json(value: unknown): void;
  /** Writes a plain-text table; every cell is escaped. */
  table(header: string[], rows: string[][], maxWidth?: number): void;
  /** Writes one line to stderr, control characters escaped. */
  error(text: string): void;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

/**
 * Text safe to print on a terminal: newlines, tabs, escape sequences and bidirectional overrides
 * (in a file name or a note's text) become visible escapes such as `\n`, `\e`, `\u202e`.
 */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The process's real streams. */
export function processOutput(): Output {
  let closed = false;
  const onError = (error: NodeJS.ErrnoException): void => {
    // The reader went away (`| head`): stop writing; anything else is a real failure.
    if (error.code === 'EPIPE') closed = true;
    else throw error;
  };
  process.stdout.on('error', onError);
  const out = (text: string): void => {
    if (!closed) process.stdout.write(text);
  };
  return {
    write: out,
    line: (text) => out(printable(text) + '\n'),
    text: (text) => out(text.split('\n').map(printable).join('\n')),
    json: (value) => out(JSON.stringify(value, null, 2) + '\n'),
    table: (header, rows, maxWidth) => out(formatTable(header.map(printable), rows.map((r) => r.map(printable)), maxWidth) + '\n'),
    error: (text) => process.stderr.write(printable(text) + '\n'),
  };
}

/** `n thing` / `n things`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
