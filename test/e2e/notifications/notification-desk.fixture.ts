import type { ModuleImport } from '../../../apps/service-desk/src/app.module.js';
import { adminToken, ADMIN_ENV } from '../../support/admin-token.js';
import { api, type ApiClient } from '../../support/api-client.js';
import { createContract } from '../../support/create-contract.js';
import { createCustomer } from '../../support/create-customer.js';
import { createStaff, type CreatedStaff } from '../../support/create-staff.js';
import { startApp, type StartedApp } from '../../support/start-app.js';

export type Caller = ApiClient & { id: string; token: string };

/** A running desk for notifications: two organisations with a contract each, and staff of every role. */
export interface NotificationDesk {
  app: StartedApp;
  admin: ApiClient;
  agent: Caller;
  engineer: Caller;
  manager: Caller;
  manager2: Caller;
  headquarters: Caller;
  auditor: Caller;
  customerA: Caller;
  customerB: Caller;
  orgA: string;
  orgB: string;
  contractA: string;
  contractB: string;
  close(): Promise<void>;
}

export interface DeskOptions {
  env?: Record<string, string>;
  /** Restart on the data of an earlier desk. */
  dataDir?: string;
  /** More modules, e.g. the SLA watchman. */
  imports?: ModuleImport[];
}

export async function startNotificationDesk(options: DeskOptions = {}): Promise<NotificationDesk> {
  const app = await startApp({
    env: { ...ADMIN_ENV, ...options.env },
    dataDir: options.dataDir,
    imports: options.imports,
  });
  const token = await adminToken(app);
  const as = (s: CreatedStaff): Caller =>
    Object.assign(api(app.baseUrl, s.token), { id: s.id, token: s.token });
  const staff = (input: Parameters<typeof createStaff>[2]) => createStaff(app.baseUrl, token, input).then(as);
  const orgA = await createCustomer(app.baseUrl, token, { name: 'Example County Hospital (fictional)' });
  const orgB = await createCustomer(app.baseUrl, token, { name: 'Sample City Clinic (fictional)' });
  return {
    app,
    admin: api(app.baseUrl, token),
    agent: await staff({ role: 'agent' }),
    engineer: await staff({ role: 'engineer' }),
    manager: await staff({ role: 'manager' }),
    manager2: await staff({ role: 'manager' }),
    headquarters: await staff({ role: 'headquarters' }),
    auditor: await staff({ role: 'auditor' }),
    customerA: await staff({ role: 'customer', customerId: orgA }),
    customerB: await staff({ role: 'customer', customerId: orgB }),
    orgA,
    orgB,
    contractA: await createContract(app.baseUrl, token, { customerId: orgA }),
    contractB: await createContract(app.baseUrl, token, { customerId: orgB }),
    close: () => app.close(),
  };
}

/** A fault report body of severity 3 (no notification of its own); `over` replaces fields. */
export function report(contractId: string, over: Record<string, unknown> = {}) {
  return {
    contractId,
    reporter: { name: 'Duty nurse (fictional)', phone: '000-0000-0000' },
    channel: 'hotline',
    description: '医保结算单打印格式错误 (settlement form prints in the wrong layout)',
    severity: 3,
    kind: 'request',
    urgency: 'normal',
    ...over,
  };
}

/** Reports a fault as `caller`; the ticket id, service number and position. */
export async function reportFault(caller: ApiClient, body: object) {
  const response = await caller.post('/api/tickets', body);
  if (response.status !== 201) throw new Error(`report: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; serviceNo: string; position: string };
}
