/**
 * guessLineBreak must agree with Papa Parse's own guess (its meta.linebreak) on any text:
 * hand-written cases, then random texts of quotes and line breaks.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guessLineBreak } from '../../src/ingest/guessLineBreak.ts';

const papa = (text: string) => Papa.parse<string[]>(text, { delimiter: ',', preview: 1, quoteChar: '"' }).meta.linebreak;

describe('guessLineBreak', () => {
  it.each([
    ['a,b\r\n1,2\r\n', '\r\n'],
    ['a,b\n1,2\n', '\n'],
    ['a,b\r1,2\r', '\r'],
    ['"x\r\ny",1\n2,3\n', '\n'], // line breaks inside quotes do not count
    ['a\n"b\rc"\r\nd\r\n', '\n'], // a \n before the first \r outside quotes
    ['"a"\r"b"\n', '\r\n'], // the piece after the \r starts with a quoted value, left out, then \n
    ['a\r"unclosed\nb', '\r'],
    ['', '\n'],
  ])('reads %j as %j', (text, expected) => {
    expect(guessLineBreak(text)).toBe(expected);
    expect(papa(text)).toBe(expected);
  });

  it('agrees with Papa Parse on any text', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ',', '"', '"', '\n', '\r', '\r\n', ' '), maxLength: 30 });
    fc.assert(
      fc.property(text, (t) => {
        expect(guessLineBreak(t)).toBe(papa(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('looks at the first megabyte only, as Papa Parse does', () => {
    const head = `"${'x'.repeat(1024 * 1024 - 10)}"\n`;
    const text = `${head}a\r\nb\r\nc\r\n`;
    expect(guessLineBreak(text)).toBe(papa(text));
    const cut = `${'a\r\n'.repeat(1024 * 1024 / 3)}"x\ny"\n\n\n`;
    expect(guessLineBreak(cut)).toBe(papa(cut));
  });
});
