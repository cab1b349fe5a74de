import { Injectable } from '@nestjs/common';
import type { CommandContext } from '#command-handling';
import { AlreadyExistsError, usernameDecider, usernameStream } from '#domain';
import { CommandSeam } from '../command-handling/command-seam.js';
import { usernameTaken } from './username-taken.js';

/**
 * Reserves a login name for a staff id in the name's own stream (usernameDecider): of any number
 * of concurrent requests for one name, exactly one wins. The same staff id (a retried
 * registration) finds its own reservation and goes on; anyone else gets 409.
 */
@Injectable()
export class UsernameReservation {
  constructor(private readonly seam: CommandSeam) {}

  async reserve(username: string, staffId: string, context: CommandContext): Promise<void> {
    try {
      await this.seam.handle(
        usernameStream(username),
        usernameDecider,
        { type: 'ReserveUsername', data: { username, staffId } },
        { ...context, ifMatch: undefined },
      );
    } catch (error) {
      if (error instanceof AlreadyExistsError) throw usernameTaken(username);
      throw error;
    }
  }
}
