/**
 * Reads a zip archive's central directory (names and declared sizes) without expanding
 * anything, so a workbook can be refused before SheetJS inflates it. Handles ZIP64.
 */

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's local header starts (the 32-bit field of the directory, as SheetJS reads it). */
  localHeaderOffset: number;
}

export type ZipInspection =
  | { ok: true; entries: ZipEntry[]; totalUncompressed: number; totalCompressed: number }
  | { ok: false; reason: string };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;

export function inspectZip(bytes: Uint8Array): ZipInspection {
  try {
    return readDirectory(bytes);
  } catch {
    // A read past the end: sizes or offsets in the directory point outside the file.
    return { ok: false, reason: 'directory points outside the file' };
  }
}

function readDirectory(bytes: Uint8Array): ZipInspection {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = bytes.byteLength;
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;

  let eocd = -1;
  for (let at = length - 22; at >= 0 && at >= length - 22 - 65535; at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'end of central directory not found' };

  let count = u16(eocd + 10);
  let directorySize = u32(eocd + 12);
  let directoryOffset = u32(eocd + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(locator) !== ZIP64_LOCATOR) return { ok: false, reason: 'zip64 locator missing' };
    const record = u64(locator + 8);
    if (record + 56 > length || u32(record) !== ZIP64_EOCD) return { ok: false, reason: 'zip64 record missing' };
    count = u64(record + 32);
    directorySize = u64(record + 40);
    directoryOffset = u64(record + 48);
  }
  if (directoryOffset + directorySize > length) return { ok: false, reason: 'central directory outside the file' };

  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let totalUncompressed = 0;
  let totalCompressed = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > length || u32(at) !== CENTRAL_HEADER) return { ok: false, reason: `entry ${i} malformed` };
    let compressedSize = u32(at + 20);
    let uncompressedSize = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const localHeaderOffset = u32(at + 42);
    if (at + 46 + nameLength + extraLength > length) return { ok: false, reason: `entry ${i} truncated` };
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff) {
      // ZIP64 extra field (id 1): the 64-bit sizes, in this order, for the fields set to 0xFFFFFFFF.
      let extra = at + 46 + nameLength;
      const extraEnd = extra + extraLength;
      while (extra + 4 <= extraEnd) {
        const id = u16(extra);
        const size = u16(extra + 2);
        if (id === 1) {
          let field = extra + 4;
          if (uncompressedSize === 0xffffffff && field + 8 <= extraEnd) {
            uncompressedSize = u64(field);
            field += 8;
          }
          if (compressedSize === 0xffffffff && field + 8 <= extraEnd) compressedSize = u64(field);
          break;
        }
        extra += 4 + size;
      }
    }
    entries.push({ name, compressedSize, uncompressedSize, localHeaderOffset });
    totalUncompressed += uncompressedSize;
    totalCompressed += compressedSize;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries, totalUncompressed, totalCompressed };
}
