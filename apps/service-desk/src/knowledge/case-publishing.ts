import { CommandSeam } from '../command-handling/command-seam.js';
import { type CommandContext, type CommandResult, derivedId, stampOf } from '#command-handling';
import { Injectable } from '@nestjs/common';
import {
  caseDecider,
  kbCaseStream,
  ticketDecider,
  ticketStream,
  type CaseCommand,
  type FaultReportedData,
  type ResolvedData,
} from '#domain';
import type { PublishCaseDto } from './publish-case.dto.js';
import type { ReviseCaseDto } from './revise-case.dto.js';

/** The case of a ticket: one per ticket, so publishing it twice is refused (409). */
export const caseIdFor = (ticketId: string): string => derivedId('kb-case', ticketId);

/**
 * Publishes a ticket as a case: folds the ticket's stream for its state (only a resolved one
 * qualifies) and takes the text the caller left out from the report and the latest resolution.
 */
@Injectable()
export class CasePublishing {
  constructor(private readonly seam: CommandSeam) {}

  async publish(body: PublishCaseDto, context: CommandContext): Promise<CommandResult<unknown, unknown>> {
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
    return this.seam.handle(kbCaseStream(caseId), caseDecider, command, context);
  }

  async revise(
    caseId: string,
    body: ReviseCaseDto,
    context: CommandContext,
  ): Promise<CommandResult<unknown, unknown>> {
    const command = {
      type: 'ReviseCase',
      data: { caseId, ...body },
      ...stampOf(context),
    } as CaseCommand;
    return this.seam.handle(kbCaseStream(caseId), caseDecider, command, context);
  }
}

function fixOf(resolved: ResolvedData | undefined): string | undefined {
  if (resolved === undefined) return undefined;
  return resolved.measures === resolved.resolution
    ? resolved.measures
    : `${resolved.measures}\n${resolved.resolution}`;
}
