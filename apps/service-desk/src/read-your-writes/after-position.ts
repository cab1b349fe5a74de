import { parseGlobalPosition } from './global-position.js';

const MESSAGE =
  'after must be a global position: digits only, e.g. ?after=1042 (the position a write answered)';

/** The `after` query parameter as a position; a 400 naming `after` for anything but one run of digits. */
export function parseAfter(value: unknown): bigint {
  return parseGlobalPosition(value, 'after', MESSAGE);
}
