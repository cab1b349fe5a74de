/** Turns 'true' / 'false' of a query string into a boolean; anything else stays, so that the rule reports it. */
export const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;
