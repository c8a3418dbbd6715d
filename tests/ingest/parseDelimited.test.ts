import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../src/ingest/parseDelimited.ts';
import { rowNumberAt } from '../../src/ingest/grid.ts';

function parse(text: string, delimiter = ',') {
  const { grid, notes } = parseDelimited(text, delimiter, { file: 'f.csv' });
  return { records: grid.records, rows: grid.records.map((_, i) => rowNumberAt(grid, i)), notes };
}

describe('parseDelimited', () => {
  it('does not invent an empty last record for a final line break', () => {
    expect(parse('a,b\n1,2\n').records).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parse('a,b\r\n1,2').records).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps blank lines as records, so they can be counted', () => {
    expect(parse('a\n\nb\n').records).toEqual([['a'], [''], ['b']]);
    expect(parse('a\n\nb\n').rows).toEqual([1, 2, 3]);
  });

  it('numbers records by their first line when values span lines (LF, CRLF and CR inside)', () => {
    const text = 'h1,h2\n"a\nb",x\n"c\r\nd\r\ne",y\n"f\rg",z\nlast,1\n';
    // lines: 1 header; 2-3 a/b; 4-6 c/d/e; 7-8 f/g; 9 last
    expect(parse(text).rows).toEqual([1, 2, 4, 7, 9]);
  });

  it('numbers records in a file with old Mac (CR) line ends', () => {
    const result = parse('a,b\r1,2\r"x\ry",3\r4,5\r');
    expect(result.records).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['x\ry', '3'],
      ['4', '5'],
    ]);
    expect(result.rows).toEqual([1, 2, 3, 5]);
  });

  it('names the line where an unclosed quote opens, after multi-line records', () => {
    const { notes } = parse('h1,h2\n"multi\nline",1\nok,2\nbad,"never closed\nmore\n');
    expect(notes.map((n) => [n.code, n.rowNumber])).toEqual([['unclosed-quote', 5]]);
  });

  it('warns about a stray quote inside a quoted value', () => {
    const { notes } = parse('a,b\n"say "hi" now",2\nx,y\n');
    expect(notes[0]).toMatchObject({ severity: 'warning', code: 'stray-quote', rowNumber: 2 });
    expect(notes[0]?.message).toBe(
      'f.csv › row 2 has a quote (") inside a quoted value that is not doubled, so the value may be cut wrongly: write a quote inside a quoted value as two quotes ("") or remove it.',
    );
  });
});
