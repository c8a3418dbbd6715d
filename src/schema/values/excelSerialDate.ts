/**
 * A workbook date number (1900 date system) -> 'YYYY-MM-DD', or null outside 1..2958465
 * (1900-01-01..9999-12-31). The fraction (time of day) is dropped.
 *
 * Excel counts 1900-01-01 as 1 and, copying Lotus 1-2-3, pretends 1900 was a leap year:
 * 60 is the day "1900-02-29" that never was, so it gives null; 61 is 1900-03-01. From 61 on,
 * serial 25569 is 1970-01-01.
 */
import { calendarDateFromDays } from './calendarDate.ts';

/** Serial number of 9999-12-31, the last day a workbook can hold. */
export const LAST_SERIAL = 2958465;
const SERIAL_OF_1970_01_01 = 25569;

export function excelSerialDate(serial: number): string | null {
  if (!(serial >= 1 && serial < LAST_SERIAL + 1)) return null; // also rejects NaN
  const whole = Math.floor(serial);
  if (whole === 60) return null;
  // Before the phantom day the count is one ahead of the real calendar.
  return calendarDateFromDays(whole - SERIAL_OF_1970_01_01 + (whole < 60 ? 1 : 0));
}
