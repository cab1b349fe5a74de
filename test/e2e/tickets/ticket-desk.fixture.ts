import { adminToken, ADMIN_ENV } from '../../support/admin-token.js';
import { api, type ApiClient } from '../../support/api-client.js';
import { createContract } from '../../support/create-contract.js';
import { createCustomer } from '../../support/create-customer.js';
import { createStaff, type CreatedStaff } from '../../support/create-staff.js';
import { startApp, type StartedApp } from '../../support/start-app.js';

/** A running desk with two customer organisations, each with a contract, and staff of every role. */
export interface TicketDesk {
  app: StartedApp;
  admin: ApiClient;
  agent: ApiClient;
  engineer: ApiClient & { id: string };
  engineer2: ApiClient & { id: string };
  manager: ApiClient;
  auditor: ApiClient;
  customerA: ApiClient;
  customerB: ApiClient;
  contractA: string;
  contractB: string;
  close(): Promise<void>;
}

export async function startTicketDesk(): Promise<TicketDesk> {
  const app = await startApp({ env: { ...ADMIN_ENV } });
  const token = await adminToken(app);
  const as = (staff: CreatedStaff) => Object.assign(api(app.baseUrl, staff.token), { id: staff.id });
  const staff = (input: Parameters<typeof createStaff>[2]) => createStaff(app.baseUrl, token, input).then(as);
  const orgA = await createCustomer(app.baseUrl, token, { name: 'Example County Hospital (fictional)' });
  const orgB = await createCustomer(app.baseUrl, token, { name: 'Sample City Clinic (fictional)' });
  return {
    app,
    admin: api(app.baseUrl, token),
    agent: await staff({ role: 'agent' }),
    engineer: await staff({ role: 'engineer' }),
    engineer2: await staff({ role: 'engineer' }),
    manager: await staff({ role: 'manager' }),
    auditor: await staff({ role: 'auditor' }),
    customerA: await staff({ role: 'customer', customerId: orgA }),
    customerB: await staff({ role: 'customer', customerId: orgB }),
    contractA: await createContract(app.baseUrl, token, { customerId: orgA }),
    contractB: await createContract(app.baseUrl, token, { customerId: orgB }),
    close: () => app.close(),
  };
}

/** A fault report body; `over` replaces fields. */
export function faultReport(contractId: string, over: Record<string, unknown> = {}) {
  return {
    contractId,
    reporter: { name: 'Duty nurse (fictional)', phone: '000-0000-0000', email: 'duty@hospital.example' },
    channel: 'hotline',
    description: 'DIP 分组服务无响应，结算无法提交 (grouping service does not answer)',
    severity: 1,
    kind: 'request',
    urgency: 'very_urgent',
    ...over,
  };
}

/** An ISO instant `minutes` after `base`, in UTC. */
export function at(base: Date, minutes: number): string {
  return new Date(base.getTime() + minutes * 60_000).toISOString();
}
