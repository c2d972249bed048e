/**
 * The Electron shell: lifecycle, one secure window, the app:// protocol and IPC wiring.
 * No business logic here: every call goes through the same dispatch as the CLI and the browser bridge.
 */
import { app, BrowserWindow, ipcMain, protocol, net } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { appPaths } from '../core/app-paths';
import { dispatch } from '../core/dispatch';
import { defaultDataDir, makeCtx, openDataFolder, type DataFolder } from '../core/data-folder';
import { DeskSession } from '../core/session';
import { setFontDir } from '../core/register/fonts';
import { maybeAutoBackup } from '../core/backup/service';
import { APP_SCHEME, IPC_EVENT, IPC_INVOKE } from '../shared/security-policy';
import type { Ctx } from '../core/context';
import { harden, hardenSession, isAppUrl } from './security';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);

let folder: DataFolder | null = null;
const appRoot = () => app.getAppPath();
/** Renderer, preload, migrations and fonts: inside app.asar when packaged, the repository in development. */
const paths = () => appPaths(appRoot());

function dataDirFromArgs(): string {
  const i = process.argv.indexOf('--data');
  return i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : defaultDataDir();
}

function serveRenderer() {
  const root = paths().renderer;
  protocol.handle(APP_SCHEME, (req) => {
    const url = new URL(req.url);
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.normalize(path.join(root, rel));
    if (!file.startsWith(root + path.sep)) return new Response('forbidden', { status: 403 });
    return net.fetch(pathToFileURL(file).toString());
  });
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
