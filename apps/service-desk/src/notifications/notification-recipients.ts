import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { StaffAccounts } from '../staff/staff-accounts.js';

/**
 * Whom a notification row may be addressed to, for one caller: its own user id and every role it
 * holds now (read from its stream, so a role granted or taken applies at once).
 */
@Injectable()
export class NotificationRecipients {
  constructor(private readonly accounts: StaffAccounts) {}

  async of(user: AuthenticatedUser): Promise<string[]> {
    const { state } = await this.accounts.byId(user.id);
    const roles = state.status === 'not_registered' ? [user.role] : state.roles;
    return [user.id, ...roles];
  }
}
