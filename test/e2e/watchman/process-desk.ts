import { api, type ApiClient } from '../../support/api-client.js';
import { createContract } from '../../support/create-contract.js';
import { createCustomer } from '../../support/create-customer.js';
import { createStaff } from '../../support/create-staff.js';
import { login } from '../../support/login.js';
import { setSecondsPolicy } from './watch-desk.fixture.js';

/** The first admin's password of the built services these tests start. */
export const PROCESS_ADMIN_PASSWORD = 'watchman process operator passphrase';
export const PROCESS_ENV = { ADMIN_PASSWORD: PROCESS_ADMIN_PASSWORD };

export interface ProcessDesk {
  admin: ApiClient;
  agent: ApiClient;
  contractId: string;
}

/** Through a running service's API: a customer, its contract with a policy of seconds, an agent. */
export async function setUpProcessDesk(
  baseUrl: string,
  policy: Parameters<typeof setSecondsPolicy>[2],
): Promise<ProcessDesk> {
  const token = await login(baseUrl, 'admin', PROCESS_ADMIN_PASSWORD);
  const admin = api(baseUrl, token);
  const customerId = await createCustomer(baseUrl, token, { name: 'Sample City Clinic (fictional)' });
  const contractId = await createContract(baseUrl, token, { customerId });
  await setSecondsPolicy(admin, contractId, policy);
  const agent = api(baseUrl, (await createStaff(baseUrl, token, { role: 'agent' })).token);
  return { admin, agent, contractId };
}

/** The admin of another service process on the same data. */
export async function adminOf(baseUrl: string): Promise<ApiClient> {
  return api(baseUrl, await login(baseUrl, 'admin', PROCESS_ADMIN_PASSWORD));
}
