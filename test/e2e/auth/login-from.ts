import { request } from 'node:http';

export interface LoginAnswer {
  status: number;
  retryAfter: string | undefined;
  contentType: string | undefined;
  body: Record<string, unknown>;
}

/**
 * POST /api/auth/login from a chosen local address (127.0.0.x: all loopback on Linux), so a test
 * can be several clients at once without a proxy.
 */
export function loginFrom(
  baseUrl: string,
  localAddress: string,
  username: string,
  password: string,
): Promise<LoginAnswer> {
  const body = JSON.stringify({ username, password });
  return new Promise((resolve, reject) => {
    const call = request(
      `${baseUrl}/api/auth/login`,
      {
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: response.headers['retry-after'],
            contentType: response.headers['content-type'],
            body: JSON.parse(text) as Record<string, unknown>,
          }),
        );
      },
    );
    call.on('error', reject);
    call.end(body);
  });
}
