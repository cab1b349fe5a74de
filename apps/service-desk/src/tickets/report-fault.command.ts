import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { derivedId, stampOf, toNewEvents, type CommandContext } from '#command-handling';
import {
  contractDecider,
  contractStream,
  contractTerms,
  decideTicket,
  ForbiddenError,
  initialTicketState,
  serviceMonth,
  serviceNumberDecider,
  serviceNumberStream,
  ticketDecider,
  ticketStream,
  type TicketCommand,
  withoutUndefined,
} from '#domain';
import { validateAppend } from '#event-store';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { CommandSeam } from '../command-handling/command-seam.js';
import { datedContext } from '../command-handling/dated-context.js';
import type { ReportFaultDto } from './dto/report-fault.dto.js';
import type { ReportFaultResult } from './ticket-write-result.js';

export class ReportFaultCommand extends Command<ReportFaultResult> {
  constructor(
    readonly dto: ReportFaultDto,
    readonly user: AuthenticatedUser,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Many reports in one month race for its next number: each decides again on the number taken. */
const SERVICE_NUMBER_ATTEMPTS = 50;

/**
 * A fault report: check the contract (and, for a customer contact, that it is its own), let the
 * domain validate the report, then take the next service number and record FaultReported.
 */
@CommandHandler(ReportFaultCommand)
export class ReportFaultHandler implements ICommandHandler<ReportFaultCommand> {
  constructor(private readonly seam: CommandSeam) {}

  async execute({ dto, user, context }: ReportFaultCommand): Promise<ReportFaultResult> {
    const contract = contractTerms(
      (await this.seam.load(contractStream(dto.contractId), contractDecider)).state,
    );
    if (user.role === 'customer' && contract.customerId !== user.customerId) {
      throw new ForbiddenError(
        user.role,
        'ReportFault',
        "A customer contact may report only on its own organisation's contracts",
      );
    }
    const ticketId = derivedId('ticket', context.commandId);
    const reported = datedContext(context, 'reportedAt', dto.reportedAt, dto.reportedAtReason);
    this.seam.requireBackdatingAllowed(reported);
    const command = (serviceNo: string): TicketCommand => ({
      type: 'ReportFault',
      ...stampOf(reported),
      data: withoutUndefined({
        ticketId,
        serviceNo,
        contract,
        reporter: withoutUndefined({ ...dto.reporter }),
        channel: dto.channel,
        product: dto.product && { name: dto.product.name, version: dto.product.version },
        description: dto.description,
        severity: dto.severity,
        kind: dto.kind,
        urgency: dto.urgency,
      }),
    });
    // Refuse a report the ticket decider or the store would refuse before it takes a number.
    const stream = ticketStream(ticketId);
    validateAppend(
      stream,
      toNewEvents(stream, decideTicket(command('SV-000000-0000'), initialTicketState()), reported),
    );
    const month = serviceMonth(Date.parse(context.now));
    const numbered = await this.seam.handle(
      serviceNumberStream(month),
      serviceNumberDecider,
      { type: 'AssignServiceNumber', data: { month, ticketId } },
      { ...context, ifMatch: undefined },
      { tail: 1, maxAttempts: SERVICE_NUMBER_ATTEMPTS },
    );
    const outcome = await this.seam.handle(
      stream,
      ticketDecider,
      command(numbered.events[0].data.serviceNo),
      reported,
    );
    const [faultReported] = outcome.events;
    if (faultReported?.type !== 'FaultReported')
      throw new Error(`${stream} does not start with FaultReported`);
    return {
      id: ticketId,
      serviceNo: faultReported.data.serviceNo,
      revision: outcome.revision,
      position: String(outcome.position),
    };
  }
}
