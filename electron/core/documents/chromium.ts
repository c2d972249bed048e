/**
 * Where the Chromium that prints our PDFs is. THANA_CHROMIUM wins; then Debian's /usr/bin/chromium and the
 * usual Linux names; on Windows the installed Edge (always present on Windows 10/11) or Chrome; on macOS
 * Chrome, Chromium or Edge. The desktop app prints with Electron's own printToPDF and does not need this.
 */
import fs from 'node:fs';
import path from 'node:path';

export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  const out: string[] = [];
  if (env.THANA_CHROMIUM) out.push(env.THANA_CHROMIUM);
  if (platform === 'win32') {
    const w = path.win32;
    const pf = env.ProgramFiles ?? 'C:\\Program Files';
    const pf86 = env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)';
    const local = env.LOCALAPPDATA;
    out.push(
      w.join(pf86, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      w.join(pf, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      w.join(pf, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      w.join(pf86, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    );
    if (local)
      out.push(
        w.join(local, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        w.join(local, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      );
  } else if (platform === 'darwin') {
    out.push(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    );
  } else {
    out.push(
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/usr/bin/microsoft-edge',
      '/snap/bin/chromium',
    );
  }
  return out;
}

export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (p: string) => boolean = fs.existsSync,
): string {
  const candidates = chromiumCandidates(env, platform);
  const found = candidates.find((p) => exists(p));
  if (!found) {
    throw new Error(
      `PDF बनाने के लिए Chromium / Edge / Chrome नहीं मिला; THANA_CHROMIUM में उसका पथ दें / no Chromium, Edge or Chrome found to print the PDF; set THANA_CHROMIUM (looked in: ${candidates.join(', ')})`,
    );
  }
  return found;
}

/** Flags that work as root in a container and keep a headless print quiet and offline. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
