import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDate } from '../../../src/schema/values/parseDate.ts';

const BAD = { ok: false, expected: 'a date such as 2026-10-05, 10/5/2026 or 5 Oct 2026' };
const IMPOSSIBLE = { ok: false, expected: 'a real calendar date such as 2026-10-05' };
const NOT_MDY = { ok: false, expected: 'a month/day/year date such as 10/5/2026, the order this column uses' };
const NOT_DMY = { ok: false, expected: 'a day/month/year date such as 5/10/2026, the order this column uses' };
const ok = (value: string) => ({ ok: true, value });

describe('parseDate', () => {
  it.each([
    ['2026-10-05', '2026-10-05'],
    [' 2026-10-05 ', '2026-10-05'],
    ['2026-1-5', '2026-01-05'],
    ['2026/10/05', '2026-10-05'],
    ['2026.10.05', '2026-10-05'],
    ['20261005', '2026-10-05'],
    ['2010-12-29', '2010-12-29'],
  ])('ISO and year-first: %j is %s', (cell, iso) => {
    expect(parseDate(cell, null)).toEqual(ok(iso));
  });

  it.each([
    // The date as written: no zone conversion, whatever the offset.
    ['2024-01-22T16:14:25.000+0000', '2024-01-22'],
    ['2026-10-05T23:30:00-08:00', '2026-10-05'], // 2026-10-06 in UTC, still the 5th as written
    ['2026-10-05T00:30:00+13:00', '2026-10-05'], // 2026-10-04 in UTC
    ['2026-10-05T23:59:59Z', '2026-10-05'],
    ['2026-10-05T23:59:59.123456Z', '2026-10-05'],
    ['2026-10-05T07:00+05', '2026-10-05'],
    ['2024-08-27 11:15', '2024-08-27'],
    ['2024-08-27 11:15:42', '2024-08-27'],
    ['2024-08-27 00:00:00 UTC', '2024-08-27'],
  ])('ISO with a time: %j is %s', (cell, iso) => {
    expect(parseDate(cell, null)).toEqual(ok(iso));
  });

  it.each([
    // order null: unambiguous values decide themselves, ambiguous ones are month/day.
    ['03/04/2026', null, '2026-03-04'],
    ['13/04/2026', null, '2026-04-13'],
    ['04/13/2026', null, '2026-04-13'],
    ['3/1/2017', null, '2017-03-01'],
    ['10/20/2016', null, '2016-10-20'],
    ['03-04-2026', null, '2026-03-04'],
    ['13.04.2026', null, '2026-04-13'],
    ['03.04.2026', null, '2026-04-03'], // dotted: day.month when ambiguous
    ['04.13.2026', null, '2026-04-13'],
    // order given
    ['03/04/2026', 'MDY', '2026-03-04'],
    ['03/04/2026', 'DMY', '2026-04-03'],
    ['03.04.2026', 'MDY', '2026-03-04'],
    ['5/10/2026', 'DMY', '2026-10-05'],
    ['10/5/2026', 'MDY', '2026-10-05'],
    ['2/4/2026 3:54 AM', 'MDY', '2026-02-04'],
    ['2/4/2026 3:54 PM', 'DMY', '2026-04-02'],
    ['2/4/2026 11:59:59 p.m.', null, '2026-02-04'],
    ['10/5/2026, 3:54 PM', null, '2026-10-05'],
    ['10/5/2026 15:54', null, '2026-10-05'],
    ['13/04/2026 23:00', null, '2026-04-13'],
  ] as const)('numeric %j with order %s is %s', (cell, order, iso) => {
    expect(parseDate(cell, order)).toEqual(ok(iso));
  });

  it.each([
    ['13/04/2026', 'MDY', NOT_MDY],
    ['04/13/2026', 'DMY', NOT_DMY],
    ['13.04.2026', 'MDY', NOT_MDY],
    ['13/13/2026', 'MDY', IMPOSSIBLE],
    ['13/13/2026', null, IMPOSSIBLE],
    ['32/01/2026', 'DMY', IMPOSSIBLE],
    ['0/1/2026', null, IMPOSSIBLE],
    ['02/30/2026', 'MDY', IMPOSSIBLE],
    ['30/02/2026', 'DMY', IMPOSSIBLE],
  ] as const)('%j with order %s is rejected', (cell, order, result) => {
    expect(parseDate(cell, order)).toEqual(result);
  });

  it.each([
    // 00-68 -> 20xx, 69-99 -> 19xx
    ['7/12/23', '2023-07-12'],
    ['7/12/00', '2000-07-12'],
    ['7/12/68', '2068-07-12'],
    ['7/12/69', '1969-07-12'],
    ['7/12/99', '1999-07-12'],
    ['31/12/99', '1999-12-31'],
    ['05-Oct-26', '2026-10-05'],
    ['Oct 5, 26', '2026-10-05'],
    ['2/29/24', '2024-02-29'],
  ])('two-digit year: %j is %s', (cell, iso) => {
    expect(parseDate(cell, null)).toEqual(ok(iso));
  });

  it.each([
    ['Oct 5, 2026', '2026-10-05'],
    ['oct 5, 2026', '2026-10-05'],
    ['OCT 5 2026', '2026-10-05'],
    ['October 5, 2026', '2026-10-05'],
    ['Sept. 30, 2026', '2026-09-30'],
    ['Sep 30 2026', '2026-09-30'],
    ['May 1st, 2026', '2026-05-01'],
    ['Oct-05-2026', '2026-10-05'],
    ['5 Oct 2026', '2026-10-05'],
    ['5-Oct-2026', '2026-10-05'],
    ['05-OCT-2026', '2026-10-05'],
    ['5 October 2026', '2026-10-05'],
    ['5th of October, 2026', '2026-10-05'],
    ['5/Oct/2026', '2026-10-05'],
    ['Monday, October 5, 2026', '2026-10-05'],
    ['Mon, 5 Oct 2026', '2026-10-05'],
    ['Thursday 1 January 2026', '2026-01-01'],
    ['Oct 5, 2026 3:54 PM', '2026-10-05'],
    ['5 Oct 2026 15:54:00', '2026-10-05'],
  ])('month names: %j is %s', (cell, iso) => {
    expect(parseDate(cell, null)).toEqual(ok(iso));
  });

  it.each([
    // Leap years: divisible by 4, except centuries, except every 400 years.
    ['2024-02-29', ok('2024-02-29')],
    ['2026-02-29', IMPOSSIBLE],
    ['2000-02-29', ok('2000-02-29')], // divisible by 400
    ['1900-02-29', IMPOSSIBLE], // century not divisible by 400
    ['2100-02-29', IMPOSSIBLE],
    ['2/29/2024', ok('2024-02-29')],
    ['29/02/2026', IMPOSSIBLE],
    ['Feb 29, 2026', IMPOSSIBLE],
    ['29 Feb 2028', ok('2028-02-29')],
    ['2026-02-30', IMPOSSIBLE],
    ['2026-02-28', ok('2026-02-28')],
    ['2026-13-01', IMPOSSIBLE],
    ['2026-00-10', IMPOSSIBLE],
    ['2026-04-31', IMPOSSIBLE],
    ['2026-04-30', ok('2026-04-30')],
    ['2026-12-31', ok('2026-12-31')],
    ['2026-12-32', IMPOSSIBLE],
    ['2026-10-00', IMPOSSIBLE],
    ['0000-01-01', IMPOSSIBLE],
    ['20260230', IMPOSSIBLE],
    ['2026-02-30T10:00:00Z', IMPOSSIBLE],
  ])('calendar check: %j', (cell, result) => {
    expect(parseDate(cell, null)).toEqual(result);
  });

  it.each([
    // Serial 1 is 1900-01-01.
    [1, '1900-01-01'],
    // 59 days after serial 1 minus one: Jan has 31 days, so serial 59 is Feb 28.
    [59, '1900-02-28'],
    // Serial 60 is Excel's phantom 1900-02-29, so 61 is the real 1900-03-01.
    [61, '1900-03-01'],
    // 25569 is 1970-01-01 (the Unix epoch, well known).
    [25569, '1970-01-01'],
    // 45000 - 25569 = 19431 days after 1970-01-01. 2023-01-01 is 53*365 + 13 leap days
    // (1972..2020) = 19358 days after it; 19431 - 19358 = 73 = 31 (Jan) + 28 (Feb) + 14,
    // so it is day 15 of March.
    [45000, '2023-03-15'],
    // 45352 - 25569 = 19783; 2024-01-01 is 54*365 + 13 = 19723; 19783 - 19723 = 60 =
    // 31 (Jan) + 29 (Feb, leap) + 0, so it is March 1.
    [45352, '2024-03-01'],
    // One day earlier is the leap day.
    [45351, '2024-02-29'],
    // A time of day is a fraction and is dropped: 45000.99 is still 2023-03-15.
    [45000.99, '2023-03-15'],
    [45000.5, '2023-03-15'],
    // The last day a workbook can hold.
    [2958465, '9999-12-31'],
    // 36526 - 25569 = 10957 = 30*365 + 7 leap days (1972..1996) -> 2000-01-01.
    [36526, '2000-01-01'],
    // YYYYMMDD written as a number (a date key column), far above any serial.
    [20101229, '2010-12-29'],
  ])('workbook date number %d is %s', (cell, iso) => {
    expect(parseDate(cell, null)).toEqual(ok(iso));
  });

  it.each([
    [60, IMPOSSIBLE],
    [60.5, IMPOSSIBLE],
    [0, BAD],
    [0.5, BAD],
    [-1, BAD],
    [2958466, BAD],
    [NaN, BAD],
    [Infinity, BAD],
    [20260230, IMPOSSIBLE],
    [true, BAD],
    [false, BAD],
  ])('workbook value %j is rejected', (cell, result) => {
    expect(parseDate(cell, null)).toEqual(result);
  });

  it.each([null, '', '  ', '-', '—', 'N/A', 'n/a', '#N/A'])('empty: %j', (cell) => {
    expect(parseDate(cell, 'MDY')).toEqual({ ok: true, value: null });
  });

  it.each([
    'TBD',
    'soon',
    'Oct 2026',
    '2026',
    '2026-10',
    '10/2026',
    '10/5',
    '45000', // a date number as text is not taken as a workbook date
    'Foo 5, 2026',
    '5 Okt 2026',
    '2026-10-05 25:00',
    '2026-10-05 10:61',
    '2/4/2026 13:54 PM',
    '2/4/2026 0:10 AM',
    '2026-10-05T',
    '2026-10-05 garbage',
    '10/5-2026',
    '10/5/20266',
    '1/2/3',
    '2026-10-05'.repeat(10),
  ])('rejects %j', (cell) => {
    expect(parseDate(cell, null)).toEqual(BAD);
  });

  it('gives back any ISO date it is given, and the same date written other ways', () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        // The reference: Date.UTC rolls invalid days over into the next month.
        const t = new Date(Date.UTC(y, m - 1, d));
        const real = t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
        const iso = `${y}-${pad(m)}-${pad(d)}`;
        const expected = real ? ok(iso) : IMPOSSIBLE;
        expect(parseDate(iso, null)).toEqual(expected);
        expect(parseDate(`${m}/${d}/${y}`, 'MDY')).toEqual(expected);
        expect(parseDate(`${d}.${m}.${y}`, 'DMY')).toEqual(expected);
        expect(parseDate(`${iso}T12:00:00-11:00`, null)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
