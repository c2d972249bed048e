import type { Channel, Input, Output, Result } from '../../../electron/contract/index';

type Invoke = (channel: string, input: unknown) => Promise<Result<unknown>>;

declare global {
  interface Window {
    thana?: { invoke: Invoke };
  }
}

/** The bridge token arrives in the address once; keep it for this tab and take it out of the address bar. */
function bridgeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem('thana-token', fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
  }
  return sessionStorage.getItem('thana-token') ?? '';
}

function httpInvoke(): Invoke {
  const token = bridgeToken();
  return async (channel, input) => {
    const res = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Thana-Token': token },
      body: JSON.stringify({ channel, input }),
    });
    return (await res.json()) as Result<unknown>;
  };
}

/** IPC when the Electron preload is there, the browser bridge otherwise. */
const invoke: Invoke = window.thana?.invoke ?? httpInvoke();

export class CallError extends Error {
  constructor(readonly code: string, message: string, readonly field?: string) {
    super(message);
  }
}

export async function call<C extends Channel>(channel: C, input?: Input<C>): Promise<Output<C>> {
  const r = await invoke(channel, input);
  if (!r.ok) throw new CallError(r.error.code, r.error.message, r.error.field);
  return r.value as Output<C>;
}
