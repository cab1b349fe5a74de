import dayjs from 'dayjs';
import type { TicketAction } from './ticket-actions';

/**
 * The request body from the form's values: date pickers become ISO instants with the browser's
 * offset, empty fields are left out, and the action's fixed fields (the confirmation's answer) added.
 */
export function actionBody(action: TicketAction, values: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = { ...action.fixed };
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    body[key] = dayjs.isDayjs(value) ? value.format('YYYY-MM-DDTHH:mm:ssZ') : value;
  }
  return body;
}
