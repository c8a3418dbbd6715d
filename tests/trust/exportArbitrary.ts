/**
 * Random deal exports for the property tests, and what the data stage must make of them,
 * worked out here from the generated values (never from Quarterdeck's own parsers).
 *
 * An export: an optional title block, a header (Salesforce labels or snake_case, columns in any
 * order), deal rows with valid and invalid values and random blank rows, and an optional
 * Salesforce footer; written as CSV (comma, semicolon, tab or pipe; UTF-8, UTF-8 with BOM,
 * UTF-16 LE with BOM or Windows-1252; LF or CRLF), as an XLSX workbook (SheetJS) or as an
 * HTML table saved as .xls.
 */
import fc from 'fast-check';
import * as XLSX from 'xlsx';

export type Field = 'id' | 'name' | 'owner' | 'stage' | 'amount' | 'closeDate';
export const FIELDS: readonly Field[] = ['id', 'name', 'owner', 'stage', 'amount', 'closeDate'];

const HEADERS: Record<'salesforce' | 'plain', Record<Field, string>> = {
  salesforce: { id: 'Opportunity ID', name: 'Opportunity Name', owner: 'Opportunity Owner', stage: 'Stage', amount: 'Amount', closeDate: 'Close Date' },
  plain: { id: 'deal_id', name: 'deal_name', owner: 'owner', stage: 'stage', amount: 'amount', closeDate: 'close_date' },
};

/** A value as written in the export, and what it means. */
interface Written<T> {
  text: string;
  value: T;
}

/** Amounts: the value is the number a reader must find, null for an empty or unreadable cell. */
const AMOUNTS: Written<number | null>[] = [
  { text: '12500', value: 12500 },
  { text: '12,500.00', value: 12500 },
  { text: '$1,200', value: 1200 },
  { text: '1.250,50', value: 1250.5 },
  { text: '99.5', value: 99.5 },
  { text: '-250', value: -250 },
  { text: '(300)', value: -300 },
  { text: '0', value: 0 },
  { text: '', value: null },
  { text: 'TBD', value: null },
  { text: 'call Bo', value: null },
];

/** Close dates: the ISO date a reader must find, null for an empty, impossible or unreadable cell. */
const DATES: Written<string | null>[] = [
  { text: '2026-03-15', value: '2026-03-15' },
  { text: '3/15/2026', value: '2026-03-15' },
  { text: '3/5/2026', value: '2026-03-05' },
  { text: '2026-06-30', value: '2026-06-30' },
  { text: '2026-02-30', value: null },
  { text: 'soon', value: null },
  { text: '', value: null },
];

/** Stages with the status they mean; '' is no stage (the row is rejected). */
const STAGES: Written<'open' | 'won' | 'lost' | null>[] = [
  { text: 'Prospecting', value: 'open' },
  { text: 'Negotiation/Review', value: 'open' },
  { text: 'Mystery Stage', value: 'open' },
  { text: 'Closed Won', value: 'won' },
  { text: 'closed won ', value: 'won' },
  { text: 'Closed Lost', value: 'lost' },
  { text: '', value: null },
];

const OWNERS = ['Ana Ruiz', 'Bo Chen', 'Zoë Åström', ''];
/** Names with the characters that break naive writers: delimiters, quotes, non-ASCII (all in Windows-1252). */
const NAMES = ['Acme, Inc. renewal', 'Copyright Clearance Center', 'Confidential Ventures - pilot', 'Total', 'Grand Totals Inc', '=1+1 formula', '-minus deal', 'Zoë "Big" Deal', 'Müller; GmbH', 'Pipe | Co', 'Café € pilot', 'Plain deal', 'Tab\tin name'];

export interface DealLine {
  id: string;
  name: string;
  owner: string;
  stage: Written<'open' | 'won' | 'lost' | null>;
  amount: Written<number | null>;
  closeDate: Written<string | null>;
  /** XLSX only: write a valid amount as a number cell and a valid date as a date serial. */
  typed: boolean;
}

export type Format =
  | { kind: 'csv'; delimiter: ',' | ';' | '\t' | '|'; encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1252'; eol: '\n' | '\r\n' }
  | { kind: 'xlsx' }
  | { kind: 'html' };

export interface Export {
  format: Format;
  headers: 'salesforce' | 'plain';
  /** Column order. */
  order: Field[];
  title: string[];
  blankAfterTitle: boolean;
  /** Data lines; null is a blank row. */
  lines: (DealLine | null)[];
  footer: boolean;
}

const line = (index: number): fc.Arbitrary<DealLine> =>
  fc.record({
    id: fc.constant(`D${index + 1}`),
    name: fc.constantFrom(...NAMES),
    owner: fc.constantFrom(...OWNERS),
    stage: fc.constantFrom(...STAGES),
    amount: fc.constantFrom(...AMOUNTS),
    closeDate: fc.constantFrom(...DATES),
    typed: fc.boolean(),
  });

const formatArbitrary: fc.Arbitrary<Format> = fc.oneof(
  fc.record({
    kind: fc.constant('csv' as const),
    delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const, '|' as const),
    encoding: fc.constantFrom('utf-8' as const, 'utf-8-bom' as const, 'utf-16le' as const, 'windows-1252' as const),
    eol: fc.constantFrom('\n' as const, '\r\n' as const),
  }),
  fc.constant({ kind: 'xlsx' as const }),
  fc.constant({ kind: 'html' as const }),
);

export const exportArbitrary: fc.Arbitrary<Export> = fc
  .integer({ min: 1, max: 12 })
  .chain((n) =>
    fc.record({
      format: formatArbitrary,
      headers: fc.constantFrom('salesforce' as const, 'plain' as const),
      order: fc.shuffledSubarray([...FIELDS], { minLength: FIELDS.length, maxLength: FIELDS.length }),
      title: fc.subarray(['Opportunity Pipeline', 'Filtered By:', '    Stage equals Any', 'Acme Inc.'], { minLength: 0 }),
      blankAfterTitle: fc.boolean(),
      lines: fc.tuple(...Array.from({ length: n }, (_, i) => line(i))),
      blanks: fc.array(fc.integer({ min: 1, max: n }), { maxLength: 3 }),
      footer: fc.boolean(),
    }),
  )
  .map(({ blanks, lines, ...rest }) => {
    // Blank rows between deal rows (never first: a header is followed by its data).
    const withBlanks: (DealLine | null)[] = [];
    lines.forEach((l, i) => {
      if (i > 0 && blanks.includes(i)) withBlanks.push(null);
      withBlanks.push(l);
    });
    return { ...rest, lines: withBlanks };
  });

/** What a correct reading of the export gives. */
export interface Expected {
  /** Every record after the header row: title, blank, data and footer rows. */
  rowsRead: number;
  accepted: DealLine[];
  /** Deal rows without a stage (a row without an owner is kept, under "Unassigned"). */
  broken: number;
  wonTotal: number;
}

export function expected(e: Export): Expected {
  const deals = e.lines.filter((l): l is DealLine => l !== null);
  const accepted = deals.filter((l) => l.stage.value !== null);
  const wonTotal = accepted.filter((l) => l.stage.value === 'won').reduce((sum, l) => sum + (l.amount.value ?? 0), 0);
  const records = e.title.length + (e.title.length > 0 && e.blankAfterTitle ? 1 : 0) + 1 + e.lines.length + (e.footer ? footerLines(deals.length).length : 0);
  return { rowsRead: records - 1, accepted, broken: deals.length - accepted.length, wonTotal };
}

function footerLines(records: number): string[][] {
  return [
    [],
    [`Grand Totals (${records} records)`],
    [],
    ['Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.'],
    ['Confidential Information - Do Not Distribute'],
    ['Generated By:  Jane Doe  4/1/2026 3:54 AM'],
    ['Acme Inc.'],
  ];
}

type SheetCell = string | number | null;

/** The export as rows of cells (before writing a format). */
function grid(e: Export): SheetCell[][] {
  const width = e.order.length;
  const blank = (): SheetCell[] => Array.from({ length: width }, () => (e.format.kind === 'xlsx' ? null : ''));
  const rows: SheetCell[][] = [];
  for (const t of e.title) rows.push([t]);
  if (e.title.length > 0 && e.blankAfterTitle) rows.push(blank());
  rows.push(e.order.map((f) => HEADERS[e.headers][f]));
  for (const l of e.lines) rows.push(l === null ? blank() : e.order.map((f) => cellOf(l, f, e.format.kind === 'xlsx')));
  if (e.footer) {
    const deals = e.lines.filter((l) => l !== null).length;
    for (const f of footerLines(deals)) rows.push(f.length === 0 ? blank() : f);
  }
  return rows;
}

function cellOf(l: DealLine, field: Field, xlsx: boolean): SheetCell {
  const text = field === 'stage' ? l.stage.text : field === 'amount' ? l.amount.text : field === 'closeDate' ? l.closeDate.text : l[field];
  if (xlsx && l.typed && field === 'amount' && l.amount.value !== null) return l.amount.value;
  if (xlsx && l.typed && field === 'closeDate' && l.closeDate.value !== null) return excelSerial(l.closeDate.value);
  if (xlsx && text === '') return null;
  return text;
}

/** Days since 1899-12-30 (Excel's 1900 system after February 1900). */
function excelSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** The export's file name and bytes. */
export function writeExport(e: Export, baseName: string): { name: string; bytes: Uint8Array } {
  const rows = grid(e);
  const f = e.format;
  if (f.kind === 'xlsx') {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Report');
    return { name: `${baseName}.xlsx`, bytes: new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer) };
  }
  if (f.kind === 'html') {
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escape(String(c ?? ''))}</td>`).join('')}</tr>`).join('\n');
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>\n<table border="1">\n${body}\n</table>\n</body></html>\n`;
    return { name: `${baseName}.xls`, bytes: new TextEncoder().encode(html) };
  }
  const quote = (s: string) => (/[",;\t|\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const text = rows.map((r) => r.map((c) => quote(String(c ?? ''))).join(f.delimiter)).join(f.eol) + f.eol;
  return { name: `${baseName}.${f.delimiter === '\t' ? 'tsv' : 'csv'}`, bytes: encode(text, f.encoding) };
}

function encode(text: string, encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1252'): Uint8Array {
  if (encoding === 'utf-16le') return new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le'));
  if (encoding === 'windows-1252') {
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      out[i] = code === 0x20ac ? 0x80 : code <= 0xff ? code : 0x3f;
    }
    return out;
  }
  return new TextEncoder().encode(encoding === 'utf-8-bom' ? `\ufeff${text}` : text);
}
