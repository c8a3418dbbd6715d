/**
 * tokenizeDelimited must give exactly Papa Parse's records whenever it answers, and answer
 * for the well-formed text exports are made of. Checked on hand-written cases and, as
 * properties, on random text (mostly malformed: quotes and line breaks anywhere) and on random
 * well-formed files.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guessLineBreak } from '../../src/ingest/guessLineBreak.ts';
import { tokenizeDelimited } from '../../src/ingest/tokenizeDelimited.ts';

const DELIMITERS = [',', ';', '\t', '|'] as const;

function papa(text: string, delimiter: string) {
  const result = Papa.parse<string[]>(text, { delimiter, header: false, dynamicTyping: false, skipEmptyLines: false, quoteChar: '"' });
  return { records: result.data, errors: result.errors, newline: result.meta.linebreak as '\r\n' | '\n' | '\r' };
}

/** The tokenizer with the line break Papa Parse would guess, as parseDelimited calls it. */
function tokens(text: string, delimiter = ','): string[][] | null {
  return tokenizeDelimited(text, delimiter, guessLineBreak(text));
}

describe('tokenizeDelimited', () => {
  it('splits quoted and unquoted values, with doubled quotes and line breaks inside quotes', () => {
    expect(tokens('"Id","Name"\r\n"1","Acme, ""East"""\r\n2,"two\r\nlines"\r\n')).toEqual([
      ['Id', 'Name'],
      ['1', 'Acme, "East"'],
      ['2', 'two\r\nlines'],
      [''],
    ]);
  });

  it('keeps empty values and a last value at the end of the text', () => {
    expect(tokens('a,,"",b\n,\n"x"')).toEqual([['a', '', '', 'b'], ['', ''], ['x']]);
    expect(tokens('a;b\n1;2', ';')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it.each([
    ['a stray quote in an unquoted value', 'a,b"c\n'],
    ['a quote that is never closed', 'a,"bc\nd\n'],
    ['text after a closing quote', 'a,"b"c,d\n'],
    ['a space after a closing quote', 'a,"b" ,d\n'],
    ['a doubled quote at the very end', 'a,"b""'],
    ['a lone CR in a file of LF lines', 'a,b\r,c\nd,e\n'],
    ['empty text', ''],
  ])('leaves %s to Papa Parse', (_, text) => {
    expect(tokens(text)).toBeNull();
  });

  it('refuses a delimiter it cannot split on', () => {
    expect(tokenizeDelimited('a"b', '"', '\n')).toBeNull();
    expect(tokenizeDelimited('a::b', '::', '\n')).toBeNull();
  });

  it('gives Papa Parse\'s records whenever it answers, on any text', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', ';', '\t', '|', '"', '"', '\n', '\r\n', '\r'), maxLength: 40 });
    fc.assert(
      fc.property(text, fc.constantFrom(...DELIMITERS), (t, delimiter) => {
        const ours = tokens(t, delimiter);
        if (ours === null) return;
        const theirs = papa(t, delimiter);
        expect(ours).toEqual(theirs.records);
        expect(theirs.errors).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('answers for every well-formed file, with Papa Parse\'s records', () => {
    const value = fc.string({ unit: fc.constantFrom('a', 'Z', 'é', '東', ' ', ',', ';', '\t', '|', '"', '\n', '\r\n', '1'), maxLength: 8 });
    const file = fc.record({
      rows: fc.array(fc.array(fc.tuple(value, fc.boolean()), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
      delimiter: fc.constantFrom(...DELIMITERS),
      newline: fc.constantFrom('\n', '\r\n'),
      finalBreak: fc.boolean(),
    });
    fc.assert(
      fc.property(file, ({ rows, delimiter, newline, finalBreak }) => {
        // A value is quoted when asked, or when it must be (a quote, a line break or the delimiter in it).
        const cell = ([v, quoted]: [string, boolean]) =>
          quoted || /["\r\n]/.test(v) || v.includes(delimiter) ? `"${v.replace(/"/g, '""')}"` : v;
        const text = rows.map((r) => r.map(cell).join(delimiter)).join(newline) + (finalBreak ? newline : '');
        const theirs = papa(text, delimiter);
        // Papa Parse guesses the line break from the text; a guess other than the one written is not well-formed for it.
        // Empty text is left to Papa Parse by design.
        if (theirs.newline !== newline || text === '') return;
        expect(tokenizeDelimited(text, delimiter, theirs.newline)).toEqual(theirs.records);
      }),
      { numRuns: 1500 },
    );
  });
});
