/* eslint-disable @typescript-eslint/no-explicit-any -- test helper: bodies default to any, and tests check them with expect() */
/** What a call answered: the status, the parsed JSON body (or the text, or null), the headers. */
export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export type ApiHeaders = Record<string, string>;

export interface ApiClient {
  get<T = any>(path: string, headers?: ApiHeaders): Promise<ApiResponse<T>>;
  post<T = any>(path: string, body?: unknown, headers?: ApiHeaders): Promise<ApiResponse<T>>;
  put<T = any>(path: string, body?: unknown, headers?: ApiHeaders): Promise<ApiResponse<T>>;
  patch<T = any>(path: string, body?: unknown, headers?: ApiHeaders): Promise<ApiResponse<T>>;
  delete<T = any>(path: string, headers?: ApiHeaders): Promise<ApiResponse<T>>;
}

/**
 * A small JSON client for one caller: `api(baseUrl, token).post('/api/customers', body)`.
 * Paths are taken as given (include /api); no token sends no Authorization header.
 */
export function api(baseUrl: string, token?: string): ApiClient {
  const call = async (method: string, path: string, body?: unknown, headers: ApiHeaders = {}) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(token !== undefined && { authorization: `Bearer ${token}` }),
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown = text === '' ? null : text;
    if (/json/.test(response.headers.get('content-type') ?? '')) parsed = JSON.parse(text);
    return { status: response.status, body: parsed as any, headers: response.headers };
  };
  return {
    get: (path, headers) => call('GET', path, undefined, headers),
    post: (path, body, headers) => call('POST', path, body, headers),
    put: (path, body, headers) => call('PUT', path, body, headers),
    patch: (path, body, headers) => call('PATCH', path, body, headers),
    delete: (path, headers) => call('DELETE', path, undefined, headers),
  };
}
