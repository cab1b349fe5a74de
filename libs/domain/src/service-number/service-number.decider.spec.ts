import { ValidationError } from '../shared/validation.error.js';
import { DeciderSpecification } from '../testing/decider-specification.js';
import { serviceMonth, serviceNumberDecider, type ServiceNumberAssigned } from './service-number.decider.js';

const given = DeciderSpecification.for(serviceNumberDecider);
const assigned = (serviceNo: string, ticketId: string): ServiceNumberAssigned => ({
  type: 'ServiceNumberAssigned',
  data: { serviceNo, ticketId },
});
const assign = (month: string, ticketId: string) =>
  ({ type: 'AssignServiceNumber', data: { month, ticketId } }) as const;

describe('AssignServiceNumber', () => {
  it("gives a month's first ticket number 0001", () => {
    given([])
      .when(assign('202612', 't-1'))
      .then([assigned('SV-202612-0001', 't-1')]);
  });

  it('gives the next number after the last one taken', () => {
    given([assigned('SV-202612-0001', 't-1'), assigned('SV-202612-0002', 't-2')])
      .when(assign('202612', 't-3'))
      .then([assigned('SV-202612-0003', 't-3')]);
  });

  it('counts from the last number alone, so a stream read from its last event decides the same', () => {
    given([assigned('SV-202612-0041', 't-41')])
      .when(assign('202612', 't-42'))
      .then([assigned('SV-202612-0042', 't-42')]);
  });

  it('goes past 9999 in a busy month without losing order', () => {
    given([assigned('SV-202612-9999', 't-9999')])
      .when(assign('202612', 't-10000'))
      .then([assigned('SV-202612-10000', 't-10000')]);
  });

  it('refuses a month that is not YYYYMM', () => {
    given([]).when(assign('2026-12', 't-1')).thenThrows(ValidationError);
  });
});

describe('serviceMonth', () => {
  it("takes the month in the organisation's zone: 16:30 UTC on 30 November is already December in Shanghai", () => {
    expect(serviceMonth(Date.parse('2026-11-30T16:30:00Z'))).toBe('202612');
    expect(serviceMonth(Date.parse('2026-11-30T15:59:59Z'))).toBe('202611');
  });
});
