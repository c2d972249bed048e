/**
 * Noto Sans Devanagari for the printed documents, inlined as data: URLs so the HTML needs no files and
 * Chromium embeds the font in the PDF (its HarfBuzz shapes the conjuncts; no JS PDF library does).
 * Devanagari + Latin subsets, weights 400 and 700, from @fontsource/noto-sans-devanagari (the same files are
 * copied into resources/fonts for the packaged app).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FONT_FAMILY = 'Noto Sans Devanagari';

const SUBSETS = [
  { subset: 'devanagari', range: 'U+0900-097F,U+1CD0-1CF9,U+200C-200D,U+20A8,U+20B9,U+20F0,U+25CC,U+A830-A839,U+A8E0-A8FF,U+11B00-11B09' },
  {
    subset: 'latin',
    range:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
] as const;
const WEIGHTS = [400, 700] as const;

export const fontFileName = (subset: string, weight: number) => `noto-sans-devanagari-${subset}-${weight}-normal.woff2`;

let configured: string | null = null;
let cached: { dir: string; css: string } | null = null;

/** The packaged app tells us where its fonts are (appPaths(root).fonts); THANA_FONT_DIR overrides everything. */
export function setFontDir(dir: string | null): void {
  configured = dir;
  cached = null;
}

function repoRoot(): string | null {
  try {
    return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  } catch {
    return null; // bundled as CommonJS: no import.meta.url; the shell calls setFontDir
  }
}

export function fontDirCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const roots = [repoRoot(), process.cwd()].filter((r): r is string => !!r);
  return [
    env.THANA_FONT_DIR,
    configured,
    ...roots.flatMap((r) => [
      path.join(r, 'node_modules', '@fontsource', 'noto-sans-devanagari', 'files'),
      path.join(r, 'resources', 'fonts'),
    ]),
  ].filter((d): d is string => !!d);
}

export function findFontDir(): string {
  const need = fontFileName('devanagari', 400);
  const dir = fontDirCandidates().find((d) => fs.existsSync(path.join(d, need)));
  if (!dir) {
    throw new Error(
      `हिंदी फ़ॉन्ट नहीं मिला / Noto Sans Devanagari not found (looked in ${fontDirCandidates().join(', ')}); set THANA_FONT_DIR`,
    );
  }
  return dir;
}

/** @font-face rules with the woff2 files inlined. Read once per process. */
export function fontFaceCss(): string {
  const dir = findFontDir();
  if (cached?.dir === dir) return cached.css;
  const rules: string[] = [];
  for (const weight of WEIGHTS) {
    for (const { subset, range } of SUBSETS) {
      const data = fs.readFileSync(path.join(dir, fontFileName(subset, weight))).toString('base64');
      rules.push(
        `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${weight};font-display:block;` +
          `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range};}`,
      );
    }
  }
  cached = { dir, css: rules.join('\n') };
  return cached.css;
}
