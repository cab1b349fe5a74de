import { AlreadyExistsError } from '../shared/already-exists.error.js';
import type { Decider } from '../shared/decider.js';

/** One stream per login name, lower-cased: its first event reserves the name for one staff id. */
export const usernameStream = (username: string): string => `username-${username.toLowerCase()}`;

export type ReserveUsername = { type: 'ReserveUsername'; data: { username: string; staffId: string } };
export type UsernameReserved = { type: 'UsernameReserved'; data: { username: string; staffId: string } };
export interface UsernameState {
  /** The staff id the name belongs to, once reserved. */
  holder?: string;
}

/**
 * A login name belongs to one staff id: of any number of concurrent requests for it, the first
 * append wins; the same staff id asking again (a retried registration) is already satisfied.
 */
export const usernameDecider: Decider<ReserveUsername, UsernameReserved, UsernameState> = {
  initialState: () => ({}),
  evolve: (state, event) => ({ holder: state.holder ?? event.data.staffId }),
  decide: ({ data }, state) => {
    if (state.holder === data.staffId) return [];
    if (state.holder !== undefined) throw new AlreadyExistsError('username', data.username);
    return [{ type: 'UsernameReserved', data: { username: data.username, staffId: data.staffId } }];
  },
};
