import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/site/tables/csv.ts';

const columns = [
  { key: 'name', label: 'Deal' },
  { key: 'amount', label: 'Amount (USD)' },
  { key: 'close', label: 'Close date' },
];

describe('toCsv', () => {
  it('toCsv(columns, rows) writes a header line and CRLF-ended rows, no byte-order mark', () => {
    const csv = toCsv(columns, [
      { name: 'Acme renewal', amount: 12500, close: '2026-10-05' },
      { name: 'Globex', amount: 0.5, close: null },
    ]);
    expect(csv).toBe('Deal,Amount (USD),Close date\r\nAcme renewal,12500,2026-10-05\r\nGlobex,0.5,\r\n');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('toCsv quotes fields with a comma, quote or line break and doubles inner quotes (RFC 4180)', () => {
    const csv = toCsv([{ key: 'a', label: 'A, the first' }], [{ a: 'say "hi"' }, { a: 'two\nlines' }, { a: 'cr\rhere' }, { a: 'plain text' }]);
    expect(csv).toBe('"A, the first"\r\n"say ""hi"""\r\n"two\nlines"\r\n"cr\rhere"\r\nplain text\r\n');
  });

  it('toCsv writes a missing key or null as an empty field and keeps column order', () => {
    expect(toCsv(columns, [{ close: '2026-01-31' }])).toBe('Deal,Amount (USD),Close date\r\n,,2026-01-31\r\n');
  });

  it('toCsv of no rows is the header line alone', () => {
    expect(toCsv(columns, [])).toBe('Deal,Amount (USD),Close date\r\n');
  });

  it('toCsv does not read keys from the prototype chain', () => {
    const row = Object.create({ name: 'inherited' }) as Record<string, string>;
    expect(toCsv([{ key: 'name', label: 'Deal' }], [row])).toBe('Deal\r\n\r\n');
  });
});

describe('csvField: formula injection', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+33 1 23', "'+33 1 23"],
    ['-12', "'-12"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tindented', "'\tindented"],
    ['\rreturn', '"\'\rreturn"'],
  ])('csvField(%j) gets a leading apostrophe', (text, expected) => {
    expect(csvField(text)).toBe(expected);
  });

  it('csvField neutralises then quotes: =HYPERLINK("x","y")', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });

  it('csvField leaves text that only contains those characters later alone', () => {
    expect(csvField('Deal = big')).toBe('Deal = big');
    expect(csvField('a-b@c+d')).toBe('a-b@c+d');
    expect(csvField("'quoted")).toBe("'quoted");
  });

  it('csvField writes numbers as numbers: negatives stay negative, `.` decimals', () => {
    expect(csvField(-1200)).toBe('-1200');
    expect(csvField(-0.25)).toBe('-0.25');
    expect(csvField(1234567.89)).toBe('1234567.89');
    expect(csvField(0)).toBe('0');
    expect(csvField(-0)).toBe('0');
  });

  it('csvField writes NaN and infinities as empty (unknown)', () => {
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvField(null)).toBe('');
  });

  it('csvField keeps non-ASCII text as UTF-8 text', () => {
    expect(csvField('Société Générale — Zürich')).toBe('Société Générale — Zürich');
  });
});
