import { Injectable } from '@nestjs/common';
import { NotFoundError, RuleViolationError, staffDecider, staffStream, type StaffUser } from '#domain';
import { CommandSeam } from '../command-handling/command-seam.js';

/** Looks staff up in their own streams, for the checks a command needs (e.g. who may be dispatched). */
@Injectable()
export class StaffDirectory {
  constructor(private readonly seam: CommandSeam) {}

  async find(staffId: string): Promise<StaffUser | undefined> {
    const { state } = await this.seam.load(staffStream(staffId), staffDecider);
    return state.status === 'not_registered' ? undefined : state;
  }

  /** Each id must be an active engineer (or manager, who may go on site too). */
  async requireEngineers(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      const staff = await this.find(id);
      if (!staff) throw new NotFoundError('engineer', id);
      if (staff.status !== 'active' || !staff.roles.some((r) => r === 'engineer' || r === 'manager')) {
        throw new RuleViolationError('not_an_engineer', `${staff.name} (${id}) is not an active engineer`);
      }
    }
  }
}
