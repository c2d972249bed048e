/**
 * The Electron shell: lifecycle, one secure window, the app:// protocol and IPC wiring.
 * No business logic here: every call goes through the same dispatch as the CLI and the browser bridge.
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, net } from 'electron';
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { appPaths } from '../core/app-paths';
import { dispatch } from '../core/dispatch';
import { defaultDataDir, makeCtx, openDataFolder, type DataFolder } from '../core/data-folder';
import { DeskSession } from '../core/session';
import { setFontDir } from '../core/documents/fonts';
import { maybeAutoBackup } from '../core/backup/service';
import { APP_SCHEME, IPC_EVENT, IPC_INVOKE, IPC_SAVE_PDF } from '../shared/security-policy';
import type { Ctx } from '../core/context';
import { harden, hardenSession, isAppUrl } from './security';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

let folder: DataFolder | null = null;
const appRoot = () => app.getAppPath();
/** Renderer, preload, migrations and fonts: inside app.asar when packaged, the repository in development. */
const paths = () => appPaths(appRoot());

function dataDirFromArgs(): string {
  const i = process.argv.indexOf('--data');
  return i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : defaultDataDir();
}

/** Documents waiting to be printed to PDF, served once at app://thana/print/<id>.html. */
const printJobs = new Map<string, string>();

/** Streams a stored evidence file, honouring Range so the <video> element can seek. */
function serveEvidence(req: Request, sha: string): Response {
  const f = folder;
  if (!f || !/^[0-9a-f]{64}$/.test(sha)) return new Response('not found', { status: 404 });
  const row = f.db.sqlite.prepare('SELECT mime, size FROM evidence WHERE sha256 = ?').get(sha) as
    { mime: string; size: number } | undefined;
  const file = path.join(f.dir, 'evidence', sha.slice(0, 2), sha.slice(2, 4), sha);
  if (!row || !fs.existsSync(file)) return new Response('not found', { status: 404 });
  const m = /^bytes=(\d*)-(\d*)$/.exec(req.headers.get('range') ?? '');
  const start = m && m[1] ? Number(m[1]) : 0;
  const end = m && m[2] ? Math.min(Number(m[2]), row.size - 1) : row.size - 1;
  if (start > end) return new Response('range', { status: 416, headers: { 'Content-Range': `bytes */${row.size}` } });
  const body = Readable.toWeb(fs.createReadStream(file, { start, end })) as ReadableStream;
  const headers = { 'Content-Type': row.mime, 'Content-Length': String(end - start + 1), 'Accept-Ranges': 'bytes' };
  return m
    ? new Response(body, { status: 206, headers: { ...headers, 'Content-Range': `bytes ${start}-${end}/${row.size}` } })
    : new Response(body, { status: 200, headers });
}

function serveRenderer() {
  const root = paths().renderer;
  protocol.handle(APP_SCHEME, (req) => {
    const url = new URL(req.url);
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    if (rel.startsWith('evidence/')) return serveEvidence(req, rel.slice('evidence/'.length));
    if (rel.startsWith('print/')) {
      const html = printJobs.get(rel.slice('print/'.length));
      return html ? new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }) : new Response('gone', { status: 404 });
    }
    const file = path.normalize(path.join(root, rel));
    if (!file.startsWith(root + path.sep)) return new Response('forbidden', { status: 403 });
    return net.fetch(pathToFileURL(file).toString());
  });
}

type PrintSetup = { landscape: boolean; headerTemplate: string; footerTemplate: string };

/**
 * Saves a document as PDF the way the CLI does (Chromium, the Devanagari font embedded, page X / Y in the
 * footer): renders it in a hidden, script-less window, prints it, and asks where to save.
 */
async function savePdf(owner: BrowserWindow, doc: { html: string; print: PrintSetup }, suggestedName: string) {
  const id = `${randomUUID()}.html`;
  printJobs.set(id, doc.html);
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, disableBlinkFeatures: 'Auxclick' },
  });
  try {
    await win.loadURL(`${APP_SCHEME}://thana/print/${id}`);
    const pdf = await win.webContents.printToPDF({
      landscape: doc.print.landscape,
      displayHeaderFooter: true,
      headerTemplate: doc.print.headerTemplate,
      footerTemplate: doc.print.footerTemplate,
      printBackground: true,
      preferCSSPageSize: true,
    });
    const { canceled, filePath } = await dialog.showSaveDialog(owner, {
      defaultPath: suggestedName,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (canceled || !filePath) return { ok: true, value: { path: null } };
    fs.writeFileSync(filePath, pdf);
    return { ok: true, value: { path: filePath } };
  } finally {
    printJobs.delete(id);
    win.destroy();
  }
}

async function createWindow() {
  const win = new BrowserWindow({
    width: 1366,
    height: 820,
    title: 'थाना शिकायत रजिस्टर',
    show: false,
    // Written out here, not spread from a constant, so the security scanner in CI can read every setting.
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      preload: paths().preload,
    },
  });
  harden(win);
  win.once('ready-to-show', () => win.show());
  await win.loadURL(`${APP_SCHEME}://thana/index.html`);
}

app.whenReady().then(async () => {
  hardenSession();
  serveRenderer();
  // Documents embed the Devanagari font from the shipped resources (the bundle has no import.meta.url).
  setFontDir(paths().fonts);
  folder = openDataFolder(dataDirFromArgs(), { migrationsFolder: paths().migrations });
  const f = folder;
  const session = new DeskSession(f.db);
  ipcMain.handle(IPC_INVOKE, async (event, channel: unknown, input: unknown) => {
    // Only our own page may call in; a frame loaded from anywhere else gets nothing.
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isAppUrl(frameUrl)) return { ok: false, error: { code: 'forbidden', message: 'अनधिकृत स्रोत / call from outside the app refused' } };
    const sender = event.sender;
    const emit: NonNullable<Ctx['emit']> = (name, payload) => {
      if (!sender.isDestroyed()) sender.send(IPC_EVENT, name, payload);
    };
    const result = await dispatch({ ...makeCtx(f, session.operator()), emit }, String(channel), input);
    session.observe(String(channel), result);
    return result;
  });
  // Save as PDF: the page asks for a document channel; main renders and prints it, nothing else.
  ipcMain.handle(IPC_SAVE_PDF, async (event, channel: unknown, input: unknown, name: unknown) => {
    if (!isAppUrl(event.senderFrame?.url ?? ''))
      return { ok: false, error: { code: 'forbidden', message: 'अनधिकृत स्रोत / call from outside the app refused' } };
    if (!['documents.registerHtml', 'documents.summaryHtml', 'documents.certificateHtml'].includes(String(channel))) {
      return { ok: false, error: { code: 'unknown_channel', message: `not a document: ${String(channel)}` } };
    }
    const r = await dispatch(makeCtx(f, session.operator()), String(channel), input);
    if (!r.ok) return r;
    const owner = BrowserWindow.fromWebContents(event.sender);
    if (!owner) return { ok: false, error: { code: 'internal', message: 'no window' } };
    return savePdf(
      owner,
      r.value as { html: string; print: PrintSetup },
      `${String(name || 'document').replace(/[^\p{L}\p{N}_.-]+/gu, '-')}.pdf`,
    );
  });
  // One backup a day while the app is open, to the folder the SHO chose; failures are recorded and shown.
  const autoBackup = () => void maybeAutoBackup({ db: f.db, dataDir: f.dir, now: () => new Date() }).catch(() => undefined);
  autoBackup();
  setInterval(autoBackup, 60 * 60 * 1000).unref();
  await createWindow();
});

app.on('window-all-closed', () => {
  folder?.close();
  app.quit();
});
