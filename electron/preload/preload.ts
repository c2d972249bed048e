/** The only bridge into the page: invoke(channel, input) for contract channels, nothing else. */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { CHANNELS, events } from '../contract/index';
import { IPC_EVENT, IPC_INVOKE, IPC_SAVE_PDF } from '../shared/security-policy';

const allowed = new Set<string>(CHANNELS);

contextBridge.exposeInMainWorld('thana', {
  invoke(channel: string, input: unknown) {
    if (!allowed.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown_channel', message: `अज्ञात चैनल / unknown channel ${channel}` } });
    }
    return ipcRenderer.invoke(IPC_INVOKE, channel, input);
  },
  /** Renders a document channel's HTML to PDF in the main process and asks where to save it. */
  savePdf(channel: string, input: unknown, name: string) {
    return ipcRenderer.invoke(IPC_SAVE_PDF, channel, input, name);
  },
  /** The real path of a dropped or picked file, so import.files reads it in place. */
  pathForFile(file: File): string {
    return webUtils.getPathForFile(file);
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
