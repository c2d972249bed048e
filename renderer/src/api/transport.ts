import type { Channel, Contract, ContractError, EventName, EventPayload, Input, Output, Result } from '../../../electron/contract/index';
import { neutraliseBidiDeep } from '../../../electron/shared/text/bidi';

type Invoke = (channel: string, input: unknown) => Promise<Result<unknown>>;

/** Channels that write one file for the caller (a CSV): a download in the browser, a save dialog in the app. */
export type DownloadChannel = { [C in Channel]: Contract[C] extends { download: object } ? C : never }[Channel];
/** Channels that read files the caller names. */
export type ReadingChannel = { [C in Channel]: Contract[C] extends { reads: readonly string[] } ? C : never }[Channel];

export interface OpenFilesOptions {
  multiple?: boolean;
  filters?: { name: string; extensions: string[] }[];
}

interface ThanaPreload {
  invoke: Invoke;
  pathForFile?: (file: File) => string;
  onEvent?: (listener: (name: string, payload: unknown) => void) => () => void;
  savePdf?: (channel: string, input: unknown, name: string) => Promise<Result<{ path: string | null }>>;
  evidenceUrl?: (sha256: string) => string;
  saveDownload?: (channel: string, input: unknown) => Promise<Result<{ path: string | null }>>;
  openFiles?: (channel: string, options: OpenFilesOptions) => Promise<Result<{ paths: string[] }>>;
  pickFolder?: () => Promise<Result<{ path: string | null }>>;
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

// ---------- this tab's sign-in (browser bridge) ----------

/**
 * The bridge signs in each tab for itself: auth.login answers with a session id, kept for this tab only
 * (sessionStorage) and sent with every call. In the desktop app the main process keeps one per window.
 */
const SESSION_KEY = 'thana-session';
let session = preload ? '' : (sessionStorage.getItem(SESSION_KEY) ?? '');
function setSession(id: string) {
  if (id === session) return;
  session = id;
  if (id) sessionStorage.setItem(SESSION_KEY, id);
  else sessionStorage.removeItem(SESSION_KEY);
  // The event stream belongs to a session: open it again under the new one.
  if (source) {
    source.close();
    source = null;
    if (listeners.size) ensureEventSource();
  }
}

const headers = (): Record<string, string> => ({ 'X-Thana-Token': token, ...(session ? { 'X-Thana-Session': session } : {}) });

/** A refusal from the bridge itself (wrong token, another origin, too large) comes as JSON too; anything else is said plainly. */
async function resultOf(res: Response): Promise<Result<unknown>> {
  try {
    return (await res.json()) as Result<unknown>;
  } catch {
    return {
      ok: false,
      error: { code: 'internal', message: `सर्वर का उत्तर पढ़ा नहीं गया / unreadable answer from the bridge (${res.status})` },
    };
  }
}

function httpInvoke(): Invoke {
  return async (channel, input) => {
    const res = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers() },
      body: JSON.stringify({ channel, input }),
    });
    const result = await resultOf(res);
    const issued = res.headers.get('X-Thana-Session');
    if (issued) setSession(issued);
    if (channel === 'auth.logout') setSession('');
    return result;
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

const lockListeners = new Set<() => void>();

/** Called whenever the register answers 'locked' (signed out elsewhere, or idle too long): the desk shows the lock screen. */
export function onLocked(fn: () => void): () => void {
  lockListeners.add(fn);
  return () => lockListeners.delete(fn);
}

function refused(r: Extract<Result<unknown>, { ok: false }>): never {
  if (r.error.code === 'locked') {
    setSession('');
    for (const l of lockListeners) l();
  }
  throw new CallError(r.error.code, r.error.message, r.error.field, r.error);
}

export async function call<C extends Channel>(channel: C, input?: Input<C>): Promise<Output<C>> {
  const r = await invoke(channel, input);
  if (!r.ok) refused(r);
  // Text from other people's phones cannot reorder what the desk shows (a file "\u202Efdp.exe" reading as "exe.pdf").
  return neutraliseBidiDeep(r.value) as Output<C>;
}

// ---------- push events ----------

type Listener = (name: EventName, payload: unknown) => void;
const listeners = new Set<Listener>();
let source: EventSource | null = null;

function ensureEventSource() {
  if (preload?.onEvent || source) return;
  source = new EventSource(`/api/events?token=${encodeURIComponent(token)}${session ? `&session=${encodeURIComponent(session)}` : ''}`);
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

/**
 * Where the page may load an evidence file from (a <video>, <img> or <audio> src). It cannot send headers, so the
 * tab's session rides in the address; the file is refused once this tab is locked.
 */
export function evidenceUrl(sha256: string): string {
  if (preload) return preload.evidenceUrl?.(sha256) ?? `app://thana/evidence/${sha256}`;
  return `/evidence/${sha256}?token=${encodeURIComponent(token)}${session ? `&session=${encodeURIComponent(session)}` : ''}`;
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
    for (const [k, v] of Object.entries(headers())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => onProgress(e.loaded);
    xhr.onload = () => {
      let r: Result<{ path: string }>;
      try {
        r = JSON.parse(xhr.responseText) as Result<{ path: string }>;
      } catch {
        reject(new CallError('internal', `अपलोड नहीं हुआ / upload failed (${xhr.status})`));
        return;
      }
      if (r.ok) resolve(r.value.path);
      else {
        try {
          refused(r);
        } catch (e) {
          reject(e as Error);
        }
      }
    };
    xhr.onerror = () => reject(new CallError('internal', 'अपलोड नहीं हुआ / upload failed'));
    xhr.onabort = () => reject(new CallError('cancelled', 'रोका गया / cancelled'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}

/**
 * Imports dropped or picked files. In Electron the files are read in place (their real paths, which the preload
 * registers with the main process as handed over by the user); in the browser they are first uploaded to the
 * bridge, which hands back paths only it accepts.
 */
export async function importFiles(files: File[], opts: ImportOptions): Promise<Output<'import.files'>> {
  let paths: string[];
  if (preload?.pathForFile) {
    paths = files.map((f) => preload.pathForFile!(f)).filter(Boolean);
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

/** The file name a download answer offers (RFC 6266 filename*, else filename). */
function nameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="([^"]*)"/i.exec(header)?.[1] ?? null;
}

/**
 * Saves what a download channel makes (the register as CSV). In the desktop app the main process asks where and
 * writes it there; in the browser the bridge streams it as a download. Returns where it went (the desktop app's
 * path, the browser's file name), or null when the save dialog was cancelled.
 */
export async function saveDownload<C extends DownloadChannel>(channel: C, input: Input<C>): Promise<string | null> {
  if (preload) {
    if (!preload.saveDownload) throw new CallError('internal', 'यह सुविधा इस संस्करण में नहीं / not available in this version');
    const r = await preload.saveDownload(channel, input);
    if (!r.ok) refused(r);
    return r.value.path;
  }
  const res = await fetch('/api/download', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers() },
    body: JSON.stringify({ channel, input }),
  });
  if (!res.ok || (res.headers.get('Content-Type') ?? '').startsWith('application/json')) {
    const r = await resultOf(res);
    if (!r.ok) refused(r);
    throw new CallError('internal', `डाउनलोड नहीं हुआ / download failed (${res.status})`);
  }
  const name = nameFromDisposition(res.headers.get('Content-Disposition')) ?? 'download';
  const url = URL.createObjectURL(await res.blob());
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.style.display = 'none';
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return name;
}

/** In the desktop app: files and folders are chosen in the system's own dialogs. */
export const canPickFiles = (): boolean => !!preload?.openFiles;
export const canPickFolder = (): boolean => !!preload?.pickFolder;

/**
 * Desktop app only: the open dialog, for a channel that reads files. The chosen paths are granted to this window,
 * so the channel may then read them; returns them ([] when cancelled).
 */
export async function openFiles<C extends ReadingChannel>(channel: C, options: OpenFilesOptions = {}): Promise<string[]> {
  if (!preload?.openFiles) throw new CallError('internal', 'फ़ाइल चुनना केवल डेस्कटॉप ऐप में / choosing files needs the desktop app');
  const r = await preload.openFiles(channel, options);
  if (!r.ok) refused(r);
  return r.value.paths;
}

/** Desktop app only: the folder picker (a backup folder); the folder is granted to this window. Null when cancelled. */
export async function pickFolder(): Promise<string | null> {
  if (!preload?.pickFolder) throw new CallError('internal', 'फ़ोल्डर चुनना केवल डेस्कटॉप ऐप में / choosing a folder needs the desktop app');
  const r = await preload.pickFolder();
  if (!r.ok) refused(r);
  return r.value.path;
}

/** In the desktop app: the document printed to PDF by Electron and saved where the munshi chooses. */
export const canSavePdf = (): boolean => !!window.thana?.savePdf;

export async function savePdf<C extends 'documents.registerHtml' | 'documents.summaryHtml' | 'documents.certificateHtml'>(
  channel: C,
  input: Input<C>,
  name: string,
): Promise<string | null> {
  const r = await window.thana!.savePdf!(channel, input, name);
  if (!r.ok) refused(r);
  return r.value.path;
}
