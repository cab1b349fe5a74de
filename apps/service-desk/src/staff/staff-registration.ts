import { Injectable } from '@nestjs/common';
import {
  customerDecider,
  customerStream,
  RuleViolationError,
  staffDecider,
  staffStream,
  type Role,
  type StaffCommand,
  type StaffState,
} from '#domain';
import type { CommandContext } from '../command-handling/command-context.js';
import { derivedId } from '../command-handling/event-ids.js';
import { StreamCommandRunner, type CommandOutcome } from '../command-handling/stream-command-runner.js';
import { PasswordHasher } from '../auth/password-hasher.js';
import { UsernameReservation } from './username-reservation.js';

export interface NewStaff {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  customerId?: string;
}

/**
 * Registers a user: checks the command against the decider first, reserves the username, then
 * starts the staff stream. The staff id is derived from the command id, so a retried request
 * (same Idempotency-Key) finds its own reservation and completes the same registration.
 */
@Injectable()
export class StaffRegistration {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly reservation: UsernameReservation,
    private readonly passwords: PasswordHasher,
  ) {}

  staffIdFor(context: CommandContext): string {
    return derivedId('staff', context.commandId);
  }

  async register(input: NewStaff, context: CommandContext, now: string): Promise<CommandOutcome<StaffState>> {
    const staffId = this.staffIdFor(context);
    if (input.customerId !== undefined) await this.assertCustomerExists(input.customerId);
    const command: StaffCommand = {
      type: 'RegisterStaff',
      data: {
        staffId,
        username: input.username,
        name: input.displayName,
        roles: [input.role],
        ...(input.customerId !== undefined && { customerId: input.customerId }),
        passwordHash: await this.passwords.hash(input.password),
      },
      actor: context.actor as StaffCommand['actor'],
      now,
    };
    staffDecider.decide(command, staffDecider.initialState()); // refuses bad input before the name is taken
    await this.reservation.reserve(input.username, staffId, context);
    return this.runner.run(staffStream(staffId), staffDecider, command, context);
  }

  private async assertCustomerExists(customerId: string): Promise<void> {
    const { state } = await this.runner.load(customerStream(customerId), customerDecider);
    if (state.status === 'not_registered') {
      throw new RuleViolationError('customer_unknown', `No customer ${customerId}: register it first`);
    }
  }
}
