import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { writeResult, type WriteResultDto } from './write-result.dto.js';
import { CommandSeam } from '../command-handling/command-seam.js';
import { ServiceCommand } from '../command-handling/service-command.js';
import { type CommandContext, type CommandResult, derivedId, stampOf } from '#command-handling';
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
export class RegisterStaffCommand extends ServiceCommand<NewStaff, WriteResultDto> {}

@CommandHandler(RegisterStaffCommand)
export class RegisterStaffHandler implements ICommandHandler<RegisterStaffCommand> {
  constructor(
    private readonly seam: CommandSeam,
    private readonly reservation: UsernameReservation,
    private readonly passwords: PasswordHasher,
  ) {}

  async execute({ input: input, context }: RegisterStaffCommand): Promise<WriteResultDto> {
    return writeResult(this.staffIdFor(context), await this.register(input, context));
  }

  private staffIdFor(context: CommandContext): string {
    return derivedId('staff', context.commandId);
  }

  private async register(
    input: NewStaff,
    context: CommandContext,
  ): Promise<CommandResult<StaffState, unknown>> {
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
      ...stampOf(context),
    };
    staffDecider.decide(command, staffDecider.initialState()); // refuses bad input before the name is taken
    await this.reservation.reserve(input.username, staffId, context);
    return this.seam.handle(staffStream(staffId), staffDecider, command, context);
  }

  private async assertCustomerExists(customerId: string): Promise<void> {
    const { state } = await this.seam.load(customerStream(customerId), customerDecider);
    if (state.status === 'not_registered') {
      throw new RuleViolationError('customer_unknown', `No customer ${customerId}: register it first`);
    }
  }
}
