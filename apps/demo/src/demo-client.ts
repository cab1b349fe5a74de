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

/** Why the demo's entries are dated back: it enters a year of history through the public API. */
export const DEMO_HISTORY_REASON = '演示数据：按历史记录补录 (demo history entered afterwards)';

/** How far back the demo's service lets staff date entries (BACKDATED_MAX_HOURS): three years. */
export const DEMO_BACKDATED_MAX_HOURS = '26280';

const DATED_FIELDS = ['reportedAt', 'occurredAt', 'inspectedAt', 'revisitedAt', 'surveyedAt'];

/** The body with the demo's reason beside each business time it gives. */
export function withHistoryReasons(body: unknown): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  const given = body as Record<string, unknown>;
  const dated = DATED_FIELDS.filter((field) => given[field] !== undefined);
  return { ...given, ...Object.fromEntries(dated.map((f) => [`${f}Reason`, DEMO_HISTORY_REASON])) };
}
