import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/ingest/detectDelimiter.ts';

const detect = (text: string, fallback = ',') => detectDelimiter(text, { fallback });

describe('detectDelimiter', () => {
  it('finds comma, semicolon, tab and pipe', () => {
    expect(detect('a,b,c\n1,2,3\n')).toBe(',');
    expect(detect('a;b;c\n1;2;3\n')).toBe(';');
    expect(detect('a\tb\tc\r\n1\t2\t3\r\n')).toBe('\t');
    expect(detect('a|b|c\n1|2|3\n')).toBe('|');
  });

  it('prefers the consistent count: semicolons over decimal commas', () => {
    expect(detect('Name;Value;Stage\nAcme;1,5;Won\nGlobex;2;Open\nInitech;3,25;Lost\n')).toBe(';');
  });

  it('prefers the larger count when two candidates are equally consistent', () => {
    // Every line has exactly one comma (a decimal) and three semicolons.
    expect(detect('a;b;c;d\n1,5;x;y;z\n2,5;x;y;z\n')).toBe(';');
  });

  it('is not fooled by a title block with commas above a semicolon table', () => {
    const text = ['Pipeline, all regions, Q3', 'Filtered by: owner, stage', '', 'a;b;c;d', '1;2;3;4', '5;6;7;8', '9;10;11;12'].join('\n');
    expect(detect(text)).toBe(';');
  });

  it('does not count delimiters inside quoted values, even across lines', () => {
    expect(detect('a;b\n"x, y, z";"1,\n2,3"\n"p,q";r\n')).toBe(';');
  });

  it('falls back when no candidate appears (one column)', () => {
    expect(detect('Name\nAcme\nGlobex\n')).toBe(',');
    expect(detect('Name\nAcme\n', '\t')).toBe('\t');
  });
});
