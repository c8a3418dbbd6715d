/**
 * Which of comma, semicolon, tab and pipe separates the fields. Counts each candidate per
 * record (outside quotes) over the first records, then picks the one whose most common
 * non-zero count occurs in the most records; ties go to the larger count. Title lines
 * above the table have other counts and do not outvote the table.
 */

export const DELIMITERS = [',', ';', '\t', '|'] as const;

export interface DetectDelimiterOptions {
  /** Used when no candidate occurs at all (a one-column file). */
  fallback: string;
  /** Records to look at. */
  maxRecords?: number;
  /** Characters to look at. */
  maxChars?: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const CODES = DELIMITERS.map((d) => d.charCodeAt(0));

export function detectDelimiter(text: string, options: DetectDelimiterOptions): string {
  const maxRecords = options.maxRecords ?? 200;
  const end = Math.min(text.length, options.maxChars ?? 131072);
  const perRecord: number[][] = [];
  let counts = [0, 0, 0, 0];
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < end && perRecord.length < maxRecords; i++) {
    const code = text.charCodeAt(i);
    if (inQuotes) {
      if (code === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) i++;
        else inQuotes = false;
      }
      continue;
    }
    if (code === QUOTE && fieldStart) {
      inQuotes = true;
      fieldStart = false;
      continue;
    }
    if (code === LF || code === CR) {
      if (code === CR && text.charCodeAt(i + 1) === LF) i++;
      perRecord.push(counts);
      counts = [0, 0, 0, 0];
      fieldStart = true;
      continue;
    }
    const which = CODES.indexOf(code);
    if (which >= 0) {
      counts[which] = (counts[which] ?? 0) + 1;
      fieldStart = true;
    } else if (code !== 32) {
      fieldStart = false;
    }
  }
  if (perRecord.length < maxRecords && counts.some((c) => c > 0)) perRecord.push(counts);

  let best = options.fallback;
  let bestRecords = 0;
  let bestCount = 0;
  for (let d = 0; d < DELIMITERS.length; d++) {
    const frequency = new Map<number, number>();
    for (const record of perRecord) {
      const c = record[d] ?? 0;
      if (c > 0) frequency.set(c, (frequency.get(c) ?? 0) + 1);
    }
    for (const [count, records] of frequency) {
      if (records > bestRecords || (records === bestRecords && count > bestCount)) {
        best = DELIMITERS[d] ?? best;
        bestRecords = records;
        bestCount = count;
      }
    }
  }
  return best;
}
