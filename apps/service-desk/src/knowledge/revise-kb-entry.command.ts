import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { stampOf } from '#command-handling';
import { caseDecider, kbCaseStream, playbookDecider, playbookStream } from '#domain';
import { CommandSeam } from '../command-handling/command-seam.js';
import { ServiceCommand } from '../command-handling/service-command.js';
import { writeResult, type WriteResultDto } from '../staff/write-result.dto.js';
import type { ReviseCaseDto } from './revise-case.dto.js';
import type { RevisePlaybookDto } from './revise-playbook.dto.js';

/** A new revision of a knowledge-base entry: a case or an emergency playbook, with the reason. */
export type KbRevision =
  | { kind: 'case'; caseId: string; body: ReviseCaseDto }
  | { kind: 'playbook'; playbookId: string; body: RevisePlaybookDto };

export class ReviseKbEntryCommand extends ServiceCommand<KbRevision, WriteResultDto> {}

@CommandHandler(ReviseKbEntryCommand)
export class ReviseKbEntryHandler implements ICommandHandler<ReviseKbEntryCommand> {
  constructor(private readonly seam: CommandSeam) {}

  async execute({ input: entry, context }: ReviseKbEntryCommand): Promise<WriteResultDto> {
    if (entry.kind === 'case') {
      const { caseId, body } = entry;
      const command = { type: 'ReviseCase' as const, data: { caseId, ...body }, ...stampOf(context) };
      return writeResult(caseId, await this.seam.handle(kbCaseStream(caseId), caseDecider, command, context));
    }
    const { playbookId, body } = entry;
    const command = { type: 'RevisePlaybook' as const, data: { playbookId, ...body }, ...stampOf(context) };
    return writeResult(
      playbookId,
      await this.seam.handle(playbookStream(playbookId), playbookDecider, command, context),
    );
  }
}
