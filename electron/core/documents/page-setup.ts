/**
 * Page set-up shared by every printer of our documents: Playwright's page.pdf (CLI, tests) and Electron's
 * webContents.printToPDF (the app) take the same footer template and honour the CSS @page size and margins.
 */

export interface PrintSetup {
  landscape: boolean;
  /** Chromium footer: page "X / Y" and the seal on every page. Needs its own inline font size. */
  footerTemplate: string;
  headerTemplate: string;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The footer is drawn in the page's bottom margin by Chromium itself, outside the document and its fonts,
 * so it carries only Latin text and digits: "Seal 1a2b3c4d…e5f6 · 3 / 7".
 */
export function footerTemplate(label: string): string {
  return (
    `<div style="font-size:8px;font-family:sans-serif;width:100%;margin:0 10mm;display:flex;justify-content:space-between;color:#333">` +
    `<span>${esc(label)}</span>` +
    `<span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`
  );
}

export function printSetup(kind: 'register' | 'summary' | 'certificate', seal: string | null): PrintSetup {
  const label = seal ? `Thana Register · seal ${seal.slice(0, 16)}…${seal.slice(-8)}` : 'Thana Register';
  return { landscape: kind !== 'certificate', footerTemplate: footerTemplate(label), headerTemplate: '<div></div>' };
}
