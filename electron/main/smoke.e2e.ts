/**
 * Electron smoke test (Playwright `_electron`): the real shell, main + preload + renderer, with a fresh data folder.
 *
 *   npm run smoke:electron                      # the dev app: node_modules/electron's binary (builds first)
 *   THANA_ELECTRON_EXE=release/linux-unpacked/thana-register npm run smoke:electron   # a packaged app
 *
 * Where no Electron binary exists (our development machines: it cannot be downloaded here) every test reports
 * itself SKIPPED with the reason — never passed. The release workflow runs it against the packaged executable.
 * Not a vitest file (*.e2e.ts); run by playwright.electron.config.ts.
 */
import { test, expect, _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KEY_WORKER_FALLBACK } from '../core/ingest/chat-source';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PACKAGED = process.env.THANA_ELECTRON_EXE;

/**
 * The executable to launch: THANA_ELECTRON_EXE (a packaged app), else the binary of the `electron` package.
 * Reads node_modules/electron/path.txt the way `require('electron')` does, without its fallback that tries to
 * download Electron (which hangs or fails offline).
 */
function electronExecutable(): { exe: string | null; why: string } {
  if (PACKAGED) return { exe: path.resolve(PACKAGED), why: '' }; // asked for explicitly: a missing file must fail, not skip
  const dir = path.join(ROOT, 'node_modules', 'electron');
  const pathTxt = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathTxt)) {
    return {
      exe: null,
      why: 'no Electron binary here (node_modules/electron was installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); set THANA_ELECTRON_EXE or install Electron to run it',
    };
  }
  const exe = path.join(dir, 'dist', fs.readFileSync(pathTxt, 'utf8').trim());
  return fs.existsSync(exe) ? { exe, why: '' } : { exe: null, why: `Electron binary missing: ${exe}` };
}

/**
 * The dev binary runs the app from this folder, so better-sqlite3 must be built for Electron's ABI. It is built
 * for Node until the packaging step rebuilds it; say so instead of failing on a crash at start.
 */
function nativeModuleProblem(bin: string): string {
  const probe = spawnSync(bin, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    timeout: 60_000,
  });
  if (probe.status === 0) return '';
  return `better-sqlite3 is not built for this Electron (run \`npx @electron/rebuild -f -w better-sqlite3\`, and \`npm rebuild better-sqlite3\` afterwards for the Node tests): ${(probe.stderr || String(probe.error ?? '')).split('\n').find((l) => l.trim()) ?? ''}`;
}

const found = electronExecutable();
const abiProblem = found.exe && !PACKAGED ? nativeModuleProblem(found.exe) : '';
const exe = abiProblem ? null : found.exe;
const why = abiProblem || found.why;

type Answer = Promise<{ ok: boolean; value?: any; error?: { code: string; message: string } }>;
type Bridge = {
  thana: {
    invoke(channel: string, input: unknown): Answer;
    openFiles(channel: string, options: unknown): Answer;
    saveDownload(channel: string, input: unknown): Answer;
  };
};

test.describe('Electron smoke test', () => {
  test.skip(!exe, `SKIPPED: ${why}`);
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;
  /** Files the user hands the app live outside its data folder, which no channel may read or write. */
  let outside: string;

  test.beforeAll(async () => {
    if (!PACKAGED && process.env.THANA_SMOKE_NO_BUILD !== '1') {
      const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
      expect(built.status, `node scripts/build.mjs\n${built.stdout}\n${built.stderr}`).toBe(0);
    }
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thana-smoke-'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'thana-smoke-files-'));
    // The app's own environment, minus what would send it elsewhere (THANA_DATA) or make it plain Node.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        (e): e is [string, string] => e[1] !== undefined && e[0] !== 'THANA_DATA' && e[0] !== 'ELECTRON_RUN_AS_NODE',
      ),
    );
    app = await electron.launch({
      executablePath: exe!,
      // The dev binary needs the app folder ('.'); a packaged app carries its own app.asar.
      args: [...(PACKAGED ? [] : ['.']), '--data', dataDir],
      cwd: ROOT,
      env,
      timeout: 60_000,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    if (outside) fs.rmSync(outside, { recursive: true, force: true });
  });

  test('opens one window from app:// with context isolation, the sandbox and no Node in the page', async () => {
    const main = await app.evaluate(({ BrowserWindow }) => {
      const wins = BrowserWindow.getAllWindows();
      const wc = wins[0].webContents as unknown as { getURL(): string; getLastWebPreferences?: () => Record<string, unknown> | null };
      const prefs = typeof wc.getLastWebPreferences === 'function' ? wc.getLastWebPreferences() : undefined;
      return { count: wins.length, url: wc.getURL(), prefs };
    });
    expect(main.count).toBe(1);
    expect(main.url).toMatch(/^app:\/\/thana\//);
    expect(
      main.prefs,
      'webContents.getLastWebPreferences() (undocumented) is gone: find another way to read the window’s preferences',
    ).toBeTruthy();
    expect(main.prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });

    // The same seen from the page: no require/process, only the contract bridge.
    const seen = await page.evaluate(() => ({
      require: typeof (globalThis as Record<string, unknown>).require,
      process: typeof (globalThis as Record<string, unknown>).process,
      bridge: Object.keys((window as unknown as Bridge).thana ?? {}).sort(),
    }));
    expect(seen.require).toBe('undefined');
    expect(seen.process).toBe('undefined');
    expect(seen.bridge).toContain('invoke');
  });

  test('sets up the station and writes a register entry through the preload bridge', async () => {
    const init = await page.evaluate(() =>
      (window as unknown as Bridge).thana.invoke('station.init', { name: 'गगहा', district: 'गोरखपुर', operator: 'राजेश तिवारी' }),
    );
    expect(init, JSON.stringify(init)).toMatchObject({ ok: true });

    const created = await page.evaluate(() =>
      (window as unknown as Bridge).thana.invoke('entries.create', {
        receivedAt: '2025-01-08T10:32',
        mode: 'whatsapp-group',
        source: 'थाना गगहा सूचना',
        informant: { name: 'रामप्रीत यादव', phone: '9839047125' },
        summary: 'रेलवे क्रॉसिंग पर युवक की पिटाई',
      }),
    );
    expect(created, JSON.stringify(created)).toMatchObject({ ok: true, value: { year: 2025, serial: 1 } });

    const got = await page.evaluate((id) => (window as unknown as Bridge).thana.invoke('entries.get', { id }), created.value.id);
    expect(got).toMatchObject({ ok: true, value: { summary: 'रेलवे क्रॉसिंग पर युवक की पिटाई' } });

    // A channel outside the contract never reaches the main process.
    const refused = await page.evaluate(() => (window as unknown as Bridge).thana.invoke('fs.readFile', { path: '/etc/passwd' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });

    // The data went to the folder given by --data (the migrations were found inside the app).
    expect(fs.existsSync(path.join(dataDir, 'register.sqlite'))).toBe(true);
  });

  test('saves the month’s register as a PDF through printToPDF (the save dialog answered by the test)', async () => {
    const out = path.join(outside, 'register-2025-01.pdf');
    await app.evaluate(({ dialog }, file) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
    }, out);
    const res = await page.evaluate(
      (bridge) =>
        (window as unknown as { thana: { savePdf(c: string, i: unknown, n: string): Promise<unknown> } }).thana.savePdf(
          bridge.channel,
          bridge.input,
          'register',
        ),
      { channel: 'documents.registerHtml', input: { month: '2025-01' } },
    );
    expect(res, JSON.stringify(res)).toMatchObject({ ok: true, value: { path: out } });
    expect(fs.readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  test('imports a 2 MB chat with the key worker running from inside the app (no fall-back to one thread)', async () => {
    const stderr: string[] = [];
    app.process().stderr?.on('data', (d) => stderr.push(String(d)));
    const lines = [
      '08/01/25, 10:02 am - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.',
    ];
    for (let i = 0; i < 20_000; i++)
      lines.push(`08/01/25, 10:${String(10 + (i % 50)).padStart(2, '0')} am - HC Suresh Nishad: बीट ${i} पर सब सामान्य है, गश्त जारी`);
    const chat = path.join(outside, 'WhatsApp Chat with बीट 4.txt');
    fs.writeFileSync(chat, lines.join('\n'));
    expect(fs.statSync(chat).size).toBeGreaterThan(1024 * 1024);
    // A path the page names by itself is refused; the one the user picks in the open dialog is read.
    const named = await page.evaluate(
      (file) => (window as unknown as Bridge).thana.invoke('import.files', { paths: [file], source: 'बीट 4' }),
      chat,
    );
    expect(named).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await app.evaluate(({ dialog }, file) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [file] })) as typeof dialog.showOpenDialog;
    }, chat);
    const picked = await page.evaluate(() => (window as unknown as Bridge).thana.openFiles('import.files', { multiple: true }));
    expect(picked).toMatchObject({ ok: true, value: { paths: [chat] } });
    const res = await page.evaluate(
      (file) => (window as unknown as Bridge).thana.invoke('import.files', { paths: [file], source: 'बीट 4' }),
      chat,
    );
    expect(res, JSON.stringify(res)).toMatchObject({ ok: true, value: { userMessages: 20_000, systemMessages: 1, newMessages: 20_001 } });
    expect(stderr.join('')).not.toContain(KEY_WORKER_FALLBACK);
  });

  test('saves the register as CSV where the save dialog says (a download channel), never inside the data folder', async () => {
    const inside = path.join(dataDir, 'x.csv');
    await app.evaluate(({ dialog }, file) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
    }, inside);
    const month = { from: '2025-01-01', to: '2025-01-31' };
    const refused = await page.evaluate((input) => (window as unknown as Bridge).thana.saveDownload('exchange.exportCsv', input), month);
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const out = path.join(outside, 'register.csv');
    await app.evaluate(({ dialog }, file) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
    }, out);
    const saved = await page.evaluate((input) => (window as unknown as Bridge).thana.saveDownload('exchange.exportCsv', input), month);
    expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true, value: { path: out, rows: 1 } });
    expect(fs.readFileSync(out, 'utf8')).toContain('रेलवे क्रॉसिंग पर युवक की पिटाई');
  });
});
