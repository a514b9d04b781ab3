/**
 * Injected into the web bundle in place of Node's global `Buffer` (esbuild `inject`), which a
 * web worker does not have. Only gray-matter touches it: `Buffer.from(text)` keeps a copy of
 * the input it never reads back for us. Anything else reaching for a Buffer fails loudly.
 */
export const Buffer = {
  from(value: unknown): Uint8Array {
    if (typeof value === 'string') return new TextEncoder().encode(value);
    throw new Error('Buffer.from is only available for strings in the web extension.');
  },
  isBuffer(): boolean {
    return false;
  },
};
