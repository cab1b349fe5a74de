import { ApiError, type FieldError, type ProblemExtensions } from './api-error';

let token: string | null = null;
let onUnauthorized: () => void = () => undefined;

/** The bearer token every call sends; set by the session. */
export function setToken(value: string | null): void {
  token = value;
}

/** Called when the service answers 401 (expired or revoked token). */
export function whenUnauthorized(handler: () => void): void {
  onUnauthorized = handler;
}

export function currentToken(): string | null {
  return token;
}

async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: {
      accept: 'application/json, application/problem+json',
      // Events record where an action came from: this UI is 'web'.
      'x-client': 'web',
      ...(body !== undefined && { 'content-type': 'application/json' }),
      ...(token && { authorization: `Bearer ${token}` }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) {
    if (response.status === 401 && token) onUnauthorized();
    const problem = (json ?? {}) as ProblemExtensions & {
      title?: string;
      detail?: string;
      errors?: FieldError[];
    };
    throw new ApiError(
      response.status,
      problem.title ?? response.statusText,
      problem.detail,
      problem.errors ?? [],
      {
        code: problem.code,
        currentStatus: problem.currentStatus,
      },
    );
  }
  return json as T;
}

/** What every write answers: the stream's id, its new revision and the event's global position. */
export interface WriteResult {
  id: string;
  revision: number;
  position: string;
}

/** A fresh idempotency key, so a double click or a retry records one action, not two. */
export const idempotencyKey = (): Record<string, string> => ({ 'Idempotency-Key': crypto.randomUUID() });

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T = WriteResult>(path: string, body: unknown, headers: Record<string, string> = {}) =>
    request<T>('POST', path, body, { ...idempotencyKey(), ...headers }),
  put: <T = WriteResult>(path: string, body: unknown) => request<T>('PUT', path, body, idempotencyKey()),
  /** A file download through the bearer token (CSV, dispute bundle): saved under `filename`. */
  async download(path: string, filename: string): Promise<void> {
    const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (!response.ok) throw new ApiError(response.status, response.statusText, undefined);
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.click();
    URL.revokeObjectURL(url);
  },
};
