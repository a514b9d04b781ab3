/**
 * Turns a file's bytes into text the parsers can trust, or says why it cannot.
 * Runs in Node and in a browser (TextDecoder is global in both).
 */

export type DecodeResult =
  | { ok: true; text: string; /** Set when bytes were not valid UTF-8 and were read leniently. */ warning?: string }
  | { ok: false; reason: string };

/** How many leading bytes are checked for a NUL byte, the mark of a binary file. */
const BINARY_SNIFF_BYTES = 8000;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Decodes UTF-8 (with or without BOM). Binary files are refused; invalid UTF-8 is read leniently with a warning. */
export function decodeNoteBytes(bytes: Uint8Array): DecodeResult {
  if (looksBinary(bytes)) return { ok: false, reason: 'This file looks binary (it contains NUL bytes), so it was skipped.' };
  try {
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    return {
      ok: true,
      text: lenientUtf8.decode(bytes),
      warning: 'This file is not valid UTF-8; characters that could not be read are shown as �. Save it as UTF-8.',
    };
  }
}

/**
 * The text of bytes that `decodeNoteBytes` accepted before (kept until a body is parsed), as it
 * decoded them, without looking for NUL bytes again: the lenient decoder reads valid UTF-8
 * exactly as the strict one does, and invalid UTF-8 as `decodeNoteBytes` did.
 */
export function decodeAcceptedBytes(bytes: Uint8Array): string {
  return lenientUtf8.decode(bytes);
}

/**
 * A NUL byte among the first `BINARY_SNIFF_BYTES`. In Node the bytes are a Buffer, whose
 * `subarray` is a Buffer too and whose `indexOf` is native (several times faster than a typed
 * array's `includes`); in a browser it is the typed array's own search.
 */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, Math.min(bytes.length, BINARY_SNIFF_BYTES)).indexOf(0) >= 0;
}

/** Removes a leading byte-order mark from text that was decoded elsewhere (e.g. an editor buffer). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
