import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inspectZip } from '../../src/ingest/inspectZip.ts';

describe('inspectZip', () => {
  it('lists entries with their declared sizes without expanding them', () => {
    const zip = zipSync({ 'a.txt': new Uint8Array(1000).fill(65), 'dir/b.xml': new TextEncoder().encode('<x/>') }, { level: 9 });
    const result = inspectZip(zip);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entries.map((e) => [e.name, e.uncompressedSize])).toEqual([
      ['a.txt', 1000],
      ['dir/b.xml', 4],
    ]);
    expect(result.totalUncompressed).toBe(1004);
    expect(result.totalCompressed).toBeLessThan(1004);
  });

  it('reads ZIP64 sizes from the extra field', () => {
    const zip = handMadeZip64(5_000_000_000, 1234);
    const result = inspectZip(zip);
    expect(result).toEqual({ ok: true, entries: [{ name: 'xl/workbook.xml', compressedSize: 1234, uncompressedSize: 5_000_000_000, localHeaderOffset: 0 }], totalUncompressed: 5_000_000_000, totalCompressed: 1234 });
  });

  it('fails on a truncated zip or one without a directory', () => {
    const zip = zipSync({ 'a.txt': new Uint8Array(10) });
    expect(inspectZip(zip.subarray(0, zip.length - 30)).ok).toBe(false);
    expect(inspectZip(new Uint8Array([0x50, 0x4b, 3, 4])).ok).toBe(false);
  });

  it('fails when the directory claims more entries than it holds', () => {
    const zip = zipSync({ 'a.txt': new Uint8Array(10) }).slice();
    const view = new DataView(zip.buffer);
    const eocd = zip.length - 22;
    view.setUint16(eocd + 10, 3, true);
    expect(inspectZip(zip).ok).toBe(false);
  });
});

/** A central directory with one entry whose sizes live in a ZIP64 extra field (no file data: inspectZip never reads it). */
function handMadeZip64(uncompressed: number, compressed: number): Uint8Array {
  const name = new TextEncoder().encode('xl/workbook.xml');
  const extra = new Uint8Array(4 + 16);
  const ev = new DataView(extra.buffer);
  ev.setUint16(0, 1, true);
  ev.setUint16(2, 16, true);
  ev.setUint32(4, uncompressed % 2 ** 32, true);
  ev.setUint32(8, Math.floor(uncompressed / 2 ** 32), true);
  ev.setUint32(12, compressed, true);
  ev.setUint32(16, 0, true);
  const central = new Uint8Array(46 + name.length + extra.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint32(20, 0xffffffff, true);
  cv.setUint32(24, 0xffffffff, true);
  cv.setUint16(28, name.length, true);
  cv.setUint16(30, extra.length, true);
  central.set(name, 46);
  central.set(extra, 46 + name.length);
  const eocd = new Uint8Array(22);
  const dv = new DataView(eocd.buffer);
  dv.setUint32(0, 0x06054b50, true);
  dv.setUint16(8, 1, true);
  dv.setUint16(10, 1, true);
  dv.setUint32(12, central.length, true);
  dv.setUint32(16, 4, true);
  const out = new Uint8Array(4 + central.length + eocd.length);
  out.set([0x50, 0x4b, 3, 4]);
  out.set(central, 4);
  out.set(eocd, 4 + central.length);
  return out;
}
