import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { derivedId, stampOf } from '#command-handling';
import {
  caseDecider,
  kbCaseStream,
  ticketDecider,
  ticketStream,
  type CaseCommand,
  type FaultReportedData,
  type ResolvedData,
} from '#domain';
import { CommandSeam } from '../command-handling/command-seam.js';
import { ServiceCommand } from '../command-handling/service-command.js';
import { writeResult, type WriteResultDto } from '../staff/write-result.dto.js';
import type { PublishCaseDto } from './publish-case.dto.js';

/** The case of a ticket: one per ticket, so publishing it twice is refused (409). */
export const caseIdFor = (ticketId: string): string => derivedId('kb-case', ticketId);

/**
 * Publishes a ticket as a case: folds the ticket's stream for its state (only a resolved one
 * qualifies) and takes the text the caller left out from the report and the latest resolution.
 */
export class PublishCaseCommand extends ServiceCommand<PublishCaseDto, WriteResultDto> {}

@CommandHandler(PublishCaseCommand)
export class PublishCaseHandler implements ICommandHandler<PublishCaseCommand> {
  constructor(private readonly seam: CommandSeam) {}

  async execute({ input: body, context }: PublishCaseCommand): Promise<WriteResultDto> {
    const ticket = await this.seam.load(ticketStream(body.ticketId), ticketDecider);
    const report = ticket.events.find((e) => e.type === 'FaultReported')?.data as
      FaultReportedData | undefined;
    const resolved = ticket.events.findLast((e) => e.type === 'Resolved')?.data as ResolvedData | undefined;
    const caseId = caseIdFor(body.ticketId);
    const command = {
      type: 'PublishCase',
      data: {
        caseId,
        ticketId: body.ticketId,
        ticketStatus: ticket.state.status,
        symptom: body.symptom ?? report?.description,
        cause: body.cause ?? resolved?.cause,
        fix: body.fix ?? fixOf(resolved),
        category: body.category ?? resolved?.category,
        product: report?.product,
      },
      ...stampOf(context),
    } as CaseCommand;
    return writeResult(caseId, await this.seam.handle(kbCaseStream(caseId), caseDecider, command, context));
  }
}

function fixOf(resolved: ResolvedData | undefined): string | undefined {
  if (resolved === undefined) return undefined;
  return resolved.measures === resolved.resolution
    ? resolved.measures
    : `${resolved.measures}\n${resolved.resolution}`;
}
