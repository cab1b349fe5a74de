import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  contractDecider,
  contractStream,
  contractTerms,
  decideTicket,
  ForbiddenError,
  initialTicketState,
  mayIssueTicketCommand,
  ticketDecider,
  ticketStream,
  type TicketCommand,
} from '#domain';
import { validateAppend, type EventStore } from '#event-store';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { Clock } from '../clock/clock.js';
import type { CommandContext } from '../command-handling/command-context.js';
import { derivedId } from '../command-handling/event-ids.js';
import { StreamCommandRunner, toNewEvents } from '../command-handling/stream-command-runner.js';
import { EVENT_STORE } from '../event-store/event-store.token.js';
import type { ReportFaultDto } from './dto/report-fault.dto.js';
import { ServiceNumberAllocator } from './service-number.allocator.js';
import type { ReportFaultResult } from './ticket-write-result.js';
import { compact } from './compact.js';

export class ReportFaultCommand extends Command<ReportFaultResult> {
  constructor(
    readonly dto: ReportFaultDto,
    readonly user: AuthenticatedUser,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * A fault report: check the contract (and, for a customer contact, that it is its own), let the
 * domain validate the report, then take the next service number and record FaultReported.
 */
@CommandHandler(ReportFaultCommand)
export class ReportFaultHandler implements ICommandHandler<ReportFaultCommand> {
  private readonly runner: StreamCommandRunner;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly clock: Clock,
    private readonly serviceNumbers: ServiceNumberAllocator,
  ) {
    this.runner = new StreamCommandRunner(store);
  }

  async execute({ dto, user, context }: ReportFaultCommand): Promise<ReportFaultResult> {
    if (!mayIssueTicketCommand(user.role, 'ReportFault')) throw new ForbiddenError(user.role, 'ReportFault');
    const contract = contractTerms(
      (await this.runner.load(contractStream(dto.contractId), contractDecider)).state,
    );
    if (user.role === 'customer' && contract.customerId !== user.customerId) {
      throw new ForbiddenError(
        user.role,
        'ReportFault',
        "A customer contact may report only on its own organisation's contracts",
      );
    }
    const ticketId = derivedId('ticket', context.commandId);
    const now = this.clock.now();
    const command = (serviceNo: string): TicketCommand => ({
      type: 'ReportFault',
      actor: { id: user.id, role: user.role },
      now: now.toISOString(),
      ...(dto.reportedAt ? { occurredAt: dto.reportedAt } : {}),
      data: compact({
        ticketId,
        serviceNo,
        contract,
        reporter: compact({ ...dto.reporter }),
        channel: dto.channel,
        product: dto.product && { name: dto.product.name, version: dto.product.version },
        description: dto.description,
        severity: dto.severity,
        kind: dto.kind,
        urgency: dto.urgency,
      }),
    });
    const stream = ticketStream(ticketId);
    const trial = decideTicket(command('SV-000000-0000'), initialTicketState());
    validateAppend(stream, toNewEvents(stream, trial, context));
    const serviceNo = await this.serviceNumbers.allocate(ticketId, now, context);
    const outcome = await this.runner.run(stream, ticketDecider, command(serviceNo), {
      ...context,
      ...(dto.reportedAt ? { occurredAt: dto.reportedAt } : {}),
    });
    return {
      id: ticketId,
      serviceNo: String(outcome.events[0].data.serviceNo),
      revision: outcome.revision,
      position: String(outcome.position),
    };
  }
}
