import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { writeResult, type WriteResultDto } from './write-result.dto.js';
import { CommandSeam } from '../command-handling/command-seam.js';
import { type CommandContext, type CommandResult, stampOf } from '#command-handling';
import {
  batchDecider,
  customerDecider,
  customerStream,
  RuleViolationError,
  staffDecider,
  staffStream,
  type StaffCommand,
  type StaffState,
} from '#domain';
import { PasswordHasher } from '../auth/password-hasher.js';
import { assertStrongPassword } from '../auth/password-policy.js';
import { ProblemType } from '../problem-details/problem-types.js';
import { ProblemException } from '../problem-details/problem.exception.js';

import type { UpdateStaffDto } from './update-staff.dto.js';

const staffChanges = batchDecider(staffDecider);

/**
 * PATCH of a user: reactivation, profile, roles, password, deactivation, in that order and in one
 * append. Setting `active` to what it already is changes nothing. An admin cannot deactivate
 * itself or take away its own admin role (so that someone can always administer).
 */
export class UpdateStaffCommand extends Command<WriteResultDto> {
  constructor(
    readonly staffId: string,
    readonly body: UpdateStaffDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(UpdateStaffCommand)
export class UpdateStaffHandler implements ICommandHandler<UpdateStaffCommand> {
  constructor(
    private readonly seam: CommandSeam,
    private readonly passwords: PasswordHasher,
  ) {}

  async execute({ staffId, body, context }: UpdateStaffCommand): Promise<WriteResultDto> {
    return writeResult(staffId, await this.update(staffId, body, context));
  }

  private async update(
    staffId: string,
    body: UpdateStaffDto,
    context: CommandContext,
  ): Promise<CommandResult<StaffState, unknown>> {
    if (Object.values(body).every((value) => value === undefined)) {
      throw new ProblemException({
        type: ProblemType.validationFailed,
        title: 'Bad Request',
        status: 400,
        detail: 'Give at least one of role, displayName, active, password',
        errors: [
          { field: 'body', message: 'body must change at least one of role, displayName, active, password' },
        ],
      });
    }
    if (
      staffId === context.actor.id &&
      (body.active === false || (body.role !== undefined && body.role !== 'admin'))
    ) {
      throw new RuleViolationError(
        'own_access',
        'An admin cannot deactivate itself or give up its own admin role',
      );
    }
    if (body.customerId !== undefined) await this.assertCustomerExists(body.customerId);
    if (body.password !== undefined) {
      const { state } = await this.seam.load(staffStream(staffId), staffDecider);
      if (state.status !== 'not_registered') assertStrongPassword(body.password, state.username, 'password');
    }
    const passwordHash = body.password === undefined ? undefined : await this.passwords.hash(body.password);
    const envelope = stampOf(context);
    const commandsFor = (state: StaffState): StaffCommand[] => {
      const status = state.status;
      const commands: StaffCommand[] = [];
      if (body.active === true && status === 'deactivated') {
        commands.push({ type: 'ReactivateStaff', data: { staffId }, ...envelope });
      }
      if (body.displayName !== undefined) {
        commands.push({
          type: 'UpdateStaffProfile',
          data: { staffId, changes: { name: body.displayName } },
          ...envelope,
        });
      }
      if (body.role !== undefined) {
        const data = {
          staffId,
          roles: [body.role],
          ...(body.customerId !== undefined && { customerId: body.customerId }),
        };
        commands.push({ type: 'ChangeStaffRoles', data, ...envelope });
      }
      if (passwordHash !== undefined) {
        commands.push({ type: 'SetStaffPassword', data: { staffId, passwordHash }, ...envelope });
      }
      if (body.active === false && status !== 'deactivated') {
        const data = { staffId, ...(body.reason !== undefined && { reason: body.reason }) };
        commands.push({ type: 'DeactivateStaff', data, ...envelope });
      }
      return commands;
    };
    return this.seam.handle(staffStream(staffId), staffChanges, commandsFor, context, { mustExist: true });
  }

  private async assertCustomerExists(customerId: string): Promise<void> {
    const { state } = await this.seam.load(customerStream(customerId), customerDecider);
    if (state.status === 'not_registered') {
      throw new RuleViolationError('customer_unknown', `No customer ${customerId}: register it first`);
    }
  }
}
