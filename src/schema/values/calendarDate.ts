/**
 * Calendar arithmetic on plain numbers (proleptic Gregorian, no time zones, no Date objects).
 */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether year (1–9999), month and day name a day that exists. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** 'YYYY-MM-DD' for numbers already known to be a real date. */
export function calendarDate(year: number, month: number, day: number): string {
  const y = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return `${y}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * 'YYYY-MM-DD' of the day `days` after 1970-01-01 (negative before it).
 * The civil-from-days algorithm of Howard Hinnant's "chrono-Compatible Low-Level Date Algorithms".
 */
export function calendarDateFromDays(days: number): string {
  const z = days + 719468; // days since 0000-03-01
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097; // 0..146096
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  ); // 0..399
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100)); // 0..365, from March 1
  const mp = Math.floor((5 * dayOfYear + 2) / 153); // 0..11, March = 0
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return calendarDate(year, month, day);
}
