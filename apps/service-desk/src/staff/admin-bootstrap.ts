import { randomBytes } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { derivedId, type CommandContext } from '#command-handling';
import { Clock } from '../clock/clock.js';
import { AppConfig, ConfigValidationError } from '#service-config';
import { PasswordHasher } from '../auth/password-hasher.js';
import { passwordWeakness } from '../auth/password-policy.js';
import { StaffAccounts } from './staff-accounts.js';
import { RegisterStaffCommand } from './register-staff.command.js';

export const ADMIN_USERNAME = 'admin';

/**
 * At start, before the service listens: when no user `admin` exists, registers one with
 * ADMIN_PASSWORD (which must keep the password rules, or the service does not start), or with a generated password that is printed once to the log and kept
 * nowhere else. The command id is fixed, so restarts and a second instance starting at the
 * same time register the same admin once; only the instance whose password was stored prints it.
 */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('AdminBootstrap');

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly accounts: StaffAccounts,
    private readonly commands: CommandBus,
    private readonly passwords: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.accounts.idOf(ADMIN_USERNAME)) !== undefined) return;
    const generated = this.config.ADMIN_PASSWORD === undefined;
    const weakness = generated ? undefined : passwordWeakness(this.config.ADMIN_PASSWORD!, ADMIN_USERNAME);
    if (weakness !== undefined) throw new ConfigValidationError([`ADMIN_PASSWORD ${weakness}`]);
    const password = this.config.ADMIN_PASSWORD ?? randomBytes(18).toString('base64url');
    const commandId = derivedId('bootstrap', ADMIN_USERNAME);
    const context: CommandContext = {
      actor: { id: 'system', role: 'admin' },
      now: this.clock.now().toISOString(),
      source: 'system',
      commandId,
      correlationId: commandId,
    };
    const input = {
      username: ADMIN_USERNAME,
      password,
      displayName: 'Administrator',
      role: 'admin' as const,
    };
    const { id } = await this.commands.execute(new RegisterStaffCommand(input, context));
    const { state } = await this.accounts.byId(id);
    const stored = state.status === 'not_registered' ? undefined : state.passwordHash;
    if (!(await this.passwords.verify(stored, password))) return; // another instance won the race
    if (generated) {
      this.logger.warn(
        `Created the user "${ADMIN_USERNAME}" with the generated password: ${password} ` +
          '(shown once; change it, or set ADMIN_PASSWORD before the first start)',
      );
    } else {
      this.logger.log(`Created the user "${ADMIN_USERNAME}" with the password from ADMIN_PASSWORD`);
    }
  }
}
