/**
 * A key for matching headers and stage names written differently: NFKC, lower case, and
 * nothing but letters (accents kept) and digits. 'Close Date', 'close_date', 'CloseDate'
 * and ' Close-Date ' all give 'closedate'; 'Ｃｌｏｓｅ' (full width) gives 'close'.
 */

const ALREADY_KEY = /^[a-z0-9]*$/;
const NOT_KEY = /[^\p{L}\p{M}\p{N}]+/gu;

export function normalizeKey(text: string): string {
  if (ALREADY_KEY.test(text)) return text;
  return text.normalize('NFKC').toLowerCase().replace(NOT_KEY, '');
}
