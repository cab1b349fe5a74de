import { ValidationError } from '../shared/validation.error.js';
import { requireCalendar, type BusinessHoursCalendar } from './business-calendar.js';
import { workingTime } from './working-time.js';

const ms = (iso: string) => Date.parse(iso);
const MIN = 60_000;
const officeHours: BusinessHoursCalendar = {
  name: 'Beijing office',
  hours: {
    mon: { open: '08:30', close: '17:30' },
    tue: { open: '08:30', close: '17:30' },
    wed: { open: '08:30', close: '17:30' },
    thu: { open: '08:30', close: '17:30' },
    fri: { open: '08:30', close: '17:30' },
  },
  holidays: ['2026-10-01'],
};
const office = workingTime(officeHours, 'Asia/Shanghai');
const allDay = workingTime('24x7', 'Asia/Shanghai');

describe('24x7 working time', () => {
  it('counts every minute: reported 10:00, 30 minutes later is 10:30', () => {
    expect(allDay.elapsedMs(ms('2026-11-07T10:00:00+08:00'), ms('2026-11-07T10:30:00+08:00'))).toBe(30 * MIN);
    expect(allDay.latestAfter(ms('2026-11-07T10:00:00+08:00'), 30 * MIN)).toBe(
      ms('2026-11-07T10:30:00+08:00'),
    );
  });
});

describe('business hours working time', () => {
  it('counts only open time: Friday 17:00 to Monday 09:00 is one hour', () => {
    expect(office.elapsedMs(ms('2026-11-06T17:00:00+08:00'), ms('2026-11-09T09:00:00+08:00'))).toBe(60 * MIN);
  });

  it('carries a target over the weekend: Friday 17:20 + 30 minutes is Monday 08:50', () => {
    expect(office.latestAfter(ms('2026-11-06T17:20:00+08:00'), 30 * MIN)).toBe(
      ms('2026-11-09T08:50:00+08:00'),
    );
  });

  it('starts counting at the next opening: Saturday 10:00 + 30 minutes is Monday 09:00', () => {
    expect(office.latestAfter(ms('2026-11-07T10:00:00+08:00'), 30 * MIN)).toBe(
      ms('2026-11-09T09:00:00+08:00'),
    );
  });

  it('skips a holiday: Wednesday 17:00 + 1 hour, Thursday off, is Friday 09:00', () => {
    expect(office.latestAfter(ms('2026-09-30T17:00:00+08:00'), 60 * MIN)).toBe(
      ms('2026-10-02T09:00:00+08:00'),
    );
  });

  it('reaches a target that ends at closing at 17:30 at the earliest, and allows until the next opening', () => {
    const monday1700 = ms('2026-11-02T17:00:00+08:00');
    expect(office.earliestAfter(monday1700, 30 * MIN)).toBe(ms('2026-11-02T17:30:00+08:00'));
    expect(office.latestAfter(monday1700, 30 * MIN)).toBe(ms('2026-11-03T08:30:00+08:00'));
  });

  it('counts real time across a daylight-saving change in the contract zone', () => {
    const everyDay = requireCalendar(
      {
        name: 'always',
        hours: { sat: { open: '00:00', close: '24:00' }, sun: { open: '00:00', close: '24:00' } },
      },
      'calendar',
    );
    const berlin = workingTime(everyDay, 'Europe/Berlin');
    const hours =
      berlin.elapsedMs(ms('2026-03-28T12:00:00+01:00'), ms('2026-03-29T12:00:00+02:00')) / (60 * MIN);
    expect(hours).toBe(23);
  });
});

describe('requireCalendar', () => {
  it("accepts '24x7'", () => {
    expect(requireCalendar('24x7', 'calendar')).toBe('24x7');
  });

  it('sorts holidays and drops repeats', () => {
    const calendar = requireCalendar(
      {
        name: 'x',
        hours: { mon: { open: '09:00', close: '17:00' } },
        holidays: ['2026-10-02', '2026-10-01', '2026-10-02'],
      },
      'calendar',
    );
    expect(calendar).toEqual({
      name: 'x',
      hours: { mon: { open: '09:00', close: '17:00' } },
      holidays: ['2026-10-01', '2026-10-02'],
    });
  });

  it.each([
    [
      'a close before the open',
      { name: 'x', hours: { mon: { open: '17:00', close: '09:00' } } },
      'calendar.hours.mon.close',
    ],
    [
      'an unknown weekday',
      { name: 'x', hours: { monday: { open: '09:00', close: '17:00' } } },
      'calendar.hours.monday',
    ],
    ['no open day', { name: 'x', hours: {} }, 'calendar.hours'],
    [
      'a bad holiday',
      { name: 'x', hours: { mon: { open: '09:00', close: '17:00' } }, holidays: ['1 Oct'] },
      'calendar.holidays[0]',
    ],
    [
      'a time of 25:00',
      { name: 'x', hours: { mon: { open: '09:00', close: '25:00' } } },
      'calendar.hours.mon.close',
    ],
  ])('refuses %s', (_what, input, field) => {
    expect(() => requireCalendar(input, 'calendar')).toThrow(ValidationError);
    try {
      requireCalendar(input, 'calendar');
    } catch (error) {
      expect((error as ValidationError).field).toBe(field);
    }
  });
});
