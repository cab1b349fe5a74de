import { adminToken, ADMIN_ENV } from '../../support/admin-token.js';
import { api, type ApiClient } from '../../support/api-client.js';
import { createContract } from '../../support/create-contract.js';
import { createCustomer } from '../../support/create-customer.js';
import { createStaff, type CreatedStaff } from '../../support/create-staff.js';
import { startApp, type StartedApp } from '../../support/start-app.js';

/** A running desk for the knowledge base: one customer with a contract and staff of the roles it needs. */
export interface KbDesk {
  app: StartedApp;
  admin: ApiClient;
  agent: ApiClient;
  engineer: ApiClient & { id: string };
  manager: ApiClient & { id: string };
  auditor: ApiClient;
  customer: ApiClient;
  contractId: string;
  close(): Promise<void>;
}

/** Starts the app (on `dataDir` when given, to restart on the same events). */
export async function startKbDesk(dataDir?: string): Promise<KbDesk> {
  const app = await startApp({ env: { ...ADMIN_ENV }, dataDir });
  const token = await adminToken(app);
  const as = (staff: CreatedStaff) => Object.assign(api(app.baseUrl, staff.token), { id: staff.id });
  const staff = (input: Parameters<typeof createStaff>[2]) => createStaff(app.baseUrl, token, input).then(as);
  const org = await createCustomer(app.baseUrl, token, { name: 'Example County Hospital (fictional)' });
  return {
    app,
    admin: api(app.baseUrl, token),
    agent: await staff({ role: 'agent' }),
    engineer: await staff({ role: 'engineer' }),
    manager: await staff({ role: 'manager' }),
    auditor: await staff({ role: 'auditor' }),
    customer: await staff({ role: 'customer', customerId: org }),
    contractId: await createContract(app.baseUrl, token, { customerId: org }),
    close: () => app.close(),
  };
}

/** Reports a fault with this description and takes it to `resolved`; returns the ticket id. */
export async function resolvedTicket(desk: KbDesk, description: string): Promise<string> {
  const id = await reportedTicket(desk, description);
  await expectOk(desk.engineer.post(`/api/tickets/${id}/responses`, { mode: 'guided' }));
  await expectOk(
    desk.engineer.post(`/api/tickets/${id}/resolution`, {
      cause: 'Connection pool exhausted at month end',
      measures: 'Enlarged the database connection pool',
      resolution: 'Settlement submits again',
      category: 'interface',
    }),
  );
  return id;
}

/** Reports a fault with this description (severity 3); returns the ticket id. */
export async function reportedTicket(desk: KbDesk, description: string): Promise<string> {
  const reported = await desk.agent.post('/api/tickets', {
    contractId: desk.contractId,
    reporter: { name: 'Duty nurse (fictional)', phone: '000-0000-0000' },
    channel: 'hotline',
    description,
    severity: 3,
    kind: 'request',
    urgency: 'normal',
  });
  if (reported.status !== 201) throw new Error(`report: ${reported.status} ${JSON.stringify(reported.body)}`);
  return reported.body.id as string;
}

async function expectOk(call: Promise<{ status: number; body: unknown }>): Promise<void> {
  const response = await call;
  if (response.status !== 200) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
}
