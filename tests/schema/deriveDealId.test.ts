import { describe, expect, it } from 'vitest';
import { deriveDealId, fnv1a } from '../../src/schema/deriveDealId.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('fnv1a', () => {
  it.each([
    // published FNV-1a 32-bit test vectors
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('%j -> %s', (text, hash) => {
    expect(fnv1a(utf8(text), 0x811c9dc5)).toBe(hash);
  });
});

describe('deriveDealId', () => {
  it('is the FNV-1a of the joined parts, then the FNV-1a continued from "#"', () => {
    // lane 1: FNV-1a('foobar') = bf9cf968; lane 2: FNV-1a('#foobar'), computed here with BigInt arithmetic
    let h = 0x811c9dc5n;
    for (const byte of utf8('#foobar')) h = ((h ^ BigInt(byte)) * 0x01000193n) & 0xffffffffn;
    expect(deriveDealId(['foobar'])).toBe(`bf9cf968${h.toString(16).padStart(8, '0')}`);
  });

  it('joins the parts with | and treats null as empty', () => {
    expect(deriveDealId(['a', null, 'b'])).toBe(deriveDealId(['a||b']));
    expect(deriveDealId(['a', 'b'])).not.toBe(deriveDealId(['ab']));
  });
});
