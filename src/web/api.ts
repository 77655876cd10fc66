// Talking to the server: JSON in and out, the session cookie sent by the browser, and the CSRF
// token added to every change. Errors come back in the server's one shape (with problems), in the
// app's language (the server reads Accept-Language).
import type { Problem } from '../facts/problems.js';
import { pseudoLang } from '../i18n/index.js';
import { lang, t } from './i18n.js';

export type ApiError = { status: number; error: string; message: string; problems?: Problem[] };
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export async function api<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<ApiResult<T>> {
  const sent: Record<string, string> = {
    accept: 'application/json',
    // The pseudo-locale is the web's alone: the server answers it in English.
    'accept-language': lang.value === pseudoLang ? 'en' : lang.value,
    ...headers,
  };
  if (body !== undefined) sent['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) sent['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: sent,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, error: { status: 0, error: 'network', message: t('web.shell.networkError') } };
  }
  if (response.status === 204) return { ok: true, data: undefined as T };
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return {
      ok: false,
      error: { status: response.status, error: 'bad_response', message: response.statusText },
    };
  }
  if (response.ok) return { ok: true, data: json as T };
  const error = json as Partial<ApiError>;
  return {
    ok: false,
    error: {
      status: response.status,
      error: error.error ?? 'error',
      message: error.message ?? response.statusText,
      ...(error.problems ? { problems: error.problems } : {}),
    },
  };
}
