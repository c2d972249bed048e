/**
 * Fixtures for the desk's UI tests: a bridge of our own per test (`npx tsx electron/web/main.ts --data <tmp>`),
 * its address read from the line it prints, and page objects that act like a munshi.
 */
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';

export interface BridgeProc {
  url: string;
  dataDir: string;
  proc: ChildProcess;
}

export async function startBridge(dataDir: string): Promise<BridgeProc> {
  const proc = spawn('npx', ['tsx', 'electron/web/main.ts', '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`bridge did not start: ${err}`)), 60_000);
    proc.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    proc.on('exit', (code) => reject(new Error(`bridge exited ${code}: ${err}`)));
  });
  return { url, dataDir, proc };
}

/** Runs the CLI over a data folder (to seed data the way a munshi's colleague would). */
export function cli(dataDir: string, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['scripts/cli.mjs', '--data', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (c: Buffer) => (out += c.toString()));
    p.stderr.on('data', (c: Buffer) => (err += c.toString()));
    p.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`cli ${args.join(' ')} exited ${code}: ${err}`))));
  });
}

/** Saves a screenshot a human can look at: test-results/screens/<name>.png (and attaches it to the report). */
export async function shot(page: Page, testInfo: TestInfo, name: string) {
  const file = path.join('test-results', 'screens', `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.waitForTimeout(150);
  await page.screenshot({ path: file, fullPage: false });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

/** No serious or critical accessibility findings on the current screen. */
export async function expectAccessible(page: Page, what: string) {
  const r = await new AxeBuilder({ page }).analyze();
  const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map(
      (v) =>
        `${what}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' ') + ' ' + (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200))
          .join(' | ')}`,
    ),
  ).toEqual([]);
}

export class Desk {
  constructor(readonly page: Page) {}
  nav(name: 'dashboard' | 'inbox' | 'register' | 'new' | 'firs' | 'search' | 'settings') {
    return this.page.getByTestId(`nav-${name}`).click();
  }
  async firstRun(station = 'गगहा', operator = 'राजेश तिवारी') {
    const p = this.page;
    await p.getByLabel('थाने का नाम').fill(station);
    await p.getByLabel('पहले ऑपरेटर का नाम (थानाध्यक्ष)').fill(operator);
    await p.getByRole('button', { name: 'शुरू करें' }).click();
    await expect(p.getByTestId('operator')).toContainText(operator);
  }
  async pasteIntoInbox(text: string) {
    await this.page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', t);
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }));
    }, text);
  }
}

interface Fixtures {
  bridge: BridgeProc;
  desk: Desk;
  /** What the data folder holds before the page opens: nothing (first run), or the CLI's demo month. */
  seed: 'none' | 'demo';
}

export const test = base.extend<Fixtures>({
  seed: ['none', { option: true }],
  bridge: async ({ seed }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thana-e2e-'));
    if (seed === 'demo') await cli(dataDir, 'demo');
    const b = await startBridge(dataDir);
    await use(b);
    b.proc.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
  desk: async ({ page, bridge }, use) => {
    await page.goto(bridge.url);
    await use(new Desk(page));
  },
});

export { expect };
