/** A minimal JSON client for the demo: every call must succeed, or the demo stops with the answer. */
export interface DemoClient {
  post<T = { id: string }>(path: string, body: unknown, headers?: Record<string, string>): Promise<T>;
  put<T = unknown>(path: string, body: unknown): Promise<T>;
  get<T = unknown>(path: string): Promise<T>;
}

export function demoClient(baseUrl: string, token?: string): DemoClient {
  const call = async <T>(
    method: string,
    path: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(token && { authorization: `Bearer ${token}` }),
        ...(body !== undefined && { 'content-type': 'application/json' }),
        'x-client': 'web',
        ...extra,
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  };
  return {
    post: (path, body, headers) => call('POST', path, body, headers),
    put: (path, body) => call('PUT', path, body),
    get: (path) => call('GET', path),
  };
}

export async function loginAs(baseUrl: string, username: string, password: string): Promise<DemoClient> {
  const { accessToken } = await demoClient(baseUrl).post<{ accessToken: string }>('/api/auth/login', {
    username,
    password,
  });
  return demoClient(baseUrl, accessToken);
}
