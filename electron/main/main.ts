/**
 * The Electron shell: lifecycle, one secure window, the app:// protocol and IPC wiring.
 * No business logic here: every call goes through the same dispatch as the CLI and the browser bridge.
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, net, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { appPaths } from '../core/app-paths';
import { dispatch } from '../core/dispatch';
import { dispatchToFile, downloadPlan } from '../core/downloads';
import { defaultDataDir, makeCtx, openDataFolder, type DataFolder } from '../core/data-folder';
import { DeskSessions } from '../core/session';
import { GrantedFiles, openRequest } from '../core/file-grants';
import { checkNewFile } from '../core/file-access';
import { AppError } from '../core/errors';
import { serveEvidence } from '../core/evidence/serve';
import { setFontDir } from '../core/documents/fonts';
import { setMigrationsFolder } from '../../db/client';
import { maybeAutoBackup } from '../core/backup/service';
import {
  APP_SCHEME,
  IPC_EVENT,
  IPC_GRANT_DROP,
  IPC_INVOKE,
  IPC_OPEN_FILES,
  IPC_PICK_FOLDER,
  IPC_SAVE_DOWNLOAD,
  IPC_SAVE_PDF,
  IPC_WINDOW_KEY,
} from '../shared/security-policy';
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

/**
 * Each window is a desk of its own: who is signed in there (its key also rides in its evidence URLs, which cannot
 * send headers) and the files its user handed it (dialogs and drops): the only paths a channel may read or write in.
 */
interface WindowDesk {
  key: string;
  files: GrantedFiles;
}
let desks: DeskSessions | null = null;
const windows = new Map<number, WindowDesk>();

function deskOf(wc: WebContents): WindowDesk | null {
  return windows.get(wc.id) ?? null;
}

const REFUSED = { ok: false, error: { code: 'forbidden', message: 'अनधिकृत स्रोत / call from outside the app refused' } } as const;

/** The calling window's desk, if the call comes from our own page in one of our windows. */
function callerDesk(event: IpcMainInvokeEvent | IpcMainEvent): WindowDesk | null {
  if (!isAppUrl(event.senderFrame?.url ?? '')) return null;
  return deskOf(event.sender);
}

/** The context a call from this window runs with: its operator (the call keeps the sign-in alive), its files. */
function ctxOf(f: DataFolder, w: WindowDesk): Omit<Ctx, 'channel'> {
  return makeCtx(f, desks!.desk(w.key).operator(), () => new Date(), w.files);
}

function serveRenderer() {
  const root = paths().renderer;
  protocol.handle(APP_SCHEME, (req) => {
    const url = new URL(req.url);
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    } catch {
      return new Response('अनुरोध का पता अमान्य है / malformed address', { status: 400 });
    }
    if (rel.startsWith('evidence/')) {
      const f = folder;
      if (!f || !desks) return new Response('रजिस्टर अभी खुला नहीं / the register is not open yet', { status: 503 });
      // Refused unless the window whose key this is has someone signed in (the same rule as the browser bridge).
      const operator = desks.desk(url.searchParams.get('s')).peek();
      return serveEvidence(req, { db: f.db, dataDir: f.dir, operator }, rel.slice('evidence/'.length));
    }
    if (rel.startsWith('print/')) {
      const html = printJobs.get(rel.slice('print/'.length));
      return html ? new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }) : new Response('gone', { status: 404 });
    }
    const file = path.normalize(path.join(root, rel));
    if (rel.includes('\0') || !file.startsWith(root + path.sep)) return new Response('यह फ़ाइल नहीं दी जाती / forbidden', { status: 403 });
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
    try {
      // Never into the register's own folder; replacing a file is what the user chose in the dialog.
      fs.writeFileSync(checkNewFile(filePath, { dataDir: folder!.dir, overwrite: true }), pdf);
    } catch (e) {
      const code = e instanceof AppError ? e.code : 'internal';
      return { ok: false, error: { code, message: `PDF सहेजा नहीं गया / PDF not saved: ${(e as Error).message}` } };
    }
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
  const wcId = win.webContents.id;
  windows.set(wcId, { key: desks!.open(), files: new GrantedFiles() });
  win.webContents.once('destroyed', () => {
    desks?.close(windows.get(wcId)?.key);
    windows.delete(wcId);
  });
  win.once('ready-to-show', () => win.show());
  await win.loadURL(`${APP_SCHEME}://thana/index.html`);
}

app.whenReady().then(async () => {
  hardenSession();
  serveRenderer();
  // Documents embed the Devanagari font from the shipped resources (the bundle has no import.meta.url).
  setFontDir(paths().fonts);
  setMigrationsFolder(paths().migrations);
  folder = openDataFolder(dataDirFromArgs(), { migrationsFolder: paths().migrations });
  const f = folder;
  desks = new DeskSessions(f.db);
  ipcMain.on(IPC_WINDOW_KEY, (event) => {
    event.returnValue = callerDesk(event)?.key ?? '';
  });
  ipcMain.handle(IPC_INVOKE, async (event, channel: unknown, input: unknown) => {
    // Only our own page may call in; a frame loaded from anywhere else gets nothing.
    const w = callerDesk(event);
    if (!w) return REFUSED;
    const sender = event.sender;
    const emit: NonNullable<Ctx['emit']> = (name, payload) => {
      if (!sender.isDestroyed()) sender.send(IPC_EVENT, name, payload);
    };
    const result = await dispatch({ ...ctxOf(f, w), emit }, String(channel), input);
    desks!.desk(w.key).observe(String(channel), result);
    return result;
  });
  // Save as PDF: the page asks for a document channel; main renders and prints it, nothing else.
  ipcMain.handle(IPC_SAVE_PDF, async (event, channel: unknown, input: unknown, name: unknown) => {
    const w = callerDesk(event);
    if (!w) return REFUSED;
    if (!['documents.registerHtml', 'documents.summaryHtml', 'documents.certificateHtml'].includes(String(channel))) {
      return { ok: false, error: { code: 'unknown_channel', message: `दस्तावेज़ नहीं / not a document: ${String(channel)}` } };
    }
    const r = await dispatch(ctxOf(f, w), String(channel), input);
    if (!r.ok) return r;
    const owner = BrowserWindow.fromWebContents(event.sender);
    if (!owner) return { ok: false, error: { code: 'internal', message: 'खिड़की नहीं / no window' } };
    return savePdf(
      owner,
      r.value as { html: string; print: PrintSetup },
      `${String(name || 'document').replace(/[^\p{L}\p{N}_.-]+/gu, '-')}.pdf`,
    );
  });
  // A download channel (the CSV): refused before the dialog if it would be refused anyway; then written where the
  // user chose, replacing a file there because the user chose it.
  ipcMain.handle(IPC_SAVE_DOWNLOAD, async (event, channel: unknown, input: unknown) => {
    const w = callerDesk(event);
    const owner = BrowserWindow.fromWebContents(event.sender);
    if (!w || !owner) return REFUSED;
    const plan = downloadPlan({ operator: desks!.desk(w.key).peek() }, String(channel), input);
    if (!plan.ok) return plan;
    const ext = path.extname(plan.value.name).slice(1);
    const { canceled, filePath } = await dialog.showSaveDialog(owner, {
      defaultPath: plan.value.name,
      filters: ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [],
    });
    if (canceled || !filePath) return { ok: true, value: { path: null } };
    return dispatchToFile(ctxOf(f, w), plan.value.channel, input, filePath, { overwrite: true });
  });
  // Files for a channel that reads them: what the user picks is granted to this window, nothing else.
  ipcMain.handle(IPC_OPEN_FILES, async (event, channel: unknown, options: unknown) => {
    const w = callerDesk(event);
    const owner = BrowserWindow.fromWebContents(event.sender);
    if (!w || !owner) return REFUSED;
    const req = openRequest(channel, options);
    if (!req.ok) return req;
    const { canceled, filePaths } = await dialog.showOpenDialog(owner, {
      properties: req.value.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      filters: req.value.filters,
    });
    if (canceled) return { ok: true, value: { paths: [] } };
    for (const p of filePaths) w.files.grantRead(p);
    return { ok: true, value: { paths: filePaths } };
  });
  // A folder (the backup folder): granted to this window for making files in, and for reading back.
  ipcMain.handle(IPC_PICK_FOLDER, async (event) => {
    const w = callerDesk(event);
    const owner = BrowserWindow.fromWebContents(event.sender);
    if (!w || !owner) return REFUSED;
    const { canceled, filePaths } = await dialog.showOpenDialog(owner, { properties: ['openDirectory', 'createDirectory'] });
    if (canceled || !filePaths[0]) return { ok: true, value: { path: null } };
    w.files.grantFolder(filePaths[0]);
    return { ok: true, value: { path: filePaths[0] } };
  });
  // A real drop: the preload read the path from the File itself (webUtils); a File the page made up has none.
  ipcMain.on(IPC_GRANT_DROP, (event, p: unknown) => {
    const w = callerDesk(event);
    const ok = !!w && typeof p === 'string' && path.isAbsolute(p);
    if (ok) w.files.grantRead(p);
    event.returnValue = ok;
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
