import type { ModuleImport } from '../../../apps/service-desk/src/app.module.js';
import { adminToken, ADMIN_ENV } from '../../support/admin-token.js';
import { api, type ApiClient } from '../../support/api-client.js';
import { createContract } from '../../support/create-contract.js';
import { createCustomer } from '../../support/create-customer.js';
import { createStaff, type CreatedStaff } from '../../support/create-staff.js';
import { HISTORY_ENV, HISTORY_FROM, historyClient } from '../../support/history.js';
import { startApp, type StartedApp } from '../../support/start-app.js';

/** A caller signed in as one staff member: the API client, its staff id, token and login (for the browser). */
export type Caller = ApiClient & { id: string; token: string; username: string; password: string };

/** A running desk with two customer organisations, each with a contract, and staff of every role. */
export interface TicketDesk {
  app: StartedApp;
  admin: ApiClient;
  agent: Caller;
  engineer: Caller;
  engineer2: Caller;
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
  /** Restart on the data of an earlier desk (staff and organisations are registered anew). */
  dataDir?: string;
  /** More modules for the app. */
  imports?: ModuleImport[];
}

/**
 * A desk that enters history: its contracts were registered on HISTORY_FROM, staff may date entries
 * back that far (HISTORY_ENV) and give HISTORY_REASON for each (historyClient); customer contacts
 * keep their 15 minutes.
 */
export async function startTicketDesk(options: DeskOptions = {}): Promise<TicketDesk> {
  const app = await startApp({
    env: { ...ADMIN_ENV, ...HISTORY_ENV, ...options.env },
    ...(options.dataDir && { dataDir: options.dataDir }),
    ...(options.imports && { imports: options.imports }),
  });
  const token = await adminToken(app);
  const as = (s: CreatedStaff): Caller =>
    Object.assign(historyClient(api(app.baseUrl, s.token)), {
      id: s.id,
      token: s.token,
      username: s.username,
      password: s.password,
    });
  const staff = (input: Parameters<typeof createStaff>[2]) => createStaff(app.baseUrl, token, input).then(as);
  const orgA = await createCustomer(app.baseUrl, token, { name: 'Example County Hospital (fictional)' });
  const orgB = await createCustomer(app.baseUrl, token, { name: 'Sample City Clinic (fictional)' });
  return {
    app,
    admin: historyClient(api(app.baseUrl, token)),
    agent: await staff({ role: 'agent' }),
    engineer: await staff({ role: 'engineer' }),
    engineer2: await staff({ role: 'engineer' }),
    manager: await staff({ role: 'manager' }),
    manager2: await staff({ role: 'manager' }),
    headquarters: await staff({ role: 'headquarters' }),
    auditor: await staff({ role: 'auditor' }),
    customerA: await staff({ role: 'customer', customerId: orgA }),
    customerB: await staff({ role: 'customer', customerId: orgB }),
    orgA,
    orgB,
    contractA: await createContract(app.baseUrl, token, { customerId: orgA, registeredAt: HISTORY_FROM }),
    contractB: await createContract(app.baseUrl, token, { customerId: orgB, registeredAt: HISTORY_FROM }),
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
