import { randomUUID } from 'node:crypto';
import type { Role } from '#domain';
import { api } from './api-client.js';
import { login } from './login.js';

export interface StaffInput {
  role: Role;
  /** Default: `<role>-<random>`. */
  username?: string;
  /** Default: a random one (returned). */
  password?: string;
  displayName?: string;
  /** Required for role 'customer'. */
  customerId?: string;
}

export interface CreatedStaff {
  id: string;
  username: string;
  password: string;
  /** A bearer token of the new user. */
  token: string;
}

/** Registers a user through POST /api/staff (as the admin) and logs it in. */
export async function createStaff(
  baseUrl: string,
  adminToken: string,
  input: StaffInput,
): Promise<CreatedStaff> {
  const username = input.username ?? `${input.role}-${randomUUID().slice(0, 8)}`;
  const password = input.password ?? `pw-${randomUUID()}`;
  const response = await api(baseUrl, adminToken).post('/api/staff', {
    username,
    password,
    displayName: input.displayName ?? `Test ${input.role} ${username}`,
    role: input.role,
    ...(input.customerId !== undefined && { customerId: input.customerId }),
  });
  if (response.status !== 201) {
    throw new Error(`POST /api/staff answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  const id = (response.body as { id: string }).id;
  return { id, username, password, token: await login(baseUrl, username, password) };
}
