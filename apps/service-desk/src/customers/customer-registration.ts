import { Injectable } from '@nestjs/common';
import { customerDecider, customerStream, type CustomerCommand, type CustomerState } from '#domain';
import type { CommandContext } from '../command-handling/command-context.js';
import { derivedId } from '../command-handling/event-ids.js';
import { StreamCommandRunner, type CommandOutcome } from '../command-handling/stream-command-runner.js';
import { batchDecider } from './batch-decider.js';
import type { RegisterCustomerDto } from './register-customer.dto.js';

const registerWithContacts = batchDecider(customerDecider);

/**
 * Registers a customer and its contacts in one append. The customer's and contacts' ids are
 * derived from the command id: a retried request (same Idempotency-Key) meets its own events.
 */
@Injectable()
export class CustomerRegistration {
  constructor(private readonly runner: StreamCommandRunner) {}

  customerIdFor(context: CommandContext): string {
    return derivedId('customer', context.commandId);
  }

  register(
    body: RegisterCustomerDto,
    context: CommandContext,
    now: string,
  ): Promise<CommandOutcome<CustomerState>> {
    const customerId = this.customerIdFor(context);
    const envelope = { actor: context.actor as CustomerCommand['actor'], now };
    const { contacts, ...details } = body;
    const commands: CustomerCommand[] = [
      { type: 'RegisterCustomer', data: { customerId, ...details }, ...envelope },
      ...contacts.map((contact, i): CustomerCommand => ({
        type: 'AddCustomerContact',
        data: { customerId, contactId: derivedId('contact', customerId, String(i)), ...contact },
        ...envelope,
      })),
    ];
    return this.runner.run(customerStream(customerId), registerWithContacts, commands, context);
  }
}
