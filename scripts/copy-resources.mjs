#!/usr/bin/env node
// Copies the files the app ships beside its code into resources/: the Noto Sans Devanagari fonts the printed
// documents use (Devanagari and Latin subsets, weights 400/600/700) and the font's licence.
// Run by scripts/build.mjs; the copies are committed too, so the CLI and tests find them without a build.
// At run time the app finds them at <app root>/resources/fonts (inside app.asar when packaged).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = path.join(root, 'node_modules', '@fontsource', 'noto-sans-devanagari');
const dest = path.join(root, 'resources', 'fonts');

export const FONT_FILES = ['devanagari', 'latin'].flatMap((subset) =>
  [400, 600, 700].map((weight) => `noto-sans-devanagari-${subset}-${weight}-normal.woff2`),
);

export function copyResources({ quiet = false } = {}) {
  fs.mkdirSync(dest, { recursive: true });
  const pairs = [...FONT_FILES.map((f) => [path.join(pkg, 'files', f), f]), [path.join(pkg, 'LICENSE'), 'OFL.txt']];
  let copied = 0;
  for (const [from, name] of pairs) {
    if (!fs.existsSync(from)) throw new Error(`missing ${from}: run npm ci first`);
    const to = path.join(dest, name);
    const data = fs.readFileSync(from);
    if (fs.existsSync(to) && fs.readFileSync(to).equals(data)) continue;
    fs.writeFileSync(to, data);
    copied++;
  }
  if (!quiet) console.log(`resources/fonts: ${copied ? `${copied} file(s) updated` : 'up to date'}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) copyResources();
