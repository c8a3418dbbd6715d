import { describe, expect, it } from 'vitest';
import { findHeaderRow } from '../../src/ingest/findHeaderRow.ts';
import type { Cell } from '../../src/ingest/types.ts';

describe('findHeaderRow', () => {
  it('picks the first row of a plain export', () => {
    const records: Cell[][] = [
      ['opportunity_id', 'sales_agent', 'deal_stage', 'close_value'],
      ['1C1I7A6R', 'Moses Frase', 'Won', '1054'],
      ['Z063OYW0', 'Darcel Schlecht', 'Won', '4514'],
    ];
    expect(findHeaderRow(records)).toBe(0);
  });

  it('skips a title block of one-cell rows and blank rows', () => {
    const records: Cell[][] = [
      ['Opportunity Pipeline'],
      ['Filtered By:'],
      ['  Stage equals Open'],
      [],
      [null, null],
      ['Owner', 'Account', 'Stage', 'Amount', 'Close Date'],
      ['Jane', 'Acme', 'Prospecting', 100, 46112],
      ['John', 'Globex', 'Closed Won', 250, 46100],
    ];
    expect(findHeaderRow(records)).toBe(5);
  });

  it('prefers the header to a data row that is all text and fully filled', () => {
    const records: Cell[][] = [
      ['Rep', '', 'Region'],
      ['Jane Doe', 'Manager', 'EMEA'],
      ['John Roe', 'Rep', 'AMER'],
    ];
    expect(findHeaderRow(records)).toBe(0);
  });

  it('keeps a header with year columns above numeric rows', () => {
    const records: Cell[][] = [
      ['Rep', 2025, 2026],
      ['Jane', 100000, 120000],
      ['John', 90000, 90000],
    ];
    expect(findHeaderRow(records)).toBe(0);
  });

  it('treats number-like, date-like and yes/no text as values, not labels', () => {
    const records: Cell[][] = [
      ['Report generated 2026-02-04', '', '', ''],
      ['12/31/2025', '$1,200.00', 'TRUE', '45%'],
      ['Name', 'Amount', 'Won', 'Probability'],
      ['Acme', '100', 'yes', '10%'],
      ['Globex', '200', 'no', '20%'],
    ];
    expect(findHeaderRow(records)).toBe(2);
  });

  it('returns -1 when every row is blank', () => {
    expect(findHeaderRow([[], ['', '  '], [null]])).toBe(-1);
    expect(findHeaderRow([])).toBe(-1);
  });
});
