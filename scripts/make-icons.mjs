#!/usr/bin/env node
// Draws the app icon (a red cloth-bound register with "थाना" on its label) and writes the files the
// installers use: build/icons/512x512.png, build/icons/256x256.png (Linux) and build/icon.ico (Windows).
// Needs Debian's ImageMagick (`apt-get install -y imagemagick`); the text is set by Pango (HarfBuzz shaping)
// in Noto Sans Devanagari Bold, taken from @fontsource's WOFF file. The outputs are committed: run this only
// to change the design.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'build');
const CONVERT = ['/usr/bin/convert', 'convert'].find((c) =>
  spawnSync(c, ['-version'], { encoding: 'utf8' }).stdout?.includes('ImageMagick'),
);
if (!CONVERT) {
  console.error('ImageMagick not found: apt-get install -y imagemagick');
  process.exit(1);
}

/** WOFF 1.0 -> TrueType: inflate each table and write a plain sfnt (ImageMagick/fontconfig cannot read WOFF). */
function woffToTtf(woff) {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 file');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = [];
  for (let i = 0; i < numTables; i++) {
    const e = 44 + i * 20;
    const [tag, offset, compLength, origLength, checksum] = [0, 4, 8, 12, 16].map((o) => woff.readUInt32BE(e + o));
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({ tag, checksum, data: compLength < origLength ? zlib.inflateSync(raw) : raw });
  }
  const pow2 = 2 ** Math.floor(Math.log2(numTables));
  const head = Buffer.alloc(12 + 16 * numTables);
  head.writeUInt32BE(flavor, 0);
  head.writeUInt16BE(numTables, 4);
  head.writeUInt16BE(pow2 * 16, 6);
  head.writeUInt16BE(Math.log2(pow2), 8);
  head.writeUInt16BE(numTables * 16 - pow2 * 16, 10);
  const bodies = [];
  let offset = head.length;
  tables.forEach((t, i) => {
    head.writeUInt32BE(t.tag, 12 + i * 16);
    head.writeUInt32BE(t.checksum, 16 + i * 16);
    head.writeUInt32BE(offset, 20 + i * 16);
    head.writeUInt32BE(t.data.length, 24 + i * 16);
    const padded = Buffer.alloc(Math.ceil(t.data.length / 4) * 4);
    t.data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([head, ...bodies]);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thana-icons-'));
const fontsDir = path.join(tmp, 'fonts');
fs.mkdirSync(fontsDir);
const woff = path.join(root, 'node_modules/@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-700-normal.woff');
fs.writeFileSync(path.join(fontsDir, 'NotoSansDevanagari-Bold.ttf'), woffToTtf(fs.readFileSync(woff)));
// Pango finds fonts through fontconfig: a private configuration that knows only this font.
const fcConf = path.join(tmp, 'fonts.conf');
fs.writeFileSync(
  fcConf,
  `<?xml version="1.0"?>\n<fontconfig><dir>${fontsDir}</dir><cachedir>${path.join(tmp, 'cache')}</cachedir></fontconfig>\n`,
);
const env = { ...process.env, FONTCONFIG_FILE: fcConf };

function magick(args) {
  const r = spawnSync(CONVERT, args, { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`convert ${args.join(' ')}\n${r.stderr}`);
}

// The word, shaped by Pango, trimmed to its ink.
const word = path.join(tmp, 'word.png');
magick([
  '-background',
  'none',
  '-fill',
  '#14305a',
  '-density',
  '72',
  'pango:<span font_desc="Noto Sans Devanagari Bold 80">थाना</span>',
  '-trim',
  '+repage',
  word,
]);

// 512 x 512, drawn on a tile so it reads on light and dark desktops.
const big = path.join(tmp, 'icon-512.png');
magick([
  '-size',
  '512x512',
  'xc:none',
  // tile
  '-fill',
  '#1d3b6a',
  '-draw',
  'roundrectangle 16,16 495,495 92,92',
  // page block peeking out at the right and bottom edge
  '-fill',
  '#f4ecd6',
  '-draw',
  'roundrectangle 128,92 424,446 14,14',
  '-stroke',
  '#cdbf9a',
  '-strokewidth',
  '3',
  '-draw',
  'line 412,110 412,430',
  '-draw',
  'line 146,434 408,434',
  '-stroke',
  'none',
  // cover and spine
  '-fill',
  '#a4282c',
  '-draw',
  'roundrectangle 100,70 404,430 18,18',
  '-fill',
  '#6e171b',
  '-draw',
  'roundrectangle 100,70 156,430 18,18',
  '-draw',
  'rectangle 138,70 156,430',
  '-fill',
  '#e2b84f',
  '-draw',
  'rectangle 100,118 156,128',
  '-draw',
  'rectangle 100,372 156,382',
  // label
  '-fill',
  '#fbf5e6',
  '-stroke',
  '#e2b84f',
  '-strokewidth',
  '6',
  '-draw',
  'roundrectangle 180,146 380,290 14,14',
  '-stroke',
  'none',
  // title lines under the label
  '-fill',
  '#e2b84f',
  '-draw',
  'roundrectangle 196,324 364,334 5,5',
  '-draw',
  'roundrectangle 220,352 340,362 5,5',
  word,
  '-gravity',
  'center',
  '-geometry',
  '+24-38',
  '-composite',
  '-strip',
  '-depth',
  '8',
  big,
]);

fs.mkdirSync(path.join(out, 'icons'), { recursive: true });
fs.copyFileSync(big, path.join(out, 'icons', '512x512.png'));
magick([big, '-filter', 'Lanczos', '-resize', '256x256', '-strip', '-depth', '8', path.join(out, 'icons', '256x256.png')]);
// Windows wants every size in one .ico; small sizes are resampled from the big one.
magick([big, '-filter', 'Lanczos', '-define', 'icon:auto-resize=256,128,64,48,32,24,16', path.join(out, 'icon.ico')]);
fs.rmSync(tmp, { recursive: true, force: true });
console.log('wrote build/icons/512x512.png, build/icons/256x256.png, build/icon.ico');
