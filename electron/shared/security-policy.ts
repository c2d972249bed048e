/** The app's own origin inside Electron (a privileged custom scheme, not file://). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://thana`;

/**
 * Strict CSP for the renderer: only our own scripts, no eval, no remote anything.
 * Media and images may come from blob:/data: (thumbnails) and from our own evidence URLs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The single IPC channel the preload forwards contract calls on. */
export const IPC_INVOKE = 'thana:invoke';

/** Push events (import progress) from main to the page. */
export const IPC_EVENT = 'thana:event';

/** Save a document as PDF (Electron only): the preload forwards a document channel and its input. */
export const IPC_SAVE_PDF = 'thana:save-pdf';

/** The window's own desk key (sync, once, from the preload): it rides in evidence URLs, which cannot send headers. */
export const IPC_WINDOW_KEY = 'thana:window-key';

/** Save what a download channel makes: main asks where (save dialog) and writes it there. */
export const IPC_SAVE_DOWNLOAD = 'thana:save-download';

/** Open files for a channel that reads them: main shows the open dialog and grants the chosen paths to the window. */
export const IPC_OPEN_FILES = 'thana:open-files';

/** Choose a folder (the backup folder): main shows the folder dialog and grants it to the window. */
export const IPC_PICK_FOLDER = 'thana:pick-folder';

/** A file dropped on the window (sync, from the preload): its real path is granted to the window for reading. */
export const IPC_GRANT_DROP = 'thana:grant-drop';
