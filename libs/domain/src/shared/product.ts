import { requireText } from './require.js';
import { ValidationError } from './validation.error.js';

/** A software product and its version, e.g. { name: 'DIP grouping platform', version: '3.2' }. */
export interface Product {
  name: string;
  version: string;
}

export function requireProduct(value: unknown, field: string): Product {
  if (value === null || typeof value !== 'object')
    throw new ValidationError(field, 'must be { name, version }');
  const { name, version } = value as Record<string, unknown>;
  return {
    name: requireText(name, `${field}.name`, 200),
    version: requireText(version, `${field}.version`, 100),
  };
}
