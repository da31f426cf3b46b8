// The page's calls to /__ui/api/…: JSON both ways; a refusal becomes an Error with the server's message.
import { useCallback, useEffect, useState } from 'react';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  // Every write carries a JSON body: the server refuses other writes (no cross-site form can send one).
  const write = method !== 'GET';
  const res = await fetch(`/__ui/api/${path}`, {
    method,
    headers: write ? { 'content-type': 'application/json' } : {},
    body: write ? JSON.stringify(body ?? {}) : undefined,
  });
  const data = (await res.json()) as unknown;
  if (!res.ok) {
    const e = (data as { error?: { code?: string; message?: string } }).error;
    throw new ApiError(res.status, e?.code ?? 'ERROR', e?.message ?? res.statusText);
  }
  return data as T;
}

export const get = <T>(path: string): Promise<T> => call<T>('GET', path);

/** Loads `path` now and on reload(); `every` ms keeps it live. */
export function useLoad<T>(path: string, every?: number): { data?: T; error?: string; reload: () => void } {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string>();
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  useEffect(() => {
    let live = true;
    get<T>(path).then(
      (d) => live && (setData(d), setError(undefined)),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [path, tick]);
  useEffect(() => {
    if (!every) return undefined;
    const h = setInterval(reload, every);
    return () => clearInterval(h);
  }, [every, reload]);
  return { data, error, reload };
}

export const fmtTime = (iso: string | null | undefined): string => (iso ? new Date(iso).toLocaleString('en-GB', { hour12: false }) : '—');
