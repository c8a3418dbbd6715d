/**
 * The first entry of a zip that inflates to more than its directory declares, or null.
 * SheetJS inflates each entry from its local header to the end of the deflate stream without
 * stopping at the declared size (with a declared size of 0 it grows its buffer as it goes),
 * so a zip that lies about its sizes would expand in memory past every limit checked on the
 * directory. Each deflated entry is inflated here first, by native zlib with the declared size
 * as a hard cap, and the output is dropped at once.
 */
import { inflateRawSync } from 'node:zlib';
import type { ZipEntry } from './inspectZip.ts';

const LOCAL_HEADER = 0x04034b50;
const DEFLATE = 8;
/** Output chunks of at least zlib's default and at most 1 MB: big sheets inflate in few steps. */
const MIN_CHUNK = 16 * 1024;
const MAX_CHUNK = 1024 * 1024;

export function zipEntryOverflow(bytes: Uint8Array, entries: readonly ZipEntry[]): ZipEntry | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    const at = entry.localHeaderOffset;
    // A header SheetJS cannot find makes it fail on its own (a damaged workbook), never expand.
    if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) continue;
    // Like SheetJS, trust the local header's method and lengths.
    if (view.getUint16(at + 8, true) !== DEFLATE) continue;
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (start >= bytes.byteLength) continue;
    try {
      const declared = Math.max(1, entry.uncompressedSize);
      inflateRawSync(bytes.subarray(start), { maxOutputLength: declared, chunkSize: Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, declared)) });
    } catch (error) {
      if (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return entry;
      // A broken deflate stream: SheetJS reports the workbook as damaged.
    }
  }
  return null;
}
