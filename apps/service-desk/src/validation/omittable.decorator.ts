import { ValidateIf } from 'class-validator';

/**
 * The field may be left out, but when present, null included, it must pass its other checks.
 * class-validator's @IsOptional() also waves `null` through, which a handler then mistakes for a
 * value; here `"targets": null` is a 400 naming `targets`, like any other wrong type.
 */
export const Omittable = () => ValidateIf((_object: object, value: unknown) => value !== undefined);
