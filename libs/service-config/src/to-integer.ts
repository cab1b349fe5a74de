/** Turns a decimal string into a number; anything else stays as it is, so that the rule reports it. */
export const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
