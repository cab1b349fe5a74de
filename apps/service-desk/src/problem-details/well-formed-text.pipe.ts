import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { ProblemException } from './problem.exception.js';
import { ProblemType } from './problem-types.js';

/**
 * Refuses a body holding text that is not well-formed UTF-16 (a lone surrogate): it cannot be stored
 * unchanged, and a silent change is a lost fact. Runs before validation, naming the field's path.
 */
@Injectable()
export class WellFormedTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body' && metadata.type !== 'query') return value;
    const bad = firstIllFormed(value, '');
    if (bad !== undefined) {
      const field = bad || metadata.type;
      throw new ProblemException({
        type: ProblemType.validationFailed,
        title: 'Bad Request',
        status: 400,
        detail: `${field} holds text that is not well-formed (a lone UTF-16 surrogate)`,
        errors: [{ field, message: `${field} must be well-formed text` }],
      });
    }
    return value;
  }
}

function firstIllFormed(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.isWellFormed() ? undefined : path;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const bad = firstIllFormed(item, `${path}[${i}]`);
      if (bad !== undefined) return bad;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const here = path ? `${path}.${key}` : key;
      if (!key.isWellFormed()) return path || 'body';
      const bad = firstIllFormed(item, here);
      if (bad !== undefined) return bad;
    }
  }
  return undefined;
}
