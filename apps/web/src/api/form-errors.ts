import type { FormInstance } from 'antd';
import { fieldMessage } from '../i18n/field-messages';
import type { Language } from '../i18n/language';
import { ApiError } from './api-error';

/**
 * Puts the service's field errors (problem+json `errors[].field`, e.g. `reporter.phone` or
 * `data.scores.overall`) next to the form's own fields, in the UI's language where known; answers
 * the errors no field showed.
 */
export function showFieldErrors(form: FormInstance, error: unknown, language: Language): string | undefined {
  if (!(error instanceof ApiError)) return (error as Error)?.message ?? String(error);
  const known = new Set(
    form
      .getFieldsError()
      .map((f) => f.name.join('.'))
      .concat(Object.keys(flatten(form.getFieldsValue(true)))),
  );
  const unplaced: string[] = [];
  const fields = error.errors.flatMap((e) => {
    const path = e.field.replace(/^data\./, '');
    if (!known.has(path)) {
      unplaced.push(`${e.field}: ${fieldMessage(e.field, e.message, language)}`);
      return [];
    }
    return [{ name: path.split('.'), errors: [fieldMessage(e.field, e.message, language)] }];
  });
  form.setFields(fields);
  if (error.errors.length === 0) return error.detail ?? error.title;
  return unplaced.length > 0 ? unplaced.join('; ') : undefined;
}

function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return prefix ? { [prefix]: value } : {};
  return Object.entries(value as Record<string, unknown>).reduce<Record<string, unknown>>(
    (out, [k, v]) => ({
      ...out,
      ...flatten(v, prefix ? `${prefix}.${k}` : k),
      [prefix ? `${prefix}.${k}` : k]: v,
    }),
    {},
  );
}
