import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { writeResult, type WriteResultDto } from '../staff/write-result.dto.js';
import { CommandSeam } from '../command-handling/command-seam.js';
import { ServiceCommand } from '../command-handling/service-command.js';
import { type CommandContext, type CommandResult, derivedId, stampOf } from '#command-handling';
import {
  batchDecider,
  customerDecider,
  customerStream,
  type CustomerCommand,
  type CustomerState,
} from '#domain';

import type { RegisterCustomerDto } from './register-customer.dto.js';

const registerWithContacts = batchDecider(customerDecider);

/**
 * Registers a customer and its contacts in one append. The customer's and contacts' ids are
 * derived from the command id: a retried request (same Idempotency-Key) meets its own events.
 */
export class RegisterCustomerCommand extends ServiceCommand<RegisterCustomerDto, WriteResultDto> {}

@CommandHandler(RegisterCustomerCommand)
export class RegisterCustomerHandler implements ICommandHandler<RegisterCustomerCommand> {
  constructor(private readonly seam: CommandSeam) {}

  async execute({ input: body, context }: RegisterCustomerCommand): Promise<WriteResultDto> {
    return writeResult(this.customerIdFor(context), await this.register(body, context));
  }

  private customerIdFor(context: CommandContext): string {
    return derivedId('customer', context.commandId);
  }

  private register(
    body: RegisterCustomerDto,
    context: CommandContext,
  ): Promise<CommandResult<CustomerState, unknown>> {
    const customerId = this.customerIdFor(context);
    const envelope = stampOf(context);
    const { contacts, ...details } = body;
    const commands: CustomerCommand[] = [
      { type: 'RegisterCustomer', data: { customerId, ...details }, ...envelope },
      ...contacts.map((contact, i): CustomerCommand => ({
        type: 'AddCustomerContact',
        data: { customerId, contactId: derivedId('contact', customerId, String(i)), ...contact },
        ...envelope,
      })),
    ];
    return this.seam.handle(customerStream(customerId), registerWithContacts, commands, context);
  }
}
