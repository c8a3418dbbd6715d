import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from '../../src/ingest/decodeText.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeText', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeText(new TextEncoder().encode('Zürich,€'))).toEqual({ text: 'Zürich,€', encoding: 'utf-8' });
  });

  it('strips a UTF-8 byte-order mark and records it', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x49, 0x64))).toEqual({ text: 'Id', encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0x00, 0xac, 0x20))).toEqual({ text: 'A€', encoding: 'utf-16le' });
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x41, 0x20, 0xac))).toEqual({ text: 'A€', encoding: 'utf-16be' });
  });

  it('recognises UTF-16 LE without a byte-order mark by its zero bytes', () => {
    expect(decodeText(bytes(0x61, 0, 0x2c, 0, 0x62, 0, 0x0a, 0))).toEqual({ text: 'a,b\n', encoding: 'utf-16le' });
  });

  it('reads bytes that are not valid UTF-8 as Windows-1252, including the 0x80-0x9F range', () => {
    // "Café 5€ ‘x’" in Windows-1252: é = E9, € = 80, ‘ = 91, ’ = 92.
    expect(decodeText(bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x35, 0x80, 0x20, 0x91, 0x78, 0x92))).toEqual({
      text: 'Café 5€ ‘x’',
      encoding: 'windows-1252',
    });
  });
});

describe('decodeWindows1252', () => {
  it('maps the bytes that differ from Latin-1 and keeps unassigned ones', () => {
    expect(decodeWindows1252(bytes(0x80, 0x85, 0x96, 0x97, 0x9f, 0x81, 0xa3, 0xff))).toBe('€…–—Ÿ\u0081£ÿ');
  });
});
