import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import XLSX from 'xlsx';
import { excelSerialDate } from '../../../src/schema/values/excelSerialDate.ts';
import { calendarDate, calendarDateFromDays, daysInMonth, isLeapYear, isRealDate } from '../../../src/schema/values/calendarDate.ts';

describe('calendar arithmetic', () => {
  it.each([
    [2024, true],
    [2026, false],
    [2000, true], // divisible by 400
    [1900, false], // divisible by 100, not 400
    [2100, false],
    [2400, true],
    [4, true],
  ])('isLeapYear(%d) is %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    [2024, 2, 29],
    [2026, 2, 28],
    [2026, 1, 31],
    [2026, 4, 30],
    [2026, 6, 30],
    [2026, 9, 30],
    [2026, 11, 30],
    [2026, 12, 31],
  ])('daysInMonth(%d, %d) is %d', (y, m, days) => {
    expect(daysInMonth(y, m)).toBe(days);
  });

  it.each([
    [0, '1970-01-01'],
    [-1, '1969-12-31'],
    [59, '1970-03-01'], // 31 + 28 days later
    [365, '1971-01-01'],
    [19723, '2024-01-01'], // 54*365 + 13 leap days
    [11016, '2000-02-29'], // 30*365 + 7 = 10957 is 2000-01-01, + 31 + 28
    [-25567, '1900-01-01'], // 70*365 + 17 leap days (1904..1968) before 1970
    [2932896, '9999-12-31'],
  ])('calendarDateFromDays(%d) is %s', (days, iso) => {
    expect(calendarDateFromDays(days)).toBe(iso);
  });

  it('pads years below 1000 to four digits', () => {
    expect(calendarDate(26, 1, 2)).toBe('0026-01-02');
    expect(isRealDate(0, 1, 1)).toBe(false);
    expect(isRealDate(10000, 1, 1)).toBe(false);
  });

  it('agrees with Date.UTC on every day from 1600 to 2400', () => {
    fc.assert(
      fc.property(fc.integer({ min: -135140, max: 156914 }), (days) => {
        expect(calendarDateFromDays(days)).toBe(new Date(days * 86400000).toISOString().slice(0, 10));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('excelSerialDate', () => {
  it.each([
    [1, '1900-01-01'],
    [2, '1900-01-02'],
    [59, '1900-02-28'],
    [60, null], // Excel's 1900-02-29, a day that never was
    [61, '1900-03-01'],
    [45000, '2023-03-15'],
    [45352, '2024-03-01'],
    [2958465, '9999-12-31'],
    [2958465.999, '9999-12-31'],
    [0, null],
    [0.99, null],
    [2958466, null],
    [NaN, null],
  ])('excelSerialDate(%d) is %s', (serial, iso) => {
    expect(excelSerialDate(serial)).toBe(iso);
  });

  it('agrees with SheetJS (xlsx) on every serial except the phantom day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => {
        fc.pre(serial !== 60);
        const p = XLSX.SSF.parse_date_code(serial);
        expect(excelSerialDate(serial)).toBe(calendarDate(p.y, p.m, p.d));
      }),
      { numRuns: 2000 },
    );
  });
});
