/** The only bridge into the page: invoke(channel, input) for contract channels, nothing else. */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../contract/index';
import { IPC_INVOKE } from '../shared/security-policy';

const allowed = new Set<string>(CHANNELS);

contextBridge.exposeInMainWorld('thana', {
  invoke(channel: string, input: unknown) {
    if (!allowed.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown_channel', message: `अज्ञात चैनल / unknown channel ${channel}` } });
    }
    return ipcRenderer.invoke(IPC_INVOKE, channel, input);
  },
});
