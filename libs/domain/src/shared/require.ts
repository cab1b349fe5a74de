import { ValidationError } from './validation.error.js';

const MAX_TEXT = 4000;

/** A string with visible content, trimmed; at most `max` characters. */
export function requireText(value: unknown, field: string, max = MAX_TEXT): string {
  if (typeof value !== 'string' || value.trim().length === 0)
    throw new ValidationError(field, 'must not be empty');
  const text = value.trim();
  if (text.length > max) throw new ValidationError(field, `must not be longer than ${max} characters`);
  return text;
}

/** Undefined stays undefined (the key is then omitted); anything else must be text. */
export function optionalText(value: unknown, field: string, max = MAX_TEXT): string | undefined {
  return value === undefined ? undefined : requireText(value, field, max);
}

export function requireOneOf<T extends string | number>(
  value: unknown,
  allowed: readonly T[],
  field: string,
): T {
  if (!allowed.includes(value as T)) throw new ValidationError(field, `must be one of ${allowed.join(', ')}`);
  return value as T;
}

export function requireInteger(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ValidationError(field, `must be a whole number from ${min} to ${max}`);
  }
  return value;
}

export function requireBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new ValidationError(field, 'must be true or false');
  return value;
}

/** Copies only the keys whose value is defined: events must never hold `undefined`. */
export function defined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = item;
  return out as T;
}

/** The fields of a command's data, to check one by one: input from outside is never trusted to match its type. */
export function fieldsOf(data: object): Readonly<Record<string, unknown>> {
  return Object.fromEntries(Object.entries(data));
}

/** The object without its undefined members (JSON drops them; the event store refuses them). */
export function withoutUndefined<T extends object>(value: T): T {
  const copy = { ...value };
  for (const key of Object.keys(copy) as (keyof T)[]) {
    if (copy[key] === undefined) delete copy[key];
  }
  return copy;
}
