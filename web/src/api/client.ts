// The dashboard's only way to data: HTTP calls to /api/v1 (ARCHITECTURE.md: web/ talks to api/ over
// HTTP only). The API key, when the server needs one, lives in this tab's sessionStorage and is sent
// as a Bearer token; answers are cached per key, so signing out (or in as another account) drops
// every cached answer and nothing of another account is ever shown.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

export const API = '/api/v1';
const KEY_STORAGE = 'clearway.apiKey';

/** An error answer of the API ({ error: { code, message, messageZh } }) or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageZh: string,
    /** The whole JSON body (e.g. a refused action's document with its rule errors). */
    readonly body: unknown = null,
  ) {
    super(message);
  }
}

let apiKey: string | null = sessionStorage.getItem(KEY_STORAGE);
let generation = 0;
/** Bumped only when the key changes: answers of an older session are never shown again. */
let session = 0;
const cache = new Map<string, Promise<unknown>>();
const listeners = new Set<() => void>();

function changed(): void {
  generation += 1;
  cache.clear();
  for (const l of listeners) l();
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes whenever the key changes or data is invalidated (components re-fetch). */
export function useGeneration(): number {
  return useSyncExternalStore(subscribeSession, () => generation);
}

export function hasApiKey(): boolean {
  return apiKey !== null;
}

export function setApiKey(key: string | null): void {
  apiKey = key;
  session += 1;
  if (key === null) sessionStorage.removeItem(KEY_STORAGE);
  else sessionStorage.setItem(KEY_STORAGE, key);
  changed();
}

/** Drops cached answers after a change (an import, a recorded promotion, an Outlet submission). */
export function invalidate(): void {
  changed();
}

export function authHeaders(): Record<string, string> {
  return apiKey ? { authorization: `Bearer ${apiKey}` } : {};
}

async function errorOf(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON
  }
  const error = (body as { error?: { code?: string; message?: string; messageZh?: string } } | null)?.error;
  return new ApiError(
    response.status,
    error?.code ?? `HTTP_${response.status}`,
    error?.message ?? response.statusText,
    error?.messageZh ?? error?.message ?? response.statusText,
    body,
  );
}

/** One call; non-2xx answers throw ApiError (404 NOT_FOUND of a route that does not exist included). */
export async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = { accept: 'application/json', ...authHeaders(), ...(init.headers as Record<string, string>) };
  let response: Response;
  try {
    response = await fetch(`${API}${path}`, { ...init, headers });
  } catch (error) {
    throw new ApiError(0, 'NETWORK', String(error), String(error));
  }
  if (!response.ok) throw await errorOf(response);
  return (await response.json()) as T;
}

export function postJson<T>(path: string, body: unknown): Promise<T> {
  return request<T>(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** A cached GET: the same path asked twice under one key is fetched once. */
export function cachedGet<T>(path: string): Promise<T> {
  let promise = cache.get(path) as Promise<T> | undefined;
  if (!promise) {
    promise = request<T>(path);
    cache.set(path, promise);
    promise.catch(() => cache.delete(path));
  }
  return promise;
}

export interface Loaded<T> {
  readonly data: T | null;
  readonly error: ApiError | null;
  readonly loading: boolean;
  /** When the data arrived (performance.now()), for the benchmark's "after the API answered". */
  readonly receivedAt: number | null;
}

/** GETs `path` (null: nothing yet) and re-renders with its data or error; refetches after invalidate(). */
export function useApi<T>(path: string | null): Loaded<T> & { reload: () => void } {
  const gen = useGeneration();
  const [nonce, setNonce] = useState(0);
  const ask = path === null ? null : `${session}|${gen}|${nonce}|${path}`;
  const [state, setState] = useState<Loaded<T> & { ask: string | null }>({
    data: null,
    error: null,
    loading: false,
    receivedAt: null,
    ask: null,
  });
  const reload = useCallback(() => {
    if (path) cache.delete(path);
    setNonce((n) => n + 1);
  }, [path]);
  useEffect(() => {
    if (path === null || ask === null) return;
    let live = true;
    cachedGet<T>(path).then(
      (data) => {
        if (live) setState({ data, error: null, loading: false, receivedAt: performance.now(), ask });
      },
      (error: unknown) => {
        if (!live) return;
        const apiError = error instanceof ApiError ? error : new ApiError(0, 'ERROR', String(error), String(error));
        setState({ data: null, error: apiError, loading: false, receivedAt: null, ask });
      },
    );
    return () => {
      live = false;
    };
  }, [path, ask]);
  if (ask === null) return { data: null, error: null, loading: false, receivedAt: null, reload };
  if (state.ask !== ask) {
    // Reloading the same path in the same session keeps showing the previous answer meanwhile.
    const same = state.ask?.startsWith(`${session}|`) && state.ask.endsWith(`|${path}`);
    return { data: same ? state.data : null, error: null, loading: true, receivedAt: null, reload };
  }
  return { data: state.data, error: state.error, loading: state.loading, receivedAt: state.receivedAt, reload };
}
