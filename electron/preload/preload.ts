/**
 * The only bridge into the page: contract channels, nothing else. The page never hands main a path to write:
 * saving goes through main's save dialog, reading through its open dialog or a real drop, whose path the preload
 * takes from the File itself and registers with main (a File the page made up has no path).
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { CHANNELS, events } from '../contract/index';
import {
  APP_ORIGIN,
  IPC_EVENT,
  IPC_GRANT_DROP,
  IPC_INVOKE,
  IPC_OPEN_FILES,
  IPC_PICK_FOLDER,
  IPC_SAVE_DOWNLOAD,
  IPC_SAVE_PDF,
  IPC_WINDOW_KEY,
} from '../shared/security-policy';

const allowed = new Set<string>(CHANNELS);
const unknown = (channel: string) =>
  Promise.resolve({ ok: false, error: { code: 'unknown_channel', message: `अज्ञात चैनल / unknown channel ${channel}` } });

/** This window's desk key, asked once: evidence URLs carry it (a <video src> cannot send headers). */
let windowKey: string | null = null;
const keyOfWindow = () => (windowKey ??= String(ipcRenderer.sendSync(IPC_WINDOW_KEY) ?? ''));

contextBridge.exposeInMainWorld('thana', {
  invoke(channel: string, input: unknown) {
    if (!allowed.has(channel)) return unknown(channel);
    return ipcRenderer.invoke(IPC_INVOKE, channel, input);
  },
  /** Renders a document channel's HTML to PDF in the main process and asks where to save it. */
  savePdf(channel: string, input: unknown, name: string) {
    return ipcRenderer.invoke(IPC_SAVE_PDF, channel, input, name);
  },
  /** Saves what a download channel makes where the user chooses (main's save dialog). */
  saveDownload(channel: string, input: unknown) {
    if (!allowed.has(channel)) return unknown(channel);
    return ipcRenderer.invoke(IPC_SAVE_DOWNLOAD, channel, input);
  },
  /** Main's open dialog for a channel that reads files; the chosen paths are granted to this window. */
  openFiles(channel: string, options: unknown) {
    if (!allowed.has(channel)) return unknown(channel);
    return ipcRenderer.invoke(IPC_OPEN_FILES, channel, options);
  },
  /** Main's folder dialog (the backup folder); the folder is granted to this window. */
  pickFolder() {
    return ipcRenderer.invoke(IPC_PICK_FOLDER);
  },
  /** The real path of a dropped or picked file, registered with main so import.files may read it in place. */
  pathForFile(file: File): string {
    let p = '';
    try {
      p = webUtils.getPathForFile(file);
    } catch {
      return ''; // not a File at all
    }
    if (!p) return '';
    return ipcRenderer.sendSync(IPC_GRANT_DROP, p) === true ? p : '';
  },
  /** Where the page loads a stored evidence file from, for this window's desk. */
  evidenceUrl(sha256: string): string {
    return `${APP_ORIGIN}/evidence/${encodeURIComponent(sha256)}?s=${encodeURIComponent(keyOfWindow())}`;
  },
  /** Subscribes to contract push events; returns an unsubscribe function. */
  onEvent(listener: (name: string, payload: unknown) => void): () => void {
    const handler = (_e: unknown, name: string, payload: unknown) => {
      if (Object.prototype.hasOwnProperty.call(events, name)) listener(name, payload);
    };
    ipcRenderer.on(IPC_EVENT, handler);
    return () => ipcRenderer.removeListener(IPC_EVENT, handler);
  },
});
