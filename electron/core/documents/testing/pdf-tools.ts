/**
 * Reading a PDF as a reader would, with poppler-utils: its text, its fonts, its pages, a page as PNG.
 * Test use only. Note: pdftotext may put a Devanagari pre-base vowel sign (ि) in a different place than
 * typed, so tests compare on robust substrings (digits, Latin, words without pre-base matras).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 << 20 });

export function pdfText(file: string, opts: { page?: number; layout?: boolean } = {}): string {
  const args = [
    ...(opts.layout === false ? [] : ['-layout']),
    ...(opts.page ? ['-f', String(opts.page), '-l', String(opts.page)] : []),
    file,
    '-',
  ];
  return run('pdftotext', args);
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const parts = l.trim().split(/\s+/);
      // name type... encoding emb sub uni object ID: "emb" is the 5th field from the end
      return { name: parts[0], type: parts.slice(1, parts.length - 6).join(' '), embedded: parts[parts.length - 5] === 'yes' };
    });
}

export function pdfPages(file: string): number {
  const m = /^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]));
  return m ? Number(m[1]) : 0;
}

export function pdfPageSize(file: string): { width: number; height: number } {
  const m = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(run('pdfinfo', [file]));
  return m ? { width: Number(m[1]), height: Number(m[2]) } : { width: 0, height: 0 };
}

/** Renders one page to PNG (60 dpi by default) and returns its path. */
export function pdfPagePng(file: string, page: number, outPrefix: string, dpi = 60): string {
  fs.mkdirSync(path.dirname(outPrefix), { recursive: true });
  run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, outPrefix]);
  return `${outPrefix}.png`;
}

/** Where tests leave the PNGs of their documents, for a person to look at. */
export const PNG_DIR = path.join(os.tmpdir(), 'thana-document-pngs');

/** Whitespace folded, so words broken over table-cell lines can be found. */
export const squash = (s: string) => s.replace(/\s+/g, ' ');
