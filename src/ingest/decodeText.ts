/**
 * Bytes of a text file to a string, with the encoding it was in. Byte-order marks decide
 * first (UTF-8, UTF-16 LE/BE); then UTF-16 without a mark is recognised by its zero bytes;
 * then strict UTF-8; anything that is not valid UTF-8 is read as Windows-1252, the encoding
 * Excel on Windows uses for "CSV" in western locales.
 */
import type { TextEncoding } from './types.ts';

export interface DecodedText {
  /** The text, without a byte-order mark. */
  text: string;
  encoding: TextEncoding;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8-bom' };
  }
  if (b0 === 0xff && b1 === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const utf16 = guessUtf16(bytes);
  if (utf16 !== null) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * UTF-16 without a byte-order mark: mostly-ASCII text has a zero in every other byte.
 * Requires the pattern in at least 90% of the sampled pairs, so binary files do not pass.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(bytes.length >> 1, 2048);
  if (pairs < 2) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < pairs; i++) {
    const even = bytes[2 * i] ?? 0;
    const odd = bytes[2 * i + 1] ?? 0;
    if (even !== 0 && odd === 0) le++;
    else if (even === 0 && odd !== 0) be++;
  }
  if (le >= pairs * 0.9) return 'utf-16le';
  if (be >= pairs * 0.9) return 'utf-16be';
  return null;
}

/** Windows-1252 bytes 0x80..0x9F (the rest is Latin-1). Unassigned bytes keep their C1 code point. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Node's TextDecoder('windows-1252') decodes as Latin-1 (0x80 becomes U+0080, not €),
 * so the 32 bytes that differ are mapped here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (ch) => String.fromCharCode(CP1252_HIGH[ch.charCodeAt(0) - 0x80] ?? ch.charCodeAt(0)));
}
