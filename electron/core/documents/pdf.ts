/**
 * HTML -> PDF with Chromium through playwright-core (CLI and tests). The desktop app prints the same HTML
 * with Electron's printToPDF instead. playwright-core is imported lazily so the core loads without it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import type { PrintSetup } from './page-setup';

export interface Printer {
  /** Prints `html` to `outPath` (written to a temp name and renamed, so a failed print leaves no half file). */
  print(html: string, outPath: string, setup: PrintSetup): Promise<void>;
  close(): Promise<void>;
}

export async function openPrinter(executablePath = findChromium()): Promise<Printer> {
  const { chromium } = await import('playwright-core');
  const browser: Browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  return {
    async print(html, outPath, setup) {
      const page = await browser.newPage();
      try {
        // No network: the document is self-contained (fonts inlined); anything else it asks for is refused.
        await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const tmp = `${outPath}.${process.pid}.part`;
        fs.mkdirSync(path.dirname(path.resolve(outPath)), { recursive: true });
        await page.pdf({
          path: tmp,
          preferCSSPageSize: true,
          printBackground: true,
          landscape: setup.landscape,
          displayHeaderFooter: true,
          headerTemplate: setup.headerTemplate,
          footerTemplate: setup.footerTemplate,
        });
        fs.renameSync(tmp, outPath);
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/** One document, one browser: what the CLI does. */
export async function printPdf(html: string, outPath: string, setup: PrintSetup): Promise<void> {
  const printer = await openPrinter();
  try {
    await printer.print(html, outPath, setup);
  } finally {
    await printer.close();
  }
}
