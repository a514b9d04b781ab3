// A slow consumer for piped output: reads stdin 4 KiB at a time with a pause after each read (a
// pager, a slow network), and writes everything it read to the file named by its argument.
/* global require, process, Buffer */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain script, run without a loader
const fs = require('node:fs');

const [, , outFile] = process.argv;
const pause = new Int32Array(new SharedArrayBuffer(4));
const buffer = Buffer.alloc(4096);
const chunks = [];
for (;;) {
  let n;
  try {
    n = fs.readSync(0, buffer, 0, buffer.length, null);
  } catch (error) {
    if (error.code === 'EAGAIN') {
      Atomics.wait(pause, 0, 0, 1);
      continue;
    }
    throw error;
  }
  if (n === 0) break;
  chunks.push(Buffer.from(buffer.subarray(0, n)));
  Atomics.wait(pause, 0, 0, 1);
}
fs.writeFileSync(outFile, Buffer.concat(chunks));
