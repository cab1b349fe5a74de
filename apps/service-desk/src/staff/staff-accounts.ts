import { Injectable } from '@nestjs/common';
import { staffDecider, staffStream, usernameDecider, usernameStream, type StaffState } from '#domain';
import { CommandSeam } from '../command-handling/command-seam.js';

/** Reads users straight from their streams (never from a read model): login and the guard rely on it. */
@Injectable()
export class StaffAccounts {
  constructor(private readonly seam: CommandSeam) {}

  async byId(staffId: string): Promise<{ state: StaffState; revision: number | 'no_stream' }> {
    const { state, revision } = await this.seam.load(staffStream(staffId), staffDecider);
    return { state, revision };
  }

  /** The staff id a username was reserved for (case-insensitive), if any. */
  async idOf(username: string): Promise<string | undefined> {
    return (await this.seam.load(usernameStream(username), usernameDecider)).state.holder;
  }

  async byUsername(username: string): Promise<StaffState> {
    const id = await this.idOf(username);
    return id === undefined ? { status: 'not_registered' } : (await this.byId(id)).state;
  }
}
