import type { ValidationError } from 'class-validator';
import type { FieldError } from './problem-details.js';

/**
 * Flattens class-validator's error tree into one entry per broken rule, each naming its field by its
 * path from the body's root: `customer.name`, `contacts[1].phone`.
 */
export function fieldErrorsOf(
  errors: readonly ValidationError[],
  parentPath = '',
  parentValue?: unknown,
): FieldError[] {
  return errors.flatMap((error) => {
    const field = pathOf(parentPath, error.property, Array.isArray(parentValue));
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: withField(message, error.property, field),
    }));
    return [...own, ...fieldErrorsOf(error.children ?? [], field, error.value)];
  });
}

function pathOf(parent: string, property: string, inArray: boolean): string {
  if (inArray) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

/** class-validator says "name must be a string"; for a nested field, say "customer.name must be a string". */
function withField(message: string, property: string, field: string): string {
  return field !== property && message.startsWith(`${property} `)
    ? `${field}${message.slice(property.length)}`
    : message;
}
