import { api } from './api-client.js';

/** POST /api/auth/login; the access token, or an error saying what the service answered. */
export async function login(baseUrl: string, username: string, password: string): Promise<string> {
  const response = await api(baseUrl).post('/api/auth/login', { username, password });
  if (response.status !== 200) {
    throw new Error(`login as ${username} answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return (response.body as { accessToken: string }).accessToken;
}
