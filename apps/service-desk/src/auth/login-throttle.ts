import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { CommandActor } from '#domain';
import {
  loginAttemptsDecider,
  loginAttemptsStream,
  loginRetryAfterSeconds,
  type LoginAttemptsCommand,
} from '#domain';
import type { CommandContext } from '#command-handling';
import { Clock } from '../clock/clock.js';
import { CommandSeam } from '../command-handling/command-seam.js';
import { lockouts } from '../metrics/security-counters.js';
import { RecordLoginAttemptCommand } from './login-attempts.command.js';

/** The actor of the throttle's own records (failures, lockouts, forgiveness): the service itself. */
const LOGIN_THROTTLE: CommandActor = { id: 'login-throttle', role: 'system' };

/**
 * The per-name login throttle (loginAttemptsDecider), kept in the event store so that a lockout
 * holds in every service process on one store. The stream is named by a digest of the lower-cased
 * login name, whether or not a user has it, so that nothing tells the two apart.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly seam: CommandSeam,
    private readonly commands: CommandBus,
    private readonly clock: Clock,
  ) {}

  /** Seconds until the name may try again (0: now), and whether it has failures to forgive. */
  async standing(username: string): Promise<{ retryAfter: number; failures: boolean }> {
    const { state } = await this.seam.load(loginAttemptsStream(digestOf(username)), loginAttemptsDecider);
    return {
      retryAfter: loginRetryAfterSeconds(state, this.clock.now().toISOString()),
      failures: state.failures.length > 0 || state.lockoutSeconds !== undefined,
    };
  }

  /** Records a failure; answers the seconds until the name may try again (0 while it is not locked out). */
  async failed(username: string, correlationId: string): Promise<number> {
    const now = this.clock.now().toISOString();
    const result = await this.record(
      username,
      { type: 'RecordLoginFailure', data: { at: now } },
      correlationId,
    );
    if (result.events.some((e) => e.type === 'LoginLockedOut')) lockouts.inc(); // ledger_lockouts_total
    return loginRetryAfterSeconds(result.state, now);
  }

  async succeeded(username: string, correlationId: string): Promise<void> {
    const at = this.clock.now().toISOString();
    await this.record(username, { type: 'RecordLoginSuccess', data: { at } }, correlationId);
  }

  /** An admin lifts the lockout of a name (recorded with the admin as its actor). */
  async unlock(username: string, context: CommandContext): Promise<void> {
    const command: LoginAttemptsCommand = {
      type: 'UnlockLogin',
      data: { at: context.now, unlockedBy: context.actor.id },
    };
    await this.commands.execute(
      new RecordLoginAttemptCommand({ usernameDigest: digestOf(username), command }, context),
    );
  }

  private async record(username: string, command: LoginAttemptsCommand, correlationId: string) {
    const commandId = randomUUID();
    const context: CommandContext = {
      actor: LOGIN_THROTTLE,
      now: this.clock.now().toISOString(),
      source: 'api',
      commandId,
      correlationId,
    };
    return this.commands.execute(
      new RecordLoginAttemptCommand({ usernameDigest: digestOf(username), command }, context),
    );
  }
}

/** The name's digest: SHA-256 of the lower-cased name (hex), so the stream never spells the name. */
function digestOf(username: string): string {
  return createHash('sha256').update(username.toLowerCase()).digest('hex');
}
