import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '#command-handling';

/** A command of the service as the CommandBus carries it: what it is about, and its context; answered with R. */
export abstract class ServiceCommand<Input, R> extends Command<R> {
  constructor(
    readonly input: Input,
    readonly context: CommandContext,
  ) {
    super();
  }
}
