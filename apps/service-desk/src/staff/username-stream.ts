/**
 * One stream per login name, lower-cased: its first event reserves the name for one staff id.
 * Appending it with expectedRevision 'no_stream' makes usernames unique under concurrent requests.
 */
export const usernameStream = (username: string): string => `username-${username.toLowerCase()}`;

export const USERNAME_RESERVED = 'UsernameReserved';

export interface UsernameReservedData {
  username: string;
  staffId: string;
  [key: string]: string;
}
