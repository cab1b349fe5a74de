import {
  contractDecider,
  contractTerms,
  fold,
  slaClock,
  ticketDecider,
  ticketEventInstant,
  type Actor,
  type ContractEvent,
  type TicketCommand,
  type TicketEvent,
} from '#domain';

const ADMIN: Actor = { id: 'admin-1', role: 'admin' };
const AGENT: Actor = { id: 'agent-1', role: 'agent' };
const ENGINEER: Actor = { id: 'eng-1', role: 'engineer' };

/** A handler's loop: fold the stream, decide, append. */
function handle(events: TicketEvent[], command: TicketCommand): TicketEvent[] {
  return [...events, ...ticketDecider.decide(command, fold(ticketDecider, events))];
}

describe('the public API, as a command handler uses it', () => {
  it('carries a contract’s terms into a report and judges the ticket’s SLA from its events', () => {
    const contract: ContractEvent[] = contractDecider.decide(
      {
        type: 'RegisterContract',
        data: {
          contractId: 'c-1',
          customerId: 'cu-1',
          name: 'DIP 2026',
          product: { name: 'DIP platform', version: '3.2' },
          finalAcceptanceDate: '2026-01-15',
          inspectionExpertId: 'eng-5',
          slaPolicy: { severities: { '1': { response: 'PT5S' } } },
        },
        actor: ADMIN,
        now: '2026-01-15T09:00:00+08:00',
      },
      contractDecider.initialState(),
    );
    let ticket = handle([], {
      type: 'ReportFault',
      data: {
        ticketId: 't-1',
        serviceNo: 'SV-202611-0042',
        contract: contractTerms(fold(contractDecider, contract)),
        reporter: { name: 'Dr. Example' },
        channel: 'hotline',
        description: 'System down',
        severity: 1,
        kind: 'request',
        urgency: 'very_urgent',
      },
      actor: AGENT,
      now: '2026-11-03T10:00:00+08:00',
    });
    ticket = handle(ticket, {
      type: 'Respond',
      data: { ticketId: 't-1', mode: 'remote' },
      actor: ENGINEER,
      now: '2026-11-03T10:00:04+08:00',
    });
    expect(ticket.map(ticketEventInstant)).toEqual([
      '2026-11-03T10:00:00.000+08:00',
      '2026-11-03T10:00:04.000+08:00',
    ]);
    expect(slaClock(ticket, '2026-11-03T10:01:00+08:00').response).toMatchObject({
      state: 'met',
      target: 'PT5S',
      elapsedMs: 4000,
    });
  });
});
