/**
 * Date math is independent of the machine's time zone: every phrase resolves to the same
 * interval under UTC and under zones far from it, and the day-number calendar round-trips every
 * date of years 0000–9999. `npm run test:time-zones` also runs the date tests under each zone.
 */
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { civilDate, dayNumber, fromCalendarDay, parseIsoDay } from '../../src/time/calendar.js';
import { resolveRelativeDate } from '../../src/time/index.js';
import { runProperty } from './run-property.js';

const ZONES = ['UTC', 'Pacific/Apia', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kathmandu'];
const PHRASES = [
  'today',
  'yesterday',
  'earlier this week',
  'later this month',
  'this year',
  'last week',
  'last month',
  'last year',
  'on Thursday',
  'last Sunday',
  'in the last 3 days',
  'in the past two weeks',
  'in the last 5 months',
  'in the last 40 years',
  'recently',
  'March 3',
  'February 29',
  'Friday, September 15',
  'April 2022',
  '2021',
  '2023-09-14',
];
const original = process.env['TZ'];
afterAll(() => {
  if (original === undefined) delete process.env['TZ'];
  else process.env['TZ'] = original;
});

const isoDay = fc.integer({ min: dayNumber(1, 1, 1), max: dayNumber(9998, 12, 31) }).map(fromCalendarDay);

function resolveOrError(phrase: string, reference: string): string {
  try {
    return JSON.stringify(resolveRelativeDate(phrase, reference));
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

describe('time zones', () => {
  it('resolveRelativeDate gives the same answer in every zone', () => {
    runProperty(
      'resolveRelativeDate is independent of TZ',
      fc.property(fc.constantFrom(...PHRASES), isoDay, (phrase, reference) => {
        const answers = ZONES.map((zone) => {
          process.env['TZ'] = zone;
          return resolveOrError(phrase, reference);
        });
        return answers.every((answer) => answer === answers[0]);
      }),
    );
  });

  it('the day-number calendar round-trips every date of years 0000–9999', () => {
    runProperty(
      'day numbers round-trip',
      fc.property(fc.integer({ min: dayNumber(0, 1, 1), max: dayNumber(9999, 12, 31) }), (day) => {
        const iso = fromCalendarDay(day);
        const { year, month, day: dayOfMonth } = civilDate(day);
        return parseIsoDay(iso) === day && dayNumber(year, month, dayOfMonth) === day;
      }),
    );
  });
});
