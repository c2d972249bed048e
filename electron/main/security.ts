import { app, session, type BrowserWindow, type WebContents } from 'electron';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY } from '../shared/security-policy';

export const isAppUrl = (url: string) => url.startsWith(`${APP_ORIGIN}/`) || url === APP_ORIGIN;

/** Denies navigation away from the app, new windows, permission requests and remote content. */
export function harden(win: BrowserWindow): void {
  const wc: WebContents = win.webContents;
  wc.on('will-navigate', (e, url) => {
    if (!isAppUrl(url)) e.preventDefault();
  });
  wc.on('will-redirect', (e, url) => {
    if (!isAppUrl(url)) e.preventDefault();
  });
  wc.setWindowOpenHandler(() => ({ action: 'deny' }));
  wc.on('will-attach-webview', (e) => e.preventDefault());
}

export function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // Only our own scheme is ever loaded; anything remote is cancelled before it leaves the PC.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const ok =
      isAppUrl(details.url) || details.url.startsWith('devtools://') || details.url.startsWith('data:') || details.url.startsWith('blob:');
    callback({ cancel: !ok });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    // A response that declares its own policy keeps it: an evidence file's `default-src 'none'; sandbox` is stricter.
    const own = Object.keys(details.responseHeaders ?? {}).some((k) => k.toLowerCase() === 'content-security-policy');
    if (own) return callback({ responseHeaders: details.responseHeaders });
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  app.on('web-contents-created', (_e, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (ev, url) => {
      if (!isAppUrl(url)) ev.preventDefault();
    });
  });
}
