import type { Channel, ContractError, EventName, EventPayload, Input, Output, Result } from '../../../electron/contract/index';
import { neutraliseBidiDeep } from '../../../electron/shared/text/bidi';

type Invoke = (channel: string, input: unknown) => Promise<Result<unknown>>;

interface ThanaPreload {
  invoke: Invoke;
  pathForFile?: (file: File) => string;
  onEvent?: (listener: (name: string, payload: unknown) => void) => () => void;
  savePdf?: (channel: string, input: unknown, name: string) => Promise<Result<{ path: string | null }>>;
}

declare global {
  interface Window {
    thana?: ThanaPreload;
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

const preload = window.thana;
const token = preload ? '' : bridgeToken();

function httpInvoke(): Invoke {
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
const invoke: Invoke = preload?.invoke ?? httpInvoke();

export const isElectron = !!preload;

export class CallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    /** The whole error as the register sent it: its text in each language and every invalid field. */
    readonly detail?: ContractError,
  ) {
    super(message);
  }
}

export async function call<C extends Channel>(channel: C, input?: Input<C>): Promise<Output<C>> {
  const r = await invoke(channel, input);
  if (!r.ok) throw new CallError(r.error.code, r.error.message, r.error.field, r.error);
  // Text from other people's phones cannot reorder what the desk shows (a file "\u202Efdp.exe" reading as "exe.pdf").
  return neutraliseBidiDeep(r.value) as Output<C>;
}

// ---------- push events ----------

type Listener = (name: EventName, payload: unknown) => void;
const listeners = new Set<Listener>();
let source: EventSource | null = null;

function ensureEventSource() {
  if (preload?.onEvent || source) return;
  source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
  source.addEventListener('import.progress', (e) => {
    const payload = JSON.parse((e as MessageEvent<string>).data) as unknown;
    for (const l of listeners) l('import.progress', payload);
  });
}

export function onEvent<E extends EventName>(name: E, fn: (payload: EventPayload<E>) => void): () => void {
  const l: Listener = (n, p) => {
    if (n === name) fn(neutraliseBidiDeep(p) as EventPayload<E>);
  };
  if (preload?.onEvent) return preload.onEvent((n, p) => l(n as EventName, p));
  ensureEventSource();
  listeners.add(l);
  return () => listeners.delete(l);
}

// ---------- files ----------

/** Where the page may load an evidence file from (a <video>, <img> or <audio> src). */
export function evidenceUrl(sha256: string): string {
  return preload ? `app://thana/evidence/${sha256}` : `/evidence/${sha256}?token=${encodeURIComponent(token)}`;
}

export interface ImportOptions {
  source: string;
  token: string;
  onUploadProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

function upload(file: File, signal: AbortSignal | undefined, onProgress: (loaded: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', `/api/upload?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('X-Thana-Token', token);
    xhr.upload.onprogress = (e) => onProgress(e.loaded);
    xhr.onload = () => {
      try {
        const r = JSON.parse(xhr.responseText) as Result<{ path: string }>;
        if (r.ok) resolve(r.value.path);
        else reject(new CallError(r.error.code, r.error.message, r.error.field, r.error));
      } catch {
        reject(new CallError('internal', `upload failed (${xhr.status})`));
      }
    };
    xhr.onerror = () => reject(new CallError('internal', 'upload failed'));
    xhr.onabort = () => reject(new CallError('cancelled', 'cancelled'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}

/**
 * Imports dropped or picked files. In Electron the files are read in place (their real paths);
 * in the browser they are first uploaded to the bridge, which hands back paths only it accepts.
 */
export async function importFiles(files: File[], opts: ImportOptions): Promise<Output<'import.files'>> {
  let paths: string[];
  if (preload?.pathForFile) {
    paths = files.map((f) => preload.pathForFile!(f));
  } else {
    const total = files.reduce((n, f) => n + f.size, 0);
    let before = 0;
    paths = [];
    for (const f of files) {
      paths.push(await upload(f, opts.signal, (loaded) => opts.onUploadProgress?.(before + loaded, total)));
      before += f.size;
    }
  }
  return call('import.files', { paths, source: opts.source, token: opts.token });
}

/** In the desktop app: the document printed to PDF by Electron and saved where the munshi chooses. */
export const canSavePdf = (): boolean => !!window.thana?.savePdf;

export async function savePdf<C extends 'documents.registerHtml' | 'documents.summaryHtml' | 'documents.certificateHtml'>(
  channel: C,
  input: Input<C>,
  name: string,
): Promise<string | null> {
  const r = await window.thana!.savePdf!(channel, input, name);
  if (!r.ok) throw new CallError(r.error.code, r.error.message, r.error.field, r.error);
  return r.value.path;
}
