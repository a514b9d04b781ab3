import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import {
  addDays, addMonths, compareDates, daysBetween, fromDayNumber, isIsoDate, isoWeekday, localToday,
  parseCalendarDate, startOfIsoWeek, toDayNumber,
} from '../../src/core/dates';
import { computeProbe, EXPECTED_PROBE, type TzProbe } from './helpers/tzProbe';

describe('dates', () => {
  describe('parseCalendarDate', () => {
    const cases: Array<[string, unknown, string | undefined]> = [
      ['a plain date', '2026-11-20', '2026-11-20'],
      ['a plain date with surrounding spaces', '  2026-11-20 ', '2026-11-20'],
      ['a date-time west of Greenwich on the date written in it', '2026-11-13T16:30:00-08:00', '2026-11-13'],
      ['a date-time east of Greenwich on the date written in it', '2026-11-13T23:30:00+09:00', '2026-11-13'],
      ['a UTC date-time', '2026-11-13T23:59:59Z', '2026-11-13'],
      ['a date-time with a space and no seconds', '2026-11-13 08:00', '2026-11-13'],
      ['a date-time with fractions and a compact offset', '2026-11-13T08:00:00.250+0530', '2026-11-13'],
      ['a date-time just after midnight far east', '2026-11-14T00:15:00+14:00', '2026-11-14'],
      ['a YAML date-time with spaces before the offset', '2026-11-13 23:30:00 -08:00', '2026-11-13'],
      ['a YAML date-time with a one-digit offset and hour', '2001-12-14 1:59:43.10 -5', '2001-12-14'],
      ['a YAML date-time with a space before Z', '2026-11-13 23:30:00 Z', '2026-11-13'],
      ['a leap day in a leap year', '2028-02-29', '2028-02-29'],
      ['a leap day in a 400-year leap year', '2000-02-29', '2000-02-29'],
      ['no leap day in a non-leap year', '2026-02-29', undefined],
      ['no leap day in a century year', '1900-02-29', undefined],
      ['no Feb 30', '2026-02-30', undefined],
      ['no month 13', '2026-13-01', undefined],
      ['no month 0', '2026-00-10', undefined],
      ['no day 0', '2026-11-00', undefined],
      ['no Nov 31', '2026-11-31', undefined],
      ['no Feb 30 in a date-time', '2026-02-30T10:00:00Z', undefined],
      ['no slashes', '2026/11/20', undefined],
      ['no day-first dates', '20.11.2026', undefined],
      ['no single-digit months', '2026-1-05', undefined],
      ['no trailing text', '2026-11-20 maybe', undefined],
      ['no empty string', '', undefined],
      ['no number', 20261120, undefined],
      ['no null', null, undefined],
      ['no undefined', undefined, undefined],
      ['a Date at UTC midnight (a YAML timestamp) as its UTC date', new Date(Date.UTC(2026, 10, 20)), '2026-11-20'],
      ['no invalid Date', new Date('not a date'), undefined],
    ];
    for (const [what, input, expected] of cases) {
      it(`reads ${what}: ${JSON.stringify(input)} → ${String(expected)}`, () => {
        assert.equal(parseCalendarDate(input), expected);
      });
    }
  });

  describe('isIsoDate', () => {
    const cases: Array<[string, boolean]> = [
      ['2026-11-20', true], ['2028-02-29', true], ['2026-02-29', false], ['2026-04-31', false],
      ['2026-12-31', true], ['2026-11-20T10:00', false], ['26-11-20', false],
      ['2026-00-10', false], ['2026-13-10', false], ['2026-01-00', false], ['2026/01/10', false], ['2026-1-10 ', false],
      ['+026-01-10', false], ['2026-01-1a', false], ['２026-01-10', false], ['2026-01-10\n', false], ['0000-03-31', true],
    ];
    for (const [input, expected] of cases) {
      it(`says ${input} is ${expected ? '' : 'not '}a calendar date`, () => assert.equal(isIsoDate(input), expected));
    }
  });

  describe('addDays', () => {
    const cases: Array<[string, number, string]> = [
      ['2026-01-31', 1, '2026-02-01'],
      ['2026-02-28', 1, '2026-03-01'],
      ['2028-02-28', 1, '2028-02-29'],
      ['2028-02-29', 1, '2028-03-01'],
      ['2026-12-31', 1, '2027-01-01'],
      ['2026-03-01', -1, '2026-02-28'],
      ['2028-03-01', -1, '2028-02-29'],
      ['2026-11-13', 14, '2026-11-27'],
      ['2026-11-20', 0, '2026-11-20'],
      ['2026-03-07', 2, '2026-03-09'], // across the US spring-forward night
      ['2026-10-31', 2, '2026-11-02'], // across the US fall-back night
      ['2026-11-20', -365, '2025-11-20'],
    ];
    for (const [date, days, expected] of cases) {
      it(`adds ${days} day(s) to ${date} → ${expected}`, () => assert.equal(addDays(date, days), expected));
    }
  });

  describe('addMonths', () => {
    const cases: Array<[string, number, string]> = [
      ['2026-01-31', 1, '2026-02-28'],
      ['2028-01-31', 1, '2028-02-29'],
      ['2028-02-29', 12, '2029-02-28'],
      ['2026-11-30', 3, '2027-02-28'],
      ['2026-03-31', -1, '2026-02-28'],
      ['2026-01-15', -1, '2025-12-15'],
      ['2026-12-15', 1, '2027-01-15'],
      ['2026-05-31', 1, '2026-06-30'],
      ['2026-11-20', 0, '2026-11-20'],
    ];
    for (const [date, months, expected] of cases) {
      it(`adds ${months} month(s) to ${date}, clamping to the month's end → ${expected}`, () => {
        assert.equal(addMonths(date, months), expected);
      });
    }
  });

  describe('isoWeekday and startOfIsoWeek', () => {
    const cases: Array<[string, number, string]> = [
      ['2026-11-16', 0, '2026-11-16'], // Monday
      ['2026-11-20', 4, '2026-11-16'], // Friday
      ['2026-11-22', 6, '2026-11-16'], // Sunday belongs to the week that started on Monday
      ['1970-01-01', 3, '1969-12-29'], // Thursday, the epoch
      ['2028-02-29', 1, '2028-02-28'], // Tuesday, leap day
      ['2027-01-01', 4, '2026-12-28'], // the week straddles the new year
      ['2026-03-01', 6, '2026-02-23'], // the week straddles the month end
    ];
    for (const [date, weekday, monday] of cases) {
      it(`puts ${date} on weekday ${weekday} of the ISO week starting ${monday}`, () => {
        assert.equal(isoWeekday(date), weekday);
        assert.equal(startOfIsoWeek(date), monday);
      });
    }
  });

  describe('day numbers and comparisons', () => {
    it('counts days between dates across DST changes and leap days', () => {
      assert.equal(daysBetween('2026-03-07', '2026-03-09'), 2);
      assert.equal(daysBetween('2028-02-28', '2028-03-01'), 2);
      assert.equal(daysBetween('2026-11-27', '2026-11-13'), -14);
      assert.equal(daysBetween('2026-01-01', '2027-01-01'), 365);
    });

    it('round-trips day numbers from the epoch', () => {
      assert.equal(toDayNumber('1970-01-01'), 0);
      assert.equal(toDayNumber('1970-01-02'), 1);
      assert.equal(fromDayNumber(toDayNumber('2028-02-29')), '2028-02-29');
    });

    it('sorts missing dates after every date', () => {
      const dates = [undefined, '2026-11-20', '2026-01-05', undefined, '2026-11-19'];
      assert.deepEqual([...dates].sort(compareDates), ['2026-01-05', '2026-11-19', '2026-11-20', undefined, undefined]);
    });
  });

  describe('localToday', () => {
    it('reads the date of the clock time it is given, in the local time zone', () => {
      assert.equal(localToday(new Date(2026, 10, 20, 23, 59)), '2026-11-20');
      assert.equal(localToday(new Date(2026, 0, 1, 0, 0)), '2026-01-01');
      assert.equal(localToday(new Date(2028, 1, 29, 12, 0)), '2028-02-29');
    });
  });

  describe('time-zone independence', function () {
    this.timeout(60_000);
    const probe = path.join(__dirname, 'helpers', 'tzProbeMain.ts');
    const run = (tz: string): TzProbe => {
      const result = spawnSync(process.execPath, ['--import', 'tsx', probe], {
        cwd: path.resolve(__dirname, '..', '..'), // where `tsx` resolves
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      assert.equal(result.status, 0, `probe failed under TZ=${tz}: ${result.stderr}`);
      return JSON.parse(result.stdout) as TzProbe;
    };

    // localToday is the one TZ-dependent function by design: the same instant is a different day.
    const localTodays: Array<[string, string]> = [
      ['UTC', '2026-11-20'],
      ['America/Los_Angeles', '2026-11-20'],
      ['Asia/Tokyo', '2026-11-21'],
    ];
    it('computes the expected dates in this process, whatever its time zone', () => {
      const { localTodayAt20hUtc, ...rest } = computeProbe();
      assert.deepEqual(rest, EXPECTED_PROBE);
      assert.match(localTodayAt20hUtc, /^2026-11-2[01]$/);
    });

    for (const [tz, today] of localTodays) {
      it(`gives the same dates, cool-offs and follow-ups under TZ=${tz}`, () => {
        const { localTodayAt20hUtc, ...rest } = run(tz);
        assert.deepEqual(rest, EXPECTED_PROBE);
        assert.equal(localTodayAt20hUtc, today);
      });
    }
  });

  it('knows the last day of every month of years 0000–9999 as Date.UTC does (leap years, and 0–99 read as 1900–1999)', () => {
    const wrong: string[] = [];
    for (let year = 0; year <= 9999; year++) {
      for (let month = 1; month <= 12; month++) {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const ym = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
        if (!isIsoDate(`${ym}-${last}`) || isIsoDate(`${ym}-${last + 1}`)) wrong.push(ym);
      }
    }
    assert.deepEqual(wrong, []);
  });
});
