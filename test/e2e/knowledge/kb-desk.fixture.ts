import { startTicketDesk, type Caller, type TicketDesk } from '../tickets/ticket-desk.fixture.js';

/** The ticket desk, with its first organisation's contact and contract as the knowledge base's. */
export type KbDesk = TicketDesk & { customer: Caller; contractId: string };

/** Starts the app (on `dataDir` when given, to restart on the same events). */
export async function startKbDesk(dataDir?: string): Promise<KbDesk> {
  const desk = await startTicketDesk({ dataDir });
  return { ...desk, customer: desk.customerA, contractId: desk.contractA };
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
