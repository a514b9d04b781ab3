#!/usr/bin/env node
// Draws media/icon.png (128x128): "1:1" in white on an indigo rounded square. Written as a PNG
// with zlib by hand so that the icon can be regenerated without image tools:
//   node scripts/make-icon.js
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZE = 128;
const BACKGROUND = [57, 73, 171]; // indigo
const ACCENT = [255, 202, 40]; // amber underline
const FOREGROUND = [255, 255, 255];

// 5x7 glyphs: "1" and ":".
const ONE = ['..X..', '.XX..', 'X.X..', '..X..', '..X..', '..X..', 'XXXXX'];
const COLON = ['..', 'XX', 'XX', '..', 'XX', 'XX', '..'];

const SCALE = 7;
const glyphs = [ONE, COLON, ONE];
const GAP = 1;
const textWidth = glyphs.reduce((w, g) => w + g[0].length, 0) + GAP * (glyphs.length - 1);
const originX = Math.round((SIZE - textWidth * SCALE) / 2);
const originY = Math.round((SIZE - 7 * SCALE) / 2) - 6;

function insideText(x, y) {
  const gy = Math.floor((y - originY) / SCALE);
  if (gy < 0 || gy >= 7) return false;
  let left = originX;
  for (const glyph of glyphs) {
    const width = glyph[0].length * SCALE;
    if (x >= left && x < left + width) return glyph[gy][Math.floor((x - left) / SCALE)] === 'X';
    left += width + GAP * SCALE;
  }
  return false;
}

function insideRoundedSquare(x, y, inset, radius) {
  const min = inset;
  const max = SIZE - inset;
  if (x < min || x > max || y < min || y > max) return false;
  const cx = Math.min(Math.max(x, min + radius), max - radius);
  const cy = Math.min(Math.max(y, min + radius), max - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideUnderline(x, y) {
  const top = originY + 7 * SCALE + 10;
  return y >= top && y < top + 6 && x >= originX && x < originX + textWidth * SCALE;
}

// 4x4 supersampling for smooth corners.
const pixels = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  const row = y * (SIZE * 4 + 1);
  pixels[row] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    let coverage = 0;
    const color = [0, 0, 0];
    for (let sy = 0; sy < 4; sy++) {
      for (let sx = 0; sx < 4; sx++) {
        const px = x + (sx + 0.5) / 4;
        const py = y + (sy + 0.5) / 4;
        if (!insideRoundedSquare(px, py, 4, 24)) continue;
        coverage++;
        const c = insideText(px, py) ? FOREGROUND : insideUnderline(px, py) ? ACCENT : BACKGROUND;
        for (let i = 0; i < 3; i++) color[i] += c[i];
      }
    }
    const offset = row + 1 + x * 4;
    for (let i = 0; i < 3; i++) pixels[offset + i] = coverage ? Math.round(color[i] / coverage) : 0;
    pixels[offset + 3] = Math.round((coverage / 16) * 255);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(pixels, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);

const out = path.join(__dirname, '..', 'media', 'icon.png');
fs.writeFileSync(out, png);
console.log(`wrote ${path.relative(process.cwd(), out)} (${png.length} bytes)`);
