import type { ApiClient } from '../../support/api-client.js';

export {
  startTicketDesk as startNotificationDesk,
  type Caller,
  type DeskOptions,
  type TicketDesk as NotificationDesk,
} from '../tickets/ticket-desk.fixture.js';

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
