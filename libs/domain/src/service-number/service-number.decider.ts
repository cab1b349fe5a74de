import type { Decider } from '../shared/decider.js';
import { ValidationError } from '../shared/validation.error.js';

/** The organisation's zone: month boundaries of service numbers follow it. */
export const ORGANISATION_TIME_ZONE = 'Asia/Shanghai';

/** One stream per month: its n-th event assigns SV-<month>-000n. */
export const serviceNumberStream = (month: string): string => `service-numbers-${month}`;

export type AssignServiceNumber = { type: 'AssignServiceNumber'; data: { month: string; ticketId: string } };
export type ServiceNumberAssigned = {
  type: 'ServiceNumberAssigned';
  data: { serviceNo: string; ticketId: string };
};
export interface ServiceNumbersState {
  assigned: number;
}

/** 2026-11 → "202611", in the organisation's zone. */
export function serviceMonth(atMs: number, timeZone = ORGANISATION_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(atMs);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}${get('month')}`;
}

export function formatServiceNo(month: string, sequence: number): string {
  return `SV-${month}-${String(sequence).padStart(4, '0')}`;
}

/**
 * Service numbers (售后服务号): the next one of the month's stream. Appending at the revision the
 * decision was made on makes them unique and consecutive under concurrent reports; the state is
 * the last number's sequence, so a command needs to read only the stream's last event.
 */
export const serviceNumberDecider: Decider<AssignServiceNumber, ServiceNumberAssigned, ServiceNumbersState> =
  {
    initialState: () => ({ assigned: 0 }),
    // The count is in the last number assigned, so the stream's last event alone tells the state.
    evolve: (_state, event) => ({ assigned: Number(event.data.serviceNo.split('-')[2]) }),
    decide: ({ data }, state) => {
      if (!/^\d{6}$/.test(data.month)) throw new ValidationError('month', 'must be YYYYMM');
      return [
        {
          type: 'ServiceNumberAssigned',
          data: { serviceNo: formatServiceNo(data.month, state.assigned + 1), ticketId: data.ticketId },
        },
      ];
    },
  };
