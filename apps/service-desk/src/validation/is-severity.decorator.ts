import { applyDecorators } from '@nestjs/common';
import { IsInt, Max, Min, type ValidationOptions } from 'class-validator';
import { SEVERITIES } from '#domain';

/** The OpenAPI bounds of a severity, from the domain's list (1 most severe). */
export const SEVERITY_RANGE = { minimum: Math.min(...SEVERITIES), maximum: Math.max(...SEVERITIES) } as const;

/** A severity: an integer within the domain's SEVERITIES. */
export const IsSeverity = (options?: ValidationOptions) =>
  applyDecorators(IsInt(options), Min(SEVERITY_RANGE.minimum, options), Max(SEVERITY_RANGE.maximum, options));
